"""The date of a deed noun governed by a trial, an inquiry or an anniversary (`events_deed_dates`): the
sentence's date is the trial's or the inquiry's, so the deed takes only a date told of itself, and a deed
on trial or remembered is background; across sentences, a deed dated days away from one told before, or
one told after a crash, is not folded into it."""

from __future__ import annotations

from datetime import date

from event_cases import IRAQ, IRAQI, ISIS_TANZIM, SHABAAB, SOMALIA, run

from marsad.extract.events_deed_dates import date_span, far_dates
from marsad.model import Event

REF = date(2015, 8, 10)
FERGUSON = ("فيرغسون", "فيرغسون", "LOC")


def assaults(evs: list[Event]) -> list[Event]:
    """The ASSAULT events of `evs`."""
    return [e for e in evs if e.type == "ASSAULT"]


def test_a_year_after_the_attack_is_not_the_attack_date() -> None:
    text = "وفي الصومال، نظم السكان أمس وقفة بمناسبة مرور عام على هجوم حركة الشباب على الفندق."
    evs = assaults(run(text, [SOMALIA, SHABAAB], REF))
    assert evs and all(e.date is None and e.background for e in evs), [(e.source, e.date) for e in evs]


def test_an_inquiry_date_is_not_the_attack_date() -> None:
    text = "وأعلنت الحكومة في الصومال أمس تشكيل لجنة للتحقيق في هجوم حركة الشباب على الفندق."
    evs = assaults(run(text, [SOMALIA, SHABAAB], REF))
    assert evs and all(e.date is None and not e.background for e in evs), [(e.source, e.date) for e in evs]


def test_an_inquiry_keeps_the_date_its_relative_clause_tells() -> None:
    text = "وأعلنت الحكومة في الصومال تشكيل لجنة للتحقيق في الهجوم الذي نفذته حركة الشباب أمس على الفندق."
    evs = assaults(run(text, [SOMALIA, SHABAAB], REF))
    assert evs and evs[0].date == "2015-08-09", [(e.source, e.date) for e in evs]


def test_an_anniversary_is_background_with_the_year_of_the_deed() -> None:
    text = ("وأحيا سكان فيرغسون اليوم الاثنين ذكرى الهجوم الذي نفذه تنظيم داعش على المدينة "
            "وأودى بحياة عشرة أشخاص في 3 مارس 2014.")
    evs = assaults(run(text, [FERGUSON, ISIS_TANZIM], REF))
    assert evs and evs[0].date == "2014-03-03" and evs[0].background, [(e.date, e.background) for e in evs]


def dated(value: str | None) -> Event:
    """A bare ASSAULT telling dated `value`."""
    return Event("ASSAULT", None, [], [], None, value, False, "هجوم", 0, 1)


def test_date_spans_and_far_dates() -> None:
    assert date_span("2015-02") == (date(2015, 2, 1), date(2015, 2, 28))
    assert date_span("2015-W31") == (date(2015, 7, 27), date(2015, 8, 2))
    assert date_span(None) is None and date_span("قريبا") is None
    assert far_dates(dated("2015-08-08"), dated("2013"))
    assert not far_dates(dated("2015-08-08"), dated("2015-08-06"))  # «الخميس» … «أمس السبت»
    assert not far_dates(dated("2015-08-08"), dated(None))


def test_a_deed_of_another_year_is_not_folded_into_the_news() -> None:
    text = ("شن تنظيم داعش أمس هجوما على قرية في العراق. "
            "وفي عام 2012 قتل عشرون جنديا عراقيا في تفجير استهدف ثكنة في العراق.")
    evs = assaults(run(text, [ISIS_TANZIM, IRAQ, IRAQI], REF))
    assert any(e.date == "2012" for e in evs), [(e.source, e.target, e.date) for e in evs]
    assert all(not e.target for e in evs if "داعش" in e.source)  # the soldiers of 2012 are not its victims


def test_a_crash_takes_in_no_attack_told_after_it() -> None:
    text = ("قتل 12 جنديا أمس في تحطم طائرة عسكرية بسبب عطل فني. "
            "ويأتي تحطم الطائرة بعد مقتل خمسة أشخاص في هجوم نفذته حركة الشباب على مركز للشرطة في الصومال.")
    evs = assaults(run(text, [SHABAAB, SOMALIA], REF))
    assert any("الشباب" in e.source for e in evs), [(e.source, e.target, e.trigger) for e in evs]


def test_a_deed_verb_in_a_relative_clause_on_a_charged_deed_takes_no_charge_date() -> None:
    text = "ووجهت النيابة في 14 يوليو الماضي الاتهام إلى المتهمين العشرة في حادث التفجير الذي استهدف المسجد."
    evs = [e for e in run(text, [], ref=date(2015, 8, 6)) if e.type == "ASSAULT"]
    assert evs and all(e.date != "2015-07-14" for e in evs)
