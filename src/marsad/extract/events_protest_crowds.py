"""Crowds that protest, named by a plain noun phrase after the protest verb.

A demonstration, a sit-in or a strike is most often done by people the text names by what they are,
counted or not, with no entity to name them: «تظاهر مئات العمال», «اعتصم عشرات المعلمين», «نفذت
العشرات من الأسر اليمنية وقفة احتجاجية», «خرج الآلاف من أنصار المعارضة في مظاهرات», «أضرب سائقو
الشاحنات». The subject reading of `events_phrases.noun_subject` serves only the types that need a
source, and it stops at a partitive («مئات») or a definite noun with a nisba. `protest_crowd` reads
the phrase after a singular protest verb that opens its clause (a plural verb, «تظاهروا», has its
subject in its suffix), up to the words the trigger needs («وقفة», «في مظاهرات»): an optional
«نحو»/number/partitive («عشرات», «العشرات من»), a head that names people (a sound plural in ـين/ـون,
a collective of `crew`, or a broken plural of people as they are: «العمال», «الطلاب», «الأسرى»), and
then its genitive («سائقو الشاحنات», «أهالي المختطفين») or its nisba adjective («الأسر اليمنية»); a
second definite head joined by «و» is a second crowd («الموظفون والعمال»). A definite count takes no
accusative of what it counts («وتظاهر الآلاف احتجاجا»: why they did, not who), only «من» («الآلاف من …»).
Anything else there (a thing, a place, a time) names no doer.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import Lexicon, Words, forms
from marsad.extract.events_phrases import NISBA_ENDS, opens_clause
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit

# broken plurals (and a few construct forms) of people who strike or protest as what they are
_PEOPLE = forms(
    "عمال", "طلاب", "طلبة", "أسرى", "أطباء", "تجار", "أساتذة", "قضاة", "سائقو", "سائقي", "أنصار",
    "مؤيدو", "مؤيدي", "معارضو", "معارضي", "شبان", "نساء", "ممرضات", "عاملات", "طالبات", "معلمات",
    "صيادلة", "سجناء",
)
_PARTITIVE = forms("عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "ألوف", "الألوف")
_DEFINITE_COUNT = forms("العشرات", "المئات", "الآلاف", "الألوف")  # a definite count is no construct
_APPROX = forms("نحو", "حوالي", "قرابة", "زهاء")
_NOT_PEOPLE = forms("السنين", "سنين", "الملايين", "ملايين", "المسلمين", "المواطنين", "مواطنين",
                    "المواطنون", "مواطنون", "آخرون", "آخرين", "الآخرين", "الآخرون")


def protest_crowd(text: str, toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], L: Lexicon,
                  skip: frozenset[int] = frozenset()) -> list[str]:
    """The people named by a noun phrase right after a singular protest verb `h` that opens its clause
    («تظاهر مئات العمال», «نفذت العشرات من الأسر وقفة احتجاجية»): the phrase as the text says it;
    [] when none stands there or it names no people."""
    W = L.words
    if h.trig.type != "PROTEST" or h.trig.pos != "v" or toks[h.first].form.endswith(("وا", "ون")):
        return []
    if not opens_clause(toks, a, h.first, W):
        return []
    end = min([b, *(k for k in h.used if k > h.first)])  # the needed words («وقفة») end the subject
    return crowd_at(text, toks, h.first + 1, end, groups, W, skip)[0]


def crowd_at(text: str, toks: list[Tok], k: int, end: int, groups: list[Group], W: Words,
             skip: frozenset[int] = frozenset()) -> tuple[list[str], int]:
    """The people named by a noun phrase from token k on, before token `end` («مئات العمال», «80 أسيرا
    فلسطينيا», «سائقو الشاحنات»), time words in `skip` stepped over first, and the token after it;
    ([], k) when none stands there, it names no people, or a named party opens it."""
    while k < end and k in skip:
        k += 1
    start = k
    at = {g.first: g for g in groups}
    if k < end and k in at:
        return [], start  # a named party there is read by the other rules
    if k < end and toks[k].form in _APPROX:
        k += 1
    counted = k < end and (toks[k].form in _PARTITIVE or toks[k].form.isdigit())
    if counted:
        k += 1
        if k < end and toks[k].form == "من":
            k += 1
        elif toks[k - 1].form in _DEFINITE_COUNT:
            return [], start  # «وتظاهر الآلاف احتجاجا على …»: a definite count takes no accusative of what it counts

    if k >= end or not toks[k].word or k in at or not _people_head(toks[k].form, W, counted):
        return [], start
    head = toks[k].form
    last = k
    nxt = k + 1
    if nxt < end and toks[nxt].word and nxt not in skip:
        f = toks[nxt].form
        g = at.get(nxt)
        if not head.startswith("ال") and f.startswith("ال"):  # «سائقو الشاحنات», «أهالي المختطفين»
            last = g.last - 1 if g is not None and g.actor and not g.is_loc else nxt
        elif head.startswith("ال") and f.startswith("ال") and f.endswith(NISBA_ENDS) \
                and (g is None or g.last == nxt + 1):
            last = nxt  # «الأسر اليمنية»: whose people they are
    if last == k and counted and not head.startswith("ال") and nxt < end and toks[nxt].word \
            and toks[nxt].form.endswith(("يا", "ين")) and toks[nxt].form not in W["prep_any"]:
        last = nxt  # «80 أسيرا فلسطينيا»
    names = [text[toks[start].start:toks[last].end]]
    more = last + 1
    if more < end and toks[more].word and more not in at and toks[more].form.startswith("و") \
            and toks[more].form[1:].startswith("ال") and _people_head(toks[more].form[1:], W, False):
        names.append(text[toks[more].start + 1:toks[more].end])  # «الموظفون والعمال»: both crowds
        return names, more + 1
    return names, last + 1


def _people_head(f: str, W: Words, counted: bool) -> bool:
    """True when a folded word names people: a broken plural of `_PEOPLE`, a collective of `crew`, a
    sound plural in ـين/ـون (not a number, not «المواطنين»), or, after a number, any word in ـا/ـين."""
    bare = f[2:] if f.startswith("ال") else f
    if f in _NOT_PEOPLE:
        return False
    if bare in _PEOPLE or f in _PEOPLE or bare in W["crew"] or f in W["crew"]:
        return True
    if len(bare) >= 4 and bare.endswith(("ين", "ون")) and not bare.endswith(("يين", "يون")) \
            and f not in W["prep_any"]:
        return True
    return counted and f.isalpha() and len(f) >= 4 and f.endswith("ا") and not f.startswith("ال")



