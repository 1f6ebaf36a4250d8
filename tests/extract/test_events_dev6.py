"""Rules of the sixth round: quotes as clauses, «بين X من جهة، وY من جهة أخرى», the matter pronoun
(«أنه قصفت»), quoted body names, speech after a colon, the Syrian opposition by its kind, and the
publisher's kingdom."""

from __future__ import annotations

from event_cases import one, run

from marsad.extract.entities import extract_entities
from marsad.extract.events import extract_events
from marsad.model import Quote

REGIME = ("قوات النظام", "النظام السوري", "ORG")
ISIS = ("تنظيم داعش", "داعش", "ORG")
NUSRA = ("جبهة النصرة", "جبهة النصرة", "ORG")


def _quote(text: str, speaker: str) -> list[Quote]:
    q0 = text.index('"') + 1
    return [Quote(text[q0:text.rindex('"')], speaker, q0, text.rindex('"'))]


def test_a_quoted_deed_takes_no_actor_from_outside_the_quote() -> None:
    text = 'وتابع شتاينماير "فقط عبر طريق المفاوضات يمكن تفادي العودة إلى الاشتباكات العنيفة".'
    evs = run(text, [("شتاينماير", "فرانك فالتر شتاينماير", "PER")], quotes=_quote(text, "فرانك فالتر شتاينماير"))
    assert not [e for e in evs if e.type in ("CONSULT", "FIGHT")]


def test_first_person_in_a_quote_still_gives_the_speaker() -> None:
    text = 'وقال الجبوري: "لذلك طالبنا رئيس الوزراء بإقالة عدد من الوزراء".'
    ev = one(run(text, [("الجبوري", "سليم الجبوري", "PER")], quotes=_quote(text, "سليم الجبوري")), "DEMAND")
    assert ev.source == ["سليم الجبوري"]


def test_between_sides_told_apart() -> None:
    text = "وتدور اشتباكات عنيفة بين تنظيم داعش من جهة، والفصائل المقاتلة وجبهة النصرة من جهة أخرى في سوريا."
    ev = one(run(text, [ISIS, NUSRA, ("سوريا", "سوريا", "LOC")]), "FIGHT")
    assert ev.source == ["داعش"] and ev.target == ["المعارضة السورية", "جبهة النصرة"]


def test_between_sides_override_an_earlier_subject() -> None:
    text = ("قصفت قوات النظام مدينة حرستا في سوريا، كما تدور اشتباكات بين تنظيم داعش من جهة، "
            "وجبهة النصرة من جهة أخرى في القلمون.")
    ev = one(run(text, [REGIME, ISIS, NUSRA, ("حرستا", "حرستا", "LOC"), ("سوريا", "سوريا", "LOC"),
                        ("القلمون", "القلمون", "LOC")]), "FIGHT")
    assert ev.source == ["داعش"] and ev.target == ["جبهة النصرة"]


def test_matter_pronoun_before_a_feminine_verb() -> None:
    text = "أعلن المرصد السوري لحقوق الإنسان أنه قصفت قوات النظام صباح أمس مناطق في مدينة حرستا."
    ev = one(run(text, [("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", "ORG"), REGIME,
                        ("حرستا", "حرستا", "LOC")]), "ASSAULT")
    assert ev.source == ["النظام السوري"]


def test_quoted_name_of_a_body_is_no_trigger() -> None:
    text = "بينما طالب تحالف «فجر ليبيا» المسلح بحوار داخل ليبيا من دون وساطة أجنبية."
    evs = run(text, [("ليبيا", "ليبيا", "LOC")])
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_speaker_before_a_colon_is_not_the_agent() -> None:
    text = "وتابع الشيخ عبدالعزيز آل الشيخ يقول : إن هذه الفئة مجرمة وأعمالها قتل المصلين في المساجد."
    evs = run(text, [("عبدالعزيز آل الشيخ", "عبدالعزيز آل الشيخ", "PER")])
    assert all("عبدالعزيز آل الشيخ" not in e.source for e in evs)


def test_undergoing_noun_is_the_victim_not_an_earlier_actor() -> None:
    text = ("تدور اشتباكات بين تنظيم داعش وجبهة النصرة في سوريا، فيما تعرضت مناطق في محيط مدينة دوما "
            "لقصف من قبل قوات النظام.")
    evs = run(text, [ISIS, NUSRA, REGIME, ("سوريا", "سوريا", "LOC"), ("دوما", "دوما", "LOC")])
    ev = one(evs, "ASSAULT")
    assert ev.source == ["النظام السوري"] and "جبهة النصرة" not in ev.target


def test_syrian_opposition_by_its_kind() -> None:
    text = "أعلنت مصادر أن الفصائل المقاتلة تخوض معارك مستمرة مع قوات النظام بريف إدلب في سوريا."
    ev = one(run(text, [REGIME, ("إدلب", "إدلب", "LOC"), ("سوريا", "سوريا", "LOC")]), "FIGHT")
    assert ev.source == ["المعارضة السورية"] and ev.target == ["النظام السوري"]


def test_conjunction_before_a_body_head_is_not_part_of_the_name() -> None:
    names = [(e.text, e.canonical) for e in extract_entities("اشتباكات بين تنظيم داعش وجبهة النصرة في القلمون")]
    assert ("جبهة النصرة", "جبهة النصرة") in names


def test_kingdom_of_a_saudi_publisher() -> None:
    text = "وأدانت المملكة الهجوم الإرهابي الذي استهدف المصلين."
    assert not [e for e in extract_events(text, [], [], None) if e.type == "DISAPPROVE"]
    ev = one(extract_events(text, [], [], None, publisher="okaz"), "DISAPPROVE")
    assert ev.source == ["السعودية"]
    other = "وأدانت المملكة الهجوم الإرهابي على الأردن."
    ents = extract_entities(other)
    assert all(e.source != ["السعودية"] for e in extract_events(other, ents, [], None, publisher="okaz"))
