"""Which named party a trigger takes, where the sentence names one that is no party of it, or names the
right one in a form word order misses.

No party though an actor stands there:
- the other side of a border («على الحدود مع العراق وسوريا», «قرية قاح الحدودية مع تركيا»): where the deed
  happened, not whom it was done to (a build-up on a border, or closing it, is aimed at that side);
- a city naming a document, a conference or talks («أثنى على إعلان القاهرة», «اتفاق الرياض», «مؤتمر جنيف»;
  a country after such a noun, «الاتفاق مع إيران», or an announcement, «إعلان طهران أنها», stays a party);
- an apposition in brackets or between dashes after a named party («شوقي علام (مفتي مصر)», «سليمان الأسد
  -نجل ابن عم بشار الأسد-»): whose title or kin he is;
- the speaker before «أن», for a verbal noun whose pronoun stands for the noun that opens the reported clause
  («أوضح المتحدث باسم الحكومة أن شابا مغربيا اختنق أثناء محاولة تهريبه»), and for a verb whose clause opens
  with a count («…، وأكثر من 1500 مدرسة دمرت»).
A party word order misses:
- a second subject joined by «و» and a noun of a party's members («قوات النظام ومسلحو حزب الله», «قوات الجيش
  وعناصر من المقاومة»), which is no object;
- the country of forces named by a noun, an adjective and a nisba right after the verb («قصفت المقاتلات
  الحربية الروسية»), which is the subject.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group, definite_nisba, only_conj
from marsad.extract.events_lexicon import Lexicon, Words, norm
from marsad.extract.events_tokens import CLAUSE_END, POSSESSIVE, SENT_END, Tok, has, previous_word
from marsad.extract.events_triggers import Hit

AIMED_AT_BORDER = frozenset(("MOBILIZE",))  # a build-up on a border is aimed at the other side
BORDER_REACH = 3  # words before «مع» searched for a word of a border («الحدود الشمالية البرية مع»)
_WITH = norm("مع")
_THAT = frozenset(norm(w) for w in ("أن", "ان", "أنه", "انه", "أنها", "انها", "عن", "عزمها", "عزمه"))


def drop_non_parties(toks: list[Tok], h: Hit, groups: list[Group], L: Lexicon, source: list[str],
                     target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of hit `h` without the names that only the other side of a border or a document
    named after a city holds in the sentence (a name another mention also holds stays). A build-up on a
    border, or a deed whose trigger needs the border word («أغلقت المعابر الحدودية مع سوريا»), is aimed at
    the other side, which stays its target."""
    aimed = h.trig.type in AIMED_AT_BORDER
    off = [g for g in groups if city_named_text(toks, g, L) or (
        not aimed and (bw := border_word(toks, g, groups, L.words)) >= 0
        and not any(bw <= k < g.first for k in h.used))]
    if not off:
        return source, target
    kept = {n for g in groups if g not in off for n in g.names}
    bad = {n for g in off for n in g.names} - kept
    return [n for n in source if n not in bad], [n for n in target if n not in bad]


def _conjunct_head(toks: list[Tok], g: Group, groups: list[Group]) -> Group:
    """The first group of a list joined by «و» that `g` ends («العراق وسوريا» → العراق)."""
    while True:
        prev = next((p for p in reversed(groups) if p.last <= g.first), None)
        if prev is None or not only_conj(toks, prev.last, g.first) or not (
                g.glued.startswith("و") or any(toks[k].form == "و" for k in range(prev.last, g.first))):
            return g
        g = prev


def border_word(toks: list[Tok], g: Group, groups: list[Group], W: Words) -> int:
    """The index of a word of a border within three words before the «مع» that place `g` (or the first of
    a list it ends) follows («على الحدود مع سوريا», «الحدودية مع تركيا وسوريا»); -1 when none: then `g`
    is no other side of a border."""
    if not g.is_loc:
        return -1
    head = _conjunct_head(toks, g, groups)
    k = previous_word(toks, 0, head.first)
    if k is None or toks[k].form != _WITH:
        return -1
    for _ in range(BORDER_REACH):
        k = previous_word(toks, 0, k)
        if k is None:
            return -1
        if has(toks[k], W["border"]):
            return k
    return -1


def _city(g: Group, L: Lexicon) -> bool:
    """True when every name of place `g` is a capital or a place no country's name («جنيف»)."""
    if not g.is_loc or g.nisba or not g.names:
        return False
    countries = _countries(L)
    folded = [norm(n) for n in g.names]
    return all(f in L.capitals or f not in countries for f in folded)


_COUNTRIES: dict[int, frozenset[str]] = {}


def _countries(L: Lexicon) -> frozenset[str]:
    """The folded names of countries and polities (the capitals' countries and the polities), once per lexicon."""
    if id(L) not in _COUNTRIES:
        _COUNTRIES[id(L)] = frozenset(L.capitals.values()) | frozenset(L.polities)
    return _COUNTRIES[id(L)]


def city_named_text(toks: list[Tok], g: Group, L: Lexicon) -> bool:
    """True when city `g` stands right after a noun of a document, a conference or talks («إعلان
    القاهرة الصادر», «اتفاق الرياض», «مؤتمر جنيف»): it names the text or the meeting («إعلان طهران أنها»,
    an announcement, keeps its party, and so does «إعلان واشنطن نيتها …»)."""
    if not _city(g, L):
        return False
    k = previous_word(toks, 0, g.first)
    if k is None or not has(toks[k], L.words["named_text"]):
        return False
    nxt = next((j for j in range(g.last, min(len(toks), g.last + 2)) if toks[j].word), None)
    return nxt is None or not (toks[nxt].form in _THAT or toks[nxt].form.endswith(("ها", "ه", "هم")))


