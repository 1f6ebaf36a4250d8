"""Attack words in another sense: «تستهدف» aiming at a goal told by a verbal noun (`events_aimed_things
.aimed_at_a_goal`), a herd of beasts or an attack noun of a beast (`events_figurative`), and a strike foretold
under a condition or at whoever comes (`events_warned_strike`: THREATEN); real attacks stay."""

from __future__ import annotations

import pytest
from event_cases import run

ARMY = ("الجيش", "الجيش", "ORG")
REBELS = ("المتمردين", "المتمردين", "ORG")
ITALY = ("إيطاليا", "إيطاليا", "LOC")
EGYPT = ("مصر", "مصر", "LOC")
RUSSIA = ("روسيا", "روسيا", "LOC")
SPECS = [ARMY, REBELS, ITALY, EGYPT, RUSSIA]


@pytest.mark.parametrize("text", [
    "وقال الوزير إن التحركات الإقليمية تستهدف تشكيل تحالف مع روسيا لمواجهة الميليشيات المسلحة.",
    "وأوضح أن الحملة تستهدف تشجيع السياحة في مصر بعد سنوات من الهجمات الإرهابية.",
    "وأكد أن الخطة تستهدف إيجاد حلول لأزمة اللاجئين الفارين من القتال في مصر.",
])
def test_goal_aimed_at(text: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == "ASSAULT" and "تستهدف" in e.trigger]


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن مجموعة من الخنازير البرية قتلت مزارعا في إيطاليا.",
    "وأصيب مزارع من إيطاليا في هجوم لهذه الحيوانات قرب منزله.",
])
def test_beasts_no_party(text: str) -> None:
    assert not [e for e in run(text, SPECS) if e.type == "ASSAULT"]


def test_conditional_strike_is_a_threat() -> None:
    text = "وقال الجيش إنه إذا لم تنسحب السفن من المياه الإقليمية فإن الجيش سيقصف كل من يقترب من السواحل."
    evs = run(text, SPECS)
    assert not [e for e in evs if e.type == "ASSAULT"]
    assert [e for e in evs if e.type == "THREATEN" and "الجيش" in e.source]


@pytest.mark.parametrize(("text", "typ"), [
    ("واستهدف الجيش مواقع المتمردين بالمدفعية الثقيلة.", "FIGHT"),
    ("وقالت الشرطة إن مجموعة من المتمردين قتلت مزارعا في مصر.", "ASSAULT"),
])
def test_real_attacks_stay(text: str, typ: str) -> None:
    assert [e for e in run(text, SPECS) if e.type in (typ, "ASSAULT", "FIGHT")]
