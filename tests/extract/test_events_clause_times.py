"""The date of an event is the time of its own clause (`events_clause_times`): a time told in a relative
clause about another noun, one outside the relative clause a trigger opens, or one of another noun's
lasting state after «منذ» is not the trigger's; a deed noun set a count of days before its clause takes
that clause's day moved back."""

from __future__ import annotations

from datetime import date

from event_cases import IRAQ, ISIS_TANZIM, PKK, QATAR, SECURITY_FORCES, SYRIA, TURKEY, one, run

REF = date(2015, 8, 10)  # a Monday
YESTERDAY = "2015-08-09"


def test_a_condemnation_takes_no_date_from_the_crimes_relative_clause() -> None:
    text = "أدانت قطر بشدة الهجوم الإرهابي الذي شنه تنظيم داعش أمس على قرية في شمال العراق."
    evs = run(text, [QATAR, ISIS_TANZIM, IRAQ], REF)
    assert one(evs, "DISAPPROVE").date is None, [(e.type, e.date) for e in evs]


def test_an_execution_takes_no_date_from_the_victims_relative_clause() -> None:
    text = "أعدم تنظيم داعش عشرين شخصا من أهالي القرية الذين تظاهروا في السوق أول من أمس."
    evs = run(text, [ISIS_TANZIM], REF)
    assert one(evs, "ASSAULT").date is None, [(e.type, e.date) for e in evs]


def test_a_verb_of_a_relative_clause_takes_no_date_of_the_main_clause() -> None:
    text = "واتهمت قوات الأمن، التي تقاتل تنظيم داعش في سوريا، تركيا، أمس، بالتقصير في حماية الحدود."
    evs = run(text, [SECURITY_FORCES, ISIS_TANZIM, SYRIA, TURKEY], REF)
    assert one(evs, "FIGHT").date is None, [(e.type, e.date) for e in evs]


def test_a_lasting_state_since_a_year_is_no_date_of_the_accusation() -> None:
    text = "واتهم حزب العمال الكردستاني تركيا بخرق الهدنة القائمة منذ عام 2013."
    evs = run(text, [PKK, TURKEY], REF)
    assert one(evs, "DISAPPROVE").date is None, [(e.type, e.date) for e in evs]


def test_a_lasting_state_placed_before_since_is_no_date_of_the_strike() -> None:
    text = "وتقصف قوات الأمن مواقع تنظيم داعش ردا على الحرب المستمرة في العراق منذ عام 2014."
    evs = run(text, [SECURITY_FORCES, ISIS_TANZIM, IRAQ], REF)
    assert one(evs, "ASSAULT").date is None, [(e.type, e.date) for e in evs]


def test_a_deed_two_days_before_the_clause_takes_that_day() -> None:
    text = "أفرجت السلطات التركية اليوم الاثنين عن الصحفي بعد يومين من اعتقاله في أنقرة."
    evs = run(text, [("التركية", "تركيا", "LOC"), ("أنقرة", "تركيا", "LOC")], REF)
    assert one(evs, "COERCE").date == "2015-08-08", [(e.type, e.date) for e in evs]


def test_a_killing_keeps_the_date_of_the_attack_it_is_told_in() -> None:
    text = "قتل ثلاثة جنود أتراك في الهجوم الذي وقع أمس قرب الحدود مع سوريا."
    evs = run(text, [("أتراك", "تركيا", "LOC"), SYRIA], REF)
    assert one(evs, "ASSAULT").date == YESTERDAY, [(e.type, e.date) for e in evs]


def test_a_killing_keeps_the_date_of_the_operation_that_caused_it() -> None:
    text = "وأوضحت الوزارة أن العملية التي جرت في 11 يوليو أدت إلى مقتل قيادي كبير في تنظيم داعش."
    evs = run(text, [ISIS_TANZIM], REF)
    assert one(evs, "ASSAULT").date == "2015-07-11", [(e.type, e.date) for e in evs]


def test_a_habit_told_in_a_relative_clause_takes_no_past_day() -> None:
    # «التي يرتادها المصلون» tells a habit: «الاثنين الماضي» is the bombing's day, not the mosque's
    text = "وتبنى التنظيم تفجير سيارة مفخخة قرب أحد المساجد التي يرتادها المصلون في صنعاء الاثنين الماضي."
    evs = run(text, [ISIS_TANZIM], REF)
    assert one(evs, "ASSAULT").date is not None, [(e.type, e.date) for e in evs]


def test_an_edge_of_a_month_dates_the_deed_by_its_month() -> None:
    for text in ("شن تنظيم داعش هجوما على قرية في العراق مطلع يوليو.",
                 "شن تنظيم داعش هجوما على قرية في العراق أواخر الشهر الماضي."):
        evs = run(text, [ISIS_TANZIM, IRAQ], REF)
        assert one(evs, "ASSAULT").date == "2015-07", (text, [(e.type, e.date) for e in evs])


def test_a_week_gives_no_date_but_a_weekend_and_a_day_do() -> None:
    def date_of(when: str) -> str | None:
        evs = run(f"شن تنظيم داعش هجوما على قرية في العراق {when}.", [ISIS_TANZIM, IRAQ], REF)
        return one(evs, "ASSAULT").date
    assert date_of("الأسبوع الماضي") is None
    assert date_of("نهاية الأسبوع") == YESTERDAY
    assert date_of("أول من أمس") == "2015-08-08"
