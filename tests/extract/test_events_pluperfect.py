"""Events told as the story's past («وكان X قد اقتحم …», «سبق أن …») are marked `background`;
news of the day is not."""

from __future__ import annotations

from datetime import date

import pytest
from event_cases import one, run

from marsad.extract.events import extract_events
from marsad.extract.times import extract_times

HOUTHI = ("الحوثيون", "الحوثي", "ORG")
ADEN = ("عدن", "عدن", "LOC")
SAUDI = ("السعودية", "السعودية", "LOC")


@pytest.mark.parametrize(("text", "specs", "typ"), [
    ("وكان الحوثيون قد اقتحموا مدينة عدن في مارس الماضي.", [HOUTHI, ADEN], "COERCE"),
    ("وكانت الشرطة اعتقلت ثلاثة أشخاص الأسبوع الماضي.", [], "COERCE"),
    ("وسبق أن أدانت السعودية الهجوم على السفارة.", [SAUDI], "DISAPPROVE"),
])
def test_a_deed_of_the_storys_past_is_background(text: str, specs: list[tuple[str, str, str]], typ: str) -> None:
    assert one(run(text, specs, ref=date(2015, 7, 20)), typ).background


def test_news_of_the_day_and_a_saying_in_the_past_are_not_background() -> None:
    assert not one(run("اقتحم الحوثيون مدينة عدن أمس.", [HOUTHI, ADEN], ref=date(2015, 7, 20)), "COERCE").background
    evs = run("وكان الوزير يقول إن الحكومة ستدعم المزارعين.", [])
    assert not [e for e in evs if e.background]


def test_qad_before_a_past_verb_in_alif_asserts() -> None:
    specs = [("الشرطة", "الشرطة", "ORG")]
    assert not one(run("وقد اعتقلت الشرطة ثلاثة متهمين.", specs), "COERCE").hedged
    assert one(run("قد تعتقل الشرطة المتهمين.", specs), "COERCE").hedged


def test_the_paper_something_was_told_to_is_no_party() -> None:
    specs = [("ياسين", "ياسين", "PER"), ("الشرق الأوسط", "الشرق الأوسط", "ORG"), ("القطري", "قطر", "LOC"),
             ("خالد العطية", "خالد العطية", "PER")]
    text = ("وأوضح ياسين في اتصال هاتفي لـ«الشرق الأوسط»، عقب لقائه مع نظيره القطري خالد العطية، أن المباحثات "
            "كانت إيجابية.")
    ev = one(run(text, specs), "CONSULT")
    assert (ev.source, ev.target) == (["ياسين"], ["خالد العطية"])


POLICE = ("الشرطة المصرية", "مصر", "LOC")


@pytest.mark.parametrize(("text", "background"), [
    ("وفي عام 2011 اعتقلت الشرطة المصرية عشرات الناشطين.", True),  # a year four years back
    ("واعتقلت الشرطة المصرية في مارس الماضي عشرات الناشطين.", True),  # a month four months back
    ("واعتقلت الشرطة المصرية أمس عشرات الناشطين.", False),  # yesterday: the news
    ("واعتقلت الشرطة المصرية الشهر الماضي عشرات الناشطين.", False),  # weeks back: still the news
])
def test_a_deed_dated_months_before_publication_is_background(text: str, background: bool) -> None:
    assert one(run(text, [POLICE], ref=date(2015, 7, 20)), "COERCE").background is background


def test_no_publication_date_no_background_from_dates() -> None:
    evs = extract_events("وفي عام 2011 اعتقلت الشرطة المصرية عشرات الناشطين.", [], extract_times(
        "وفي عام 2011 اعتقلت الشرطة المصرية عشرات الناشطين.", None))
    assert not [e for e in evs if e.background]


def test_years_that_date_something_else_at_the_clause_end_leave_the_deed_news() -> None:
    text = "وتظاهر المئات أمس احتجاجا على تفاقم انقطاع التيار الكهربائي المستمر منذ سنوات."
    assert not [e for e in run(text, [], ref=date(2015, 8, 2)) if e.background]
    assert [e for e in run("وتظاهر المئات منذ سنوات ضد الحكومة.", [], ref=date(2015, 8, 2)) if e.background]
