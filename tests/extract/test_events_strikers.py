"""Strikers named by a plain noun phrase with the verb that starts or keeps up a strike (`events_strikers`):
«بدأ 60 معتقلا إضرابا», «إن 45 سجينا بدأوا إضرابا», «يواصل الأسرى الفلسطينيون إضرابهم»; the side named
after «من قبل» past «احتجاجا على» is the one the strike is against."""

from __future__ import annotations

from event_cases import one, run


def test_counted_prisoners_who_began_a_hunger_strike_are_its_source() -> None:
    text = "بدأ 60 معتقلا سياسيا إضرابا مفتوحا عن الطعام داخل السجن المركزي."
    ev = one(run(text, []), "PROTEST")
    assert ev.source == ["60 معتقلا سياسيا"]


def test_prisoners_with_their_nisba_keep_up_their_strike() -> None:
    text = "يواصل الأسرى الأردنيون إضرابهم عن الطعام لليوم العاشر."
    ev = one(run(text, []), "PROTEST")
    assert ev.source == ["الأسرى الأردنيون"]


def test_workers_named_before_a_place_declare_a_strike() -> None:
    text = "أعلن عمال الموانئ في مرسيليا الإضراب احتجاجا على خطة الخصخصة."
    ev = one(run(text, [("مرسيليا", "مرسيليا", "LOC")]), "PROTEST")
    assert ev.source == ["عمال الموانئ"]


def test_two_crowds_joined_by_and_enter_a_strike() -> None:
    text = "ودخل الموظفون والسائقون في إضراب عن العمل منذ صباح الأحد."
    ev = one(run(text, []), "PROTEST")
    assert ev.source == ["الموظفون", "السائقون"]


def test_a_fronted_count_before_a_plural_verb_is_the_source() -> None:
    text = "وقالت الهيئة إن 45 سجينا في سجن الرملة بدأوا إضرابا عن الطعام أمس."
    ev = one(run(text, [("الهيئة", "الهيئة", "ORG"), ("الرملة", "الرملة", "LOC")]), "PROTEST")
    assert ev.source == ["45 سجينا"]


def test_a_strike_told_in_a_quote_is_kept() -> None:
    text = "وقال المتحدث: «إن 30 معتقلا بدأوا إضرابا عن الطعام في سجن عوفر»."
    ev = one(run(text, [("عوفر", "عوفر", "LOC")]), "PROTEST")
    assert ev.source == ["30 معتقلا"]


def test_the_detaining_side_after_min_qibal_is_the_target() -> None:
    text = "دخل الأسير سامي حداد في إضراب عن الطعام احتجاجا على اعتقاله الإداري من قبل السلطات الإسرائيلية."
    ents = [("سامي حداد", "سامي حداد", "PER"), ("السلطات الإسرائيلية", "إسرائيل", "ORG")]
    ev = one(run(text, ents), "PROTEST")
    assert ev.source == ["سامي حداد"]
    assert ev.target == ["إسرائيل"]


def test_a_strike_that_began_has_no_crowd_before_it() -> None:
    text = "بدأ الإضراب في المدارس الحكومية صباح اليوم."
    ev = one(run(text, []), "PROTEST")
    assert ev.source == []
