"""Senses of the trigger rows added for missed events that the words before a trigger tell apart.

`control_not_taken`: the verbal noun «السيطرة على» + a place (a seizure, `event_triggers.tsv`) tells no
seizure when it is lost («فقد الحوثيون السيطرة على المدينة»), aimed at («لانتزاع السيطرة على المنطقة», «من
أجل السيطرة على منطقة», «في محاولة للسيطرة على»), only weighed («أهمية السيطرة على قرية») or only made
possible («تتيح السيطرة على مدينة ماريوبول للانفصاليين»): the words of `control_foil` in
`event_words.tsv`, as written but for a leading «و» or «ف», within `FOIL_REACH` words before it in its clause.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok
from marsad.extract.events_triggers import Hit

_CONTROL = norm("السيطرة")
_FOR = norm("لل")  # «للسيطرة»: a purpose
FOIL_REACH = 2  # words before «السيطرة» searched for a word of loss, aim or weighing


def _words_before(toks: list[Tok], a: int, k: int, reach: int) -> list[Tok]:
    """Up to `reach` words before token k, nearest first, in its clause and not before token a."""
    out: list[Tok] = []
    k -= 1
    while k >= a and len(out) < reach:
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                break
        else:
            out.append(t)
        k -= 1
    return out


def control_not_taken(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """True when the seizure told by the noun «السيطرة» (with or without a glued «و», «ب» or «لل») is
    lost, sought, weighed or made possible, not taken: «لل» glued to it, or a `control_foil` word (its
    form as written, but for a leading «و» or «ف») within `FOIL_REACH` words before it."""
    if h.trig.type != "COERCE" or h.trig.pos != "n":
        return False
    form = toks[h.first].form
    if not form.endswith(_CONTROL):
        return False
    if form.startswith(_FOR):
        return True
    return any(_unjoined(t.form) in W["control_foil"] for t in _words_before(toks, a, h.first, FOIL_REACH))


def _unjoined(form: str) -> str:
    """The form without a leading «و» or «ف» («وفقد» → «فقد», «وتتيح» → «تتيح»); «فقد» stays «فقد»."""
    return form[1:] if form[:1] in ("و", "ف") and form[1:] not in ("قد", "") and len(form) > 3 else form

