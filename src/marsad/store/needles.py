"""Find, in text as written, the places where a word may fold to a query's keys or prefixes.

A search hit's snippet needs the words of its text that match the query. Testing every word
(fold, clitics, key) costs microseconds a word; but a word can only match when its folded form
contains one of the query's needles (a key, or a prefix's folded start), so one regex pass over
the text as written finds every candidate, and only those words are tested. The regex spells
each needle letter as the class of the characters that fold to it (أ إ آ ٱ → ا, ة → ه, ٢ → 2,
Farsi ک → ك, upper case → lower case) with the characters folding drops (diacritics, tatweel,
controls) allowed between letters: a superset of the words that match, never fewer.

It holds for text that is NFKC already (as every stored text is: `clean_text`) and has no
character whose lower case depends on its neighbours or adds a mark (Σ, İ); `usable` says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from marsad.clean.normalize import _FOLD, _WORD_RE

_CASE_CONTEXT = re.compile("[\u03a3\u0130]").search
_WORD_CHAR = re.compile(_WORD_RE.pattern[:-1]).match  # one word character


def _ranges(chars: str) -> str:
    """`chars` as the inside of a regex class, runs of consecutive code points as ranges."""
    codes = sorted(set(map(ord, chars)))
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        out.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(out)


@cache
def _tables() -> tuple[dict[str, str], str]:
    """Each folded character → the characters that fold to it (the fold table's, and those whose
    lower case it is); and the class of word characters folding drops (diacritics, tatweel: a
    word cannot hold the others). Built once, on first use."""
    pre: dict[str, str] = {}
    dropped = ""
    for code, value in _FOLD.items():
        if not value:
            if _WORD_CHAR(chr(code)):
                dropped += chr(code)
        else:
            pre[value] = pre.get(value, "") + chr(code)
    for code in range(0x10000):
        ch = chr(code)
        low = ch.lower()
        if low != ch and len(low) == 1 and code not in _FOLD:
            pre[low] = pre.get(low, "") + ch
    return pre, "[" + _ranges(dropped) + "]*"


def _spell(needle: str) -> str:
    """The regex of `needle` (folded, lower case) as it may be written."""
    pre, skip = _tables()
    parts = []
    for ch in needle:
        alts = ch + pre.get(ch, "")
        parts.append(re.escape(ch) if len(alts) == 1 else "[" + _ranges(alts) + "]")
    return skip.join(parts)


def minimal(needles: Iterable[str]) -> list[str]:
    """The needles that hold no other needle (a text holding لفلسط holds فلسط), longest first."""
    kept: list[str] = []
    for n in sorted({n for n in needles if n}, key=len):
        if not any(k in n for k in kept):
            kept.append(n)
    return sorted(kept, key=lambda n: (-len(n), n))


def finder(needles: Iterable[str]) -> re.Pattern[str] | None:
    """A regex whose matches in a text start inside every word whose folded form (lower case)
    contains one of `needles`; None without needles."""
    kept = minimal(needles)
    if not kept:
        return None
    return re.compile("|".join(_spell(n) for n in kept))


def usable(text: str) -> bool:
    """Whether `finder`'s promise holds for `text`: NFKC, and no context-dependent lower case."""
    return unicodedata.is_normalized("NFKC", text) and not _CASE_CONTEXT(text)


def candidate_words(text: str, find: re.Pattern[str]) -> set[str]:
    """The words of `text` (as `_WORD_RE` finds them) that hold a match of `find`: each search
    starts after the last word taken, so no word's own match is hidden by an earlier one."""
    out: set[str] = set()
    pos, search, match = 0, find.search, _WORD_RE.match
    while (m := search(text, pos)) is not None:
        start = m.start()
        while start > 0 and _WORD_CHAR(text, start - 1):
            start -= 1
        w = match(text, start)
        if w is None:  # cannot happen: a needle starts with a word character
            pos = m.start() + 1
            continue
        out.add(w.group())
        pos = w.end()
    return out
