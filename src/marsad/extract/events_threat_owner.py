"""The party that owns a threat noun is the one who threatens (recall of THREATEN sources).

A threat noun's genitive owner («تهديدات تنظيم داعش لحماس», «تهديدات أوباما لإيران») is already read as its
source by the mention binding. Two other ways of naming the maker are read here, by `threat_owner`, for a
THREATEN noun left with no source:
- the subject of a relative clause of uttering right after the noun: «بعد تهديدات أطلقها تنظيم داعش»,
  «التهديدات التي وجهها الحوثيون للقبائل», «بعد إنذار أطلقته المقاومة للحوثيين بالمغادرة» («إنذار» is a
  THREATEN noun only with such a verb after it, in event_triggers.tsv, never an alarm: «جهاز إنذار»);
- a nisba standing for a state, when a deed threatened follows: «التهديد الإسرائيلي باستخدام القوة ضد غزة»
  → إسرائيل (without the deed the tsv blocks it as a standing danger: «التهديد الإيراني»).
The party after «لـ»/«ضد» stays the target. The owner must be a named party (a group the entity tagger marks
as an actor) with no «بـ»/«لـ» glued on; a threat noun read as a peril («لدرء تهديدات تنظيم داعش»,
«التهديدات الإرهابية») is dropped before this by `events_danger`, and «تهديدات الإرهاب» names no party.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit

# threat nouns a relative clause of uttering may follow («تهديدات أطلقها», «الإنذار الذي وجهه»)
_NOUNS = forms("تهديد", "تهديدات", "وتهديد", "وتهديدات", "بتهديد", "بتهديدات", "لتهديدات", "إنذار", "وإنذار",
               "التهديد", "التهديدات", "والتهديدات", "الإنذار", "تهديدا", "إنذارا", "إنذارات", "الإنذارات")
_DEFINITE = forms("التهديد", "التهديدات", "بالتهديد", "بالتهديدات", "والتهديد", "والتهديدات")
_RELATIVE = forms("الذي", "التي")
# a verb of uttering a threat, with the pronoun of the noun («أطلقها», «وجهته»)
_UTTER = forms(*(v + p for v in ("أطلق", "أطلقت", "وجه", "وجهت", "أصدر", "أصدرت")
                 for p in ("ه", "ها", "")))


def _group_at(groups: list[Group], k: int) -> list[str]:
    """The names of the party whose mention starts at token `k`, or [] (none, no actor, «بـ»/«لـ» glued)."""
    g = next((g for g in groups if g.first == k), None)
    if g is None or not g.actor or g.glued.lstrip("وف")[:1] in ("ب", "ل"):
        return []
    return list(g.names)


def threat_owner(toks: list[Tok], h: Hit, groups: list[Group]) -> list[str]:
    """The maker a THREATEN noun names: the subject of «أطلقه»/«وجهه» after it («تهديدات أطلقها تنظيم داعش»,
    «الإنذار الذي وجهه الجيش») or its nisba («التهديد الإسرائيلي»); [] when none is named."""
    form = toks[h.first].form
    if h.trig.type != "THREATEN" or h.trig.pos != "n":
        return []
    k = h.first + 1
    if k < len(toks) and toks[k].form in _RELATIVE:
        k += 1
    if k < len(toks) and toks[k].form in _UTTER and form in _NOUNS:
        return _group_at(groups, k + 1)  # «تهديدات أطلقها تنظيم داعش»
    g = next((g for g in groups if g.first == h.last), None)
    if h.last - h.first == 1 and form in _DEFINITE and g is not None and g.nisba and g.actor:
        return list(g.names)  # «التهديد الإسرائيلي باستخدام القوة» → إسرائيل
    return []
