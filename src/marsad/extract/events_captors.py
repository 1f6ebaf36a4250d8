"""Whom a demand to free captives is made of: the one who holds them.

A demand for the release of captives («طالبوا بالإفراج عن المختطفين», «دعا إلى إطلاق سراح المعتقلين»,
«مطالبا بإعادته سالما») is made of whoever holds them, though the demand names no one it asks. With no
target, that party is
- the one the captives are said to be held by, after the release word in its sentence: «المختطفين لدى
  جماعة الحوثي», «المعتقلين في سجون الحوثيين», «الذين تحتجزهم الميليشيات» (a named group right after
  such a word);
- else the doer of the abduction or arrest told in the same sentence or the one before (a COERCE with a
  source that is not the demand's own, or an abduction).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import SENT_END, Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

# words of freeing captives («بالإفراج», «إطلاق سراح», «بإعادته سالما»)
_RELEASE = forms("الإفراج", "إفراج", "سراح", "الإطلاق", "إطلاق", "تحرير", "إعادته", "إعادتهم", "إعادتها")
# words after which the holder of the captives is named
_HELD_BY = forms("لدى", "سجون", "معتقلات", "قبضة", "تحتجزهم", "تحتجزه", "تحتجزها", "يحتجزهم", "يحتجزه",
                 "اختطفتهم", "اختطفهم", "اعتقلتهم", "اعتقلهم", "تعتقلهم", "يعتقلهم", "خطفتهم", "خطفهم")
_RELEASE_REACH = 8  # words after the demand (past its subject) in which the release word stands
_HOLDER_REACH = 12  # words after the release word in which the holder is named


def _words(toks: list[Tok], k: int, b: int, n: int) -> list[int]:
    """Indices of the next n words from token k, within the sentence."""
    out: list[int] = []
    while k < b and len(out) < n:
        if not toks[k].word and toks[k].form in SENT_END:
            break
        if toks[k].word:
            out.append(k)
        k += 1
    return out


def captor(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group], earlier: list[Event]) -> list[str]:
    """Who holds the captives a demand for their release with no target asks to free (module docstring)."""
    if ev.type != "DEMAND" or ev.target or not ev.source:
        return []
    rel = next((k for k in _words(toks, h.last, b, _RELEASE_REACH) if has(toks[k], _RELEASE)), None)
    if rel is None:
        return []
    for k in _words(toks, rel + 1, b, _HOLDER_REACH):
        if has(toks[k], _HELD_BY) or toks[k].form in _HELD_BY:
            g = next((g for g in groups if k < g.first <= k + 2 and g.actor and not g.is_loc), None)
            if g is not None and not set(g.names) & set(ev.source):
                return list(g.names)
    for e in reversed(earlier):
        held = e.type == "COERCE" or (e.type == "ASSAULT" and e.mode == "abduct")
        if e is not ev and held and e.source and not set(e.source) & set(ev.source):
            return list(e.source)
    return []


__all__ = ["captor"]
