"""The given name «علي» before a person's name, told from the preposition «على».

Folding writes «ى» as «ي», so the name «علي» (Ali) and the preposition «على» (on) become one word, and
the tagger, reading folded words, leaves «علي» out of «علي الشهري» as the preposition before a surname.
The written letters still tell them apart in a page that writes a final «ى» somewhere («على», «إلى», «مستوى»:
a writer who keeps the letter keeps it in «على» too; one who writes «ى» for «ي» writes the name «على»): there a
bare «علي» right before a person's name is the first name and joins the mention («انتقد علي الشهري»).
Pages that write the preposition «علي» too are left alone, but for a «علي» that only a name can hold
(`ali_name`): before or after «بن» («علي بن سعيد», «محمد بن علي»), or opening a person's name right after a
title («المرشد الإيراني علي خامنئي»).
"""

from __future__ import annotations

from marsad.clean.normalize import strip_diacritics, strip_tatweel
from marsad.extract import ner_gazetteer as gz
from marsad.extract.ner_bio import set_span, spans
from marsad.extract.ner_titled import cue_end

_NAME = "علي"
_MAQSURA = "ى"
_LINEAGE = frozenset(("بن", "ابن", "بنت"))  # folded


def _bare(w: str) -> str:
    return strip_diacritics(strip_tatweel(w))


def writes_maqsura(sents: list[list[str]]) -> bool:
    """True when the page writes a word with a final «ى» somewhere (so its «علي» is the name)."""
    return any(_bare(w).endswith(_MAQSURA) for s in sents for w in s)


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


def ali_name(raw: list[str], fs: list[str], k: int, i: int, j: int, page: bool) -> bool:
    """True when the written «علي» at token k of the person span [i, j) (`raw` as written, `fs` folded) is the
    name, so the entity layer keeps it at the span's edge: in a page that writes «ى» (`page`,
    `writes_maqsura`), or next to a lineage word («علي بن سعيد», «محمد بن علي»), or opening the span right
    after a title («المرشد الإيراني علي خامنئي»: a preposition does not follow a title)."""
    if not is_ali(raw[k]) or j - i < 2:
        return False
    if page:
        return True
    if (k + 1 < j and fs[k + 1] in _LINEAGE) or (k > i and fs[k - 1] in _LINEAGE):
        return True
    return k == i and cue_end(fs, k, gz.load())
