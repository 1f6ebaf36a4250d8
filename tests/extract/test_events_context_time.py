"""Background and dates of deeds told as context: an agreement recalled by a relative clause or a
participle, what «بموجب الاتفاق» set down, and times that name no time of a deed («قبل يومين من
الانتخابات», «قوى 14 آذار», «تهنئته بعيد الفطر»)."""

from __future__ import annotations

from datetime import date

import pytest
from event_cases import one, run

from marsad.extract.times import extract_times

REF = date(2015, 7, 24)
IRAN = ("إيران", "إيران", "LOC")
POWERS = ("القوى الكبرى", "القوى الكبرى", "ORG")
REBELS = ("جبهة الثوار", "جبهة الثوار", "ORG")
ARMY_FRONT = ("جيش الفتح", "جيش الفتح", "ORG")
FORCES_14 = ("قوى 14 آذار", "قوى 14 آذار", "ORG")
HEZBOLLAH = ("حزب الله", "حزب الله", "ORG")


def _values(text: str) -> list[str | None]:
    """The values of the times read in `text` against `REF`."""
    return [t.value for t in extract_times(text, REF)]


def test_a_span_before_a_named_event_is_no_date_before_today() -> None:
    assert "2015-07-22" not in _values("وتصاعد الخلاف قبل يومين من الانتخابات البلدية.")
    assert "2015-07-22" in _values("وتصاعد الخلاف قبل يومين من الآن.")


@pytest.mark.parametrize("text", [
    "وقال منسق قوى 14 آذار إن الحوار متوقف.",
    "وعاد الوفد إلى مدينة 6 أكتوبر مساء.",
])
def test_a_day_and_month_that_name_a_thing_are_no_date(text: str) -> None:
    assert not [v for v in _values(text) if v and v[5:7] in ("01", "03", "10")]


def test_a_day_and_month_in_their_own_right_stay_a_date() -> None:
    assert "2015-03-14" in _values("وصل الوفد في 14 آذار.")


def test_a_feast_as_the_occasion_dates_no_deed() -> None:
    sultan = [("سلطان بن سلمان", "سلطان بن سلمان", "PER")]
    ev = one(run("واستقبل سلطان بن سلمان المهنئين بعيد الفطر المبارك.", sultan, date(2015, 7, 23)), "CONSULT")
    assert ev.date is None
    assert "2015-07-17" in _values("وأقامت الوزارة حفلا بمناسبة عيد الفطر.")  # still a time of the page
    ev = one(run("وقتل سلطان بن سلمان في عيد الفطر.", sultan, date(2015, 7, 23)), "ASSAULT")
    assert ev.date == "2015-07-17"


def test_an_agreement_recalled_by_its_relative_clause_is_background() -> None:
    text = "وقال الوزير اليوم الجمعة إن الاتفاق الذي تم التوصل إليه بين إيران والقوى الكبرى لن يغير سياسة بلاده."
    ev = one(run(text, [IRAN, POWERS], ref=REF), "AGREE")
    assert ev.background
    assert ev.date is None  # the day of the saying, not of the deal


def test_an_agreement_signed_yesterday_is_news() -> None:
    text = "وأنهى الفصيلان الخلافات بينهما عبر الاتفاق الموقع أمس بين جبهة الثوار وجيش الفتح."
    assert not one(run(text, [REBELS, ARMY_FRONT], ref=REF), "AGREE").background


def test_what_an_agreement_set_down_is_background() -> None:
    text = "وبموجب الاتفاق وافقت إيران على خفض أنشطتها النووية مقابل رفع العقوبات."
    assert one(run(text, [IRAN], ref=REF), "AGREE").background


def test_a_deed_of_a_body_named_by_a_date_is_dated_by_its_day() -> None:
    text = "وانتقدت قوى 14 آذار أمس حزب الله بشدة."
    ev = one(run(text, [FORCES_14, HEZBOLLAH], ref=REF), "DISAPPROVE")
    assert ev.date == "2015-07-23"
    assert not ev.background


def test_a_deed_told_as_done_takes_no_later_deeds_date() -> None:
    council = ("المجلس البلدي", "المجلس البلدي", "ORG")
    text = "ناقش المجلس البلدي في جلسته العادية المشروعات التي ستتم مناقشتها في ميزانية شهر أكتوبر المقبل."
    assert one(run(text, [council], ref=REF), "CONSULT").date is None


def test_a_deed_its_clause_foretells_keeps_its_date_to_come() -> None:
    justice = ("وزارة العدل", "وزارة العدل", "ORG")
    prisoner = ("جون سميث", "جون سميث", "PER")
    text = "وقالت وزارة العدل إن جون سميث قد يخرج في نوفمبر المقبل بعد إطلاق سراحه."
    assert one(run(text, [justice, prisoner], ref=REF), "RETREAT").date == "2015-11"
