"""Parties of an event that the general rules miss or swap.

- what is said in a telephone call («تلقى X اتصالا من Y، أعرب خلاله عن إدانته») is the caller's: the
  source of the call told in the sentence (`call_speaker`); the caller's own titles and country, named
  after «من», are not the one called (`caller_side`);
- an attack on a building of a body («استهدف مسجدا في مقر قوات الطوارئ», «التفجير الذي وقع في مسجد قوات
  الطوارئ») hit that body: it is the target, never the source (`struck_body`);
- the genitive right after a transitive verbal noun of harm is its victim («إن استهداف رجال الأمن فعل
  مجرم»), unless a «لـ» object follows it («استهداف التحالف لمواقع الحوثيين»: the coalition did it)
  (`genitive_victim`);
- a bare «قصف» after a word of its clause is a verbal noun, not a passive verb: the name in the genitive
  right after it is its doer when a «لـ» or «على» object follows («وتواصل قصف الحوثيين للأحياء», «أنباء قصف
  الحوثيين لمنزلك») (`shelling_doer`);
- a dual subject («وأدان الجانبان», «كما أكد الجانبان رفضهما») of a statement or deed names both parties
  of the meeting told last (`dual_parties`);
- what a meeting discussed («وبحث الجانبان تطورات الأوضاع في سوريا») is its topic: a place named there
  is no party of the meeting (`discussed_topic`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import FROM, ON, forms, norm
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has, past_aside
from marsad.model import Event

_CALL = forms("اتصال", "اتصالا", "مكالمة", "اتصالاً")  # the call of «تلقى … اتصالا من»
_IN_IT = forms("خلاله", "خلالها", "فيه", "فيها")
IN_CALL_REACH = 3  # words between «خلاله» and the statement's trigger («أعرب خلاله عن إدانته»)
CALL_REACH = 25  # words between the call noun and «خلاله»

_BUILDING = forms("مسجد", "مسجدا", "جامع", "مقر", "مقرا", "مقار", "مبنى", "معسكر", "ثكنة", "مركز",
                   "مراكز", "مخفر", "قاعدة", "مجمع")
_HARM = frozenset(("ASSAULT",))
STRUCK_REACH = 8  # words after an attack's trigger in which the building of the body it hit is named

_TOPIC = forms("الأوضاع", "أوضاع", "الوضع", "تطورات", "التطورات", "المستجدات", "مستجدات", "الأزمة",
                "أزمة", "الأحداث", "أحداث", "القضية", "الملف", "ملف", "الساحة")
_DISCUSS = forms("بحث", "بحثا", "بحثت", "ناقش", "ناقشا", "ناقشت", "تناول", "تناولا", "تناولت", "استعرض",
                  "استعرضا", "استعرضت", "تباحث", "تباحثا", "مناقشة", "تبادلا", "تبادل")
TOPIC_REACH = 20  # words between a discussion word and its topic noun («بحث الجانبان تطورات»)
_MEETING = frozenset(("CONSULT",))


def _words_between(toks: list[Tok], lo: int, hi: int) -> list[int]:
    """Indices of the words in [lo, hi)."""
    return [k for k in range(lo, hi) if toks[k].word]


def _in_clause(toks: list[Tok], lo: int, hi: int) -> bool:
    """True when no clause or sentence mark stands in [lo, hi)."""
    return not any(toks[k].form in CLAUSE_END or toks[k].form in SENT_END for k in range(lo, hi))


def call_speaker(toks: list[Tok], a: int, first: int, here: list[Event]) -> list[str]:
    """The caller, when the trigger at `first` follows «خلاله»/«فيه» of a call told before it in the sentence
    («تلقى X اتصالا من Y، أعرب خلاله عن …»: Y said it); else []."""
    near = _words_between(toks, a, min(len(toks), first + 2))
    it = next((k for k in reversed(near) if toks[k].form in _IN_IT
               and len([w for w in near if k < w < first]) <= IN_CALL_REACH), None)
    if it is None:
        return []
    calls = [k for k in near if k < it and has(toks[k], _CALL)]
    if not calls or len([w for w in near if calls[-1] < w < it]) > CALL_REACH:
        return []
    call = next((e for e in here if e.type in _MEETING and e.source), None)
    return list(call.source) if call is not None else []


def caller_side(toks: list[Tok], a: int, first: int, groups: list[Group], ev: Event) -> list[str]:
    """Names of the call's receiver side only: «تلقى X اتصالا من Y ملك مملكة البحرين» names Y's own
    country after «من», which is no one called; the target is cut to what stands before «من»."""
    if ev.type not in _MEETING or not ev.source or toks[first].form != norm("تلقى"):
        return ev.target
    k = first + 1
    while k < len(toks) and not has(toks[k], _CALL) and k - first < 12:
        k += 1
    if k - first >= 12 or k >= len(toks):
        return ev.target
    frm = next((j for j in range(k, min(len(toks), k + 6)) if toks[j].form in FROM), None)
    if frm is None:
        return ev.target
    after = {n for g in groups if g.first > frm for n in g.names}
    before = {n for g in groups if a <= g.first < frm for n in g.names}
    if not set(ev.source) <= after:
        return ev.target  # the source read is not the caller: the parties are read some other way
    return [n for n in ev.target if n not in after or n in before]


def _body(g: Group, persons: frozenset[str]) -> bool:
    """True when a group may be a body hit in its building: an actor, no place, no person, no site's name."""
    return g.actor and not g.is_loc and not g.person and g.binding != "skip" and not set(g.names) & persons


