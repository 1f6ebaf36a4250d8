"""A speaker's own branch of arms named with no owner: «وقال المتحدث العسكري للحوثيين يحيى سريع إن القوات
البحرية استهدفت سفينة …».

A branch or corps that acts only with its country's nisba (`event_actors.tsv`, kind `nisba`: «القوات البحرية»,
«القوات الجوية», «الدفاعات الجوية») may stand bare as the subject of what a speaker says, right after «إن»/«أن»
and right before the verb: the speaker's own forces, so the deed is the party named before «أن» (as «إن قواتها
قصفت …» is, `events._own_arms_before`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon
from marsad.extract.events_tokens import THAT, Tok
from marsad.extract.events_triggers import Hit

BRANCH_WORDS = 3  # words a bare branch's name may hold («القوات الجوية الملكية»)


def own_branch_before(toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon) -> list[str]:
    """The party named before «أن» in sentence [a, …) when the words between that «أن» and the verb at `h`
    are a bare branch of arms no group covers (module docstring); [] otherwise."""
    ws: list[int] = []
    k = h.first - 1
    while k >= a and len(ws) <= BRANCH_WORDS and toks[k].word and toks[k].form not in THAT:
        ws.append(k)
        k -= 1
    if k < a or not ws or len(ws) > BRANCH_WORDS or toks[k].form not in THAT:
        return []
    ws.reverse()
    if any(g.first <= j < g.last for g in groups for j in ws) or not _bare_branch(toks, ws, L):
        return []
    prior = [g for g in groups if a <= g.first and g.last <= k and g.actor and not g.is_loc]
    return list(prior[-1].names) if prior else []


def _bare_branch(toks: list[Tok], ws: list[int], L: Lexicon) -> bool:
    """True when the words at `ws` spell a bare head of arms (a `nisba` row) of `event_actors.tsv` in full."""
    first = toks[ws[0]]
    for key in first.reads:
        for act in L.actors.get(key, []):
            if act.bare and len(act.words) == len(ws) and act.words[0] == key and all(
                    w == toks[j].form or w in toks[j].reads for w, j in zip(act.words[1:], ws[1:], strict=True)):
                return act.canonical in _ARMS
    return False


# the canonical names of bare heads of arms (not a government or ministry: «إن الحكومة قررت …» names no party)
_ARMS = frozenset(("القوات", "الطيران", "البحرية", "الدفاع", "المدفعية", "الدبابات", "الجرافات", "الحرس الوطني",
                   "قوات الأمن", "الدفاعات الجوية"))
