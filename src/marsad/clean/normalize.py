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
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from operator import ne

# Words whose folded form and search key are memoised: news vocabulary is Zipfian, so this
# covers most tokens while memory stays bounded however long a run is.
CACHE_WORDS = 20_000  # ~600 B a memo entry, so about 12 MiB at most (#9: 100k took ~60 MiB)
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
_ODD_SPACE = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]").search  # what _SPACE_RE turns into " "
_BLANK_LINES_RE = re.compile(r"\n\s*\n\s*(\n\s*)+")
# A word: letters and digits, with the marks and tatweel that may sit inside Arabic words.
_WORD_RE = re.compile("[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
# Whether `text[pos]` is a word character: `word_char_at(text, pos)` (a match or None).
word_char_at = re.compile(_WORD_RE.pattern[:-1]).match


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
    if "  " in s or _ODD_SPACE(s):  # (no space run crosses a line: one pass for all lines)
        s = _SPACE_RE.sub(" ", s)
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(map(str.strip, s.split("\n")))).strip()


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


def raw_prefix_len(raw: str, letters: int) -> int:
    """Characters of `raw` that hold the first `letters` letters of `fold(raw)`: what `fold` drops
    (tatweel, diacritics, controls) is skipped, and marks right after the last of those letters go
    with them («بِـغزة», 1 → 3: the rest starts at «غ»)."""
    n = 0
    for i, ch in enumerate(raw):
        if not fold(ch):
            continue
        if n == letters:
            return i
        n += 1
    return len(raw)


def _fold(s: str) -> str:
    if not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
    return fold_nfkc(s)


def fold_nfkc(s: str) -> str:
    """`fold(s)` for a string known to be NFKC already (no check, no memo)."""
    return _translate(s, _FOLD_BMP, _FOLD_RARE, _FOLD_PAIRS)


def _translate(s: str, table: list[int | str | None], rare: Callable[[str], object],
               pairs: list[tuple[str, str]]) -> str:
    """`s.translate(table)`, faster for long strings: `translate` makes an object per
    character, `str.replace` none. Unless `s` has one of the table's rare characters (`rare`),
    only its frequent ones (`pairs`) need mapping, one `replace` each; no replacement is
    itself mapped, so one after the other they do what one pass of the table does."""
    if len(s) < _REPLACE_FROM or rare(s):
        return s.translate(table)
    for c, v in pairs:
        s = s.replace(c, v)
    return s


_REPLACE_FROM = 64  # characters: shorter strings are translated directly
# The table's characters found in most Arabic news texts (in at least 5% of SaudiNewsNet's).
_FREQUENT = ("\u0629\u0623\u0649\u0625\u0626\u0624\u0622\u064b\u0640"  # ة أ ى إ ئ ؤ آ fathatan tatweel
             "\u00ab\u00bb\u0651\u064f\u064e\u201d\u201c\u064d\u0650")  # « » shadda damma fatha ” “ kasratan kasra


def _bmp_table(table: dict[int, str | None]) -> list[int | str | None]:
    """`table` as a list indexed by code point over the BMP (each unmapped one to itself):
    `str.translate` looks a list up twice as fast as a dict; characters past the BMP raise
    IndexError, which translate takes as "no mapping", as it does a key missing from a dict."""
    out: list[int | str | None] = list(range(0x10000))
    for c, v in table.items():
        out[c] = v
    return out


def _replace_plan(table: dict[int, str | None]) -> tuple[Callable[[str], object], list[tuple[str, str]]]:
    """A search for the table's rare characters, and the (character, replacement) of its frequent ones."""
    rare = "".join(re.escape(chr(c)) for c in table if chr(c) not in _FREQUENT)
    return re.compile(f"[{rare}]").search, [(c, table[ord(c)] or "") for c in _FREQUENT]


