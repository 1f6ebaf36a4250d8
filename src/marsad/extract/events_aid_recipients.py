"""The giver and the receiver of aid that relief news tells around the deed, not as its subject or object.

1. The one whose order the aid carries out gives it: «إنفاذا لتوجيهات خادم الحرمين الشريفين الملك سلمان …،
بتقديم مساعدات عاجلة للشعب اليمني», «أمر الملك بتقديم مساعدات …». The noun of giving after «بـ» has no
subject of its own; the first party named after the word of order before it is the giver, or the party named
before a word of order with a pronoun («شكر الملك على توجيهاته بتقديم …») (`ordered_giver`).

2. Aid that reaches a place goes to the place's country: «وصلت الطائرة الإغاثية السعودية إلى مطار عدن»,
«… محملة بالمساعدات إلى ميناء المعلا» (اليمن), when no party it is for is named
(`events_cooperation_parties.aid_recipient`) and the country is not the giver's own (`reached_country`);
so does aid handed out at a place named after «في» («وزع المركز 1200 سلة غذائية في محافظة عدن باليمن»).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_country import place_country
from marsad.extract.events_lexicon import IN, forms, lexicon, norm
from marsad.extract.events_tokens import SENT_END, Tok, has
from marsad.extract.events_triggers import Hit

ORDER_REACH = 16  # tokens before the deed searched for the word of order
DESTINATION_REACH = 10  # tokens after the deed (its needed words included) searched for «إلى» and the place
_ORDERS = forms("أمر", "أوامر", "توجيهات", "توجيه", "وجه", "وجهت", "أوعز", "تعليمات")
_SITES = forms("مطار", "ميناء", "مرفأ", "مدينة", "محافظة", "منطقة", "مخيم", "مخيمات", "ولاية", "مديرية")
# aid handed out where its receivers live («وزع المركز 1200 سلة غذائية في محافظة عدن باليمن»): the place
# after «في» tells their country, as «إلى» does for aid carried there
_HANDED = forms("وزع", "يوزع", "توزيع", "بتوزيع", "وتوزيع", "لتوزيع", "سلم", "يسلم", "تسليم", "بتسليم")


def ordered_giver(toks: list[Tok], a: int, h: Hit, groups: list[Group]) -> list[str]:
    """The names of the party whose order an AID noun after «بـ» carries out («لتوجيهات الملك …، بتقديم
    مساعدات»), or [] when no word of order stands before it in its sentence."""
    if h.trig.type != "AID" or h.trig.pos != "n" or not toks[h.first].form.startswith(norm("ب")):
        return []
    k = h.first - 1
    while k >= a and h.first - k <= ORDER_REACH and toks[k].form not in SENT_END:
        if set(toks[k].reads) & _ORDERS:
            if not any(toks[k].form.endswith(r) for r in set(toks[k].reads) & _ORDERS):
                # «على توجيهاته بتقديم …» (a pronoun on the word): the one named before gave the order
                g = next((g for g in reversed(groups) if a <= g.first < k and g.actor), None)
            else:
                g = next((g for g in groups if k < g.first < h.first and g.actor and not g.is_loc), None) \
                    or next((g for g in groups if k < g.first < h.first and g.actor), None)
            return list(g.names) if g is not None else []
        k -= 1
    return []


def reached_country(toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str]) -> list[str]:
    """The country of the place an AID deed's aid reaches («إلى مطار عدن الدولي» → اليمن), [] when none is
    named within `DESTINATION_REACH` tokens after it or the place is the giver's own country."""
    if h.trig.type != "AID":
        return []
    to = lexicon().words["to"]  # «إلى», «الى»
    at = {g.first: g for g in groups}
    start = max([h.last - 1, *h.used]) + 1
    for k in range(start, min(b, start + DESTINATION_REACH)):
        if toks[k].form in SENT_END:
            break
        inside = toks[k].form in IN and has(toks[h.first], _HANDED)
        if toks[k].form not in to and not inside:
            continue
        j = k + 1 if k + 1 in at or not (k + 1 < b and set(toks[k + 1].reads) & _SITES) else k + 2
        g = at.get(j)
        if g is None:
            if inside:  # «في إطار …»: no place; aid handed out may name its place further on
                continue
            return []
        country = place_country(g.place or g.names[0]) if g.is_loc and g.names else None
        return [country] if country and country not in source else []
    return []
