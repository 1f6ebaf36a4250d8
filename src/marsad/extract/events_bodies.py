"""Doers of verbal events named by plain noun phrases that no entity and no group row names.

`events_phrases` reads an unnamed subject right after a clause-opening verb («وطالب سكان القرية
الحكومة …»). These readers find it where that reading does not reach:
- a verbal noun governed by a past light verb («وواصلت أسر الصيادين مطالبتها للسلطات …»): the noun
  phrase after the light verb is the doer (`light_body`; a present one, «يقوم الصندوق بتقديم», tells a habit),
  also through «في» and a noun of doing, past a relative clause («بدأ أعضاء الفريق الوزاري اليمني الذي عاد
  إلى عدن، في عقد اجتماعات»), a nisba in it read as its adjective, not as its country;
- a relative pronoun, after a comma too, on people named by a collective («بين الأهالي، الذين اتهموا
  المتمردين …», «سكان القرية الذين طالبوا …»): `people_body` accepts them as an antecedent, and
  `told_by_people` keeps such a past statement verb as an event (a relative clause on a thing only
  describes it);
- a collective opening its clause before a plural verb (SVO: «وأهالي المعتقلين طالبوا …»:
  `fronted_collective`);
- an unnamed plural in ـون between the verb and the name the rules took for its subject («واتهم سكان
  محليون المتمردين …»): the plural is the subject, the name the object (`nominative_before_object`);
- «كان» with an aside between its subject and «قد» («وكانت الحركة الانعتاقية (إيرا)، وهي حركة …،
  قد دعت …»): the subject is a short name in brackets right after «كان», else the phrase before the
  first comma (`kana_aside_subject`).
Generic nouns («المواطنين», «الجميع») name no party: a phrase must be a party phrase
(`events_phrases.party_phrase`) or a collective of people (`crew` in `lang/ar/event_words.tsv`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_background import KANA
from marsad.extract.events_lexicon import Lexicon, Words, norm
from marsad.extract.events_phrases import NISBA_ENDS, noun_subject, opens_clause, people
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has, prefix
from marsad.extract.events_triggers import Hit

LIGHT_REACH = 14  # words from a light verb to the verbal noun it governs (past a relative clause)
BRACKET_REACH = 14  # tokens after «كان» in which a body's short name in brackets is read
ASIDE_REACH = 30  # tokens from «كان» to «قد» across an aside


def light_body(text: str, toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon) -> list[str]:
    """The doer of a verbal noun `h` governed by a past light verb that opens its clause, named by a noun
    phrase no entity names right after the light verb («وواصلت أسر الصيادين مطالبتها …», «وجددت عائلات
    المفقودين مطالبتها …»): the phrase, when it ends right before the noun (or before «عن»); [] otherwise."""
    W = L.words
    if h.trig.pos != "n":
        return []
    noun = h.first
    lv = next((k for k in range(h.first - 1, max(a, h.first - LIGHT_REACH) - 1, -1)
               if toks[k].word and has(toks[k], W["light"])), None)
    if lv is None:
        return []
    noun = _governed_at(toks, lv, noun, W)  # «بدأ أعضاء الفريق … في عقد اجتماعات»: the noun «في» opens
    if any(not toks[k].word for k in range(lv, noun)):
        return []
    reading = next((r for r in toks[lv].reads if r in W["light"]), toks[lv].form)
    if "ال" in prefix(toks[lv], reading) or toks[lv].form.endswith(("وا", "ون")) or _present(reading, W):
        return []  # «الإعلان»: a noun; «واصلوا»: the subject is in the verb; «يقوم الصندوق بتقديم»: a habit
    if not opens_clause(toks, a, lv, W):
        return []
    if any(lv < g.first < noun for g in groups if g.actor and not g.is_loc):
        return []  # a named actor stands there: the rules of `events_agents` read it
    # a nisba the entity layer read as its country is the phrase's adjective («أعضاء الفريق الوزاري اليمني»)
    nisbas = [g for g in groups if lv < g.first < noun and g.is_loc and toks[g.first].form.startswith("ال")
              and toks[g.first].form.endswith(NISBA_ENDS)]
    names, end = noun_subject(text, toks, lv + 1, noun, [g for g in groups if g not in nisbas], L)
    if not names or not (end == noun or (end + 1 == noun and toks[end].form == "عن")):
        return []
    return names if _not_everyone(names[0], W) else []


_TO_NOUN = frozenset(norm(w) for w in ("في", "على"))


def _governed_at(toks: list[Tok], lv: int, noun: int, W: Words) -> int:
    """Where the phrase a light verb governs opens, when the verbal noun at `noun` stands after «في» or «على»
    and at most one bare verbal noun it is the object of («بدأ أعضاء الفريق الوزاري في عقد اجتماعات», «شرعت
    لجان الأحياء في تنظيم احتجاجات»): that «في»/«على»; past a relative clause closed by a comma right
    before it («بدأ أعضاء الفريق الذي عاد إلى عدن، في عقد …»): the relative pronoun; `noun` otherwise."""
    k = noun - 1
    if k > lv and toks[k].word and toks[k].form not in _TO_NOUN and not toks[k].form.startswith("ال") \
            and not has(toks[k], W["light"]):
        k -= 1  # «في عقد اجتماعات»: the bare verbal noun whose object the deed noun is
    if k <= lv or toks[k].form not in _TO_NOUN:
        return noun
    if toks[k - 1].form in ("،", ","):  # a relative clause set off before «في»
        rel = next((j for j in range(k - 2, lv, -1) if toks[j].form in W["relative"]), None)
        if rel is not None and all(toks[j].word for j in range(rel, k - 1)):
            return rel
        return noun
    return k


def _present(reading: str, W: Words) -> bool:
    """True when a light verb's reading is a present form («يقوم», «تواصل»; not «تمكن», a past)."""
    return reading.startswith("ي") or (reading.startswith("ت") and "ي" + reading[1:] in W["light"])


