"""Callers of a protest named in a relative clause on the protest noun.

A strike or a march is often named before its organisers, who stand in a relative clause on it:
«الإضراب الذي دعا إليه اتحاد العمال», «المسيرة التي نظمها الحزب», «التظاهرات التي يشارك فيها
أنصار التيار». The subject of that clause is the protest's doer (`protest_callers`). Only a verb of
calling, organising or joining («دعا إلى», «نظم», «شارك في», «قاد») is read, with the pronoun that
points back to the noun, so «الاحتجاجات التي أثارها القرار» (a cause) names no doer.
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon
from marsad.extract.events_phrases import noun_subject
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit

_RELATIVE = frozenset(fold(w) for w in ("الذي", "التي", "اللذين", "اللتين"))
# a verb of calling, organising or leading with its pronoun on the noun, then (for «دعا» and
# «شارك») the preposition that carries the pronoun
_BOUND = frozenset(fold(w) for w in (
    "نظمه", "نظمها", "نظمته", "نظمتها", "نظموه", "نظموها", "ينظمه", "ينظمها", "تنظمه", "تنظمها",
    "قاده", "قادها", "قادته", "قادتها", "يقوده", "يقودها", "تقوده", "تقودها",
    "نفذه", "نفذها", "نفذته", "نفذتها", "ينفذه", "ينفذها", "تنفذه", "تنفذها", "أعلنه", "أعلنها",
))
_WITH_PREP = {
    **{fold(w): frozenset(fold(p) for p in ("إليه", "إليها", "لها", "له"))
       for w in ("دعا", "دعت", "يدعو", "تدعو")},
    **{fold(w): frozenset(fold(p) for p in ("فيه", "فيها"))
       for w in ("شارك", "شاركت", "يشارك", "تشارك", "شاركوا", "يشاركون")},
}
_REACH = 3  # words between the protest noun and the relative pronoun («الإضراب العام المفتوح الذي»)


def protest_callers(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], L: Lexicon) -> list[str]:
    """The doers of a protest noun `h` named in a relative clause on it («الإضراب الذي دعا إليه
    الحزب», «المسيرة التي نظمها الطلاب»): the clause's subject; [] when there is none."""
    if h.trig.pos != "n" or h.trig.type != "PROTEST":
        return []
    rel = next((k for k in range(h.last, min(b, h.last + _REACH))
                if toks[k].word and toks[k].form in _RELATIVE), None)
    if rel is None or any(not toks[k].word for k in range(h.last, rel)):
        return []
    k = rel + 1
    if k >= b or not toks[k].word:
        return []
    verb = toks[k].form
    if verb in _BOUND:
        start = k + 1
    elif verb in _WITH_PREP and k + 1 < b and toks[k + 1].form in _WITH_PREP[verb]:
        start = k + 2
    else:
        return []
    named = next((g for g in groups if g.first == start and g.actor and not g.is_loc), None)
    if named is not None:  # «دعت إليه حركة حماس»: a named party
        return list(named.names)
    names, _ = noun_subject(text, toks, start, b, groups, L)
    return names
