"""The given name «علي» before a person's name, told from the preposition «على».

Folding writes «ى» as «ي», so the name «علي» (Ali) and the preposition «على» (on) become one word, and
the tagger, reading folded words, leaves «علي» out of «علي الشهري» as the preposition before a surname.
The written letters still tell them apart in a page that writes the preposition with «ى»: there a
bare «علي» right before a person's name is the first name and joins the mention («انتقد علي الشهري»).
Pages that write the preposition «علي» too are left alone.
"""

from __future__ import annotations

from marsad.clean.normalize import strip_diacritics, strip_tatweel
from marsad.extract.ner_bio import set_span, spans

_NAME = "علي"
_PREPOSITION = "على"


def _bare(w: str) -> str:
    return strip_diacritics(strip_tatweel(w))


def writes_maqsura(sents: list[list[str]]) -> bool:
    """True when the page writes the preposition «على» with «ى» somewhere (so its «علي» is the name)."""
    return any(_bare(w) == _PREPOSITION for s in sents for w in s)


def is_ali(word: str) -> bool:
    """True when a written word is the name «علي» (with «ي»), whatever its marks."""
    return _bare(word) == _NAME


def join_ali(sents: list[list[str]], tags: list[list[str]]) -> None:
    """A bare «علي» right before a person mention joins it, in a page that writes «على» with «ى» (in place)."""
    found = [(ts, i, j) for s, ts in zip(sents, tags, strict=True) for i, j, label in spans(ts)
             if label == "PER" and i > 0 and ts[i - 1] == "O" and is_ali(s[i - 1])]
    if found and writes_maqsura(sents):  # the page scan only where a candidate stands
        for ts, i, j in found:
            set_span(ts, i - 1, j, "PER")
