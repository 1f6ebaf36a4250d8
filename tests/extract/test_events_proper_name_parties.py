"""Parties of 2024-style war news: a body's proper name closes its phrase, so the body right after it is a
second party (`events_named_slots.name_then_body`); a lone nisba before a body in construct («الفلسطينية قوات
الاحتلال») is the adjective of the noun before it, not of that body (`events_actors._nisba_then_construct`); a drone named by the adjective alone
(«المسيرات الإسرائيلية») is a craft of its country's forces; a craft named with its nisba after «من» and an
attack noun made the attack (`events_assault.agent_after_from`)."""

from __future__ import annotations

from event_cases import coded_one


def test_a_body_after_a_proper_name_is_the_object() -> None:
    ev = coded_one("قصفت حماس الجيش الإسرائيلي في رفح.", "ASSAULT")
    assert ev.source == ["حماس"] and "إسرائيل" in ev.target
    ev = coded_one("هاجمت حركة حماس قوات الاحتلال في جنين.", "ASSAULT")
    assert ev.source == ["حماس"] and ev.target == ["إسرائيل"]
    ev = coded_one("انتقدت حماس السلطة الفلسطينية.", "DISAPPROVE")
    assert ev.source == ["حماس"] and ev.target == ["السلطة الفلسطينية"]


def test_a_nisba_before_a_body_in_construct_is_not_its_adjective() -> None:
    ev = coded_one("هاجمت الفصائل الفلسطينية قوات الاحتلال في جنين.", "ASSAULT")
    assert ev.source == ["فلسطين"] and ev.target == ["إسرائيل"]


def test_drones_named_by_the_adjective_alone_are_a_force() -> None:
    ev = coded_one("شنت المسيرات الإسرائيلية غارات على بلدات في جنوب لبنان.", "ASSAULT")
    assert "إسرائيل" in ev.source and "إسرائيل" not in ev.target


def test_a_craft_with_its_nisba_after_from_made_the_attack() -> None:
    ev = coded_one("أصيب أربعة أشخاص بقصف من طائرات إسرائيلية.", "ASSAULT")
    assert ev.source == ["إسرائيل"]
