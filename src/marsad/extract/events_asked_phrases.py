"""Those a demand asks, named by a noun phrase no entity names where the general rules do not read it.

Construct heads (`construct_head`, `construct_phrase`). `events_addressees` reads the one a demand verb
asks as a definite noun phrase after the verb and its subject («ودعا الوزير المواطنين إلى …»). Arabic
names a group just as often by the head of a construct, which takes no article of its own, before a
definite genitive: «ودعا المحافظ أصحاب المنشآت إلى الالتزام», «وطالب المقدم أهالي القرى بإخلاء …»,
«مطالبا دول الخليج بالضغط …». Such a head opens the phrase asked too, when

- the genitive after it is definite or a name, maybe after one indefinite noun («أصحاب المنشآت»,
  «أهالي صنعاء», «أهالي مدينة الرمادي»), and the head is neither glued to a preposition or to
  «و» («بالجميع», «ودول آسيان»: another party joined to the subject) nor itself definite;
- it is no title nor person noun («رئيس الوزراء», «مدير الفرع», «المواطن علي»: a subject the entity
  layer may have missed, not a party asked) and does not open a name («أبو مازن», «عبد الله»).

The phrase is the head, its genitive and the adjectives after it («دول الخليج العربي»); a verbal
noun after the genitive is what is asked, not who («أصحاب الأعمال التقيد بـ»). Whether it names a
party is `events_phrases.party_phrase`'s test, and whether the demand's complement follows it
`events_addressees`'.

Agents of the deed asked (`asked_agent`). A demand may name the one asked only as the doer of the
deed it asks for: the genitive of an intransitive verbal noun after «ضرورة», «إلى» or «بـ» («شدد على
ضرورة تحرك الدول العربية», «طالب بتدخل المجتمع الدولي», «دعا إلى تضافر جهود الدول الأعضاء»). Only
verbal nouns whose genitive is their doer are read (`_AGENT_NOUNS`: «تحرك», «تدخل», «التزام», «تعاون»
…); a transitive one's genitive is what is done («حماية المدنيين», «دعم الحكومة»), never the one asked.
A name there is the entity rules' to bind; a phrase is kept when it names a party.
"""

from __future__ import annotations

from marsad.extract import ner_gazetteer as gz
from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, norm
from marsad.extract.events_phrases import NISBA_ENDS, noun_subject, party_phrase
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok
from marsad.extract.events_triggers import Hit
from marsad.model import Event

