"""Snippets and display titles, computed in Python from the stored article text."""

from __future__ import annotations

from collections.abc import Callable

from marsad.clean.normalize import word_spans

SNIPPET_WORDS = 30
LEAD_BEFORE = 4  # words of context kept before the first hit of the window
TITLE_WORDS = 12
ELLIPSIS = "…"


def _flat(s: str) -> str:
    return " ".join(s.split())


def lead(text: str, n: int = TITLE_WORDS) -> str:
    """The first `n` words of `text`, with an ellipsis when there is more."""
    spans = word_spans(text)
    if len(spans) <= n:
        return _flat(text)
    return _flat(text[: spans[n - 1][1]]) + ELLIPSIS


def snippet(
    text: str,
    is_hit: Callable[[str], bool],
    *,
    marks: tuple[str, str],
    size: int = SNIPPET_WORDS,
) -> str:
    """The window of about `size` words with the most hits (`is_hit(word)`), each between `marks`."""
    spans = word_spans(text)
    if not spans:
        return _flat(text)
    hits = [i for i, (s, e) in enumerate(spans) if is_hit(text[s:e])]
    start = 0
    if hits:
        best, best_count, j = hits[0], 0, 0
        for i, h in enumerate(hits):  # hits[i:j] lie within [h, h + size)
            j = max(j, i)
            while j < len(hits) and hits[j] < h + size:
                j += 1
            if j - i > best_count:
                best, best_count = h, j - i
        start = max(0, best - LEAD_BEFORE)
    end = min(len(spans), start + size)
    start = max(0, min(start, end - size))
    lo = spans[start][0] if start > 0 else 0
    hi = spans[end - 1][1] if end < len(spans) else len(text)
    out: list[str] = [ELLIPSIS] if start > 0 else []
    pos = lo
    for i in hits:
        if start <= i < end:
            s, e = spans[i]
            out += [text[pos:s], marks[0], text[s:e], marks[1]]
            pos = e
    out.append(text[pos:hi])
    if end < len(spans):
        out.append(ELLIPSIS)
    return _flat("".join(out))
