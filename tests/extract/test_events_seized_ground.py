"""The side that lost the ground a seizure takes, read from the article's fighting (`events_seized_ground`)."""

from __future__ import annotations

from event_cases import HOUTHI, ISIS, one, run

from marsad.extract.events_seized_ground import seizure_adversary
from marsad.model import Event

LAHJ = ("لحج", "لحج", "LOC")
RAMADI = ("الرمادي", "الرمادي", "LOC")


def _ev(typ: str, source: list[str], target: list[str], trigger: str, start: int, mode: str | None = None) -> Event:
    return Event(type=typ, mode=mode, source=source, target=target, location=None, date=None, negated=False,
                 trigger=trigger, start=start, end=start + len(trigger))


def test_a_town_taken_in_a_story_of_fighting_is_taken_from_the_enemy() -> None:
    text = ("ودارت اشتباكات عنيفة أمس بين المقاومة الشعبية والحوثيين في أطراف مدينة الحوطة. "
            "وتمكنت المقاومة الشعبية مساء أمس من استعادة السيطرة على محافظة لحج بالكامل.")
    seized = [e for e in run(text, [HOUTHI, LAHJ]) if e.type == "COERCE"]
    assert seized and seized[0].source == ["المقاومة الشعبية"] and seized[0].target == ["الحوثي"]


def test_ground_taken_by_a_side_that_was_attacked_is_taken_from_its_attacker() -> None:
    text = ("وشن تنظيم داعش هجوما على مواقع الجيش العراقي شرق الرمادي. "
            "وقالت مصادر إن الجيش العراقي سيطر على مناطق وطرق شرق الرمادي بعد يومين.")
    ev = one(run(text, [ISIS, RAMADI]), "COERCE")
    assert ev.target == ["داعش"]


def test_a_seizure_alone_in_its_story_keeps_no_target() -> None:
    text = "وتمكنت المقاومة الشعبية مساء أمس من استعادة السيطرة على محافظة لحج بالكامل."
    ev = one(run(text, [LAHJ]), "COERCE")
    assert ev.target == []


def test_looting_takes_no_side_of_the_war() -> None:
    loot = _ev("COERCE", ["الحوثي"], [], "نهبت", 500, "seize")
    fight = _ev("FIGHT", ["الحوثي"], ["التحالف العربي"], "مواجهات", 100)
    seizure_adversary([fight, loot])
    assert loot.target == []


def test_an_ally_and_a_thing_are_no_loser() -> None:
    taken = _ev("COERCE", ["الجيش اليمني"], [], "أحكمت سيطرتها", 900, "seize")
    misread = _ev("ASSAULT", ["الجيش اليمني"], ["الحوثي", "المقاومة الشعبية", "طقمين عسكريين"], "الغارات", 700)
    houthi = _ev("FIGHT", ["الحوثي"], ["المقاومة الشعبية"], "مواجهات", 300)
    shelling = _ev("ASSAULT", ["المقاومة الشعبية"], ["الحوثي"], "هجوم", 200)
    strikes = _ev("ASSAULT", ["التحالف العربي"], ["الحوثي"], "غارات", 100)
    seizure_adversary([strikes, shelling, houthi, misread, taken])
    assert taken.target == ["الحوثي"]


def test_ground_taken_from_states_is_not_taken_from_who_struck_the_taker() -> None:
    strike = _ev("ASSAULT", ["تركيا"], ["داعش"], "شنت تركيا غارات", 0)
    text = "وسيطر تنظيم داعش على مساحات كبيرة من سورية والعراق."
    seizure = _ev("COERCE", ["داعش"], [], "وسيطر تنظيم داعش على مساحات", 300, "seize")
    seizure.start, seizure.end = 300, 300 + len(text)
    seizure_adversary([strike, seizure], frozenset({"تركيا", "سوريه", "العراق"}), " " * 300 + text)
    assert seizure.target == []
    seizure_adversary([strike, seizure], frozenset({"تركيا"}), " " * 300 + "وسيطر تنظيم داعش على مساحات كبيرة.")
    assert seizure.target == []  # a state that struck the takers is no side they took ground from
