"""The normaliser, on Arabic as it really appears."""

from __future__ import annotations

import pytest

from marsad.clean.normalize import (
    arabic_ratio,
    clean_text,
    digits_to_ascii,
    fold,
    fold_words,
    remove_controls,
    search_key,
    search_keys,
    strip_clitics,
    strip_diacritics,
    strip_tatweel,
    unify_farsi,
    word_spans,
)


@pytest.mark.parametrize(("raw", "want"), [
    ("الإسرائیلی", "الإسرائيلي"),  # Farsi yeh
    ("کتاب", "كتاب"),  # Farsi kaf
    ("ﻻ", "ﻻ"),  # unify_farsi leaves ligatures to NFKC
])
def test_unify_farsi(raw: str, want: str) -> None:
    assert unify_farsi(raw) == want


@pytest.mark.parametrize(("raw", "want"), [
    ("غزّة", "غزة"), ("مُحَمَّد", "محمد"), ("تعدّ", "تعد"), ("أيضاً", "أيضا"),
])
def test_strip_diacritics(raw: str, want: str) -> None:
    assert strip_diacritics(raw) == want


def test_tatweel_controls_digits() -> None:
    assert strip_tatweel("تـحـريـر") == "تحرير"
    assert remove_controls("غزة\u200f\u200c") == "غزة"
    assert digits_to_ascii("٧ تشرين ۱۴۰۳") == "7 تشرين 1403"


def test_clean_text_keeps_letters_but_unifies() -> None:
    raw = "  بحث\u200f وفد   حماس\u00a0في غزّة\r\n\r\n\r\n\r\nالإسرائیلی  "
    assert clean_text(raw) == "بحث وفد حماس في غزّة\n\nالإسرائيلي"
    assert clean_text("ﻻ") == "لا"  # NFKC turns presentation forms into letters


@pytest.mark.parametrize(("a", "b"), [
    ("إسرائيل", "اسرائيل"), ("أمس", "امس"), ("مستشفى", "مستشفي"), ("غزة", "غزه"),
    ("«غزة»", '"غزه"'), ("آذار", "اذار"), ("مسؤول", "مسوول"),
])
def test_fold_letters(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("word", "key"), [
    ("بغزّة", "غزه"), ("وغزة", "غزه"), ("لغزة", "غزه"), ("«غزة»", "غزه"), ("غزة", "غزه"),
    ("وحماس", "حماس"), ("لحماس", "حماس"), ("لإسرائيل", "اسراييل"), ("إسرائيل", "اسراييل"),
    ("للحركة", "حركه"), ("والحركة", "حركه"), ("فتح", "فتح"), ("وفتح", "فتح"),
    ("الوزير", search_key("وزير")), ("وبالوزير", search_key("وزير")),
])
def test_search_key_strips_clitics(word: str, key: str) -> None:
    assert search_keys(word) == [key]


def test_short_words_keep_their_letters() -> None:
    assert strip_clitics("وفد") == "وفد"  # a two-letter remainder is too short to be a stem
    assert strip_clitics("بحث") == "بحث"


def test_word_spans_cover_marks() -> None:
    s = "وصل الوفد بغزّة"
    spans = word_spans(s)
    assert [s[a:b] for a, b in spans] == ["وصل", "الوفد", "بغزّة"]


def test_fold_words_drops_punctuation() -> None:
    assert fold_words('"فتح": مصر تسعى') == fold_words("فتح: مصر تسعى")


def test_arabic_ratio() -> None:
    assert arabic_ratio("غزة Gaza") == pytest.approx(3 / 7)
    assert arabic_ratio("123") == 0.0