# words that open a name, not a group («أبو مازن», «بن علي», «عبد الله»)
_NAME_OPENERS = frozenset(norm(w) for w in ("أبو", "أبي", "أبا", "أم", "بن", "ابن", "عبد", "آل"))
# lexicon lists of words that name one person by his post or kind: a subject, not those asked
_PERSON_LISTS = ("title", "person_title", "bare_title", "person_nouns")
# heads whose first letter «و» is their own («وزراء الخارجية», «وكلاء الوزارات», «ولاة الأمر»)
_OWN_WAW = tuple(norm(w) for w in ("وزر", "وكال", "وكلاء", "ولاة", "وفود"))
# «إلى» and «الذي» … open with the letters of the article but are none («أصحاب المنشآت إلى»)
_TO = frozenset(norm(w) for w in ("إلى", "الى", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
# a preposition with a pronoun on it («منه», «عليهم», «إليها»): what it stands for is told before, no head
_HELD_PREPOSITIONS = frozenset(norm(p + s) for p in ("من", "عن", "على", "علي", "إلى", "الي", "لدى", "لدي", "مع", "في")
                               for s in ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ك"))
_MAX_ADJECTIVES = 2  # adjectives after the genitive («دول الخليج العربي»)


def _named_at(j: int, groups: list[Group]) -> Group | None:
    """The name that opens at `j` with nothing glued to it, if any."""
    return next((g for g in groups if g.first == j and g.names and not g.glued), None)


def _definite_at(toks: list[Tok], j: int, b: int, groups: list[Group]) -> bool:
    """True when the word at `j` is definite or opens a name with nothing glued on."""
    return j < b and toks[j].word and (toks[j].form.startswith("ال") or _named_at(j, groups) is not None)


def _inside(j: int, groups: list[Group]) -> bool:
    return any(g.first <= j < g.last for g in groups)


def _genitive_at(toks: list[Tok], j: int, b: int, groups: list[Group]) -> bool:
    """True when a definite genitive opens at `j`: a definite word or a name («أصحاب المنشآت», «أهالي
    صنعاء»), or an indefinite noun before one («أهالي مدينة الرمادي»)."""
    if _definite_at(toks, j, b, groups):
        return True
    return j < b and toks[j].word and not _inside(j, groups) \
        and toks[j].form[:1] not in ("ب", "ل", "و", "ف") and _definite_at(toks, j + 1, b, groups)


def construct_head(toks: list[Tok], k: int, b: int, groups: list[Group], L: Lexicon) -> bool:
    """True when the word at `k` is the indefinite head of a construct that may name those a demand
    asks («أصحاب المنشآت», «أهالي القرى», «دول الخليج»); see the module docstring."""
    if k + 1 >= b or not toks[k].word or _inside(k, groups):
        return False
    f = toks[k].form
    if f.startswith("ال") or len(f) < 3 or f in _HELD_PREPOSITIONS or not _genitive_at(toks, k + 1, b, groups):
        return False  # («طلبت منه الحصول على قرض»: from him, no head of those asked)
    if f[:1] in ("ب", "ل", "ك", "و", "ف") and f[1:].startswith("ال"):
        return False  # «بالجميع», «للمواطنين»: a preposition glued on
    if f[:1] in ("و", "ف") and not f.startswith(_OWN_WAW):
        return False  # «ودول آسيان»: «و» joins another party to the subject
    W = L.words
    if any(f in W[key] for key in _PERSON_LISTS) and f not in W["asked_body"]:
        return False  # («حكومة الأنبار», «سلطات الإقليم»: a body, not a title before a name)
    if f in _NAME_OPENERS or f in gz.load().first_names:
        return False
    return party_phrase([f], W)  # («تلك أهالي المدينة»: a demonstrative is no head)


def construct_phrase(text: str, toks: list[Tok], k: int, head: int, b: int, groups: list[Group],
                     L: Lexicon) -> tuple[str, int]:
    """The construct phrase that opens at `k` with its head at `head` (after a quantity such as «كافة»):
    the head, its genitive and the adjectives after it («أصحاب المنشآت», «أهالي صنعاء», «كافة أبناء
    الأمة العربية»), and the index after it; ("", k) when it names no party."""
    j = head + 1
    if not _definite_at(toks, j, b, groups):
        j += 1  # «أهالي مدينة الرمادي»: an indefinite noun in the chain
    g = _named_at(j, groups)
    if g is not None:
        j = g.last  # «أهالي صنعاء», «دول الخليج»: the genitive is a name
    elif _definite_at(toks, j, b, groups) and toks[j].form not in _TO:
        j += 1
    else:
        return "", k
    for _ in range(_MAX_ADJECTIVES):  # «دول الخليج العربي»: adjectives agree and end as a nisba
        if j >= b or not toks[j].word or _inside(j, groups):
            break
        f = toks[j].form
        if not (f.startswith("ال") and (f.endswith(NISBA_ENDS) or f in L.words["def_adjective"])) \
                or f in L.words["not_nisba"] or f in _TO:
            break
        j += 1
    forms = [toks[i].form for i in range(head, j) if toks[i].word]
    if not party_phrase(forms, L.words):
        return "", k
    return text[toks[k].start:toks[j - 1].end], j


def within_source(name: str, ev: Event) -> bool:
    """True when a phrase is the event's source or part of one of its names («لجنة المهجرين» of «لجنة
    المهجرين والنازحين»): the subject read again, not the one asked."""
    f = f" {norm(name)} "
    return any(f in f" {norm(s)} " for s in ev.source)


# intransitive verbal nouns whose genitive is their doer («تحرك الدول العربية», «التزام الأطراف»)
_AGENT_NOUNS = frozenset(norm(w) for w in (
    "تحرك", "تدخل", "تعاون", "تكاتف", "تضافر", "تكاثف", "التزام", "انسحاب", "امتثال", "تقيد", "تجاوب",
    "استجابة", "قيام", "اضطلاع", "مشاركة", "مساهمة", "مبادرة", "توحد", "تحلي", "تحمل"))
# words the verbal noun may follow: the necessity and the prepositions of the thing asked
_BEFORE = frozenset(norm(w) for w in ("ضرورة", "بضرورة", "لضرورة", "إلى", "الى", "على"))
# nouns of effort between the verbal noun and its doer («تضافر جهود المجتمع الدولي»)
_EFFORT = frozenset(norm(w) for w in ("جهود", "جهد", "كل", "جميع", "كافة"))
_REACH = 8  # words after the trigger within which the verbal noun stands


def _agent_noun(t: Tok) -> bool:
    """True when a word is one of `_AGENT_NOUNS`, bare or after a glued «بـ» or «و» («بتدخل»)."""
    f = t.form
    return f in _AGENT_NOUNS or (f[:1] in ("ب", "و") and f[1:] in _AGENT_NOUNS)


def asked_agent(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                skip: frozenset[int], L: Lexicon) -> list[str]:
    """The doer of the deed a demand asks for, named by a party phrase as the genitive of an
    intransitive verbal noun («على ضرورة تحرك الدول العربية», «بتدخل المجتمع الدولي»); [] when none,
    when a target is known or when a name stands there (see the module docstring)."""
    if h.trig.type != "DEMAND" or ev.target or not ev.source:
        return []
    seen = 0
    for k in range(h.last, b):
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                return []
            continue
        seen += 1
        if seen > _REACH:
            return []
        owner = next((g for g in groups if g.first <= k < g.last), None)
        if owner is not None and not set(owner.names) & set(ev.source):
            return []  # another party named before the deed asked
        if not _agent_noun(t):
            continue
        glued = t.form[:1] == "ب" and t.form[1:] in _AGENT_NOUNS
        before = toks[k - 1].form if k > h.last and toks[k - 1].word else ""
        if not (glued or before in _BEFORE or (k == h.last and toks[h.last - 1].form in _BEFORE)):
            return []
        j = k + 1
        while j < b and toks[j].word and toks[j].form in _EFFORT:
            j += 1  # «تضافر جهود المجتمع الدولي»
        if j >= b or not toks[j].word or any(g.first <= j < g.last for g in groups):
            return []  # a name is the entity rules' to bind
        obj, _ = noun_subject(text, toks, j, b, groups, L, skip)
        if not obj or within_source(obj[0], ev) or not party_phrase(norm(obj[0]).split(), L.words):
            return []
        return [obj[0]]
    return []
