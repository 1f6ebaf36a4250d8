"""Places that are no event's place, and places that win over an earlier clause's (`events_place`):
a people or an adjective spelled with its country's whole name («الفلسطينيين», «اليمنية») is no place;
a capital told by its country's adjective in the deed's own clause beats a place of the clause before;
a visit's own place, right after the visit word, beats a place in what was said during it."""

from __future__ import annotations

from event_cases import one, run

ISRAELI = ("الإسرائيلية", "إسرائيل", "LOC")
PALESTINIANS_DEF = ("الفلسطينيين", "فلسطين", "LOC")
YEMENIS_DEF = ("اليمنيين", "اليمن", "LOC")
GAZA = ("غزة", "غزة", "LOC")
JEDDAH = ("جدة", "جدة", "LOC")
AFRICA = ("أفريقيا", "أفريقيا", "LOC")
SOMALI = ("الصومالية", "الصومال", "LOC")
KENYA = ("كينيا", "كينيا", "LOC")
OBAMA = ("باراك أوباما", "باراك أوباما", "PER")
IRAQ = ("العراق", "العراق", "LOC")


def test_a_people_named_by_its_countrys_whole_name_is_no_place() -> None:
    evs = run("قتلت القوات الإسرائيلية المدنيين الفلسطينيين في غزة أمس.", [ISRAELI, PALESTINIANS_DEF, GAZA])
    assert one(evs, "ASSAULT").location == "غزة"


def test_a_people_alone_gives_no_place() -> None:
    evs = run("اعتقلت الشرطة المواطنين اليمنيين أمس.", [YEMENIS_DEF])
    assert one(evs, "COERCE").location is None


def test_a_place_named_with_a_glued_preposition_is_still_a_place() -> None:
    evs = run("قصفت الطائرات مواقع المسلحين بالعراق أمس.", [IRAQ])
    assert one(evs, "ASSAULT").location == "العراق"


def test_a_capital_in_the_deeds_clause_beats_the_clause_before() -> None:
    evs = run("في وقت تراجع المتمردون في شرق أفريقيا، قتل ستة في هجوم على فندق في العاصمة الصومالية.",
              [AFRICA, SOMALI])
    assert one(evs, "ASSAULT").location == "مقديشو"


def test_a_visits_own_place_beats_one_in_what_was_said() -> None:
    evs = run("أعلن الرئيس باراك أوباما أمس، خلال زيارته كينيا أن قوة المتمردين تراجعت في شرق أفريقيا.",
              [OBAMA, KENYA, AFRICA])
    assert one(evs, "CONSULT").location == "كينيا"
