"""Precision: an attack named by a definite or plural noun with no doer, victim, place or time is a kind of
deed named, no deed told (`events_unanchored`); with any of them it stays."""

from __future__ import annotations

from event_cases import run

from marsad.extract.events_unanchored import kind_noun

ARMY = ("الجيش", "الجيش", "ORG")


def assaults(text: str, specs: list[tuple[str, str, str]] | None = None) -> list[str]:
    """The triggers of the ASSAULT events found in `text`."""
    return [e.trigger for e in run(text, specs or []) if e.type == "ASSAULT"]


def test_responsibility_for_attacks_in_general_tells_no_attack() -> None:
    text = "وقال الخبير إن معرفة المسؤول عن الهجمات بالغازات السامة تحتاج إلى وقت طويل."
    assert assaults(text) == []


def test_many_attacks_a_region_sees_tell_no_attack() -> None:
    text = "ويأتي التعاون في وقت تواجه فيه الدول الكثير من الهجمات الوحشية وحالة من القلق."
    assert assaults(text) == []


def test_a_penalty_that_may_reach_killing_tells_no_killing() -> None:
    text = "ويرى الفقهاء أن العقوبة قد تصل إلى القتل في بعض الجرائم الكبرى."
    assert assaults(text) == []


def test_an_attack_on_a_victim_stays() -> None:
    text = "ورصد التقرير عدة انتهاكات منها الاعتداء بالضرب على أحد الصحفيين."
    assert assaults(text) != []


def test_an_attack_with_a_place_stays() -> None:
    text = "وقتل عشرة أشخاص في سلسلة هجمات في بغداد."
    assert assaults(text) != []


def test_an_attack_with_a_doer_stays() -> None:
    text = "وقال المتحدث إن الهجمات التي نفذها الجيش أوقعت قتلى."
    assert assaults(text, [ARMY]) != []


def test_kind_nouns() -> None:
    assert kind_noun("الهجمات") and kind_noun("والقتل") and kind_noun("هجمات") and kind_noun("بالانفجار")
    assert not kind_noun("قتل") and not kind_noun("هجوم") and not kind_noun("هجماتهم") and not kind_noun("شن هجمات")


def test_an_attack_a_relative_clause_tells_stays() -> None:
    text = "ولم يصدر أي تعليق رسمي على الهجوم الذي وقع قرب المطار."
    assert assaults(text) != []


def test_an_attack_whose_result_is_told_stays() -> None:
    text = "وأسفر الانفجار عن أضرار كبيرة في المباني المجاورة."
    assert assaults(text) != []