def _adjective(toks: list[Tok], g: Group) -> bool:
    """True when a group is one indefinite relational adjective («مسجد شيعي»): what kind, not whose."""
    return g.last - g.first == 1 and toks[g.first].form.endswith("ي") and not toks[g.first].form.startswith("ال")


def struck_body(toks: list[Tok], b: int, last: int, groups: list[Group], persons: frozenset[str]) -> Group | None:
    """The body whose building an attack hit, named within reach after its trigger and in its clause
    («استهدف مسجدا في مقر قوات الطوارئ الخاصة»); else None."""
    words = [k for k in range(last, b) if toks[k].word][:STRUCK_REACH]
    for g in groups:
        if g.first < last or (g.first not in words and g.first - 1 not in words) or not _body(g, persons):
            continue
        if not _in_clause(toks, last, g.first):
            return None
        prev = [k for k in range(last, g.first) if toks[k].word]
        if prev and has(toks[prev[-1]], _BUILDING) and not _adjective(toks, g):
            return g
    return None


_TRANSITIVE = forms("استهداف", "اغتيال", "قتل", "اختطاف", "خطف", "مهاجمة", "ذبح", "تصفية")
_NEXT_OK = forms("في", "على", "من", "عن", "خلال", "أثناء", "قبل", "بعد", "داخل", "أمام", "قرب", "بالقرب", "بمنطقة",
                  "بمدينة", "فعل", "عمل", "جريمة", "أمر", "يعد", "هو", "لا", "الذين", "الذي", "التي")
OBJECT_REACH = 4  # words after the genitive in which a «لـ» object makes it the doer
_NOT_L = forms("لا", "لم", "لن", "له", "لها", "لهم", "لدى", "لكن", "لأن", "لقد", "لذلك", "لها")
ADJECTIVES = 2  # definite adjectives skipped after the genitive («المستوطنين المتطرفين»)


def _l_object(t: Tok) -> bool:
    """True when a word is a noun with «لـ» glued on («لمقاتلين», «للمدنيين»)."""
    return t.form.startswith("ل") and len(t.form) > 3 and t.form not in _NOT_L


def genitive_victim(toks: list[Tok], b: int, first: int, last: int, groups: list[Group]) -> Group | None:
    """The group in the genitive right after a verbal noun of harm that takes an object («استهداف رجال
    الأمن»), when no «لـ» object follows it; else None."""
    if last - first != 1 or not has(toks[first], _TRANSITIVE) or last >= b or not toks[last].word:
        return None
    g = next((g for g in groups if g.first == last and g.actor and not g.is_loc), None)
    if g is None:
        return None
    k = g.last
    while k < b and k - g.last < ADJECTIVES and toks[k].word and toks[k].form.startswith("ال"):
        k += 1  # «المستوطنين المتطرفين»
    if k < b and toks[k].word and toks[k].form not in _NEXT_OK and not toks[k].form.startswith("و"):
        return None  # «استهداف المستوطنين منزل العائلة»: an object follows, the genitive is the doer
    aside = past_aside(toks, k, b)  # «قتل سليمان الأسد -نجل ابن عم بشار الأسد- للعقيد»: the «لـ» object after it
    ahead = [j for j in range(aside if aside != k else g.last, b) if toks[j].word][:OBJECT_REACH]
    if any(_l_object(toks[j]) and _in_clause(toks, g.last, j) for j in ahead):
        return None  # «خطف جبهة النصرة في سوريا لمقاتلين»: the «لـ» object is the victim
    return g  # «استهداف التحالف لمواقع الحوثيين», «استهداف المستوطنين منزل العائلة»: the genitive is the doer


_SHELLING = forms("قصف", "لقصف", "بقصف")
_NOT_NOUN_BEFORE = forms("الذي", "التي", "الذين", "ما", "من", "أنه", "انه", "إنه", "قد", "لقد", "ثم", "حيث")


def shelling_doer(toks: list[Tok], a: int, b: int, first: int, last: int, groups: list[Group]) -> Group | None:
    """The group in the genitive right after a bare «قصف» that follows a verb, noun or preposition of its
    clause, when a «لـ» or «على» object follows it in the clause («وتواصل قصف الحوثيين للأحياء»): the doer
    of the shelling, which the passive reading («قُصف الحوثيون») took for its target; else None."""
    if last - first != 1 or not has(toks[first], _SHELLING) or last >= b:
        return None
    before = [k for k in range(a, first) if toks[k].word]
    if not before or not _in_clause(toks, before[-1], first) or has(toks[before[-1]], _NOT_NOUN_BEFORE):
        return None  # sentence-initial, or «الذي قصف»: a verb
    g = next((g for g in groups if g.first == last and g.actor and not g.is_loc), None)
    if g is None:
        return None
    k = g.last
    while k < b and k - g.last < ADJECTIVES and toks[k].word and toks[k].form.startswith("ال"):
        k += 1  # «قصف الحوثيين المتمردين لـ»
    if k < b and toks[k].word and (_l_object(toks[k]) or has(toks[k], ON)):
        return g
    return None


