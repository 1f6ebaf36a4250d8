"""Violent events in plain newswire constructions, read with the real entity layer: stabbing attacks, the
doer a verb of doing names after an attack noun, the wounded before «في هجوم», forces named by a weapon or
vehicle with adjectives and a nisba («الطيران الحربي الروسي»), a nisba in the dual, a
«لـ» glued to a name with the article, a town after a raid's object told as where it was, settlements as
places, munitions never a target, and a light verb's subject after «أن» with quote marks around it."""

from __future__ import annotations

from event_cases import one

from marsad.extract.entities import extract_entities
from marsad.extract.events_eval import run_article
from marsad.model import Event


def events(text: str) -> list[Event]:
    """The events of `text` as the whole pipeline reads them (entities, times, quotes)."""
    return run_article(text, "2015-07-20")


def test_stabbing_attack_done_by_the_one_named_after_it() -> None:
    ev = one(events("وأصيب شرطيان إسرائيليان في عملية طعن نفذها فلسطيني قرب الخليل"), "ASSAULT")
    assert ev.source == ["فلسطين"] and ev.target == ["إسرائيل"]


def test_doer_of_attack_noun_named_by_a_verb_of_doing() -> None:
    ev = one(events("وأصيب مستوطنان إسرائيليان في هجوم نفذه مسلحون من حركة حماس قرب رام الله"), "ASSAULT")
    assert ev.source == ["حماس"] and ev.target == ["إسرائيل"]


def test_wounded_before_an_attack_noun_underwent_it() -> None:
    ev = one(events("وأصيب ثلاثة جنود أمريكيين في هجوم لطالبان في ولاية هلمند"), "ASSAULT")
    assert ev.source == ["طالبان"] and ev.target == ["الولايات المتحدة"]


def test_war_planes_with_adjective_and_nisba_are_the_country() -> None:
    ev = one(events("وقصف الطيران الحربي الروسي مواقع للمعارضة في ريف إدلب"), "ASSAULT")
    assert ev.source == ["روسيا", "الطيران الحربي الروسي"] and "روسيا" not in ev.target


def test_artillery_with_nisba_is_the_country() -> None:
    ev = one(events("وقصفت المدفعية التركية مواقع للمسلحين الأكراد شمال العراق"), "ASSAULT")
    assert ev.source == ["تركيا", "المدفعية التركية"] and "تركيا" not in ev.target


def test_bulldozers_with_nisba_are_the_country() -> None:
    ev = one(events("وهدمت الجرافات الإسرائيلية منازل فلسطينيين في الخليل"), "COERCE")
    assert ev.source == ["إسرائيل", "الجرافات الإسرائيلية"] and "إسرائيل" not in ev.target


def test_drone_with_nisba_is_the_country() -> None:
    ev = one(events("وهاجمت طائرة مسيرة أمريكية سيارة في محافظة مأرب"), "ASSAULT")
    assert ev.source == ["الولايات المتحدة"]


def test_dual_nisba_is_a_place_mention() -> None:
    found = [(e.label, e.canonical) for e in extract_entities("وأصيب جنديان أردنيان في الانفجار")]
    assert ("LOC", "الأردن") in found


def test_lam_before_the_article_leaves_the_name_whole() -> None:
    ev = one(events("واستهدف انتحاري مسجدا للشيعة في الدمام"), "ASSAULT")
    assert ev.target == ["الشيعة"]


def test_town_after_raided_house_is_where_it_was() -> None:
    ev = one(events("داهمت الشرطة التركية منزل صحفي في أنقرة"), "COERCE")
    assert ev.source == ["تركيا", "الشرطة التركية"] and "أنقرة" not in ev.target and ev.location == "أنقرة"


def test_settlements_around_a_town_are_a_place() -> None:
    ev = one(events("وأطلقت فصائل فلسطينية صواريخ على مستوطنات غلاف غزة"), "ASSAULT")
    assert "غزة" not in ev.target and ev.location == "غزة"


def test_munition_is_never_the_target() -> None:
    ev = one(events("وأطلق الحوثيون عددا من قذائف الهاون على حي سكني في نجران"), "ASSAULT")
    assert ev.source == ["الحوثي"] and not any("الهاون" in n for n in ev.target)


def test_light_verb_subject_after_that_with_quote_marks() -> None:
    text = "وقال المرصد إن جيش الفتح و”جبهة النصرة” استأنفت اليوم “استهداف مناطق في الفوعة”"
    assert "جبهة النصرة" in one(events(text), "ASSAULT").source
