"""The normaliser, on Arabic as it really appears."""

from __future__ import annotations

import pytest

from marsad.clean.normalize import (
    arabic_ratio,
    clean_text,
    digits_to_ascii,
    fold,
    fold_words,
    raw_prefix_len,
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


# -- search keys of whole texts (one pass of C code) against word by word ---------------------

ODD_TEXTS = [
    "وصل الوفد «بغزّة» (الاثنين)، وبالوزير والحركة للحركة ال و ـــ ً",
    "غزة\u200cالعزة \u200fوالوزير\u200e \ufeffبسم",  # controls part words as written
    "صلى الله عليه وسلم ﷺ، ﻻ ½ ﷻ",  # NFKC needed: word by word
    "ΑΣ.Β ΑΣ İstanbul وİ",  # lower case depends on neighbours, or adds a mark
    "٣٤٥ ۱۲ 2024-05-01 a\u00a0b\u2003c _foo_bar Straße",
    "😀غزة😀 𝔸𝔹 x\u0301y \u0301abc",
    "", "   ", "ـ", "ً ٌ",
    "وصل\u00a0الوفد…إلى\u00a0بغزة…",  # no-break spaces and ellipses only: still one pass
]


def test_no_break_spaces_and_ellipses_keep_the_one_pass_path() -> None:
    from marsad.clean.normalize import _key_folded

    assert _key_folded("وصل\u00a0الوفد…إلى غزة") is not None
    assert _key_folded("وصل\u00a0الوفد ﷺ") is None  # a ligature NFKC opens: word by word


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_text_keys_are_search_keys_word_by_word(text: str) -> None:
    from marsad.clean.normalize import index_terms, key_and_folded, text_keys, words

    by_word = [key_and_folded(w) for w in words(text)]
    assert text_keys(text) == [k for k, _ in by_word if k] == [k for k in search_keys(text) if k]
    keys = " ".join(k for k, _ in by_word if k).split()  # a key NFKC gave a space to counts as its words
    assert index_terms(text) == (keys, [f for k, f in by_word if k and f != k])
    assert all(k == search_key(w) and f == fold(w).lower() for w, (k, f) in zip(words(text), by_word, strict=True))


def test_key_fold_and_lower_case_keep_words_apart_on_every_code_point() -> None:
    """What the whole-text keys rely on: the key fold table and lower-casing map word characters
    to word characters (or drop them) and other characters to others (never dropping them)."""
    import re
    import sys

    from marsad.clean.normalize import _KEY_FOLD_BMP, _W

    word = re.compile(_W).fullmatch
    for c in range(sys.maxunicode + 1):
        if 0xD800 <= c < 0xE000:
            continue
        ch = chr(c)
        is_word = word(ch) is not None
        t = _KEY_FOLD_BMP[c] if c < 0x10000 else c
        mapped = "" if t is None else chr(t) if isinstance(t, int) else t
        assert all((word(x) is not None) == is_word for x in mapped), hex(c)
        assert is_word or mapped, hex(c)
        if ch not in "\u03a3\u0130":
            assert all((word(x) is not None) == is_word for x in ch.lower()), hex(c)


def test_translate_by_replacing_matches_the_table() -> None:
    import random

    from marsad.clean.normalize import _FOLD, _FOLD_BMP, _fold, text_keys

    rng = random.Random(5)
    alphabet = [chr(c) for c in _FOLD] + list("غزة والوزير 2024 abc ،.") * 3
    for _ in range(300):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        assert _fold(s) == s.translate(_FOLD_BMP)
        assert text_keys(s) == [k for k in search_keys(s) if k]


def test_word_memo_is_bounded() -> None:
    from marsad.clean import normalize

    for i in range(normalize.CACHE_WORDS * 2):
        search_key(f"حرف{i}")
    assert len(normalize._WORDS) + len(normalize._OLD) <= normalize.CACHE_WORDS
    assert search_key("حرفة5") == "حرفه5"


@pytest.mark.parametrize(("raw", "letters", "want"), [
    ("بغزة", 1, 1),
    ("بِـغزة", 1, 3),          # the kasra and tatweel after «ب» go with the prefix
    ("وَالخَمسة", 3, 4),       # «وال»: the fatha inside is skipped, the word starts at «خ»
    ("و\u200cلروسيا", 2, 3),  # a zero-width non-joiner counts as nothing
    ("غزة", 0, 0),
    ("بغزة", 9, 4),            # more letters than the word has: the whole word
])
def test_raw_prefix_len(raw: str, letters: int, want: int) -> None:
    assert raw_prefix_len(raw, letters) == want
