"""Doers of passive and nominal deeds, and meetings told by nouns.

`people_body`: a people phrase stands for the body that says whose people they are: after «من قبل»,
«على يد» the doer may be told as some of a body's men («من قبل مجموعة من مسلحي حزب العمال»,
«على يد عناصر من التنظيم»), the body is the doer. `held_meeting`: a meeting noun with a verb of holding
whose pronoun stands for the sentence's speaker («في اجتماع موسع عقده مع Y»، «وفي لقاء جمعه بـY، قال X»):
the occasion of what the sentence tells, its speaker one party (not in reported words, not «بمقر …»).
`belonging_body`: unnamed doers who belong to a body stand for it («هجوم شنه مسلحون ينتمون إلى X»).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, norm
from marsad.extract.events_tokens import Tok, has, next_word

PEOPLE_REACH = 3  # words a people phrase may hold before the body («مجموعة من مسلحي»)
_IN = frozenset(norm(w) for w in ("في", "وفي"))
# what opens reported words: a meeting told after one is the reported subject's, not the speaker's
_REPORTED = frozenset([*(norm(w) for w in ("أن", "إن", "بأن", "وأن", "لأن")), "«", '"', "“"])
_TO = frozenset(norm(w) for w in ("إلى", "الى"))
MEETING_ADJECTIVES = 2  # indefinite adjectives between a meeting noun and its verb («اجتماع موسع مغلق»)


def people_body(toks: list[Tok], k: int, b: int, groups: list[Group], W: Words) -> Group | None:
    """The named body a people phrase at token k ends in, the people standing for it: a count or a
    partitive before «من» («مجموعة من», «عدد من»), then a people noun (`people_nouns`: «مسلحي»,
    «عناصر», «أفراد»), «من» after it allowed («عناصر من»); None when no such phrase leads to a body
    (not a place: «مسلحين من حلب» says where they are from)."""
    j = k
    if j + 1 < b and toks[j + 1].form == "من" and toks[j].form in W["partitive"]:
        j += 2  # «مجموعة من»
    if j >= b or toks[j].form not in W["people_nouns"]:
        return None
    j += 1
    if j < b and toks[j].form == "من":
        j += 1  # «عناصر من التنظيم»
    if j - k > PEOPLE_REACH + 1:
        return None
    g = next((g for g in groups if g.first == j), None)
    if g is None or not g.actor or g.glued or (g.is_loc and not g.force):
        return None
    return g


def held_meeting(toks: list[Tok], a: int, h_first: int, h_last: int, b: int, W: Words) -> bool:
    """True when the meeting noun at h_first..h_last, after a setting word or «في», is followed by
    a verb of holding with a pronoun for one person (`held_by_him`: «عقده», «أجرته», «جمعه») and then
    «مع» or a word with «بـ» («في اجتماع موسع عقده مع Y», «خلال لقاء جمعه بـY»): the pronoun is the
    sentence's subject, who met Y."""
    if any(toks[k].form in _REPORTED for k in range(a, h_first)):
        return False  # «وأشار X إلى أن «Y أعلن … بعد لقاءات عقدها مع …»: Y's meeting, told by X
    prev = [k for k in range(a, h_first) if toks[k].word][-1:]
    if not prev or not (toks[prev[0]].form in W["setting"] or toks[prev[0]].form in _IN):
        return False
    k = next_word(toks, h_last, b)
    for _ in range(MEETING_ADJECTIVES):
        if k < h_last or toks[k].form in W["held_by_him"]:
            break
        if toks[k].form.startswith("ال") or toks[k].form in W["prep_any"]:
            return False  # «في اجتماع الحكومة»: whose meeting a name says
        k = next_word(toks, k + 1, b)
    if k < h_last or toks[k].form not in W["held_by_him"]:
        return False
    nw = next_word(toks, k + 1, b)
    if nw <= k:
        return False
    f = toks[nw].form
    if f[:1] == "ب" and has(toks[nw], W["meeting_room"]):
        return False  # «خلال اجتماع عقده بمقر الإدارة»: where it was held, no one met
    return f == "مع" or (f[:1] == "ب" and len(f) > 3)


BELONG_REACH = 4  # words from a doer's head to a verb of belonging («مسلحون ملثمون ينتمون إلى»)


def belonging_body(toks: list[Tok], k: int, b: int, groups: list[Group], W: Words) -> Group | None:
    """The named body unnamed doers at token k belong to («مسلحون ينتمون إلى حركة الشباب», «عناصر
    تابعين لتنظيم داعش»: `belong`), which did the deed through them; None when no verb of belonging
    follows the doers shortly, or no named body (not a place) comes right after it."""
    words = [j for j in range(k, b) if toks[j].word][:BELONG_REACH + 1]
    j = next((j for j in words[1:] if toks[j].form in W["belong"]), None)
    if j is None or any(toks[i].form in W["prep_any"] for i in words if i < j):
        return None
    nw = next_word(toks, j + 1, b)
    if nw <= j:
        return None
    if toks[nw].form in _TO:
        nw = next_word(toks, nw + 1, b)
    g = next((g for g in groups if g.first == nw), None)
    if g is None or not g.actor or (g.is_loc and not g.force):
        return None
    return g
