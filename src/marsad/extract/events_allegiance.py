"""Roles of a pledge of allegiance («بايع», «يبايع», «أعلن مبايعته لـ X», «إعلان مبايعة X»).

A pledge is a SUPPORT of the one pledged to by the pledger: the party named after the verb's subject,
after the verbal noun «مبايعة» or after its «لـ» is the target; the verb's subject, or the owner of
the noun's pronoun (the subject of «أعلن»), is the source.  «إنها لن تبايع البغدادي» is the same
SUPPORT, negated, with the speaker's group as source.
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Group
from marsad.extract.events_tokens import CLAUSE_END, Tok
from marsad.extract.events_triggers import Hit

_STEM = "بايع"  # folded; inside «يبايع», «بايعت», «مبايعة», «مبايعته»
# words that put the verb's subject before it («إنها لن تبايع», «التي بايعت»): no subject after it then
_SUBJECT_BEFORE = frozenset(fold(w) for w in (
    "أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأنه", "بأنها", "بأنهم", "التي", "الذي", "الذين", "لم", "لن", "لا"))
_SINCE = frozenset(fold(w) for w in ("منذ", "مذ"))
_RELATIVE = frozenset(fold(w) for w in ("التي", "الذي", "الذين"))
SUBJECT_GAP = 2  # words between a subject and its verb («بايع أمس مسلحون …», «القاعدة التي لم تبايع»)


def _pledge_word(toks: list[Tok], h: Hit) -> int | None:
    """Index of the word of the pledge («بايع…», «مبايعة…») the hit is told by, or None."""
    return next((k for k in [h.first, *sorted(h.used)] if _STEM in toks[k].form), None)


def _parties_after(toks: list[Tok], k: int, b: int, groups: list[Group]) -> list[Group]:
    """Actor groups after word k up to the end of its clause."""
    end = next((j for j in range(k + 1, b) if toks[j].form in CLAUSE_END), b)
    return [g for g in groups if k < g.first < end and not g.is_loc and g.binding != "loc" and g.names]


def _party_before(toks: list[Tok], a: int, k: int, groups: list[Group]) -> list[str]:
    """The names of the actor group that ends right before word k (its subject: «وبوكو حرام التي بايعت»,
    «إلا أن القاعدة في اليمن لم تبايع»), a place named between them skipped; none when farther."""
    before = [g for g in groups if a <= g.first and g.last <= k and g.names]
    for g in reversed(before):
        if g.is_loc or g.binding == "loc":
            continue
        gap = sum(1 for j in range(g.last, k) if toks[j].word) - sum(
            h.last - h.first for h in before if h.is_loc and g.last <= h.first)
        broken = any(toks[j].form in CLAUSE_END for j in range(g.last, k))  # «(داعش) في 2014، وبايع»
        relative = any(toks[j].form in _RELATIVE for j in range(g.last, k))  # «لبوكو حرام التي بايعت»
        return list(g.names) if g.actor and (relative or not g.glued) and not broken and gap <= SUBJECT_GAP else []
    return []


def allegiance_roles(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], source: list[str],
                     target: list[str]) -> tuple[list[str], list[str]] | None:
    """Source (the pledger) and target (the one pledged to) of a pledge of allegiance; the roles
    unchanged for any other hit.  None (no event told) with no party after the pledge, a pledge told with
    the one pledged to as a pronoun («بايعه»), a pledge after «منذ» (a time anchor) or no pledger found
    named with it."""
    k = _pledge_word(toks, h)
    if k is None:
        return source, target
    after = _parties_after(toks, k, b, groups)
    stem_end = toks[k].form.find(_STEM) + len(_STEM)
    tail = toks[k].form[stem_end:]
    verb = k == h.first and h.trig.pos == "v"
    if not after or (verb and tail.endswith(("ه", "ها", "هم"))):
        return None  # «بايعه عناصر القاعدة»: the one pledged to is told before
    prev = next((toks[j].form for j in range(k - 1, a - 1, -1) if toks[j].word), "")
    opener = [toks[j].form for j in range(max(a, h.first - 3), h.first) if toks[j].word]
    if any(w in _SINCE for w in opener):
        return None  # «منذ أن أعلنت مبايعتها لـ»: when another state of things began, no pledge told
    if verb and len(after) >= 2 and after[0].first - k <= SUBJECT_GAP + 1 and not after[0].glued \
            and prev not in _SUBJECT_BEFORE and not _party_before(toks, a, k, groups):
        return list(after[0].names), list(after[1].names)  # «بايع مسلحون تنظيم داعش»
    pledged = list(after[0].names)
    if verb:
        pledger = _party_before(toks, a, h.first, groups)
    else:  # «أعلنت بوكو حرام مبايعتها لـ»: the subject of «أعلن», named before the noun
        named_before = {n for g in groups if a <= g.first and g.last <= k and not g.glued for n in g.names}
        pledger = [n for n in [*source, *target] if n in named_before]
    pledger = [n for n in pledger if n not in pledged]
    return (pledger, pledged) if pledger else None
