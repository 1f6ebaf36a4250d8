"""A speaker's own branch of arms named with no owner: «وقال المتحدث العسكري للحوثيين يحيى سريع إن القوات
البحرية استهدفت سفينة …».

A branch or corps that acts only with its country's nisba (`event_actors.tsv`, kind `nisba`: «القوات البحرية»,
«القوات الجوية», «الدفاعات الجوية») may stand bare as the subject of what a speaker says, right after «إن»/«أن»
and right before the verb: the speaker's own forces, so the deed is the party named before «أن» (as «إن قواتها
قصفت …» is, `events._own_arms_before`). A speaker's country may be that party too («وأعلنت روسيا أن الدفاعات
الجوية أسقطت …»). A state force with no nisba («القوات المسلحة», read «الجيش») that a military spokesman of
a party speaks of is that party's own (`armed_speaker_forces`: «وقال المتحدث العسكري باسم الحوثيين إن
القوات المسلحة استهدفت …»).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import GroupActor, Lexicon
from marsad.extract.events_reported_passives import SPOKESMAN
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
    prior = [g for g in groups if a <= g.first and g.last <= k and g.actor
             and (not g.is_loc or (g.binding is None and not g.nisba))]  # «وأعلنت روسيا أن الدفاعات الجوية …»
    return list(prior[-1].names) if prior else []


def _bare_branch(toks: list[Tok], ws: list[int], L: Lexicon) -> bool:
    """True when the words at `ws` spell a bare head of arms (a `nisba` row) of `event_actors.tsv` in full."""
    act = _full_row(toks, ws, L, bare=True)
    return act is not None and act.canonical in _ARMS


def _full_row(toks: list[Tok], ws: list[int], L: Lexicon, bare: bool) -> GroupActor | None:
    """The row of `event_actors.tsv` the words at `ws` spell in full: a bare head (`bare`) or a state force."""
    first = toks[ws[0]]
    for key in first.reads:
        for act in L.actors.get(key, []):
            if (act.bare if bare else act.force) and len(act.words) == len(ws) and act.words[0] == key and all(
                    w == toks[j].form or w in toks[j].reads for w, j in zip(act.words[1:], ws[1:], strict=True)):
                return act
    return None


# the canonical names of bare heads of arms (not a government or ministry: «إن الحكومة قررت …» names no party)
_ARMS = frozenset(("القوات", "الطيران", "البحرية", "الدفاع", "المدفعية", "الدبابات", "الجرافات", "الحرس الوطني",
                   "قوات الأمن", "الدفاعات الجوية"))


def armed_speaker_forces(toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon) -> list[str]:
    """The party a military spokesman speaks for, when what he says names a bare force with no country
    right after «إن»/«أن» as the verb's subject («وقال المتحدث العسكري باسم الحوثيين إن القوات المسلحة
    استهدفت سفينة …»): that party's forces did it; [] otherwise (a force with its nisba names its country)."""
    g = next((g for g in groups if g.last == h.first and g.place is None and not g.nisba and not g.person), None)
    if g is None or g.first - 1 < a or toks[g.first - 1].form not in THAT \
            or _full_row(toks, list(range(g.first, g.last)), L, bare=False) is None:
        return []
    k = g.first - 1
    spoke = next((j for j in range(a, k - 1)
                  if toks[j].form.lstrip("و") in SPOKESMAN and toks[j + 1].form in _MILITARY), None)
    if spoke is None:
        return []
    prior = [p for p in groups if spoke < p.first and p.last <= k and p.actor and not p.person]
    return list(prior[-1].names) if prior else []


_MILITARY = frozenset(("العسكري",))  # folded as it stands
