"""Strikers named by a plain noun phrase with the verb that starts or keeps up their strike.

A strike or a sit-in told by its noun is most often governed by a verb of starting or keeping on, whose
subject is its doer: «بدأ 80 أسيرا فلسطينيا إضرابا مفتوحا عن الطعام», «دخل الموظفون في إضراب»,
«يواصل الأسرى الفلسطينيون إضرابهم», «أعلن عمال النظافة في بيروت الإضراب», «خاض المعتقلون إضرابا». When no
entity names that subject, `strike_crowd` reads it as `events_protest_crowds` reads a crowd: after a
singular verb that opens its clause, or, before a plural verb, the phrase that opens the clause («إن 120
أسيرا بدأوا إضرابا عن الطعام», «إن 120 أسيرا في سجن نفحة يواصلون إضرابهم»). A place may stand between
the phrase and what follows it («في بيروت», «بسجن نفحة»).

The side a strike is against is the one that did what it protests («احتجاجا على اعتقاله الإداري من قبل
سلطات الاحتلال»): the party after «من قبل» past a protest word is its target, not its doer
(`protested_doer`). So is, for any protest or condemnation with no target, the doer of the deed a protest
word governs, named by a nisba, a genitive or «لـ» right after the deed noun («تظاهر الطلاب احتجاجا على
الاعتداءات الإسرائيلية», «تنديدا بالسياسات الإسرائيلية», «احتجاجا على الهجمات الإرهابية لحزب العمال»:
`protested_party`).
"""

from __future__ import annotations

from typing import NamedTuple

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import ON, Lexicon, Words, forms
from marsad.extract.events_phrases import opens_clause
from marsad.extract.events_protest_crowds import crowd_at
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit


