"""Violent events (ASSAULT, FIGHT, COERCE, MOBILIZE, THREATEN): readings of plain newswire constructions.

- A force, weapon or vehicle noun with one or two adjectives of its kind before a country's nisba
  («الطيران الحربي الروسي», «الطائرات الحربية الإسرائيلية», «القوات البحرية الخاصة التركية») names
  the nisba's country, as a force (`past_force_adjectives`, read by `events_mentions._group_actors`).
- An attack noun after a verb of being wounded or killed and «في», «جراء» («وأصيب جنديان إسرائيليان في
  هجوم لحماس»): the verb's subject underwent the attack (`victims_of_noun`, read by
  `events_agents.marked_roles`).
- An attack noun, one or two adjectives allowed after it, then «من» and a party, or a craft, a force or a
  people noun before the party («في غارة من طائرات التحالف», «غارات جوية مكثفة من طيران النظام», «ضربات
  موجعة من الجيش»): the party made the attack (`agent_after_from`, read by `events_agents.marked_roles`);
  not a place or a front («هجوما من عدة جبهات», «من الشمال»).
- A town after a raid's object and «في» is where the raid was, not what it was on (`placed_in`, read by
  `events._besieged_place`); a phrase headed by a munition is never a target (`munition_phrase`).
- The subject of a light verb right before its verbal noun, told after «أن» and joined by «و», quote marks
  allowed around the names or the noun («أن الفصائل الإسلامية و”جبهة النصرة” استأنفت اليوم “استهداف …”»:
  `conjoined_start`, `only_marks`, `next_to_noun`, `quoted_object`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group, names_of
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import Tok, has

ADJECTIVE_REACH = 2  # adjectives of a force read between its noun and its country's nisba


def past_force_adjectives(toks: list[Tok], j: int, W: Words) -> int:
    """The token after up to two adjectives of a force (`force_adjective`: «الحربي», «الجوية») starting
    at token j; j when none stands there."""
    k = j
    while k < len(toks) and k - j < ADJECTIVE_REACH and toks[k].word and has(toks[k], W["force_adjective"]):
        k += 1
    return k


_CAUSE_PREPS = ("في", "إثر", "اثر", "جراء", "خلال", "بعد")  # «أصيب جنديان في هجوم», «قتل ثلاثة جراء قصف»
VICTIM_REACH = 8  # words from a verb of being wounded or killed to the attack noun that tells how


def victims_of_noun(toks: list[Tok], lo: int, first: int, groups: list[Group], W: Words) -> list[str]:
    """The parties a verb of being hit (`hit_verbs`: «أصيب», «استشهد», «لقي مصرعه») opening the clause
    [lo, …) tells of, when the attack noun at token `first` follows them after «في», «جراء»
    («وأصيب ثلاثة جنود أمريكيين في هجوم لطالبان» → الولايات المتحدة): they underwent the attack."""
    ws = [k for k in range(lo, first) if toks[k].word]
    if len(ws) < 3 or len(ws) > VICTIM_REACH or not has(toks[ws[0]], W["hit_verbs"]):
        return []
    prep = toks[ws[-1]]
    if prep.form not in _CAUSE_PREPS and prep.form.lstrip("و") not in _CAUSE_PREPS:
        return []
    return names_of([g for g in groups if ws[0] < g.first and g.last <= ws[-1] and g.actor])


_ATTACK_NOUNS = frozenset(norm(w) for w in ("غارة", "غارات", "هجوم", "هجوما", "هجمات", "هجمة", "قصف", "ضربة",
                                             "ضربات"))
_FROM = norm("من")
_NOT_ADJECTIVE = frozenset(norm(w) for w in ("في", "على", "الى", "إلى", "عن", "ضد", "مع", "بين", "منذ", "خلال",
                                              "بعد", "قبل", "عند", "حيث", "التي", "الذي", "ما", "و"))
FROM_ADJECTIVES = 2  # words between an attack noun and «من» («غارات جوية مكثفة من …»)


def agent_after_from(toks: list[Tok], first: int, after: int, b: int, groups: list[Group], W: Words) -> Group | None:
    """The party that made the attack told by the noun at token `first` (its words end before token `after`),
    named after «من» («في غارة من طائرات التحالف», «ضربات موجعة من الجيش الشرعي»), one craft, force or people
    noun allowed before the name, up to two adjectives between the noun and «من»; None when none is named so
    (a place or a front after «من» is where it came from)."""
    if not any(r in _ATTACK_NOUNS for r in toks[first].reads):
        return None
    k, skipped = after, 0
    while k < b and (not toks[k].word or (toks[k].form != _FROM and skipped < FROM_ADJECTIVES)):
        if toks[k].word:
            if toks[k].form in _NOT_ADJECTIVE or any(g.first <= k < g.last for g in groups):
                return None
            skipped += 1
        k += 1
    if k >= b or toks[k].form != _FROM:
        return None
    j = k + 1
    starts = {j}
    if j < b and (has(toks[j], W["weapon_craft"]) or has(toks[j], W["force_noun"])
                  or toks[j].form in W["people_nouns"]):
        starts.add(j + 1)
    # after a craft noun, a definite genitive or a nisba («طائرات التحالف», «طائرات سعودية»), not an adjective
    # read as a name («طيران حربي»); a craft or force named with its nisba is a party, never a place («بقصف من
    # طائرات إسرائيلية»)
    return next((g for g in groups if g.first in starts and g.actor and (not g.is_loc or g.force)
                 and (g.first == j or toks[g.first].form.startswith("ال") or g.nisba)), None)


def placed_in(toks: list[Tok], lo: int, g: Group, W: Words) -> bool:
    """True when a place group after a raid verb's doer is told as where the raid was, not what it was on:
    a place preposition stands between (`prep_loc`: «داهمت الشرطة منزل صحفي في إسطنبول») or is glued to
    it («… منزله بإسطنبول»)."""
    return g.glued.lstrip("وف")[:1] == "ب" or any(
        toks[k].word and has(toks[k], W["prep_loc"]) for k in range(lo, g.first))


def conjoined_start(toks: list[Tok], g: Group, groups: list[Group] | None) -> int:
    """The first token of the run of parties joined by «و» that ends with group g («الفصائل الإسلامية
    وجبهة النصرة»: where «الفصائل» starts); g's own first token when no party is joined before it."""
    first = g.first
    ends = {x.last: x for x in groups or [] if x.actor}
    while True:
        k = g.first - 1
        while k >= 0 and not toks[k].word:
            k -= 1  # «و”جبهة النصرة”»: quote marks between «و» and the name
        bare_and = k >= 0 and toks[k].form == "و"
        prev = ends.get(k if bare_and else g.first) if bare_and or g.glued.startswith("و") else None
        if prev is None or prev.first >= first:
            return first
        g, first = prev, prev.first


