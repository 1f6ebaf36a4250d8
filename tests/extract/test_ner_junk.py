"""Junk entity names fixed at the entity layer (`marsad.extract.ner_junk`)."""

from __future__ import annotations

from marsad.extract.entities import extract_entities


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in extract_entities(text)}


def _texts(text: str) -> set[str]:
    return {e.text for e in extract_entities(text)}


def test_proclitic_letter_of_a_foreign_place_name_is_kept() -> None:
    found = _texts("واندلعت حرائق واسعة في كاليفورنيا خلال عطلة نهاية الأسبوع")
    assert "كاليفورنيا" in found
    assert "اليفورنيا" not in found


def test_proclitic_letter_of_a_foreign_surname_is_kept() -> None:
    found = _texts("وصرح وزير الدفاع البريطاني مايكل فالون للصحفيين. وأضاف فالون أن المهمة مستمرة")
    assert "الون" not in found


def test_a_real_conjunction_before_the_article_is_still_taken_off() -> None:
    assert "الرياض" in _texts("زار الوفد جدة والرياض الأسبوع الماضي")


def test_present_verb_is_not_part_of_a_person_name() -> None:
    found = _texts("وتتذكر العريني أيام دراستها في الجامعة")
    assert not any(t.startswith("تتذكر") for t in found)


def test_financial_adjective_is_not_mali() -> None:
    assert ("LOC", "مالي") not in _mentions("وطلب المتهم مبلغ مالي كبير من الضحية")
    assert ("LOC", "مالي") not in _mentions("وتعاني البلدية من عجز مالي كبير هذا العام")


def test_mali_after_a_place_cue_stays_a_country() -> None:
    assert ("LOC", "مالي") in _mentions("وقتل ثلاثة جنود في هجوم بشمال مالي أمس")
    assert ("LOC", "مالي") in _mentions("واستقبل الرئيس سفير مالي في القصر")
