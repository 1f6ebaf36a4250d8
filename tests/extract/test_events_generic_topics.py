"""Kinds of deeds named as a topic: deeds likened to others, suffered in general, a party's record, a deed
among abstract ills (`events_generic_topics`); specific deeds stay."""

from __future__ import annotations

from event_cases import run

KUWAIT = ("الكويت", "الكويت", "LOC")
QATIF = ("القطيف", "القطيف", "LOC")


def types_of(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    """The types of the events found in `text`."""
    return [e.type for e in run(text, specs)]


def test_attacks_likened_to_others_are_no_event() -> None:
    text = "وقال ضابط إن المهاجمين ينتمون إلى مجموعات متشددة شنت هجمات مماثلة في السنوات الأخيرة."
    assert "ASSAULT" not in types_of(text, [])


def test_such_attacks_after_mithl_are_no_event() -> None:
    text = "وقالت المصادر إن الجماعة نفذت مثل هذه الهجمات في الماضي."
    assert "ASSAULT" not in types_of(text, [])


def test_bombings_suffered_in_general_are_no_event() -> None:
    text = "وأوضح الباحث أن الكويت عانت من التشدد والتفجيرات والتخريب، لكنها تجاوزت تلك المرحلة."
    assert "ASSAULT" not in types_of(text, [KUWAIT])


def test_assaults_withstood_in_general_are_no_event() -> None:
    text = "وهذه الأنظمة لم تصمد أمام الاعتداءات من خصومها."
    assert "ASSAULT" not in types_of(text, [])


def test_a_groups_record_of_attacks_is_no_event() -> None:
    text = "وهي جماعة متشددة تقف وراء العديد من الهجمات الطائفية، وتنشط في الجبال."
    assert "ASSAULT" not in types_of(text, [])


def test_assaults_among_abstract_ills_are_no_event() -> None:
    text = "وأكدت الدراسة أن الأطفال ليسوا بمنأى عن الاعتداءات والعنف داخل المخيمات."
    assert "ASSAULT" not in types_of(text, [])


def test_a_dated_bombing_suffered_stays() -> None:
    text = "وأوضح أن الكويت عانت من التفجيرات التي استهدفت مسجدين في القطيف أمس."
    assert "ASSAULT" in types_of(text, [KUWAIT, QATIF])


def test_a_dated_similar_attack_stays() -> None:
    text = "وكان الفندق قد تعرض لهجمات مماثلة في الرابع من يناير الماضي."
    assert "ASSAULT" in types_of(text, [])
