"""A speaker who says that someone stands behind a deed accuses him: «أعلن رئيس الحكومة التركية أحمد داود
أوغلو أن العناصر الأولى للتحقيق تفيد بأن تنظيم داعش يقف وراء الاعتداء», «وقالت السلطات إن عشماوي كان وراء
العملية».

«اتهم X Y بالوقوف وراء الهجوم» is an accusation by its verb (`events_accuse`); the same charge told as what a
reporting verb's subject said («قال/أكد/أعلن X أن Y يقف وراء الهجوم») has no accusing word of its own. The party
named right before «يقف وراء» (or «كان وراء», «هو وراء») and a deed noun is the one accused (DISAPPROVE's target),
the subject of the reporting verb before the complementizer the accuser (its source). Not when a negation
stands before the party («لا توجد أدلة على أن دمشق تقف وراء …»), nor in a question («من يقف وراء التفجير»:
no party named before it).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import QUOTE_MARKS, Tok
from marsad.extract.events_triggers import Hit
from marsad.model import Event

_STANDS = frozenset(norm(w) for w in ("يقف", "تقف", "يقفون", "كان", "كانت", "كانوا", "هو", "هي", "هم"))
_BEHIND = norm("وراء")
_DEEDS = frozenset(("ASSAULT", "FIGHT", "CRIME"))
GAP = 2  # words between the accused party and «يقف» («تنظيم داعش الإرهابي يقف وراء …»)


def _says(t: Tok, W: Words) -> bool:
    """A reporting verb («أعلن», «وقالت»), a conjunction allowed before it."""
    return any(r.lstrip("وف") in W["say"] or r in W["say"] for r in t.reads)


def _accuser(toks: list[Tok], a: int, comp: int, groups: list[Group], W: Words) -> list[str]:
    """The subject of the last reporting verb before the complementizer at `comp`: the first actor named
    between them (VSO), else the actor named right before the verb (SVO); [] when none."""
    verb = next((k for k in range(comp - 1, a - 1, -1) if toks[k].word and _says(toks[k], W)), None)
    if verb is None:
        return []
    after = [g for g in groups if verb < g.first and g.last <= comp and g.actor and g.binding is None]
    if after:  # «أعلن رئيس الحكومة التركية، أحمد داود أوغلو، أن …»: the person the title is told of
        return list(next((g for g in after if g.person), after[0]).names)
    before = [g for g in groups if a <= g.first and g.last <= verb and g.actor and g.binding is None]
    return list(before[-1].names) if before and verb - before[-1].last <= 1 else []


def behind_accusations(text: str, toks: list[Tok], a: int, b: int, groups: list[Group], hits: list[Hit],
                       W: Words) -> list[Event]:
    """DISAPPROVE events of sentence [a, b) told by «X said that Y stands behind the deed»."""
    out: list[Event] = []
    for h in hits:
        if h.trig.type not in _DEEDS or h.first < a + 3 or toks[h.first - 1].form != _BEHIND:
            continue
        verb = h.first - 2
        if toks[verb].form not in _STANDS:
            continue
        party = next((g for g in reversed(groups) if g.last <= verb and verb - g.last <= GAP and g.actor
                      and not g.is_loc), None)
        if party is None or any(not toks[k].word and toks[k].form not in QUOTE_MARKS for k in range(party.last, verb)):
            continue
        comp = next((k for k in range(party.first - 1, a - 1, -1) if toks[k].form in W["comp"]), None)
        if comp is None or any(toks[k].form in W["neg"] for k in range(a, party.first)):
            continue
        accuser = [n for n in _accuser(toks, a, comp, groups, W) if n not in party.names]
        if not accuser:
            continue
        out.append(Event("DISAPPROVE", None, accuser, list(party.names), None, None, False,
                         text[toks[verb].start:toks[h.last - 1].end], toks[a].start, toks[b - 1].end))
    return out