def _conjugated(past: tuple[str, ...], present: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The singular and plural forms of verbs given by their past and present third person («بدأ», «يبدأ»)."""
    one = [*past, *(p + "ت" for p in past), *present, *("ت" + p[1:] for p in present)]
    many = [*(p + "وا" for p in past), *(p + "ون" for p in present)]
    return forms(*one), forms(*many)


# verbs that start, join or keep up a strike («بدأ إضرابا», «دخل في إضراب», «يواصل إضرابه», «أعلن الإضراب»)
_TAKE_UP, _TAKE_UP_MANY = _conjugated(
    ("بدأ", "دخل", "خاض", "شرع", "واصل", "أعلن", "استأنف", "باشر"),
    ("يبدأ", "يدخل", "يخوض", "يشرع", "يواصل", "يعلن", "يستأنف", "يباشر"))
_STRIKE = forms("إضراب", "إضرابا", "إضرابات", "اعتصام", "اعتصاما", "اعتصامات")  # readings of the nouns
_IN = forms("في")  # «دخل الموظفون في إضراب»
_REACH = 12  # tokens back from the strike noun to its verb
_GAP = 6  # words of place phrases between the strikers and what follows («بسجن نفحة الصحراوي الإسرائيلي»)
_PLACE_PREPS = ("في", "ب", "من")  # how a place phrase opens («في بيروت», «بسجن نفحة», «من حركة فتح»)
_QUOTE_MARKS = frozenset('"«»“”')
_PROTEST_WORDS = forms("احتجاجا", "احتجاجًا", "رفضا", "رفضًا", "اعتراضا", "احتجاج", "للاحتجاج", "تنديدا")
_BY = forms("قبل")  # «من قبل X»
# nouns of a deed or a policy a protest is against, whose doer is named right after them
_DEED_NOUNS = ("اعتداء", "اعتداءات", "عدوان", "هجوم", "هجمات", "قصف", "غارات", "جرائم", "جريمة", "انتهاكات",
               "ممارسات", "سياسات", "سياسة", "تدخل", "حصار", "اعتقال", "اعتقالات", "قرار", "قرارات", "إجراءات",
               "تصريحات", "احتلال", "اقتحام", "اقتحامات", "مجازر", "مجزرة")
_DEEDS = forms(*_DEED_NOUNS, *("ال" + w for w in _DEED_NOUNS), *("بال" + w for w in _DEED_NOUNS),
               *("ب" + w for w in _DEED_NOUNS))
_DEED_ADJECTIVES = 2  # adjectives between the deed noun and its doer («الهجمات الإرهابية لحزب العمال»)


def _strike_noun(toks: list[Tok], h: Hit) -> bool:
    """True when the trigger is a strike or sit-in noun («إضرابا», «إضرابهم», «الاعتصام»)."""
    return h.trig.type == "PROTEST" and h.trig.pos == "n" and h.last - h.first == 1 and has(toks[h.first], _STRIKE)


def _place_gap(toks: list[Tok], k: int, end: int) -> bool:
    """True when tokens [k, end) are nothing, «في» alone, or a short phrase of where or whose they are
    opened by «في», «بـ» or «من»."""
    words = [j for j in range(k, end) if toks[j].word]
    if any(not toks[j].word and toks[j].form not in _QUOTE_MARKS for j in range(k, end)) or len(words) > _GAP:
        return False  # a mark in between ends the clause (not the quotes of a name: «في سجن "نفحة"»)
    return not words or toks[words[0]].form.startswith(_PLACE_PREPS)


class Strikers(NamedTuple):
    """The people who took up a strike, and which source other rules read they stand before."""

    names: list[str]
    over: frozenset[str]  # names of the places between them and what follows («الاسرائيلي»): no doer
    fronted: bool  # a plural verb's fronted subject («إن 120 أسيرا بدأوا»): no other reading stands


_NONE = Strikers([], frozenset(), False)


def strike_crowd(text: str, toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon,
                 skip: frozenset[int] = frozenset()) -> Strikers:
    """The people no entity names who start or keep up the strike the noun `h` names: the subject of the
    verb that governs it («بدأ 80 أسيرا فلسطينيا إضرابا», «إن 120 أسيرا بدأوا إضرابا»). `skip`: tokens of
    time expressions in the sentence."""
    W = L.words
    if not _strike_noun(toks, h):
        return _NONE
    lo = max(a, h.first - _REACH)
    verb = next((k for k in range(h.first - 1, lo - 1, -1)
                 if not toks[k].word or has(toks[k], _TAKE_UP) or has(toks[k], _TAKE_UP_MANY)), None)
    if verb is None or not toks[verb].word:
        return _NONE  # no such verb in the strike's clause
    end = h.first - 1 if toks[h.first - 1].form in _IN else h.first
    if has(toks[verb], _TAKE_UP) and not has(toks[verb], _TAKE_UP_MANY) and opens_clause(toks, a, verb, W):
        names, after = crowd_at(text, toks, verb + 1, end, groups, W, skip)  # «بدأ 80 أسيرا إضرابا»
        if not names or not _place_gap(toks, after, end):
            return _NONE
        return Strikers(names, _named(groups, after, end), False)
    if not has(toks[verb], _TAKE_UP_MANY):
        return _NONE
    names, after = crowd_at(text, toks, _clause_start(toks, a, verb, W), verb, groups, W, skip)
    if not names or not _place_gap(toks, after, verb) or not _place_gap(toks, verb + 1, end):
        return _NONE
    return Strikers(names, _named(groups, after, verb), True)  # «إن 120 أسيرا بدأوا إضرابا»


def _named(groups: list[Group], lo: int, hi: int) -> frozenset[str]:
    """The names of the groups that open within tokens [lo, hi)."""
    return frozenset(n for g in groups if lo <= g.first < hi for n in g.names)


def _clause_start(toks: list[Tok], a: int, verb: int, W: Words) -> int:
    """The first token of the clause of a plural verb's fronted subject: right after «إن»/«أن» or a clause
    opener before it, or the sentence's first token."""
    k = verb - 1
    while k >= a and (toks[k].word or toks[k].form in _QUOTE_MARKS) and toks[k].form not in W["comp"] \
            and toks[k].form not in W["clause_opener"]:
        k -= 1
    k += 1
    while k < verb and not toks[k].word:
        k += 1  # an opening quote («إن … «الأسرى بدأوا …»»)
    return k


def protested_doer(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> list[str]:
    """The party named after «من قبل» past a protest word in a strike's clause («إضراب عن الطعام احتجاجا
    على اعتقاله الإداري من قبل سلطات الاحتلال»): the side the strike is against, never its doer."""
    if not (_strike_noun(toks, h) or (h.trig.type == "PROTEST" and h.trig.pos == "v")):
        return []
    end = next((k for k in range(h.last, b) if toks[k].form in CLAUSE_END or toks[k].form in SENT_END), b)
    why = next((k for k in range(h.last, end) if toks[k].word and has(toks[k], _PROTEST_WORDS)), None)
    if why is None:
        return []
    by = next((k for k in range(why + 1, end - 1) if toks[k].form == "من" and has(toks[k + 1], _BY)), None)
    if by is None:
        return []
    g = next((g for g in groups if by + 2 <= g.first <= by + 3 and g.actor), None)
    return list(g.names) if g is not None else []


def protested_party(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> list[str]:
    """The doer of the deed a protest word governs in the clause of a protest or a condemnation at h
    («احتجاجا على الاعتداءات الإسرائيلية», «تنديدا بالسياسات الإسرائيلية», «احتجاجا على الهجمات الإرهابية لحزب
    العمال»): the party named by a nisba, a genitive or «لـ» right after the deed noun (one or two adjectives
    allowed between); [] when no such deed noun follows a protest word."""
    if h.trig.type not in ("PROTEST", "DISAPPROVE"):
        return []
    end = next((k for k in range(h.first, b) if toks[k].form in CLAUSE_END or toks[k].form in SENT_END), b)
    why = next((k for k in range(h.first, end) if toks[k].word and has(toks[k], _PROTEST_WORDS)), None)
    if why is None:
        return []
    k = why + 1
    if k < end and toks[k].form in ON:
        k += 1  # «احتجاجا على …»
    if k >= end or toks[k].form not in _DEEDS:
        return []
    for j in range(k + 1, min(end, k + 2 + _DEED_ADJECTIVES)):
        g = next((g for g in groups if g.first == j), None)
        if g is not None:
            glued = g.glued.lstrip("وف")
            return list(g.names) if g.actor and glued in ("", "ل", "لل") else []
        if not toks[j].word or not toks[j].form.startswith("ال"):
            return []  # only the deed's own adjectives stand before its doer
    return []
