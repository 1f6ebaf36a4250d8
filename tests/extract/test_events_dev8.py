"""Rules of the eighth round (dev7): repelling an attack is fighting, a military campaign and an
advance are deeds with no other trigger, a prayer «ندعو بالشفاء» is no demand, «المتحدث باسم»
is no person Basim, a new statement after a comma ends a deed's objects."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.entities import extract_entities

EGYPT = ("المصري", "مصر", "LOC")
TURKEY = ("تركيا", "تركيا", "LOC")
PKK = ("حزب العمال الكردستاني", "حزب العمال الكردستاني", "ORG")
US = ("الولايات المتحدة", "الولايات المتحدة", "LOC")


def test_repelling_an_attack_is_fighting_by_the_subject() -> None:
    evs = run("وصد الجيش المصري هجوما على حاجز في السويس.", [EGYPT, ("السويس", "السويس", "LOC")])
    ev = one(evs, "FIGHT")
    assert ev.source == ["مصر"]
    assert not [e for e in evs if e.type == "ASSAULT"]  # the attack was on the army, not by it


def test_a_military_campaign_is_a_deed() -> None:
    ev = one(run("وأعلن تركيا حملة عسكرية على حزب العمال الكردستاني.", [TURKEY, PKK]), "FIGHT")
    assert ev.source == ["تركيا"] and ev.target == ["حزب العمال الكردستاني"]


def test_managing_to_advance_is_fighting() -> None:
    ev = one(run("وتمكنت تركيا من التقدم في المنطقة.", [TURKEY]), "FIGHT")
    assert ev.source == ["تركيا"]
    assert not run("نتمنى للمملكة المغربية مزيدا من التقدم والازدهار.", [])  # progress, no advance


def test_a_prayer_is_no_demand() -> None:
    assert not [e for e in run("وقال الجيش الأمريكي: ندعو بالشفاء العاجل للمصابين.", []) if e.type == "DEMAND"]
    one(run("ودعت تركيا إلى وقف القصف.", [TURKEY]), "DEMAND")


def test_on_behalf_of_is_no_name() -> None:
    text = "وأعلن المتحدث باسم حركة طالبان مسؤولية الحركة عن التفجير."
    assert not [e for e in extract_entities(text) if e.text == "باسم"]


def test_a_new_statement_ends_the_objects() -> None:
    text = "وأدان بيسكوف دعم الولايات المتحدة للمعارضة، وقال إن اعتراض روسيا ليس سرا."
    ev = one(run(text, [("بيسكوف", "بيسكوف", "PER"), US, ("روسيا", "روسيا", "LOC")]), "DISAPPROVE")
    assert "روسيا" not in ev.target and "الولايات المتحدة" in ev.target