def people_body(name: str, W: Words) -> bool:
    """True when a phrase names people a relative pronoun may stand for: a sound plural of people
    («المتظاهرين») or a collective of them («الأهالي», «سكان القرية», «عائلات الضحايا»)."""
    return people(name) or _collective(name, W)


def people_antecedent(name: str, relative: str, W: Words) -> bool:
    """True when a phrase names people the relative pronoun `relative` stands for: a collective only
    before a plural one («الأهالي، الذين اتهموا»; in «عائلات ضحايا التفجير الذي استهدف» the «الذي» is
    the bombing's), a sound plural of people before any."""
    return people_body(name, W) if relative in _WHO else people(name)


def _collective(name: str, W: Words) -> bool:
    """True when a phrase is headed by a collective of people (`crew`: «الأهالي», «سكان», «أسر»)."""
    ws = norm(name).split()
    if not ws:
        return False
    head = ws[0][2:] if ws[0].startswith("ال") else ws[0]
    return head in W["crew"]


def _not_everyone(name: str, W: Words) -> bool:
    """True when a phrase `noun_subject` read as a doer is not headed by a generic noun of people
    (`people`: «المواطنين», «الطلاب»; «الجميع», «الشعب»): those name no party of political news."""
    ws = norm(name).split()
    head = ws[0][2:] if ws and ws[0].startswith("ال") else (ws[0] if ws else "")
    return bool(ws) and head not in W["people"] and head not in _EVERYONE


_EVERYONE = frozenset(norm(w) for w in ("جميع", "الجميع", "كل", "الكل", "الناس", "ناس", "الشعب", "شعب"))


def comma_before(toks: list[Tok], rel: int, a: int) -> int:
    """The index a relative pronoun's antecedent ends at: `rel`, or the comma right before it
    («الأهالي، الذين …»)."""
    return rel - 1 if rel - 1 > a and not toks[rel - 1].word and toks[rel - 1].form in ("،", ",") else rel


def kana_aside_subject(text: str, toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon) -> list[str]:
    """The subject of «كان … قد» + verb when an aside set off by commas stands before «قد» («وكانت
    الحركة الانعتاقية (إيرا)، وهي حركة حقوقية …، قد دعت …»): the name in brackets in the phrase
    right after «كان» (`BRACKET_REACH`), else the phrase before the first comma read as a noun phrase;
    [] when no such frame stands or the verb tells no statement (`needs_source`)."""
    if h.trig.type not in L.words["needs_source"]:
        return []
    k = h.first - 1
    if k <= a or toks[k].form != "قد" or toks[k - 1].word or toks[k - 1].form not in ("،", ","):
        return []
    j = next((i for i in range(k - 2, max(a, k - ASIDE_REACH) - 1, -1)
              if toks[i].word and toks[i].form in KANA), None)
    if j is None or any(not toks[i].word and toks[i].form in SENT_END for i in range(j, k)):
        return []
    comma = next((i for i in range(j + 1, k) if not toks[i].word and toks[i].form in CLAUSE_END), None)
    if comma is None or comma - j > 8 or any(j < g.first < comma and g.actor for g in groups):
        return []
    brackets = _bracketed(text, toks, j + 1, min(k, j + BRACKET_REACH))  # «مبادرة «انبعاث»، الحركة … (إيرا)»
    if brackets:
        return brackets
    names, end = noun_subject(text, toks, j + 1, comma, groups, L)
    return names if names and end == comma else []


