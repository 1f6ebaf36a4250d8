"""Wounded by someone's fire (`events_wounded`): «أصيب X برصاص Y» is an attack by Y on X; with no doer named
(a stray bullet, friendly fire) the wound tells no attack."""

from __future__ import annotations

from event_cases import HOUTHI_FORCES, PALESTINIANS, one, run

PAKISTANI_M = ("باكستاني", "باكستان", "LOC")
INDIAN_M = ("الهندي", "الهند", "LOC")
CONGRESS = ("حزب المؤتمر", "حزب المؤتمر", "ORG")
BASRA = ("البصرة", "البصرة", "LOC")


def test_the_wounded_by_settlers_fire_underwent_their_attack() -> None:
    ev = one(run("وأصيب ثلاثة شبان فلسطينيين برصاص مستوطنين قرب نابلس.", [PALESTINIANS]), "ASSAULT")
    assert ev.target == ["فلسطين"]
    assert ev.source and "مستوطن" in ev.source[0]


def test_the_doer_named_by_the_verb_that_fired_the_shells() -> None:
    evs = run("أصيب عامل باكستاني بشظايا قذائف أطلقتها قوات الحوثي على جازان.", [PAKISTANI_M, HOUTHI_FORCES])
    ev = one(evs, "ASSAULT")
    assert ev.source == ["الحوثي"] and ev.target in (["باكستان"], ["عامل باكستاني"])


def test_a_party_the_wounded_are_for_is_no_target() -> None:
    evs = run("أصيب متظاهرون مناصرون لحزب المؤتمر برصاص الجيش الهندي في البصرة.", [CONGRESS, INDIAN_M, BASRA])
    ev = one(evs, "ASSAULT")
    assert ev.source == ["الهند"] and "حزب المؤتمر" not in ev.target


def test_a_wound_with_no_doer_is_no_attack() -> None:
    assert not run("أصيب جندي بنيران صديقة خلال التدريب.", [])
    assert not run("أصيب طالب برصاصة طائشة خلال حفل زفاف.", [])
