"""A time told with a reporting verb dates the report; a deed noun of the report with a time of its own
after it takes that one (`events_report_time`), and keeps the report's when it has none."""

from __future__ import annotations

from datetime import date

from event_cases import BOKO_HARAM, INTERIOR_MINISTRY, NIGERIAN, one, run

REF = date(2015, 8, 10)  # a Monday
SUNDAY, SATURDAY = "2015-08-09", "2015-08-08"


def test_a_killing_reported_with_a_day_of_its_own_takes_that_day() -> None:
    text = "وأفادت الشرطة النيجيرية الأحد عن مقتل خمسة قرويين السبت في هجوم شنته جماعة بوكو حرام على قرية نائية."
    evs = run(text, [NIGERIAN, BOKO_HARAM], REF)
    assert one(evs, "ASSAULT").date == SATURDAY, [(e.type, e.date) for e in evs]


def test_an_arrest_announced_with_no_day_of_its_own_keeps_the_announcements() -> None:
    text = "أعلنت وزارة الداخلية أمس عن اعتقال ثلاثة مهربين قرب الحدود."
    evs = run(text, [INTERIOR_MINISTRY], REF)
    assert one(evs, "COERCE").date == SUNDAY, [(e.type, e.date) for e in evs]
