"""Rules of the ninth round (dev8): two deeds of one agent on different targets stay two events,
a condemned deed told with its doer is kept, a part of a group («ثلاثة من زعماء») leaves the group
the target, «نسب إلى» accuses, Yemen's loyal army is one actor, striking targets is an assault, a
spokesman «باسم» a body and a lone «باراك» are no persons."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.entities import extract_entities

TURKEY = ("تركيا", "تركيا", "LOC")
ISIS = ("داعش", "داعش", "ORG")
PKK = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
IRAQ = ("العراق", "العراق", "LOC")
KURDISTAN = ("إقليم كردستان", "كردستان", "LOC")
US = ("الولايات المتحدة", "الولايات المتحدة", "LOC")
HEZBOLLAH = ("حزب الله", "حزب الله", "ORG")


def test_one_agent_two_deeds_on_two_targets_are_two_assaults() -> None:
    text = "وشنت تركيا ضربات على مواقع داعش وكثفت هجومها على حزب العمال الكردستاني."
    evs = [e for e in run(text, [TURKEY, ISIS, PKK]) if e.type == "ASSAULT"]
    assert sorted((e.source[0], e.target[0]) for e in evs) == [
        ("تركيا", "حزب العمال الكردستاني"), ("تركيا", "داعش")]


def test_a_condemned_attack_with_its_doer_is_kept() -> None:
    evs = run("وأدان العراق هجوما بدأته تركيا على قرى إقليم كردستان.", [IRAQ, TURKEY, KURDISTAN])
    assert one(evs, "ASSAULT").source == ["تركيا"]
    assert one(evs, "DISAPPROVE").target == ["تركيا"]


def test_a_condemned_attack_without_a_doer_is_only_a_topic() -> None:
    evs = run("وأدان العراق الهجوم على قرى إقليم كردستان.", [IRAQ, KURDISTAN])
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_part_of_a_group_leaves_the_group_the_target() -> None:
    text = "وفرضت الولايات المتحدة عقوبات على ثلاثة من زعماء جماعة حزب الله."
    assert one(run(text, [US, HEZBOLLAH]), "SANCTION").target == ["حزب الله"]


def test_attributing_attacks_is_an_accusation() -> None:
    text = "وأشارت وسائل الإعلام التركية إلى هجمات جديدة نسبتها إلى حزب العمال الكردستاني."
    ev = one(run(text, [("التركية", "تركيا", "LOC"), PKK]), "DISAPPROVE")
    assert ev.target == ["حزب العمال الكردستاني"]


def test_yemen_loyal_forces_are_the_yemeni_army() -> None:
    for form in ("القوات الموالية للشرعية", "القوات الشرعية", "الجيش الوطني"):
        ev = one(run(f"وشنت {form} هجوما على الحوثيين في تعز.", []), "ASSAULT")
        assert ev.source == ["الجيش اليمني"] and ev.target == ["الحوثي"]


def test_striking_targets_is_an_assault_but_not_an_example() -> None:
    ev = one(run("وضربت تركيا أهدافا تابعة لتنظيم داعش.", [TURKEY, ISIS]), "ASSAULT")
    assert ev.source == ["تركيا"] and ev.target == ["داعش"]
    assert not run("وضرب مثلا بمواقع التواصل.", [])


def test_a_spokesman_on_behalf_of_a_body_is_no_person() -> None:
    for text in ("وقال المتحدث باسم القوات الجوية ناصر الحاسي إن السفينة أغرقت.",
                 "وأعلن متحدثون عسكريون أمس باسم الحكومة أن السفينة أغرقت."):
        assert not [e for e in extract_entities(text) if e.label == "PER" and e.text.startswith("باسم")]


def test_a_lone_barak_is_no_person() -> None:
    assert not [e for e in extract_entities("وقدم باراك مساعدات للاجئين.") if e.text == "باراك"]
    assert any("باراك" in e.text for e in extract_entities("وقال الرئيس باراك أوباما إن بلاده ستساعد."))