def _bracketed(text: str, toks: list[Tok], lo: int, hi: int) -> list[str]:
    """A one- or two-word name in round brackets after a noun in [lo, hi) («الحركة الانعتاقية (إيرا)»):
    the short name a body goes by."""
    for i in range(lo + 1, hi):
        if toks[i].form == "(" and toks[i - 1].word:
            close = next((c for c in range(i + 1, min(hi, i + 4)) if toks[c].form == ")"), None)
            if close is not None and 1 <= close - i - 1 <= 2 and all(toks[c].word for c in range(i + 1, close)):
                return [text[toks[i + 1].start:toks[close - 1].end]]
    return []


_WHO = frozenset(norm(w) for w in ("الذين", "اللذان", "اللذين"))  # relative pronouns only people take


def told_by_people(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """True when a past statement verb stands in a relative clause on a collective of people, with
    «الذين» that only people take («بين الأهالي، الذين اتهموا المتمردين …»): the clause tells what they
    did, it does not describe a thing; a present verb («الذين يحرضون …») tells a habit and stays out."""
    if h.trig.pos != "v" or h.trig.type not in W["needs_source"]:
        return False
    verb = toks[h.first].form
    if verb[:1] in ("ي", "ت", "ن") or verb.endswith("ون"):
        return False
    k = h.first - 1
    if k <= a or toks[k].form not in _WHO:
        return False
    j = comma_before(toks, k, a) - 1
    return j >= a and toks[j].word and _collective(toks[j].form, W)


SUBJECT_REACH = 4  # words of an unnamed plural subject between a verb and the named object after it


def nominative_before_object(text: str, toks: list[Tok], a: int, b: int, h: Hit, source: list[str],
                             groups: list[Group], L: Lexicon) -> list[str]:
    """The unnamed subject standing between a clause-opening statement verb and the named actor the
    rules took for its subject («واتهم سكان محليون المتمردين …», «وطالب ناشطون الحوثيين …», «وانتقد
    نواب محافظون روحاني»): a phrase ending in an indefinite plural in ـون, the nominative, is the
    subject, and a name after it is in no construct with it, so it is the object; [] when none stands."""
    W = L.words
    if h.trig.pos != "v" or h.trig.type not in W["needs_source"] or h.last in h.used \
            or toks[h.first].form.endswith(("وا", "ون")) or not opens_clause(toks, a, h.first, W):
        return []
    g = next((g for g in groups if h.last < g.first <= h.last + SUBJECT_REACH and set(g.names) & set(source)), None)
    if g is None or any(not toks[k].word for k in range(h.last, g.first)) \
            or (toks[g.first].form[:1] in ("ب", "ل", "و", "ف") and not toks[g.first].form.startswith("ال")):
        return []
    last = toks[g.first - 1].form
    if not (len(last) >= 5 and last.endswith("ون") and not last.startswith("ال")) \
            or toks[g.first].form.endswith(("يون", "يين")):
        return []  # («مسؤولون أمريكيون»: a nisba in ـيون agrees with the phrase, it is its adjective)
    names, end = noun_subject(text, toks, h.last, g.first, groups, L)
    return names if names and end == g.first and _not_everyone(names[0], W) else []


FRONT_REACH = 5  # words of a collective standing before its verb («وأهالي المعتقلين طالبوا»)


def fronted_collective(text: str, toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon) -> list[str]:
    """A collective of people opening its clause right before a plural statement verb, its subject
    (SVO: «وأهالي المعتقلين طالبوا بالإفراج عنهم», «… فيما سكان القرية رفضوا …»); [] when none stands."""
    W = L.words
    verb = toks[h.first]
    if h.trig.pos != "v" or h.trig.type not in W["needs_source"] or not verb.form.endswith(("وا", "ون")) \
            or (verb.form[:1] in ("و", "ف") and verb.form[1:] in verb.reads):
        return []
    for j in range(h.first - 1, max(a, h.first - FRONT_REACH) - 1, -1):
        if not toks[j].word:
            return []
        if j > a and toks[j - 1].word and toks[j - 1].form not in W["clause_opener"]:
            continue
        names, end = noun_subject(text, toks, j, h.first, groups, L)
        if not names or end != h.first:
            return []
        name = names[0]
        if toks[j].form[:1] in ("و", "ف") and toks[j].form[1:] in toks[j].reads and name[:1] in ("و", "ف"):
            name = name[1:]  # «وأهالي …»: the conjunction is no part of the name
        return [name] if _collective(name, W) else []
    return []
