"""The whole-word search of names without a pattern compiled per name gives what the regex gave."""

from __future__ import annotations

import re

from marsad.extract.events_name_completion import whole_word_at


def _regex_spans(name: str, text: str) -> list[tuple[int, int]]:
    """The spans the old per-name regex found."""
    return [m.span() for m in re.finditer(rf"(?<![\u0621-\u064a]){re.escape(name)}(?![\u0621-\u064a])", text)]


def _spans(name: str, text: str) -> list[tuple[int, int]]:
    """All spans found by repeated `whole_word_at`."""
    out: list[tuple[int, int]] = []
    found = whole_word_at(name, text)
    while found is not None:
        out.append(found)
        found = whole_word_at(name, text, found[1])
    return out


def test_whole_word_skips_glued_and_longer_words() -> None:
    text = "قال الوزير سامر إن السامري وسامر وصلا، ثم عاد سامر. سامرون"
    assert whole_word_at("سامر", text) == (11, 15)
    assert _spans("سامر", text) == _regex_spans("سامر", text)


def test_whole_word_at_edges_and_marks() -> None:
    for text in ("سامر", "«سامر»", "سامر سامر", "(سامر)سامر", "سامرسامر", ""):
        assert _spans("سامر", text) == _regex_spans("سامر", text)
    assert whole_word_at("سامر", "x سامر", 3) is None
