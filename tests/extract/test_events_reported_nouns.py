"""An arrest, a seizure or an inquiry told by a verbal noun as the object of a security body's report
(`events_reported_nouns`): «كشفت الشرطة عن ضبط …», «أكد الناطق … ضبط …», «أشار المتحدث إلى القبض على …».
The reporting body made the arrest; a body that is no security one, or a noun after «بعد», names no doer."""

from __future__ import annotations

from event_cases import INTERIOR_MINISTRY, run

POLICE = ("الشرطة", "الشرطة", "ORG")
CUSTOMS = ("الجمارك", "الجمارك", "ORG")
AMNESTY = ("منظمة العفو الدولية", "منظمة العفو الدولية", "ORG")
SPOKESMAN = ("سالم الحربي", "سالم الحربي", "PER")
DAMMAM = ("الدمام", "الدمام", "LOC")


def _arrests(text: str, specs: list[tuple[str, str, str]]) -> list[tuple[list[str], list[str]]]:
    """Source and target of each COERCE event of `text`."""
    return [(e.source, e.target) for e in run(text, specs) if e.type == "COERCE"]


def test_a_ministry_discloses_an_arrest_after_an_aside() -> None:
    text = "كشفت وزارة الداخلية، في بيان مساء أمس، عن القبض على أربعة مطلوبين في الدمام."
    assert _arrests(text, [INTERIOR_MINISTRY, DAMMAM]) == [(["وزارة الداخلية"], ["أربعة مطلوبين"])]


def test_a_spokesman_confirms_a_seizure_as_his_verbs_object() -> None:
    text = "وأكد الناطق الإعلامي بشرطة منطقة الدمام العقيد سالم الحربي ضبط عدد من المتهمين في القضية."
    assert [s for s, _ in _arrests(text, [DAMMAM, SPOKESMAN])] == [["شرطة منطقة الدمام"]]


def test_a_body_before_its_reporting_verb() -> None:
    text = "وكانت الجمارك قد أعلنت، أمس، عن ضبط كمية من الحبوب المخدرة في ميناء الدمام."
    assert [s for s, _ in _arrests(text, [CUSTOMS, DAMMAM])] == [["الجمارك"]]


def test_a_spokesman_points_to_an_arrest() -> None:
    text = "وأشار المتحدث باسم الشرطة إلى القبض على خمسة متسللين قرب الحدود."
    assert _arrests(text, [POLICE]) == [(["الشرطة"], ["خمسة متسللين"])]


def test_a_rights_group_that_discloses_a_detention_made_none() -> None:
    text = "كشفت منظمة العفو الدولية عن احتجاز عشرات الناشطين في الدمام."
    assert all(not s for s, _ in _arrests(text, [AMNESTY, DAMMAM]))


def test_an_arrest_after_bad_is_no_object_of_the_report() -> None:
    text = "وقال المتحدث باسم الشرطة بعد القبض على خمسة متسللين إن الوضع هادئ."
    assert all(not s for s, _ in _arrests(text, [POLICE]))


JEDDAH_POLICE = ("شرطة جدة", "شرطة جدة", "ORG")


def test_a_seizure_of_one_of_the_suspects_or_a_gang() -> None:
    # «ضبط» reads as an arrest before «أحد», «تشكيل» too, not only before counted people
    for text in ("وتمكنت شرطة جدة من ضبط أحد المتورطين في السرقة.",
                 "وتمكنت شرطة جدة من ضبط تشكيل عصابي يسرق السيارات."):
        assert [s for s, _ in _arrests(text, [JEDDAH_POLICE])] == [["شرطة جدة"]], text


def test_self_restraint_is_no_seizure() -> None:
    assert _arrests("ودعت شرطة جدة إلى ضبط النفس وعدم التجمهر.", [JEDDAH_POLICE]) == []