_FOLD_BMP = _bmp_table(_FOLD)
_FOLD_RARE, _FOLD_PAIRS = _replace_plan(_FOLD)
# The same for keys of a whole text: control characters part words (see `_key_folded`).
_KEY_FOLD = {**_FOLD, **dict.fromkeys(map(ord, CONTROL_CHARS), " ")}
_KEY_FOLD_BMP = _bmp_table(_KEY_FOLD)
_KEY_FOLD_RARE, _KEY_FOLD_PAIRS = _replace_plan(_KEY_FOLD)


_fold_word = lru_cache(maxsize=CACHE_WORDS)(_fold)


def words(s: str) -> list[str]:
    """Word tokens of a string (letters, digits, inner marks and tatweel), in order."""
    return _WORD_RE.findall(s)


def word_spans(s: str) -> list[tuple[int, int]]:
    """(start, end) of each word token of `s`, for mapping keys back onto the text."""
    return [m.span() for m in _WORD_RE.finditer(s)]


def fold_words(s: str) -> str:
    """Folded words joined by single spaces: punctuation and quote marks dropped."""
    return " ".join(_WORD_RE.findall(fold(s)))


# Proclitics, longest first, as they appear after folding. A conjunction (و ف) may precede a
# preposition (ب ل ك), which may precede the article (ال); ل + ال is written لل.
PROCLITICS: tuple[str, ...] = (
    "وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
    "وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك",
)
MIN_STEM = 3  # letters a stem must keep after a prefix is taken off


def _strip(word: str) -> str:
    """Take the longest proclitic off a folded word when at least MIN_STEM letters remain.

    Light and dictionary-free: بغزه → غزه, وحماس → حماس, لاسرائيل → اسرائيل, للحركه → حركه.
    It repeats until nothing more comes off, so that a word and the same word with a clitic
    always share one key (الوزير → وزير → زير, like وزير → زير). The same function runs at
    index and at query time, so both sides agree; the price is a few collisions, never a miss.
    """
    m = _CLITIC(word)
    while m:
        word = word[m.end():]
        m = _CLITIC(word)
    return word


# The first proclitic, in PROCLITICS order (longest first), that leaves MIN_STEM characters.
_CLITIC = re.compile(f"(?:{'|'.join(PROCLITICS)})(?=.{{{MIN_STEM}}})", re.S).match


@lru_cache(maxsize=CACHE_WORDS)
def strip_clitics(word: str) -> str:
    """Take the longest proclitic off a folded word when at least MIN_STEM letters remain (see `_strip`)."""
    return _strip(word)


def search_key(token: str) -> str:
    """The search key of one token: folded, lower-cased, clitic-stripped."""
    return key_and_folded(token)[0]


def key_and_folded(word: str) -> tuple[str, str]:
    """`search_key(word)` and `fold(word).lower()` (the word as written, clitics kept), memoised."""
    r = _WORDS.get(word)
    if r is None:
        r = _remember(word)
    return r


def search_keys(s: str) -> list[str]:
    """The search keys of a text, in order (`search_key` of each word, marks included)."""
    get = _WORDS.get
    return [(get(w) or _remember(w))[0] for w in _WORD_RE.findall(s)]


def text_keys(s: str) -> list[str]:
    """The non-empty search keys of a text, in order: `[k for k in search_keys(s) if k]`."""
    folded = _key_folded(s)
    if folded is None:
        return [k for k in search_keys(s) if k]
    return _STRIP_AT_STARTS(" ", " " + " ".join(_WORD_RE.findall(folded))).split()


def index_terms(s: str) -> tuple[list[str], list[str]]:
    """The non-empty search keys of a text's words, and the folded forms (lower-cased, clitics
    kept) of the words whose key differs from them, both in order, repeats included. A key that
    NFKC gave a space (ﷺ → «صلي الله عليه وسلم») counts as the words it holds, as in the index."""
    folded = _key_folded(s)
    if folded is None:
        keys: list[str] = []
        raws: list[str] = []
        get = _WORDS.get
        for w in _WORD_RE.findall(s):
            k, f = get(w) or _remember(w)
            if k:
                keys += k.split()
                if f != k:
                    raws.append(f)
        return keys, raws
    ws = _WORD_RE.findall(folded)
    keys = _STRIP_AT_STARTS(" ", " " + " ".join(ws)).split()
    return keys, list(compress(ws, map(ne, ws, keys)))


