"""Snippets and display titles, computed in Python from the stored article text.

Both run once per search hit, so they avoid Python work per word of the whole text: the text
is split into words by one C-level `re.split`, the hit test runs only on the words one regex
pass finds as candidates (`marsad.store.needles`; through `select`, once per word per query:
see `marsad.store.query.Highlighter`), and only the ~30 words of the chosen window are walked
in Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from marsad.clean.normalize import _WORD_RE

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


def _hit_words(text: str, words: list[str], is_hit: Callable[[str], bool]) -> set[str]:
    """The words of `text` (its `words`) that are hits. Only the candidates `is_hit.candidates`
    finds are tested when it has that method (a `Highlighter`), else every distinct word;
    through `is_hit.select` (memoised) when it has one, else one call each."""
    find: Callable[[str], set[str] | None] | None = getattr(is_hit, "candidates", None)
    todo = find(text) if find is not None else None
    if todo is None:
        todo = set(words)
    elif not todo:
        return todo
    select: Callable[[set[str]], set[str]] | None = getattr(is_hit, "select", None)
    if select is not None:
        return select(todo)
    return {w for w in todo if is_hit(w)}


def best_window(hits: list[int], size: int) -> int:
    """The first word index of the `size`-word window holding the most of `hits` (sorted word
    indices), `LEAD_BEFORE` words before its first hit; 0 without hits."""
    if not hits:
        return 0
    best, best_count, j = hits[0], 0, 0
    n = len(hits)
    for i, h in enumerate(hits):  # hits[i:j] lie within [h, h + size)
        j = max(j, i)
        while j < n and hits[j] < h + size:
            j += 1
        if j - i > best_count:
            best, best_count = h, j - i
    return max(0, best - LEAD_BEFORE)


def snippet(
    text: str,
    is_hit: Callable[[str], bool],
    *,
    marks: tuple[str, str],
    size: int = SNIPPET_WORDS,
) -> str:
    """The window of about `size` words with the most hits (`is_hit(word)`), each between `marks`."""
    parts = _SPLIT_RE.split(text)  # words at odd indexes
    words = parts[1::2]
    n = len(words)
    if not n:
        return _flat(text)
    hit_words = _hit_words(text, words, is_hit)
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