def only_marks(toks: list[Tok], lo: int, hi: int) -> bool:
    """True when tokens [lo, hi) are all marks (quote marks), no word among them."""
    return all(not toks[k].word for k in range(lo, hi))


def quoted_object(toks: list[Tok], h_first: int, quote_start: int, pos: str, W: Words) -> bool:
    """True when a quote opens with the verbal noun at `h_first` right after a light verb outside it
    («استأنفت الفصائل اليوم “استهداف مناطق في الفوعة”»): the narration's verb governs the quoted words, its
    subject outside the marks did the deed."""
    lv = next((k for k in range(h_first - 1, max(-1, h_first - 4), -1) if toks[k].word and has(toks[k], W["light"])),
              None)
    return pos == "n" and lv is not None and toks[h_first].start <= quote_start + 1 and not any(
        toks[k].word and quote_start <= toks[k].start for k in range(lv + 1, h_first))


NOUN_REACH = 2  # words between a light verb and the verbal noun it governs in a «أن X استأنفت …» clause


def next_to_noun(toks: list[Tok], lv: int, first: int) -> bool:
    """True when at most two words («اليوم», «أمس») stand between a light verb and its verbal noun
    («استأنفت اليوم “استهداف …”»), so the noun is the verb's object, not a noun of a later phrase."""
    return sum(1 for k in range(lv + 1, first) if toks[k].word) <= NOUN_REACH


def munition_phrase(name: str, W: Words) -> bool:
    """True when a phrase no entity names is headed by a munition (`munition`: «الهاون», «قذائف»,
    «صواريخ جراد»): what was fired, not a party it was fired at."""
    ws = norm(name).split()
    return bool(ws) and (ws[0] in W["munition"] or (ws[0][1:] in W["munition"] and ws[0][:1] in "وب"))

