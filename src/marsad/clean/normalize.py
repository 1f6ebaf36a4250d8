"""Arabic normalisation: small pure functions driven by tables.

Two families:
- `clean_text` keeps letters (NFKC, Farsi look-alikes, controls, whitespace): it is applied
  once before segmentation, so every offset taken afterwards stays true.
- `fold` and `search_key` are for keys only (search, canonical names, dictionary look-ups):
  they also drop tatweel and diacritics, fold alef forms, ى/ي and ة/ه, and turn Eastern
  digits into ASCII. Stored text is never replaced by its folded form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words whose folded form and search key are memoised: news vocabulary is Zipfian, so this
# covers most tokens while memory stays bounded however long a run is.
CACHE_WORDS = 100_000
# Farsi and Urdu look-alikes of Arabic letters.
FARSI_TO_ARABIC = str.maketrans({"ی": "ي", "ې": "ي", "ۍ": "ي", "ک": "ك", "ڪ": "ك", "ۀ": "ه", "ە": "ه"})
# Zero-width and bidi control characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, embeddings, isolates, BOM).
CONTROL_CHARS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
_CONTROLS = str.maketrans(dict.fromkeys(CONTROL_CHARS))
TATWEEL = "\u0640"
# Harakat, Quranic marks and the superscript alef.
_DIACRITICS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
ALEF_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"})
YEH_TEH_FOLD = str.maketrans({"ى": "ي", "ة": "ه"})
HAMZA_SEAT_FOLD = str.maketrans({"ؤ": "و", "ئ": "ي"})
DIGITS_TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
QUOTES_FOLD = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‹": "'", "›": "'"})
_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES_RE = re.compile(r"\n\s*\n\s*(\n\s*)+")
# A word: letters and digits, with the marks and tatweel that may sit inside Arabic words.
_WORD_RE = re.compile("[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")


def nfkc(s: str) -> str:
    """Unicode NFKC (turns Arabic presentation forms and ligatures into plain letters)."""
    return unicodedata.normalize("NFKC", s)


def unify_farsi(s: str) -> str:
    """Farsi ی/ک (and kin) to Arabic ي/ك."""
    return s.translate(FARSI_TO_ARABIC)


def remove_controls(s: str) -> str:
    """Drop zero-width and bidi control characters."""
    return s.translate(_CONTROLS)


def strip_tatweel(s: str) -> str:
    """Drop tatweel (kashida)."""
    return s.replace(TATWEEL, "")


def strip_diacritics(s: str) -> str:
    """Drop harakat, shadda, sukun, Quranic marks and the superscript alef."""
    return _DIACRITICS_RE.sub("", s)


def fold_letters(s: str, *, hamza_seats: bool = True) -> str:
    """Fold alef forms to ا, ى to ي and ة to ه; with `hamza_seats`, ؤ/ئ to و/ي too."""
    s = s.translate(ALEF_FOLD).translate(YEH_TEH_FOLD)
    return s.translate(HAMZA_SEAT_FOLD) if hamza_seats else s


def digits_to_ascii(s: str) -> str:
    """Eastern Arabic and Persian digits to ASCII 0-9."""
    return s.translate(DIGITS_TO_ASCII)


def normalize_space(s: str, *, keep_lines: bool = True) -> str:
    """Collapse runs of spaces; with `keep_lines`, keep single and double newlines."""
    if not keep_lines:
        return " ".join(s.split())
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACE_RE.sub(" ", line).strip() for line in s.split("\n")]
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip()


def clean_text(s: str) -> str:
    """Text as stored: NFKC, Farsi letters unified, controls removed, whitespace normalised.

    Letters, tatweel and diacritics are kept, so the stored text reads as published.
    """
    if not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
    if _UNIFY_NEEDED.search(s):
        s = remove_controls(unify_farsi(s))
    return normalize_space(s)


_UNIFY_NEEDED = re.compile("[" + "".join(chr(c) for c in FARSI_TO_ARABIC) + CONTROL_CHARS + "]")


def _fold_table() -> dict[int, str | None]:
    """Every character map of `fold` merged into one table, applied in a single pass."""
    table: dict[int, str | None] = {}
    for m in (QUOTES_FOLD, DIGITS_TO_ASCII, HAMZA_SEAT_FOLD, YEH_TEH_FOLD, ALEF_FOLD, FARSI_TO_ARABIC):
        table.update({k: v if isinstance(v, str) or v is None else chr(v) for k, v in m.items()})
    table.update(dict.fromkeys(map(ord, CONTROL_CHARS + TATWEEL)))
    for lo, hi in ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED)):
        table.update(dict.fromkeys(range(lo, hi + 1)))
    return table


_FOLD = _fold_table()


def fold(s: str) -> str:
    """The folded key form of a string: for comparison, never for display.

    NFKC, then one pass of a merged table: Farsi letters, controls, tatweel, diacritics, alef
    forms, ى/ي, ة/ه, hamza seats, Eastern digits, quote marks. Short strings (words, names)
    are memoised; long ones (lines, texts) are not, so memory stays flat.
    """
    return _fold_word(s) if len(s) <= _MEMO_MAX_LEN else _fold(s)


_MEMO_MAX_LEN = 48


def _fold(s: str) -> str:
    if not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
    return s.translate(_FOLD)


_fold_word = lru_cache(maxsize=CACHE_WORDS)(_fold)


def words(s: str) -> list[str]:
    """Word tokens of a string (letters, digits, inner marks and tatweel), in order."""
    return _WORD_RE.findall(s)


def word_spans(s: str) -> list[tuple[int, int]]:
    """(start, end) of each word token of `s`, for mapping keys back onto the text."""
    return [m.span() for m in _WORD_RE.finditer(s)]


def fold_words(s: str) -> str:
    """Folded words joined by single spaces: punctuation and quote marks dropped."""
    return " ".join(words(fold(s)))


# Proclitics, longest first, as they appear after folding. A conjunction (و ف) may precede a
# preposition (ب ل ك), which may precede the article (ال); ل + ال is written لل.
PROCLITICS: tuple[str, ...] = (
    "وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
    "وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك",
)
MIN_STEM = 3  # letters a stem must keep after a prefix is taken off
_PROCLITICS_BY_LETTER: dict[str, tuple[str, ...]] = {
    c: tuple(p for p in PROCLITICS if p[0] == c) for c in {p[0] for p in PROCLITICS}}


@lru_cache(maxsize=CACHE_WORDS)
def strip_clitics(word: str) -> str:
    """Take the longest proclitic off a folded word when at least MIN_STEM letters remain.

    Light and dictionary-free: بغزه → غزه, وحماس → حماس, لاسرائيل → اسرائيل, للحركه → حركه.
    It repeats until nothing more comes off, so that a word and the same word with a clitic
    always share one key (الوزير → وزير → زير, like وزير → زير). The same function runs at
    index and at query time, so both sides agree; the price is a few collisions, never a miss.
    """
    while True:
        for p in _PROCLITICS_BY_LETTER.get(word[:1], ()):
            if word.startswith(p) and len(word) - len(p) >= MIN_STEM:
                word = word[len(p):]
                break
        else:
            return word


@lru_cache(maxsize=CACHE_WORDS)
def search_key(token: str) -> str:
    """The search key of one token: folded, lower-cased, clitic-stripped."""
    return strip_clitics(fold(token).lower())


def search_keys(s: str) -> list[str]:
    """The search keys of a text, in order (`search_key` of each word, marks included)."""
    memo = _KEYS
    return [memo.get(w) or _new_key(w) for w in _WORD_RE.findall(s)]


# word → search key: a plain dict is the cheapest look-up on this hot path; it is emptied
# when it reaches CACHE_WORDS entries, so memory stays bounded.
_KEYS: dict[str, str] = {}


def _new_key(word: str) -> str:
    if len(_KEYS) >= CACHE_WORDS:
        _KEYS.clear()
    k = _KEYS[word] = search_key(word)
    return k


ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u024f]")


def arabic_ratio(s: str) -> float:
    """Share of Arabic letters among Arabic and Latin letters (0 when there are none)."""
    a = len(ARABIC_LETTER_RE.findall(s))
    latin = len(LATIN_LETTER_RE.findall(s))
    return a / (a + latin) if a + latin else 0.0
