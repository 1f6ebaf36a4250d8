"""The speaker of a reported clause who goes on to ask something in the same sentence.

«لكن إردوغان قال أمس إن عملية السلام باتت مستحيلة ودعا البرلمان لنزع الحصانة …», «وأكد القميشي أن
قوات التحالف تقوم بدور فعال …، وطالب قوات التحالف بالاستمرار …»: a verb of asking with «و» and no
subject of its own, after «قال X إن Y …», is conjoined either to the reporting verb (X asks) or to
the reported clause (Y asks). Arabic tells the two apart by agreement: a masculine singular past verb
(«ودعا», «وطالب», «وحث», «وناشد») cannot go on with a feminine Y («عملية السلام», «قوات التحالف», «روسيا»,
«الحملات»), so it goes on with the speaker X, and the party right after the verb («البرلمان») is the one
asked, not its subject. When Y is masculine («أن الادعاء العام وجه التهمة … وطالب بعقوبة»), Y may well be
the one who asks, and nothing is changed.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Words, forms
from marsad.extract.events_tokens import Tok, next_word
from marsad.extract.events_triggers import Hit

# masculine singular past verbs of asking, with the «و» that conjoins them
_ASKING = forms("ودعا", "وطالب", "وحث", "وناشد")
# verbs that report speech («قال X إن …») and the complementisers after them
_SAYING = forms("قال", "وقال", "فقال", "أكد", "وأكد", "أوضح", "وأوضح", "أضاف", "وأضاف", "ذكر", "وذكر",
                "أعلن", "وأعلن", "أشار", "وأشار")
_THAT = forms("إن", "أن")
# feminine endings of a noun (ة folds to ه) and of a sound feminine plural
_FEMININE_ENDS = ("ه", "ات")
# prepositions that open what is asked («ودعا إلى», «وحث على», «وطالب من»)
_ASKED_PREPS = forms("إلى", "على", "من")


def _feminine(toks: list[Tok], k: int, groups: list[Group]) -> bool:
    """True when the subject of the reported clause opening at token k is feminine: its head ends in
    ة or ـات («عملية السلام», «الحملات», «قوات التحالف»), or it names a country or city («روسيا»)."""
    g = next((g for g in groups if g.first == k), None)
    if g is not None:
        return g.is_loc or (not g.person and toks[k].form.endswith(_FEMININE_ENDS))
    return toks[k].form.endswith(_FEMININE_ENDS)


def _speaker(toks: list[Tok], a: int, say: int, that: int, groups: list[Group]) -> list[str]:
    """The actor named between the reporting verb and «إن» («قال إردوغان أمس إن»), else the one named
    right before the verb («لكن إردوغان قال»); [] if none."""
    inside = [g for g in groups if say < g.first < that and g.actor and not g.is_loc]
    if inside:
        return list(inside[0].names)
    before = [g for g in groups if a <= g.first and g.last == say and g.actor and not g.is_loc]
    return list(before[-1].names) if before else []


def speaker_goes_on(toks: list[Tok], a: int, h: Hit, groups: list[Group], W: Words) -> list[str]:
    """The speaker X of «قال X إن Y …» when the masculine verb of asking of `h` further on in sentence
    [a, …) cannot go on with a feminine Y («… إن عملية السلام باتت مستحيلة ودعا البرلمان»); [] otherwise."""
    if h.trig.type != "DEMAND" or h.trig.pos != "v" or toks[h.first].form not in _ASKING:
        return []
    words = [k for k in range(a, h.first) if toks[k].word]
    says = [k for k in words if toks[k].form in _SAYING]
    if len(says) != 1:
        return []  # no reporting verb, or a second statement in between: another clause
    say = says[0]
    that = next((k for k in words if k > say and toks[k].form in _THAT), None)
    if that is None or len([k for k in words if say < k < that]) > 8:
        return []
    subject = next((k for k in words if k > that), None)
    if subject is None or subject == h.first or not _feminine(toks, subject, groups):
        return []
    if not _asks_next(toks, h, groups):
        return []  # «وطالب زائر في جامعات أخرى»: a student, not a verb
    return _speaker(toks, a, say, that, groups)


def _asks_next(toks: list[Tok], h: Hit, groups: list[Group]) -> bool:
    """True when what follows the verb reads as its object: a party named, a definite noun («وحث
    المنشآت»), or the preposition of what is asked («ودعا إلى», «وطالب بـ», «لنزع»)."""
    nw = next_word(toks, h.last, len(toks))
    if nw < h.last or nw >= len(toks):
        return False
    f = toks[nw].form
    return any(g.first == nw for g in groups) or f.startswith(("ال", "ب", "ل")) or f in _ASKED_PREPS


def asked_after(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> list[str]:
    """The names of the party standing right after the verb of `h` («ودعا البرلمان»): the one asked."""
    nw = next_word(toks, h.last, b)
    return next((list(g.names) for g in groups if g.first == nw and g.actor), [])
