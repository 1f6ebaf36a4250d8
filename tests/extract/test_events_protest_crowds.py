"""Crowds named by a plain noun phrase after a protest verb (`events_protest_crowds`): «تظاهر مئات
العمال», «نفذت العشرات من الأسر … وقفة احتجاجية»; a generic noun or a thing there names no doer."""

from __future__ import annotations

from event_cases import one, run


def test_counted_workers_after_the_verb_are_the_protesters() -> None:
    text = "تظاهر مئات العمال أمام مبنى الشركة في المنصورة احتجاجا على تأخر صرف رواتبهم."
    ev = one(run(text, [("المنصورة", "المنصورة", "LOC")]), "PROTEST")
    assert ev.source == ["مئات العمال"]


def test_a_sound_plural_after_a_partitive_is_the_doer_of_a_sit_in() -> None:
    text = "اعتصم عشرات الممرضين أمام وزارة الصحة للمطالبة بتثبيتهم في وظائفهم."
    ev = one(run(text, [("وزارة الصحة", "وزارة الصحة", "ORG")]), "PROTEST")
    assert ev.source == ["عشرات الممرضين"]


def test_families_with_their_nisba_stage_a_vigil() -> None:
    text = "نفذت العشرات من الأسر العراقية وقفة احتجاجية أمس أمام مقر المحافظة للمطالبة بكشف مصير أبنائها."
    ev = one(run(text, []), "PROTEST")
    assert ev.source == ["العشرات من الأسر العراقية"]


def test_drivers_and_their_genitive_strike() -> None:
    text = "وأضرب سائقو الحافلات في المدينة عن العمل ليوم واحد."
    ev = one(run(text, []), "PROTEST")
    assert ev.source == ["سائقو الحافلات"]


def test_citizens_name_no_party() -> None:
    text = "تظاهر المواطنون في شوارع المدينة مساء الخميس."
    ev = one(run(text, []), "PROTEST")
    assert ev.source == []
