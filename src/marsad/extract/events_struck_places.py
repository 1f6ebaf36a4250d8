"""The place an attack strikes is where it happened (a hook of `events_place.choose_location`).

A town, a district or a camp an attack is aimed at, named after a place noun right after the verb
and its doer or after «على» («هاجم الجيش بلدة الغارية», «قصف الطيران منطقة مران», «شن الطيران
غارات على مدينة رفح», «هجوم على مخيم اليرموك»), is the attack's place; a place told elsewhere in the
sentence (the reporter's «الذي يتابع العنف في سوريا», an earlier clause's town) is not. Only a place
noun and a name make a struck place: a bare country or town after the verb may be a party
(«هاجم العراق تركيا»), and a place after «في», «من», «إلى» is left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.clean.normalize import fold
from marsad.extract import events_place_clauses as clauses
from marsad.extract.events_tokens import CLAUSE_END, SENT_END

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group
    from marsad.extract.events_tokens import Tok

STRUCK_WORDS = 6  # words between the trigger's end and the place noun it strikes
FREE_WORDS = 3  # of them, words no group holds («الطائرات الحربية», «طيران»)

# place nouns a struck town's name follows («بلدة الغارية», «منطقة مران», «مخيم اليرموك»)
_HEADS = frozenset(fold(w) for w in ("قرية", "بلدة", "حي", "مدينة", "منطقة", "مديرية", "ناحية", "مخيم"))
_AT = frozenset(fold(w) for w in ("على", "وعلى", "ضد"))  # «غارات على مدينة …», «هجوم ضد بلدة …»
# words that end the verb's reach: a preposition opens a phrase of its own, a relative clause another noun's
_STOPS = frozenset(fold(w) for w in (
    "في", "وفي", "من", "إلى", "الى", "عن", "منذ", "بعد", "قبل", "خلال", "حول", "قرب", "داخل", "باتجاه",
    "نحو", "مع", "بين", "أن", "إن", "ان", "لأن", "حيث", "عند", "لدى", "و", "أو", "ثم")) | clauses.RELATIVE


def struck_place(toks: list[Tok], text: str, groups: list[Group], h_last: int, hi: int) -> str | None:
    """The town an attack whose trigger ends at `h_last` strikes, named after a place noun within
    STRUCK_WORDS words in its clause (tokens before `hi`), past its doer or «على»; None when none."""
    taken = {k for g in groups for k in range(g.first, g.last)}
    held = {k for g in groups if not g.is_loc or g.nisba for k in range(g.first, g.last)}  # the doer's words
    words = free = 0
    for k in range(h_last, min(hi, len(toks) - 1)):
        t = toks[k]
        if t.form in CLAUSE_END or t.form in SENT_END or t.form in _STOPS:
            return None
        if not t.word:
            continue
        if t.form in _HEADS and k not in taken:
            return _named(toks, text, groups, taken, k)
        words += 1
        if k not in held and t.form not in _AT:
            free += 1
        if words > STRUCK_WORDS or free > FREE_WORDS or (k in taken and k not in held):
            return None  # a place or a far word: the verb's object is something else
    return None


def _named(toks: list[Tok], text: str, groups: list[Group], taken: set[int], k: int) -> str | None:
    """The town the place noun at `k` names: a known place right after it, else a name the gazetteer
    does not know («بلدة الغارية الغربية»)."""
    known = next((g for g in groups if g.first == k + 1 and g.is_loc and g.place and not g.nisba), None)
    if known is not None and known.place:
        return clauses.whole_name(toks, text, known, known.place)
    return clauses.name_after(toks, text, k + 1, taken)
