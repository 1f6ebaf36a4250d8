"""Actors missing because another clause's party was read in their place.

- «طيران النظام», «طائرات النظام السوري», «مروحيات نظام الأسد», «قوات نظام الأسد»: the Syrian regime's
  aircraft and forces named by whose they are, rows of `event_actors.tsv` (→ قوات النظام السوري), so
  the air force of «قصف لطائرات النظام» is the attacker, not a missing actor or a victim.
- «وتحاصر الفصائل بلدتي نبل والزهراء، وتقوم طائرات النظام بإلقاء …»: a light verb after a comma
  (`clause_light_verb`: «وتقوم», «وواصلت», …) opens a new clause with its own subject; the objects of
  the deed before it end there (`light_clause_start`), so that subject is no target of the siege.
- «بمقتل ثمانية من الحوثيين في مواجهات مع المقاومة»: the dead told right before a clash noun
  (`clash_dead` … `clash_in` + the noun) are one of its sides, its source where no side was read
  after the dead (`clash_dead_sides`): not the speaker of «أفادت مصادر يمنية بمقتل …»; the dead after
  a second word of death, or after a second count joined by «و» («مقتل 42 من الحوثيين و9 من المقاومة
  في مواجهات»), are the other side; «لقي 13 من الحوثيين مصرعهم في اشتباكات»: the dead stand between
  «لقي» and «مصرعهم».
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words
from marsad.extract.events_tokens import Tok, is_count
from marsad.extract.events_triggers import Hit

_COMMAS = (",", "،")
_STOPS = frozenset({",", "،", ".", "؛", ";", ":", "!", "؟"})
DEAD_REACH = 10  # words from the word of death to the clash noun («مقتل 17 حوثيا شمال شرق المدينة ليل الأربعاء في»)


def light_clause_start(toks: list[Tok], lo: int, hi: int, W: Words) -> int:
    """The index of the first light verb right after a comma between tokens lo and hi («…، وتقوم
    طائرات النظام بإلقاء …»), or hi when there is none."""
    verbs = W.get("clause_light_verb", frozenset())
    return next((k for k in range(lo + 1, hi) if toks[k].form in verbs and toks[k - 1].form in _COMMAS), hi)


def _death_words(toks: list[Tok], h: Hit, W: Words) -> list[int]:
    """The indices of the words of death before the clash noun of h, in its clause and near it, first
    to last («بمقتل ١٨ من الحوثيين … ومقتل ٤ من المقاومة في مواجهات»), when a word of `clash_in`
    stands right before the noun; none otherwise."""
    if h.first < 2 or toks[h.first - 1].form not in W.get("clash_in", frozenset()):
        return []
    dead = W.get("clash_dead", frozenset())
    found: list[int] = []
    k = h.first - 2
    while k >= 0 and k > h.first - 2 - DEAD_REACH * (len(found) + 1) and toks[k].form not in _STOPS:
        if toks[k].form in dead:
            found.append(k)
        k -= 1
    return found[::-1]


def clash_dead_sides(toks: list[Tok], h: Hit, groups: list[Group], source: list[str], target: list[str],
                     W: Words) -> tuple[list[str], list[str]]:
    """Source and target of a clash noun: the actors killed in it, named between the word of death and
    the noun («وقتل عشرة من الحوثيين وقوات صالح في مواجهات مع المقاومة» → الحوثي, قوات صالح), when
    no source was read there or after it; the dead told after a second word of death are the other
    side («بمقتل ١٨ من الحوثيين … ومقتل ٤ من المقاومة في مواجهات»). Else `source` and `target`."""
    if h.trig.type != "FIGHT" or h.trig.pos != "n":
        return source, target
    deaths = _death_words(toks, h, W)
    if not deaths:
        return source, target
    told = {n for g in groups if g.first > deaths[0] for n in g.names}
    if any(n in told for n in source):
        return source, target
    sides: list[list[str]] = []
    cuts = sorted({*deaths, *_second_counts(toks, deaths[0], h.first, W)})
    for i, k in enumerate(cuts):
        end = cuts[i + 1] if i + 1 < len(cuts) else h.first
        side = [n for g in groups if k < g.first and g.last <= end and g.actor and g.binding != "loc"
                for n in g.names if n not in target]
        if side:
            sides.append(list(dict.fromkeys(side)))
    if not sides:
        return source, target
    other = [n for side in sides[1:] for n in side if n not in sides[0]]
    return sides[0], list(dict.fromkeys([*target, *other]))


def _second_counts(toks: list[Tok], lo: int, hi: int, W: Words) -> list[int]:
    """The indices, between tokens lo and hi, of a count joined by «و» after a first one («مقتل 42 من
    الحوثيين و9 من المقاومة», «وثلاثة من الجنود», «و 4 من الجيش»): where the dead of another side start."""
    quantity = W.get("quantity", frozenset())
    out: list[int] = []
    counted = False
    for k in range(lo + 1, hi):
        f = toks[k].form
        glued = f[:1] == "و" and len(f) > 1 and (f[1:].isdigit() or f[1:] in quantity)
        loose = f == "و" and k + 1 < hi and is_count(toks[k + 1], quantity)
        if counted and (glued or loose):
            out.append(k)
        counted = counted or is_count(toks[k], quantity)
    return out