_FROM = norm("من")


def member_conjunct(toks: list[Tok], lo: int, hi: int, W: Words) -> bool:
    """True when tokens [lo, hi) between two subjects are «و» glued to a noun of a party's members or
    arms, maybe with a partitive «من» («قوات الجيش اليمني وعناصر من المقاومة», «قوات النظام ومسلحو
    حزب الله»): the group after them is a second subject, not the object."""
    if any(not toks[k].word for k in range(lo, hi)):
        return False
    ws = [toks[k] for k in range(lo, hi)]
    if not 1 <= len(ws) <= 2 or not ws[0].form.startswith("و") or not has(ws[0], W["party"]):
        return False
    if has(ws[0], W["counterpart"]):
        return False  # «هولاند ونظيره الروسي بوتين»: the counterpart is the other party, not a co-subject
    return len(ws) == 1 or ws[1].form == _FROM


COMP_REACH = 12  # words before a trigger searched for the complementizer that opens its clause
_POSSESSIVE_END = (*POSSESSIVE, "نا")  # «أن بلاده», «أننا»


def own_subject_after_that(toks: list[Tok], a: int, h_first: int, groups: list[Group], W: Words) -> bool:
    """True when a complement clause («أن …», «إن …») opens with a noun that names no entity and holds
    no actor up to the trigger («أوضح المتحدث باسم الحكومة الإسبانية أن شابا مغربيا اختنق أثناء محاولة
    تهريبه»): the pronoun on the verbal noun stands for that noun, not for the speaker before «أن» (a
    noun with a pronoun of its own, «أن بلاده …», points back to the speaker and is left alone)."""
    comp = next((k for k in range(h_first - 1, max(a, h_first - COMP_REACH) - 1, -1)
                 if toks[k].word and toks[k].form in W["comp"] and toks[k].form not in W["relative"]), None)
    if comp is None or toks[comp].form.endswith(_POSSESSIVE_END):
        return False
    ws = [k for k in range(comp + 1, h_first) if toks[k].word]
    if not ws or any(comp < g.first < h_first and g.actor for g in groups):
        return False
    first = toks[ws[0]]
    return not has(first, W["filler"]) and not first.form.endswith(_POSSESSIVE_END) and not first.form.isdigit()


def counted_clause_subject(toks: list[Tok], c_lo: int, h_first: int, groups: list[Group], W: Words) -> bool:
    """True when the verb's clause opens with a count right before it, no actor between («…، وأكثر من
    1500 مدرسة دمرت جزئيا»): the counted things are its subject, no actor named before the clause."""
    ws = [k for k in range(c_lo, h_first) if toks[k].word]
    if not 1 <= len(ws) <= 5 or any(c_lo <= g.first < h_first for g in groups):
        return False
    t = toks[ws[0]]
    return t.form.lstrip("و").isdigit() or has(t, W["quantity"])


_CLOSERS = {"(": ")", "-": "-", "–": "–", "—": "—"}
_QUOTES = frozenset('"«»“”')
APPOSITION_WORDS = 4  # words between the opening mark and the group in a bracketed apposition


def bracketed_apposition(toks: list[Tok], prev: Group, g: Group, b: int) -> bool:
    """True when `g` ends an apposition set off by brackets or dashes right after the group before it
    («شوقي علام (مفتي مصر)», «سليمان الأسد -نجل ابن عم بشار الأسد-»): it tells whose title or kin the
    named one is, and is no party of the sentence's events. After a place («ملك البحرين (الملك حمد بن
    عيسى)») the brackets name the holder of its title, who stays a party."""
    k = prev.last
    if prev.is_loc or k >= g.first or toks[k].form not in _CLOSERS:
        return False
    close = _CLOSERS[toks[k].form]
    between = range(k + 1, g.first)
    if not 1 <= sum(toks[j].word for j in between) <= APPOSITION_WORDS or any(
            not toks[j].word and toks[j].form not in _QUOTES for j in between):
        return False
    nxt = g.last
    while nxt < b and not toks[nxt].word and toks[nxt].form in _QUOTES:
        nxt += 1
    return nxt < b and toks[nxt].form == close


def force_with_nisba(toks: list[Tok], lo: int, g: Group, W: Words) -> bool:
    """True when only a noun of forces and one or two of their definite adjectives stand between a verb
    and the nisba `g` («قصفت المقاتلات الحربية الروسية», «اعتقلت أجهزة الأمنية الإيرانية»): the nisba
    names the forces' country, the subject, not what they did it to."""
    if not (g.nisba or (g.is_loc and definite_nisba(toks[g.first]))):
        return False
    ws = [toks[k] for k in range(lo, g.first) if toks[k].word]
    if any(not toks[k].word and toks[k].form in (CLAUSE_END | SENT_END) for k in range(lo, g.first)):
        return False
    return 2 <= len(ws) <= 3 and has(ws[0], W["force_noun"]) and all(has(t, W["force_adjective"]) for t in ws[1:])
