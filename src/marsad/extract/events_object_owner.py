"""Whose is the thing a criticism or a refusal is aimed at, when no entity names its owner.

A criticism or a refusal is often aimed at a thing someone did or said, named by a construct right after the
verb and its subject: «وانتقدت المعارضة قرار الحكومة», «ورفض المحتجون مطالب اللجنة», «استنكر البيان
تصريحات المسؤولين». An entity in the genitive is a target by the binding rules; a party no entity names
(«الحكومة», «الجماعات المسلحة», «المسؤولين») is read as a noun phrase (`events_phrases.noun_subject`) and
taken when its head can name a party (`events_phrases.party_phrase`) and the construct's head is a noun of
what a party does or says (`_OWNED`), bare of the article.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_addressees import after_subject
from marsad.extract.events_lexicon import Lexicon, forms, norm
from marsad.extract.events_phrases import noun_subject, party_phrase
from marsad.extract.events_tokens import Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

_TYPES = frozenset({"DISAPPROVE", "REJECT"})
# nouns of what a party does or says, whose genitive is the party («قرار الحكومة», «تصريحات المسؤولين»)
_OWNED = forms("قرار", "قرارات", "سياسة", "سياسات", "تصريحات", "تصريح", "موقف", "مواقف", "ممارسات", "انتهاكات",
               "اعتداءات", "جرائم", "تدخل", "تدخلات", "خطة", "خطط", "مقترح", "مقترحات", "اقتراح", "دعوة", "دعوات",
               "مطالب", "مطالبات", "إجراءات", "إجراء", "تهديدات", "اتهامات", "مزاعم", "ادعاءات", "أعمال", "ممارسة",
               "أداء", "تعامل", "تقاعس", "صمت", "تجاهل", "تصرفات", "سلوك", "حملة", "إعلان", "عرض", "شروط")


def object_owner(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                 skip: frozenset[int], L: Lexicon) -> list[str]:
    """The party no entity names whose deed or words a criticism or a refusal with no target is aimed at
    (module docstring); [] when none."""
    if h.trig.type not in _TYPES or h.trig.pos != "v" or ev.target or not ev.source:
        return []
    k = after_subject(text, toks, h, b, ev, groups, skip, L)
    while k < b and k in skip:
        k += 1
    if k + 1 >= b or not toks[k].word or not toks[k + 1].word or toks[k].form.startswith("ال"):
        return []
    if not has(toks[k], _OWNED) or any(g.first <= k + 1 < g.last for g in groups):
        return []  # (a named genitive is the binding rules' to take)
    if not toks[k + 1].form.startswith("ال"):
        return []  # («قرار حكومي»: an adjective, no genitive)
    obj, _ = noun_subject(text, toks, k + 1, b, groups, L, skip)
    if not obj or obj[0] in ev.source:
        return []
    return [obj[0]] if party_phrase(norm(obj[0]).split(), L.words) else []


__all__ = ["object_owner"]