# A text's keys in a few passes of C code rather than calls per word: its key-folded form (the
# fold table, with control characters turned into spaces rather than dropped: between two words
# they part them, as the word pattern does on the text as written), lower-cased, its words, and
# one substitution taking proclitics off the start of each word as `_strip` does. Word for word,
# this is `search_key` of every word whose key is not empty when the text is NFKC already (each
# word then is too) and has no character whose lower case depends on its neighbours (final Σ)
# or adds a mark (İ); other texts go word by word. The fold table and lower-casing keep word
# characters within words and others out of them (tests/clean check it on every code point).
_W = _WORD_RE.pattern[:-1]  # one word character


def _clitic_pattern() -> str:
    """PROCLITICS as an alternation grouped by first letter, order kept within each letter
    (as `_strip` tries them), after a look-ahead for those letters: the fast-failing form."""
    by_letter: dict[str, list[str]] = {}
    for p in PROCLITICS:
        by_letter.setdefault(p[0], []).append(p[1:])
    alts = "|".join(c + "(?:" + "|".join(rest) + ")" for c, rest in by_letter.items())
    return f"(?=[{''.join(by_letter)}])(?:{alts})"


# In words joined by single spaces, a word's characters are those that are not spaces.
_STRIP_AT_STARTS = re.compile(f" (?:{_clitic_pattern()}(?=[^ ]{{{MIN_STEM}}}))+").sub


def _case_context(s: str) -> bool:
    """Whether `s` has a letter whose lower case depends on its neighbours or adds a mark (Σ, İ):
    two substring tests, a tenth of a regex character class's cost over a long text."""
    return "\u03a3" in s or "\u0130" in s


def _key_folded(s: str) -> str | None:
    """`s` folded for keys and lower-cased; None when it must go word by word."""
    if not unicodedata.is_normalized("NFKC", s):
        # No-break spaces and ellipses, what most non-NFKC news texts hold, are no word
        # characters, as written or NFKC'd: the words, and so the keys, stay the same.
        s = s.replace("\xa0", " ").replace("\u2026", "...")
        if not unicodedata.is_normalized("NFKC", s):
            return None
    f = _translate(s, _KEY_FOLD_BMP, _KEY_FOLD_RARE, _KEY_FOLD_PAIRS)
    return None if _case_context(f) else f.lower()


# The one memo of word → (search key, folded form), for single words (queries, snippets, the
# word-by-word path). Bounded: two generations of CACHE_WORDS // 2 entries; when the new one is
# full it becomes the old one (the previous old one is dropped), and a word found in the old
# one moves back to the new one, so frequent words stay and memory stays flat however long a
# run is (`marsad watch`).
_WORDS: dict[str, tuple[str, str]] = {}
_OLD: dict[str, tuple[str, str]] = {}
_GENERATION = CACHE_WORDS // 2


def _remember(word: str) -> tuple[str, str]:
    global _WORDS, _OLD
    r = _OLD.get(word)
    if r is None:
        f = fold(word).lower()
        r = (_strip(f), f)
    if len(_WORDS) >= _GENERATION:
        _OLD, _WORDS = _WORDS, {}
    _WORDS[word] = r
    return r


ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u024f]")


_ARABIC_RUN = re.compile(ARABIC_LETTER_RE.pattern + "+")
_LATIN_RUN = re.compile(LATIN_LETTER_RE.pattern + "+")


def arabic_ratio(s: str) -> float:
    """Share of Arabic letters among Arabic and Latin letters (0 when there are none)."""
    latin = sum(map(len, _LATIN_RUN.findall(s)))  # runs, not letters: one string a word, not a letter
    if not latin:  # as in most Arabic pages: no need to count Arabic letters
        return 1.0 if ARABIC_LETTER_RE.search(s) else 0.0
    a = sum(map(len, _ARABIC_RUN.findall(s)))
    return a / (a + latin)
