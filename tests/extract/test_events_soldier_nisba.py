"""ASSAULT roles around a people's nisba on soldiers and crafts: the dead soldiers' country is the target of
their killing, a place after «في» is no doer, and a counted craft with its nisba is the doer."""

from marsad.extract.events_eval import run_article
from marsad.model import Event


def _deeds(text: str, day: str = "2015-08-08") -> list[Event]:
    return [e for e in run_article(text, day) if e.type in ("ASSAULT", "FIGHT")]


def test_dead_soldiers_nisba_is_target_beside_doer() -> None:
    ev = _deeds("مقتل ثلاثة جنود أتراك في هجوم لحزب العمال الكردستاني جنوب شرق البلاد.")
    assert len(ev) == 1
    assert "تركيا" in ev[0].target and "حزب العمال الكردستاني" in ev[0].source


def test_dead_soldiers_dual_nisba_is_target() -> None:
    ev = _deeds("مقتل جنديين تركيين في هجوم لحزب العمال الكردستاني في ولاية هكاري.")
    assert len(ev) == 1
    assert ev[0].target == ["تركيا"] and ev[0].source == ["حزب العمال الكردستاني"]


def test_dead_soldiers_counted_in_words_2024() -> None:
    ev = _deeds("وأعلنت وسائل إعلام عبرية مقتل ثلاثة جنود إسرائيليين في شمال قطاع غزة.", "2024-12-07")
    assert ev and ev[0].target == ["إسرائيل"] and not ev[0].source


def test_place_after_fi_is_no_doer() -> None:
    ev = _deeds("وجرح جنديان أمريكيان في هجوم شنه مسلحون في أفغانستان.")
    assert ev and "أفغانستان" not in ev[0].source and "الولايات المتحدة" in ev[0].target


def test_place_with_glued_b_is_no_doer() -> None:
    ev = _deeds("وقتل ثلاثة جنود أمريكيين في هجوم شنه مسلحون بالعراق.")
    assert ev and "العراق" not in ev[0].source and "الولايات المتحدة" in ev[0].target


def test_counted_helicopters_with_nisba_are_the_doer() -> None:
    ev = _deeds("وهاجمت مروحيتان أمريكيتان مواقع لطالبان في ولاية هلمند.")
    assert ev and ev[0].source == ["الولايات المتحدة"] and ev[0].target == ["طالبان"]


def test_counted_helicopters_bombing_2024() -> None:
    ev = _deeds("قصفت مروحيتان روسيتان مواقع لفصائل المعارضة في ريف إدلب الجنوبي.", "2024-12-07")
    assert ev and ev[0].source == ["روسيا"]


def test_soldiers_before_plural_passive_are_target() -> None:
    ev = _deeds("وقالت مصادر أمنية إن جنديين تركيين قتلوا عندما فجر مقاتلون أكراد لغما في إقليم شرناق.")
    assert ev and ev[0].target == ["تركيا"] and "تركيا" not in ev[0].source


def test_definite_soldiers_before_passive_are_target() -> None:
    ev = _deeds("وقالت مصادر محلية إن سبعة من الجنود اليمنيين قتلوا في هجوم انتحاري في حضرموت.")
    assert ev and ev[0].target == ["اليمن"]
