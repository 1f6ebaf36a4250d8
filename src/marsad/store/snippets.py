"""Snippets and display titles, computed in Python from the stored article text.

Both run once per search hit, so they avoid Python work per word of the whole text. With a
`marsad.store.query.Highlighter`, the hits are found by one pass over the folded text
(`marsad.store.needles`; only those words are tested, through the memoised `select`), and only
the words between nearby hits, just before the chosen window and in it are read. Otherwise (a
plain test, or a text the pass cannot vouch for) the text is split into words by one C-level
`re.split` and each distinct word is tested once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice, pairwise

from marsad.clean.normalize import _WORD_RE, word_char_at

SNIPPET_WORDS = 30
LEAD_BEFORE = 4  # words of context kept before the first hit of the window
TITLE_WORDS = 12
ELLIPSIS = "…"

# The word pattern of `word_spans`, captured: split() gives [sep, word, sep, word, …, sep].
_SPLIT_RE = re.compile("(" + _WORD_RE.pattern + ")")


def _flat(s: str) -> str:
    return " ".join(s.split())


def lead(text: str, n: int = TITLE_WORDS) -> str:
    """The first `n` words of `text`, with an ellipsis when there is more."""
    spans = [m.span() for m in islice(_WORD_RE.finditer(text), n + 1)]
    if len(spans) <= n:
        return _flat(text)
    return _flat(text[: spans[n - 1][1]]) + ELLIPSIS


def _hit_words(words: list[str], is_hit: Callable[[str], bool]) -> set[str]:
    """The distinct words of `words` that are hits: through `is_hit.select` (memoised) when it
    has one, else one call each."""
    select: Callable[[set[str]], set[str]] | None = getattr(is_hit, "select", None)
    if select is not None:
        return select(set(words))
    return {w for w in set(words) if is_hit(w)}


def _best_hit(hits: list[int], size: int) -> int:
    """The index in `hits` (sorted word indices) of the first hit of the `size`-word window
    holding the most hits (the first such window on a tie)."""
    best, best_count, j = 0, 0, 0
    n = len(hits)
    for i, h in enumerate(hits):  # hits[i:j] lie within [h, h + size)
        j = max(j, i)
        while j < n and hits[j] < h + size:
            j += 1
        if j - i > best_count:
            best, best_count = i, j - i
    return best


def best_window(hits: list[int], size: int) -> int:
    """The first word index of the `size`-word window holding the most of `hits` (sorted word
    indices), `LEAD_BEFORE` words before its first hit; 0 without hits."""
    return max(0, hits[_best_hit(hits, size)] - LEAD_BEFORE) if hits else 0


def snippet(
    text: str,
    is_hit: Callable[[str], bool],
    *,
    marks: tuple[str, str],
    size: int = SNIPPET_WORDS,
) -> str:
    """The window of about `size` words with the most hits (`is_hit(word)`), each between `marks`.

    With a `Highlighter` (which has `hit_spans`) only the words near the hits are looked at;
    otherwise, or when it cannot vouch for the text, every word is."""
    find: Callable[[str], list[tuple[int, int]] | None] | None = getattr(is_hit, "hit_spans", None)
    spans = find(text) if find is not None else None
    if spans is None:
        return _snippet_all_words(text, is_hit, marks=marks, size=size)
    return _snippet_near(text, spans, marks, size)


def _count_words(text: str, lo: int, hi: int, cap: int) -> int:
    """The words of `text[lo:hi]` (both ends on word boundaries), counted up to `cap`: a long
    stretch is first counted over its start alone, where a word cut at the end counts twice at
    most, so more than `cap` there means at least `cap`."""
    findall = _WORD_RE.findall
    if hi - lo > _CHARS_PER_WORD * cap and len(findall(text, lo, lo + _CHARS_PER_WORD * cap)) > cap:
        return cap
    return min(cap, len(findall(text, lo, hi)))


_CHARS_PER_WORD = 12  # a generous average (Arabic news: about six letters and a space)


def _words_back(text: str, pos: int, k: int) -> tuple[list[tuple[int, int]], bool]:
    """The spans of the last `k` words before `pos` (a word boundary), and whether more words
    lie before them; scans back only as far as it needs."""
    step = 16 * (k + 1)
    while True:
        lo = max(0, pos - step)
        found = [m.span() for m in _WORD_RE.finditer(text, lo, pos)]
        if lo > 0 and found and found[0][0] == lo and word_char_at(text, lo - 1):
            found = found[1:]  # a word cut by the region's start
        if len(found) > k:
            return found[len(found) - k:], True
        if lo == 0:
            return found, False
        step *= 4


def _snippet_near(text: str, spans: list[tuple[int, int]], marks: tuple[str, str], size: int) -> str:
    """`snippet` from the spans of the hits: the word distances between hits (counted up to
    `size`: farther hits share no window), the words just before the best window and the
    window's own words are all it reads; the result is the same as `_snippet_all_words`."""
    if not spans:
        first = list(islice(_WORD_RE.finditer(text), size + 1))
        if len(first) <= size:
            return _flat(text)
        return _flat(text[: first[size - 1].end()]) + ELLIPSIS
    rel = [0]  # word indices relative to the first hit, distances capped at `size`
    for (_, e0), (s1, _) in pairwise(spans):
        rel.append(rel[-1] + 1 + _count_words(text, e0, s1, size))
    hit_start = spans[_best_hit(rel, size)][0]
    back, more = _words_back(text, hit_start, LEAD_BEFORE)
    start = back[0][0] if more else 0  # more words before than LEAD_BEFORE: the window starts later
    window = list(islice(_WORD_RE.finditer(text, start), size + 1))
    cut = len(window) > size  # words remain after the window
    if not cut and start > 0 and len(window) < size:  # the window reaches the end: fill it from before
        back, more = _words_back(text, start, size - len(window))
        start = back[0][0] if more else 0
    end = window[size - 1].end() if cut else len(text)
    out: list[str] = [ELLIPSIS] if start > 0 else []
    pos = start
    for s, e in spans:
        if s >= start and e <= end:
            out += [text[pos:s], marks[0], text[s:e], marks[1]]
            pos = e
    out.append(text[pos:end])
    if cut:
        out.append(ELLIPSIS)
    return _flat("".join(out))


def _snippet_all_words(
    text: str,
    is_hit: Callable[[str], bool],
    *,
    marks: tuple[str, str],
    size: int,
) -> str:
    """`snippet` by splitting the whole text into words and testing each distinct one."""
    parts = _SPLIT_RE.split(text)  # words at odd indexes
    words = parts[1::2]
    n = len(words)
    if not n:
        return _flat(text)
    hit_words = _hit_words(words, is_hit)
    hits = [i for i, w in enumerate(words) if w in hit_words] if hit_words else []
    start = best_window(hits, size)
    end = min(n, start + size)
    start = max(0, min(start, end - size))
    # The text from the window's first word (or the text's start) to its last word (or the end).
    k0 = 2 * start + 1 if start > 0 else 0
    k1 = 2 * end if end < n else len(parts)
    out: list[str] = [ELLIPSIS] if start > 0 else []
    if hit_words:
        for k in range(k0, k1):
            piece = parts[k]
            if k & 1 and piece in hit_words:
                out += [marks[0], piece, marks[1]]
            else:
                out.append(piece)
    else:
        out += parts[k0:k1]
    if end < n:
        out.append(ELLIPSIS)
    return _flat("".join(out))
