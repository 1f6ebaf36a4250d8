"""The body a person oversees, named in his title: «المشرف العام على مركز …», «القائم على …».

A target preposition after a word of overseeing («المشرف», «القائم», «القائمين»; «العام»
may stand between) is governed by that word, not by the event's verb: the body after it is part of
someone's title («استقبل المستشار المشرف العام على مركز الملك سلمان للإغاثة الدكتور فلان السفير»),
no party to the event. `bind` reads it as a modifier.
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_tokens import Tok

# (not «المشرفة»: «التلال المشرفة على الحقل» overlook it)
_OVERSEERS = frozenset(fold(w) for w in ("المشرف", "المشرفين", "المشرفون", "مشرف", "والمشرف", "القائم",
                                         "القائمين", "القائمون"))
_GENERAL = frozenset(fold(w) for w in ("العام", "العامة"))
_ON = fold("على")


def overseen_body(toks: list[Tok], k: int) -> bool:
    """True when token k is «على» right after a word of overseeing, «العام» allowed between."""
    if not (toks[k].word and toks[k].form == _ON):
        return False
    j = k - 1
    while j >= 0 and not toks[j].word:
        j -= 1
    if j >= 0 and toks[j].form in _GENERAL:
        j -= 1
        while j >= 0 and not toks[j].word:
            j -= 1
    return j >= 0 and toks[j].form in _OVERSEERS
