"""A vow to hit back is a threat (`event_triggers.tsv`, THREATEN rows of «سيرد», «سترد», «سنرد», «سيتم الرد»):
only with a word that makes it a reprisal («بقوة», «فورا», «على أي …»); answering questions and a prayer
that a plot turn back on its makers are none."""

from __future__ import annotations

from event_cases import COALITION, one, run

SOUTH_KOREAN_ARMY = ("الجيش الكوري الجنوبي", "كوريا الجنوبية", "ORG")
NORTH_KOREA = ("كوريا الشمالية", "كوريا الشمالية", "LOC")
NETANYAHU = ("نتنياهو", "بنيامين نتنياهو", "PER")


def test_a_vow_to_hit_back_hard_is_a_threat() -> None:
    evs = run("وأعلن الجيش الكوري الجنوبي أنه سيرد بقوة على كوريا الشمالية.", [SOUTH_KOREAN_ARMY, NORTH_KOREA])
    threat = one(evs, "THREATEN")
    assert threat.source == ["كوريا الجنوبية"] and threat.target == ["كوريا الشمالية"]


def test_a_vow_to_answer_any_breach_is_a_threat() -> None:
    evs = run("وأكدت قيادة التحالف العربي أنها سترد على أي خروقات للهدنة.", [COALITION])
    assert one(evs, "THREATEN").source == ["التحالف العربي"]


def test_answering_questions_or_a_prayer_is_no_threat() -> None:
    assert not run("وسيرد نتنياهو على أسئلة المشاركين في المؤتمر.", [NETANYAHU])
    assert not [e for e in run("وأكد الخطيب أن كيد المعتدين سيرد في نحورهم بقوة.", []) if e.type == "THREATEN"]
