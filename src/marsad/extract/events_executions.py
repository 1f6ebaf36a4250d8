"""The one put to death in a death sentence carried out.

«نفذت وزارة الداخلية حكم القتل قصاصا في المدعو صالح …», «تم تنفيذ حكم الإعدام بحق …»: the trigger table
codes the carried-out sentence as COERCE (rows under «types (session 18)» in event_triggers.tsv); the person
it was carried out on stands after «في» or «بحق» (or «بـ» glued to «الجاني»), past the kind of sentence
(«قصاصا», «تعزيرا»), and is its target (`executed`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import CLAUSE_END, Tok
from marsad.extract.events_triggers import Hit

_DEATH = forms("القتل", "الإعدام", "الاعدام", "القصاص")  # the kinds of a death sentence
_ON = forms("في", "بحق", "ضد")  # what the person it is carried out on follows
_CONVICT = forms("المدعو", "المدعوة", "الجاني", "الجانيين", "الجناة", "المدان", "المدانين")
REACH = 6  # words after the sentence's words in which «في»/«بحق» is looked for


def _death_sentence(toks: list[Tok], h: Hit) -> bool:
    """True when the hit's own or needed words name a death sentence («حكم القتل», «حكم الإعدام»)."""
    return h.trig.type == "COERCE" and any(toks[k].form in _DEATH for k in [*range(h.first, h.last), *h.used])


def executed(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> list[str]:
    """The names of the person a carried-out death sentence was carried out on, [] when none is named."""
    if not _death_sentence(toks, h):
        return []
    end = h.after
    lo = next((k + 1 for k in range(end, min(b, end + REACH))
               if toks[k].form in _ON or toks[k].form in _CONVICT or toks[k].form in ("بالجاني", "بالمدعو")), None)
    if lo is None:
        return []
    for g in groups:
        if g.first < lo or g.is_loc or not g.person:
            continue
        between = toks[lo:g.first]
        if len(between) <= 2 and not any(t.form in CLAUSE_END for t in between):
            return list(g.names)
        break
    return []
