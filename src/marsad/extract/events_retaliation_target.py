"""Whom a threat of retaliation is aimed at: the doer of the hostile deed it answers.

A threat told as a vow to respond («هددت الحركة بالرد», «توعدت بأن الرد لن يتأخر», «لن تقف مكتوفة الأيدي»,
«لن تمر دون عقاب», «سنرد», «بالانتقام», «بالثأر») often names no one it is aimed at: it answers a deed the story
has told, and is aimed at whoever did it. When such a threat has a source and no target, its target is the
source of the latest attack or coercion (ASSAULT, COERCE) told before it in the story, or earlier in its own
sentence, that the threatener did not do himself and that is not negated. A threat that names no retaliation
(«هدد بمقاضاة …») or a story that tells no deed before it is left alone.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

RETALIATION_REACH = 8  # words after a threat's trigger in which its retaliation word stands
# a response, a revenge, no standing idle, no going unpunished (as their readings: proclitics taken off)
_RETALIATION = forms("رد", "الرد", "برد", "ردا", "ردها", "رده", "ردنا", "سنرد", "سيرد", "سترد", "نرد", "يرد", "ترد",
                     "انتقام", "الانتقام", "بانتقام", "الثار", "ثار", "بالثار", "مكتوفي", "مكتوفة", "مكتوف",
                     "مكتوفين", "عقاب", "العقاب", "الكرام")
_DEEDS = frozenset(("ASSAULT", "COERCE"))  # the hostile deeds a retaliation answers


def _vows_retaliation(toks: list[Tok], h: Hit, b: int) -> bool:
    """True when the threat's trigger or a word shortly after it in its sentence is one of retaliation."""
    seen = 0
    for k in range(h.first, b):
        if not toks[k].word:
            continue
        if k >= h.last:
            seen += 1
            if seen > RETALIATION_REACH:
                return False
        if toks[k].form in _RETALIATION or has(toks[k], _RETALIATION):
            return True
    return False


def retaliation_target(toks: list[Tok], h: Hit, b: int, ev: Event, earlier: list[Event]) -> None:
    """Set the target of a threat of retaliation with a source and no target to the doer of the latest hostile
    deed told before it (`earlier`, in the order told) that its source did not do (module docstring)."""
    if ev.type != "THREATEN" or not ev.source or ev.target or not _vows_retaliation(toks, h, b):
        return
    mine = set(ev.source)
    deed = next((d for d in reversed(earlier) if d.type in _DEEDS and d.source and not d.negated
                 and d.start < ev.start and not mine & set(d.source)), None)
    if deed is not None:
        ev.target = list(deed.source)
