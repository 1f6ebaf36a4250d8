"""Find, in text as written, the words that may fold to a query's keys or prefixes.

A search hit's snippet needs the words of its text that match the query. Testing every word
(fold, clitics, key) costs microseconds a word; but a word can only match when its folded form
contains one of the query's needles (a key, or a prefix's folded start). So the whole text is
folded once (a few passes of C code: `fold_nfkc`, lower case), the needles are found in it by
`str.find`, and each place is taken back to the text as written: folding maps every character
to one character except those it drops (diacritics, tatweel, controls), whose places are
found by one regex pass, so a folded position plus the number of dropped characters before it
is the position as written. Only the words found there are then tested.

It holds for text that is NFKC already (as every stored text is: `clean_text`) and has no
character whose lower case depends on its neighbours or adds a mark (Σ, İ); `usable` says so.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from marsad.clean.normalize import _FOLD, _WORD_RE, _case_context, fold_nfkc, word_char_at

# The characters folding drops, each alone (so that finditer gives each one's place).
_DROPPED = re.compile("[" + "".join(re.escape(chr(c)) for c, v in sorted(_FOLD.items()) if not v) + "]")


def minimal(needles: Iterable[str]) -> tuple[str, ...]:
    """The needles that hold no other needle (a text holding لفلسط holds فلسط)."""
    kept: list[str] = []
    for n in sorted({n for n in needles if n}, key=len):
        if not any(k in n for k in kept):
            kept.append(n)
    return tuple(sorted(kept))


def usable(text: str) -> bool:
    """Whether `candidate_spans`'s promise holds for `text`: NFKC, and no context-dependent lower case."""
    return _fold_text(text) is not None


TEXTS_KEPT = 4096  # texts whose folded form is remembered (search hits repeat: 59 % of a stream's hits)


@lru_cache(maxsize=TEXTS_KEPT)
def _fold_text(text: str) -> str | None:
    """`fold_nfkc(text)` when `text` is `usable`, else None; remembered for the texts seen last,
    since the same articles come back in the hits of many searches."""
    if not unicodedata.is_normalized("NFKC", text) or _case_context(text):
        return None
    return fold_nfkc(text)


@lru_cache(maxsize=256)
def _cased(needles: tuple[str, ...]) -> bool:
    """Whether a needle has a letter with case. When none has (Arabic needles), lower-casing the
    text cannot change where they occur (`usable` texts keep their length when lower-cased), and
    is skipped: it costs as much as folding a long text."""
    return any(n != n.upper() for n in needles)


def _places(folded: str, needles: tuple[str, ...]) -> list[int]:
    """Every position (overlaps included) where a needle starts in `folded`, in order."""
    out: list[int] = []
    for n in needles:
        i = folded.find(n)
        while i >= 0:
            out.append(i)
            i = folded.find(n, i + 1)
    if len(needles) > 1:
        out.sort()
    return out


def candidate_spans(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each word of `text` (as `_WORD_RE` finds them) whose folded form holds
    one of `needles` (folded, lower case), in order, every occurrence; `text` must be `usable`."""
    if not needles:
        return []
    folded = _fold_text(text)
    if folded is None:  # not `usable`: the promise does not hold, but the answer is still defined
        folded = fold_nfkc(text)
    places = _places(folded.lower() if _cased(needles) else folded, needles)
    if not places:
        return []
    # As folded positions; folding keeps the length when it drops nothing (most news texts).
    dropped = [m.start() - i for i, m in enumerate(_DROPPED.finditer(text))] if len(folded) < len(text) else []
    out: list[tuple[int, int]] = []
    taken, match = 0, _WORD_RE.match
    for p in places:
        pos = p + bisect_right(dropped, p) if dropped else p
        if pos < taken:
            continue  # inside the word taken last
        start = pos
        while start > 0 and word_char_at(text, start - 1):
            start -= 1
        w = match(text, start)
        if w is None:  # cannot happen: a needle starts with a word character
            continue
        out.append(w.span())
        taken = w.end()
    return out