def discussed_topic(toks: list[Tok], a: int, b: int, first: int, groups: list[Group], ev: Event) -> set[str]:
    """Names of a meeting's topics: what is named after the topic noun («تطورات», «الأوضاع») a discussion
    verb or noun at the trigger governs («وبحث الجانبان تطورات الأوضاع في سوريا»); a name also read before
    that noun («بحث الملك مع ملك الأردن تطورات …») stays a party."""
    if ev.type not in _MEETING:
        return set()
    said = [k for k in range(a, min(b, first + 3)) if toks[k].word and has(toks[k], _DISCUSS)]
    if not said or not any(k >= first - 2 for k in said):
        return set()
    topic = next((k for k in _words_between(toks, said[0] + 1, b)[:TOPIC_REACH] if has(toks[k], _TOPIC)), None)
    if topic is None or not _in_clause(toks, said[0], topic):
        return set()
    told = {n for g in groups if g.first > topic for n in g.names}
    return told - {n for g in groups if g.first < topic for n in g.names}


_PAIRED = frozenset(("CONSULT", "AGREE", "COOPERATE"))  # their own dual subject is read in `events`
MEETING_REACH = 1500  # characters back from a dual subject in which the meeting it names is told
DUAL_REACH = 2  # words between a dual subject and the noun trigger after it («أكد الجانبان رفضهما»)


def _dual(t: Tok, pair: frozenset[str]) -> bool:
    """True when a word is a dual noun of both parties in the nominative («الجانبان», not «المسؤولين»)."""
    form = t.form.lstrip("وف")
    return form in pair and form.endswith("ان")


def dual_parties(toks: list[Tok], a: int, b: int, first: int, last: int, told: list[Event],
                 pair: frozenset[str]) -> list[str]:
    """Both parties of the meeting told last, when a dual noun (`pair`: «الجانبان», «البلدان») is the subject
    of the trigger: right after it («وأدان الجانبان») or just before it in its clause («أكد الجانبان
    رفضهما»); else []."""
    after = [k for k in range(last, b) if toks[k].word][:1]
    before = [k for k in range(a, first) if toks[k].word][-DUAL_REACH:]
    duals = [k for k in after if _dual(toks[k], pair) and _in_clause(toks, last, k)] + [
        k for k in before if _dual(toks[k], pair) and _in_clause(toks, k, first)]
    if not duals:
        return []
    at = toks[first].start
    meeting = next((e for e in reversed(told) if e.type in _MEETING and e.source and e.target
                    and at - e.start <= MEETING_REACH), None)
    return list(dict.fromkeys([*meeting.source, *meeting.target])) if meeting is not None else []


def fix_parties(toks: list[Tok], a: int, b: int, first: int, last: int, groups: list[Group],
                ev: Event, here: list[Event], persons: frozenset[str], told: list[Event],
                pair: frozenset[str]) -> None:
    """Set the parties that the rules above read better, in place (`persons`: the names of people, whose
    mosque, «مسجد الإمام الصادق», is no body attacked; `told`: the events told so far, this sentence's last;
    `pair`: the dual nouns that name both parties of a meeting)."""
    said = call_speaker(toks, a, first, here) if ev.type not in _MEETING else []
    if said:  # the caller's country read before stays («… ملك مملكة البحرين أعرب خلاله»)
        called = {n for e in here if e.type in _MEETING for n in e.target}
        ev.source = list(dict.fromkeys([*said, *[n for n in ev.source if n not in called]]))
        ev.target = [n for n in ev.target if n not in said]
    ev.target = caller_side(toks, a, first, groups, ev)
    body = struck_body(toks, b, last, groups, persons) if ev.type in _HARM else None
    if body is not None and (not ev.target or set(ev.source) & set(body.names)):
        ev.source = [n for n in ev.source if n not in body.names]
        ev.target = list(dict.fromkeys([*ev.target, *body.names]))
    victim = genitive_victim(toks, b, first, last, groups) if ev.type in _HARM else None
    if victim is not None and set(ev.source) & set(victim.names):
        ev.source = [n for n in ev.source if n not in victim.names]
        ev.target = list(dict.fromkeys([*ev.target, *victim.names]))
    doer = shelling_doer(toks, a, b, first, last, groups) if ev.type in _HARM else None
    if doer is not None and set(ev.target) & set(doer.names) and not ev.source:
        ev.target = [n for n in ev.target if n not in doer.names]
        ev.source = list(doer.names)
    both = dual_parties(toks, a, b, first, last, told, pair) if ev.type not in _PAIRED else []
    if both:
        ev.source = both
        ev.target = [n for n in ev.target if n not in both]
    topic = discussed_topic(toks, a, b, first, groups, ev)
    if topic:
        ev.source = [n for n in ev.source if n not in topic]
        ev.target = [n for n in ev.target if n not in topic]
