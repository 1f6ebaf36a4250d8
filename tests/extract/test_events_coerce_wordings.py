"""COERCE told by «أوقف» with a police subject, by «سجنت» and by «أبعدت»."""

from __future__ import annotations

from marsad.extract.events_eval import run_article


def _coerce(text: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in run_article(text, "2015-08-01") if e.type == "COERCE"]


def test_police_stop_is_an_arrest() -> None:
    found = _coerce("وأوقفت الشرطة الإسبانية رجلا من مليلية.")
    assert found and "إسبانيا" in found[0][0]


def test_police_halting_traffic_is_no_arrest() -> None:
    assert not _coerce("وأوقفت الشرطة حركة المرور في الشارع الرئيسي.")
    assert not _coerce("وأوقفت الشرطة الشاحنة على أحد الطرق.")


def test_imprisoning_verb() -> None:
    found = _coerce("سجنت السلطات الإيرانية الناشطة نرجس محمدي.")
    assert found and "إيران" in found[0][0] and "نرجس محمدي" in found[0][1]


def test_deporting_verb() -> None:
    found = _coerce("أبعدت السلطات الكويتية ناشطا بحرينيا عن البلاد.")
    assert found and "الكويت" in found[0][0]


def test_distance_is_no_deportation() -> None:
    assert not _coerce("وتقع القرية التي تبعد ستين كيلومترا عن المدينة.")
