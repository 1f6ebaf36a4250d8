"""Senses of the trigger rows added for missed events that the words before a trigger tell apart.

`control_not_taken`: the verbal noun «السيطرة على» + a place (a seizure, `event_triggers.tsv`) tells no
seizure when it is lost («فقد الحوثيون السيطرة على المدينة»), aimed at («لانتزاع السيطرة على المنطقة», «من
أجل السيطرة على منطقة», «في محاولة للسيطرة على»), only weighed («أهمية السيطرة على قرية») or only made
possible («تتيح السيطرة على مدينة ماريوبول للانفصاليين»): the words of `control_foil` in
`event_words.tsv`, as written but for a leading «و» or «ف», within `FOIL_REACH` words before it in its clause.
"""

from __future__ import annotations

from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import Tok, clause_words
from marsad.extract.events_triggers import Hit

_CONTROL = norm("السيطرة")
_FOR = norm("لل")  # «للسيطرة»: a purpose
FOIL_REACH = 2  # words before «السيطرة» searched for a word of loss, aim or weighing




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
    before = clause_words(toks, h.first - 1, a - 1, FOIL_REACH, back=True)
    return any(_unjoined(toks[i].form) in W["control_foil"] for i in before)


def _unjoined(form: str) -> str:
    """The form without a leading «و» or «ف» («وفقد» → «فقد», «وتتيح» → «تتيح»); «فقد» stays «فقد»."""
    return form[1:] if form[:1] in ("و", "ف") and form[1:] not in ("قد", "") and len(form) > 3 else form

