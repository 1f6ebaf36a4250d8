"""Targets the sentence names plainly but word order misses.

A verbal noun of a killing, an arrest or an abduction («مقتل», «اغتيال», «اعتقال», «اختطاف») takes
the one it was done to as its genitive; when titles and the bodies they are of stand between the noun
and the name («مقتل القيادي البارز عمر …», «اغتيال رئيس المخابرات السابق فلان», «اعتقال المدعو فلان»),
the person named after them is still the one killed, arrested or taken (`titled_victim`), also where the
body he is of joins his name («اعتقال القيادي في حماس حسن يوسف») or he is told as one of its leaders first
(«اعتقال أحد أبرز قادة حماس الشيخ فلان», «اغتيال أحد قياديي التنظيم فلان»).

An attack whose outcome a result clause tells («فتح رجل النار …، مما أسفر عن إصابة خمسة أشخاص», «قصفت
الطائرات مقرا، ما أدى إلى مقتل 20 عنصرا») was done to the people that clause counts as its dead or
wounded, when no entity names them and word order found no target (`result_people`).

A demand verb's addressee may stand after an aside that follows its subject: the place the subject
serves («وحثت قيادة حرس الحدود بمنطقة تبوك المواطنين … بتوخي الحذر»), the statement it was made in or
the outlet it was told to, or only a comma («وطالبت الحكومة في قرارها جميع الجهات المختصة باتخاذ …», «وناشد X في ختام
حديثه، الشباب العربي أن …», «طالب … عبر «عكاظ» وزارة العدل بتمكين …»): the one asked is read after the
aside, as `events_addressees` reads it right after the subject (`asked_past_aside`).

An attack's or an arrest's noun with a relative clause of undergoing on it («القصف الذي تعرضت له ضاحية دار
سعد», «الهجمات التي تعرضت لها تونس», «الهجوم الذي تعرضت له صحيفة تشارلي ايبدو», «القصف الذي استخدمت فيه
الصواريخ وتعرض له مخيم درعا») was done to the subject of that clause's verb (`undergone_in_relative`).

An attack noun that is the subject of an attack verb, right after it or in a relative clause on it («غارات
استهدفت مقرا حكوميا», «الهجوم الذي استهدف فندقا بمنتجع سوسة»), was made on that verb's object, a site or
people no entity names (`own_verb_object`; a named party there is `events_patient_roles.object_of_own_verb`'s).
A definite noun right before the verb tells a deed told before again («وقال إن الهجوم استهدف أيضا سفينة
ثانية») and is left alone. A verb with a pronoun for the deed («الغارات التي شنتها طائرات
التحالف») has its doer after it, not its object, and is left alone.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_addressees import after_subject, asked_at, complement_at
from marsad.extract.events_armed_heads import PROFESSIONS
from marsad.extract.events_few_victims import aimed_at, few_victims
from marsad.extract.events_lexicon import Lexicon, Words, norm
from marsad.extract.events_patient_roles import definite_deed
from marsad.extract.events_phrases import counted, described_person, noun_subject, people, people_only, site
from marsad.extract.events_roles import titles_and_mods
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has, match_seq, next_word, phrase_edges
from marsad.extract.events_triggers import DONE_TO, Hit
from marsad.model import Event

# words naming someone only by what he is called («المدعو فلان»), besides the titles of the lexicon
_CALLED = frozenset(norm(w) for w in ("المدعو", "المدعوة", "الملقب", "المطلوب", "المطلوبة", "البارز", "السابق",
                                      "الشيخ", "القيادي", "الزعيم", "القائد", "الناشط", "الصحفي", "المواطن")) \
    | PROFESSIONS  # «اختطاف الطبيب فلان», «اعتقال المحامي فلان»
_REACH = 8  # words from the verbal noun to the name
_ONE_OF = frozenset(norm(w) for w in ("أحد", "إحدى"))


def _called_only(toks: list[Tok], lo: int, hi: int, groups: list[Group], W: Words) -> bool:
    """True when the words in [lo, hi) only call someone: words of `_CALLED`, titles, and bodies named
    after «في» («القيادي البارز في حركة حماس», «المدعو»), or «أحد» and the heads he is one of («أحد أبرز قادة»)."""
    inside = {k for g in groups if lo <= g.first and g.last <= hi and not g.person for k in range(g.first, g.last)}
    ws = [toks[k] for k in range(lo, hi) if toks[k].word and k not in inside]
    if 1 < len(ws) <= 4 and ws[0].form in _ONE_OF and has(ws[-1], W["head"]) \
            and all(t.form in W["apposition_rank"] or has(t, W["head"]) for t in ws[1:]):
        return True  # «أحد أبرز قادة»: one of a body's leaders, the body and his name after it
    return 0 < len(ws) <= 7 and all(t.form in _CALLED or t.form == _IN or has(t, W["title"]) for t in ws) \
        and any(t.form in _CALLED for t in ws)


_IN = norm("في")


def titled_victim(toks: list[Tok], h: Hit, b: int, groups: list[Group], W: Words,
                  source: list[str], target: list[str]) -> list[str]:
    """The target of a killing's, an arrest's or an abduction's verbal noun: the person named after the
    titles that follow it («مقتل القيادي البارز عمر عبداللطيف»), when word order found none."""
    if target or h.trig.pos != "n" or h.trig.mode not in DONE_TO:
        return target
    lo = next_word(toks, h.last, b)
    if lo >= b or not toks[lo].word or any(g.first == lo for g in groups):
        return target
    for g in groups:
        if g.first <= lo or g.first >= min(b, lo + _REACH):
            continue
        if any(not toks[k].word and toks[k].form in CLAUSE_END for k in range(lo, g.first)):
            break
        if not g.person and not (g.ends_person and g.first > lo):
            continue  # («القيادي البارز في حركة حماس فلان»: the body he is of)
        if g.actor and g.binding in (None, "target") and not set(g.names) & set(source) and (
                _called_only(toks, lo, g.first, groups, W) or titles_and_mods(toks, lo, g, groups, W)):
            return list(g.names)
        break
    return target


_RESULT_REACH = 25  # words between an attack and the clause that tells what it caused


def _result_end(toks: list[Tok], h: Hit, hi: int, L: Lexicon) -> int:
    """The token after a result phrase («مما أسفر عن», «أدى إلى») within `_RESULT_REACH` words after
    the trigger and before `hi` (the next deed told: «أفشلت الطائرات هجوما … مما أدى إلى» tells what the
    foiling did); 0 when there is none."""
    seen = 0  # words, not marks: «(جنوب شرقي تركيا)، ونسب إلى …، أدى إلى» counts no brackets or commas
    firsts = phrase_edges(L.phrases["result"])[0]
    for k in range(h.last, hi):
        if toks[k].form in SENT_END or seen >= _RESULT_REACH:
            return 0
        if not toks[k].word:
            continue
        seen += 1
        if firsts.isdisjoint(toks[k].reads):
            continue  # no result phrase opens here
        for p in L.phrases["result"]:
            e = match_seq(toks, k, p, hi)
            if e > 0:
                return e
    return 0


def result_people(text: str, toks: list[Tok], h: Hit, b: int, nxt: int, groups: list[Group], L: Lexicon,
                  target: list[str]) -> list[str]:
    """The target of an attack with none: the people a counted phrase after its result clause's harm
    nouns names («… مما أسفر عن مقتل وإصابة خمسة أشخاص»)."""
    if target or h.trig.type != "ASSAULT" or _in_series(toks, h):
        return target
    k = _result_end(toks, h, min(b, nxt), L)
    if k == 0:
        return target
    harmed = 0
    while k < b and toks[k].word and (has(toks[k], L.words["harm"]) or toks[k].form in _HARM_JOIN):
        harmed += toks[k].form not in _HARM_JOIN
        k += 1
    if not harmed or k >= b:
        return target
    names, _ = noun_subject(text, toks, k, b, groups, L, victims=True)
    # «أدى إلى مقتل شرطي», «أسفر عن مقتل جندي تركي»: one or two told without a number (`events_few_victims`),
    # unless the attack says what it was made on («هجوما على مركز شرطة …»: that is its target)
    few = [] if aimed_at(toks, h.last, k) else few_victims(text, toks, k, b, L.words)
    return [n for n in people_only(names, L.words) if counted(n)] or few or target


_HARM_JOIN = frozenset(norm(w) for w in ("و", "أو"))
# words before an attack noun that make it one of a series («موجة هجمات», «سلسلة تفجيرات»): the toll
# told after it is the series', not one attack's
_SERIES = frozenset(norm(w) for w in ("موجة", "سلسلة", "سلسة", "عدد", "عشرات", "مئات", "آلاف"))


def _in_series(toks: list[Tok], h: Hit) -> bool:
    """True when the word before an attack noun makes it one of a series («موجة هجمات»)."""
    return h.trig.pos == "n" and h.first > 0 and toks[h.first - 1].form in _SERIES


# prepositions that open an aside between a demand's subject and the one it asks («في بيانها», «عبر «عكاظ»»)
_ASIDE_PREPS = frozenset(norm(w) for w in ("في", "عبر", "خلال"))
_ASIDE_WORDS = 4  # words an aside may hold
_PRONOUN_ENDS = ("ه", "ها", "هم", "هما")
_COMMAS = frozenset(("،", ","))


def _aside_end(text: str, toks: list[Tok], k: int, b: int, groups: list[Group], W: Words) -> int:
    """Index after an aside at `k` (`k` itself when none opens there): «في بيانها», «في ختام حديثه،»,
    «عبر «عكاظ»», or the place a subject serves («بمنطقة تبوك»)."""
    t = toks[k]
    if not t.word and t.form in _COMMAS:  # «طالب رئيس الجمهورية فلان، جميع الجهات المسؤولة بـ»
        return _past_punct(toks, k, b)
    if t.word and t.form[:1] == "ب" and t.form[1:] in W["place"]:  # «بمنطقة تبوك»
        g = next((g for g in groups if g.first == k + 1 and g.is_loc), None)
        return g.last if g is not None else k
    if not t.word or t.form not in _ASIDE_PREPS:
        return k
    g = next((g for g in groups if g.first == next_word(toks, k + 1, b)), None)
    if g is not None and (not g.actor or g.is_loc or toks[k].form == norm("عبر")):
        return _past_punct(toks, g.last, b)  # «عبر «عكاظ»»: the outlet; «في العراق»: a place
    for j in range(k + 1, min(b, k + 1 + _ASIDE_WORDS)):
        if not toks[j].word:
            return j + 1 if toks[j].form in CLAUSE_END and j > k + 1 else k
        if any(x.first <= j < x.last for x in groups):
            return k
        surface = text[toks[j].start:toks[j].end]
        if surface.endswith(_PRONOUN_ENDS) and len(surface) > 3:  # «بيانها», «حديثه» (not «صحفية»)
            return _past_punct(toks, j + 1, b)
    return k


def _past_punct(toks: list[Tok], k: int, b: int) -> int:
    """Index of the first word at or after `k` when only punctuation stands there."""
    while k < b and not toks[k].word:
        k += 1
    return k


def asked_past_aside(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                     skip: frozenset[int], L: Lexicon) -> list[str]:
    """The one a demand verb asks, named after an aside that follows its subject; [] when none."""
    if h.trig.type != "DEMAND" or h.trig.pos != "v" or ev.target or not ev.source:
        return []
    k = after_subject(text, toks, h, b, ev, groups, skip, L)
    if k >= b:
        return []
    j = _aside_end(text, toks, k, b, groups, L.words)
    if j in (k, b):
        return []
    j = _aside_end(text, toks, j, b, groups, L.words)  # «… في العراق عبر «عكاظ» …»: a place, then an outlet
    if j >= b:
        return []
    g = next((g for g in groups if g.first == j and g.actor and not g.is_loc), None)
    if g is not None:  # «… عبر «عكاظ» وزارة العدل العراقية بتمكين …»: a named body
        named = [n for n in g.names if n not in ev.source]
        return named if named and complement_at(toks, g.last, b) else []
    return asked_at(text, toks, j, b, ev, groups, skip, L)


_UNDERGONE = frozenset(("ASSAULT", "COERCE"))  # deeds done to someone
_TO_IT = frozenset(norm(w) for w in ("له", "لها", "لهم", "لهما"))  # the pronoun for the deed on «لـ»
_REL_REACH = 3  # words from the deed noun to «الذي» («القصف العنيف الذي»)
_UNDERGO_REACH = 8  # words from «الذي» to its verb of undergoing («الذي استخدمت فيه الصواريخ وتعرض له»)


def _undergoer_at(toks: list[Tok], h: Hit, b: int, W: Words) -> int | None:
    """The index of the first word after «تعرض له» in a relative clause right after the deed noun, or None."""
    seen, rel = 0, None
    for k in range(h.last, b):
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                return None
            continue
        seen += 1
        if rel is None:
            if has(t, W["relative"]):
                rel, seen = k, 0
            elif seen >= _REL_REACH:
                return None
        elif seen > _UNDERGO_REACH:
            return None
        elif has(t, W["undergo"]):
            j = next_word(toks, k + 1, b)
            if j == k + 1 and toks[j].form in _TO_IT:
                nxt = next_word(toks, j + 1, b)
                return nxt if nxt > j and toks[nxt].word else None
            return None
    return None


def _attack_verb(t: Tok, L: Lexicon) -> bool:
    """True when a word, as written (no pronoun on it), is an attack verb that needs no other word
    («استهدفت», «قصف», «هاجمت»; not «شنتها»: a pronoun for the deed, the doer follows)."""
    bare = t.form[1:] if t.form[:1] in ("و", "ف") and len(t.form) > 4 else t.form
    return any(trig.pos == "v" and trig.type == "ASSAULT" and not trig.needs and trig.mode != "kill"
               for f in (t.form, bare) for trig in L.by_first.get(f, ()))


def _object_after_verb(toks: list[Tok], h: Hit, b: int, groups: list[Group], L: Lexicon) -> int | None:
    """The index of the first word after an attack verb whose subject is the deed noun: right after it, after
    up to `_REL_REACH` words that describe it, or opening a relative clause on it; None when none stands there."""
    seen = 0
    k = h.last
    while k < b:
        t = toks[k]
        if not t.word or any(g.first <= k < g.last for g in groups):
            return None  # punctuation, or a party named first («هجوم داعش على …»): no such verb
        if _attack_verb(t, L):
            if k == h.last and definite_deed(toks, h):
                return None  # «وقال إن الهجوم استهدف أيضا سفينة ثانية»: the deed told before, told again
            j = next_word(toks, k + 1, b)
            while j < b - 1 and toks[j].word and toks[j].form in _WHEN:
                j = next_word(toks, j + 1, b)  # «استهدف الاثنين مدينة سوروتش»
            return j if j > k and toks[j].word else None
        seen += 1
        if seen > _REL_REACH or (has(t, L.words["relative"]) and seen > 1 and not _attack_verb(toks[k + 1], L)):
            return None
        k += 1
    return None


_WHEN = frozenset(norm(w) for w in ("أمس", "اليوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
                                    "الجمعة", "السبت", "صباح", "مساء", "فجر", "ليلة", "مجددا", "أيضا"))


def own_verb_object(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], L: Lexicon,
                    source: list[str], target: list[str]) -> list[str]:
    """The target of an attack noun with none: a site or people no entity names after the attack verb the
    noun is the subject of («غارات استهدفت مقرا حكوميا», «الهجوم الذي استهدف فندقا بمنتجع سوسة»)."""
    if target or h.trig.pos != "n" or h.trig.type != "ASSAULT":
        return target
    j = _object_after_verb(toks, h, b, groups, L)
    if j is None or any(g.first <= j < g.last for g in groups):
        return target  # a named party is `object_of_own_verb`'s
    return _struck_at(text, toks, j, b, groups, L, source) or target


def _struck_at(text: str, toks: list[Tok], j: int, b: int, groups: list[Group], L: Lexicon,
               source: list[str]) -> list[str]:
    """The people or the site no entity names at token j, what a deed was done to («مقرا حكوميا», «ناشطين»):
    the noun phrase read there, else an indefinite site in the accusative; [] when neither."""
    names, _ = noun_subject(text, toks, j, b, groups, L, victims=True)
    return [n for n in names if n not in source and (people(n) or site(n) or described_person(n) or counted(n))] \
        or _accusative_site(text, toks, j, b)


def _accusative_site(text: str, toks: list[Tok], j: int, b: int) -> list[str]:
    """An indefinite site in the accusative at token j, with the adjectives in the accusative after it
    («مقرا حكوميا», «فندقا»): the noun reader stops at such a word; [] when the word is no site."""
    f = toks[j].form
    if not (f.endswith("ا") and len(f) > 3 and site(f[:-1])):
        return []
    end = j + 1
    while end < b and toks[end].word and toks[end].form.endswith("يا") and len(toks[end].form) > 3:
        end += 1  # «حكوميا», «عسكريا»
    return [text[toks[j].start:toks[end - 1].end]]


def undergone_in_relative(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], L: Lexicon,
                          source: list[str], target: list[str]) -> list[str]:
    """The target of an attack's or an arrest's noun with none: the subject of «تعرض له» in the relative
    clause on it («الهجوم الذي تعرضت له صحيفة تشارلي ايبدو»: the paper; «القصف الذي تعرض له مخيم درعا»: the
    camp, told with its head noun)."""
    if target or h.trig.pos != "n" or h.trig.type not in _UNDERGONE:
        return target
    j = _undergoer_at(toks, h, b, L.words)
    if j is None:
        return target
    g = next((g for g in groups if g.first == j), None)
    if g is not None:
        return [n for n in g.names if n not in source] if g.actor else target
    g = next((g for g in groups if g.first == j + 1), None)
    if g is not None and not any(x.first <= j < x.last for x in groups):
        # «صحيفة تشارلي ايبدو», «مخيم درعا»: a head noun and the name it is of; a town or a quarter
        # («ضاحية دار سعد») is where it happened, not whom it hit
        name = text[toks[j].start:toks[g.last - 1].end]
        return [name] if name not in source and (not g.is_loc or site(name)) else target
    return _struck_at(text, toks, j, b, groups, L, source) or target
