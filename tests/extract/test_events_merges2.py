"""Wrong merges in one sentence (`events_merge.governed_deed`, `contrasted`): a deed told as the cause of
another of its type («ردا على مقتل …») is another deed whose victims and doers are not folded into the main
one; two sides' deeds in a clause of contrast («فيما», «في وقت») stay two events."""

from __future__ import annotations

from event_cases import BOGDANOV, DARAA, HAMAS, ISIS, NUSRA, REGIME, SALEM, SYRIA, TURKEY, TURKISH_DEF, run

GAZA = ("غزة", "غزة", "LOC")
ISRAELI = ("الإسرائيلية", "إسرائيل", "LOC")
QATAR_DOHA = ("الدوحة", "الدوحة", "LOC")
EGYPT_CAIRO = ("القاهرة", "القاهرة", "LOC")


def assaults(text: str, specs: list[tuple[str, str, str]]) -> list[tuple[list[str], list[str]]]:
    """The (source, target) of each ASSAULT event of the text."""
    return [(e.source, e.target) for e in run(text, specs) if e.type == "ASSAULT"]


def test_the_victims_of_the_deed_answered_stay_out() -> None:
    text = "وقصف الجيش التركي مواقع لتنظيم داعش في سوريا ردا على مقتل أربعة جنود أتراك."
    got = assaults(text, [TURKISH_DEF, ISIS, SYRIA])
    assert got and all("أربعة جنود أتراك" not in t for _, t in got)
    assert any(s == ["تركيا"] and "داعش" in t for s, t in got)


def test_the_deed_answered_told_first_lends_no_victims() -> None:
    text = "وردا على مقتل خمسة من عناصرها، قصفت حركة حماس موقعا عسكريا قرب غزة."
    got = assaults(text, [HAMAS, GAZA])
    assert got and all("خمسة من عناصرها" not in t for _, t in got)


def test_the_attack_the_victims_died_in_still_gives_the_doer() -> None:
    text = "وقتل خمسة جنود أتراك إثر هجوم شنه تنظيم داعش على موقع قرب الحدود مع تركيا."
    got = assaults(text, [ISIS, TURKEY])
    assert any("داعش" in s for s, _ in got)


def test_two_sides_deeds_in_a_clause_of_contrast_stay_apart() -> None:
    text = "وقصفت قوات النظام أحياء سكنية في درعا، فيما شنت جبهة النصرة هجوما على حاجز عسكري قرب المدينة."
    got = assaults(text, [REGIME, NUSRA, DARAA])
    assert all(not ("النظام السوري" in s and "جبهة النصرة" in s) for s, _ in got)
    assert any("جبهة النصرة" in s for s, _ in got) and any("النظام السوري" in s for s, _ in got)


def test_two_demands_of_two_groups_after_fima() -> None:
    text = "وطالب المعلمون الوزارة بصرف مستحقاتهم، فيما طالب سالم الحربي البلدية بإصلاح الطرق."
    demands = [e for e in run(text, [SALEM]) if e.type == "DEMAND"]
    assert len(demands) == 2 and all(len(e.source) == 1 for e in demands)


def test_one_doers_two_deeds_after_fima_are_not_split_by_contrast() -> None:
    text = "وقصفت قوات النظام أحياء في درعا، فيما قصفت قوات النظام أيضا بلدة قريبة."
    got = assaults(text, [REGIME, DARAA])
    assert len(got) == 1


def test_a_meeting_named_again_joins_the_one_with_that_side() -> None:
    text = ("التقى وفد من حركة حماس في الدوحة ميخائيل بوغدانوف. وأعلنت الحركة عقب لقاء وفد منها مع وفد من "
            "حركة فتح في القاهرة موافقتها على المقترح. وتناول وفد حماس خلال لقائه مع بوغدانوف أوضاع الأسرى.")
    fatah = ("حركة فتح", "فتح", "ORG")
    got = [(e.source, e.target) for e in run(text, [HAMAS, BOGDANOV, fatah, QATAR_DOHA, EGYPT_CAIRO])
           if e.type == "CONSULT"]
    assert (["حماس"], ["فتح"]) in got
    assert all(not ("فتح" in t and "ميخائيل بوغدانوف" in t) for _, t in got)
