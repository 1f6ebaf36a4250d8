"""Deeds told as the story's context, and what a deed's tense says of its date.

A sentence that opens with a context opener («يذكر أن», «يشار إلى أن», «الجدير بالذكر أن», «تجدر
الإشارة إلى أن») or with a pluperfect «وكان … قد» + past verb («وكان الوزير قد أعلن أن الأردن وافق …»)
recalls what happened before the news: its past deeds are background, unless it says «اليوم», «أمس».
(A deed in a clause opened by an expectation, «من المرتقب أن», is hedged by `events_generic.expected_clause`.)
A present verb («تحاصر», «وتنتقد») tells what is so now, and a verb dated by «منذ» and a point in time
(«قتلت 223 عنصرا منذ أبريل») a span up to now: neither is background by its date (`events.py` uses
`ongoing_verb`, `past_verb` and `since_dated` for that, and drops a date to come from a past verb).
A deed noun described as expected («لقاءه المرتقب يوم 3 أغسطس», «الاجتماع المزمع», «القمة المقبلة») is
to come: hedged, and it keeps its date to come even when its trigger also holds a past verb
(`expected_noun`).
The parties of a deed noun after «منذ» («… منذ توقيع الاتفاق بين إيران والقوى الكبرى») are that deed's
own: no other trigger of the sentence takes them (`since_deed_names`).
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import TIME_UNITS, lexicon, norm
from marsad.extract.events_place import SINCE
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok
from marsad.extract.events_triggers import Hit, trigger_reading
from marsad.model import TimeExpr

# the verbs and phrases that open a recalled fact, each a sequence of folded words
_OPENERS = tuple(tuple(norm(w).split()) for w in (
    "يذكر", "ويذكر", "يذكر ان", "يشار الى", "ويشار الى", "الجدير بالذكر", "والجدير بالذكر",
    "ومن الجدير بالذكر", "من الجدير بالذكر", "تجدر الاشارة", "وتجدر الاشارة", "ومما يذكر", "مما يذكر",
    "الجدير ذكره", "والجدير ذكره", "ومن الجدير ذكره"))
_THAT = frozenset(norm(w) for w in ("أن", "ان", "إلى", "الى", "بأن"))
OPENER_START = 2  # words of the sentence that may come before its opener («كما يذكر أن», «ومن الجدير …»)
_NOW = frozenset(norm(w) for w in ("اليوم", "أمس", "امس", "الليلة", "حاليا", "حالياً", "الآن"))


def told_as_context(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger's sentence opens with a context opener («يذكر أن مجلس الشورى رفض …»,
    «والجدير بالذكر أن الشرطة كانت …») and the trigger is no present verb and no deed of today
    («اليوم», «أمس» in the sentence): the story's past told again."""
    words = [k for k in range(a, h.first) if toks[k].word]
    if not any(_opens(toks, words[i:]) for i in range(min(OPENER_START + 1, len(words)))):
        return False
    if ongoing_verb(toks, h):
        return False  # «يذكر أن الوزارة تعمل …»: what is so now
    return not said_today(toks, a, h)


def _opens(toks: list[Tok], words: list[int]) -> bool:
    """True when the words start with an opener followed by «أن», «إلى أن» or «بأن»."""
    forms = [toks[k].form for k in words[:5]]
    for op in _OPENERS:
        n = len(op)
        if tuple(forms[:n]) == op and len(forms) > n and forms[n] in _THAT:
            return True
    return False


KANA = frozenset(norm(w) for w in ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"))
QAD = frozenset(norm(w) for w in ("قد", "وقد"))
QAD_REACH = 8  # words between a sentence's opening «وكان» and its «قد»


def pluperfect_sentence(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the sentence opens with «وكان … قد» and a past verb («وكان الوزير قد أعلن أن الأردن
    وافق …», «وكانت الشرطة قد اعتقلت … وصادرت …») and the trigger comes after that verb and is no
    present verb: everything it tells is the story's past."""
    words = [k for k in range(a, h.first) if toks[k].word]
    if not words or toks[words[0]].form not in KANA:
        return False
    qad = next((i for i, k in enumerate(words[1:QAD_REACH + 1], 1) if toks[k].form in QAD), None)
    if qad is None or qad + 1 >= len(words):
        return False
    verb = toks[words[qad + 1]].form
    if verb[:1] in ("ي", "ن") or (verb[:1] == "ت" and not verb.endswith(("ت", "وا"))):
        return False  # «وكان قد يتعين …»: no past verb after «قد»
    return not ongoing_verb(toks, h) and not said_today(toks, a, h)


def said_today(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger's sentence says «اليوم», «أمس», «الآن»: a deed of the day."""
    end = next((k for k in range(h.first, len(toks)) if toks[k].form in SENT_END), len(toks))
    return any(toks[k].form in _NOW for k in range(a, end))


def ongoing_verb(toks: list[Tok], h: Hit) -> bool:
    """True when the trigger is a present verb («تحاصر», «يقاتلون», «وتنتقد»): what is so now."""
    if h.trig.pos != "v":
        return False
    reading = trigger_reading(toks[h.first], h.trig)
    if reading[:1] == "ي":
        return True
    # «تحاصر» is present («يحاصر» is a trigger too); «تظاهر», «تعهد» are past verbs of forms V and VI
    return reading[:1] == "ت" and not reading.endswith(("ت", "وا")) and "ي" + reading[1:] in lexicon().by_first


def past_verb(toks: list[Tok], h: Hit) -> bool:
    """True when the trigger is a verb in the past («شن», «اعتقلت», «تظاهر»): what was done."""
    return h.trig.pos == "v" and not ongoing_verb(toks, h) and trigger_reading(toks[h.first], h.trig)[:1] != "ن"


def since_dated(times: list[TimeExpr], value: str | None, text: str) -> bool:
    """True when the date `value` was read off a time after «منذ» («تحاصر … منذ عام 2013»): when an
    ongoing deed began."""
    return any(t.value and t.value.split("T")[0] == value and _after_since(t, text) for t in times)


_EDGE = frozenset(fold(w) for w in ("نهاية", "بداية", "مطلع", "منتصف", "أواخر", "أوائل", "أول", "آخر"))


def _after_since(t: TimeExpr, text: str) -> bool:
    """True when the time opens with «منذ» or follows it right away and names a point in time
    («منذ أبريل», «منذ عام 2013»), not an amount of time («منذ 85 عاما»: that long ago)."""
    own = fold(t.text).split()
    before = fold(text[max(0, t.start - 12):t.start]).split()[-1:]
    if own and own[0] in SINCE:
        own = own[1:]
    elif not (before and before[0] in SINCE):
        return False
    if len(own) <= 1:
        return bool(own) and own[0] not in TIME_UNITS  # «منذ أبريل»; not «منذ سنوات»
    # «منذ 85 عاما», «منذ ستة أشهر»: a count of units; «منذ نهاية شهر مارس», «منذ عام 2013»: a point
    return own[0] in _EDGE or (len(own) > 1 and own[1] not in TIME_UNITS)


# ordinals of a deed told as the first of its kind since a past point («أول زيارة … منذ عام 2003», «الأولى منذ»)
_FIRST = frozenset(norm(w) for w in ("أول", "الأول", "الأولى", "أولى", "الاولى", "اول", "الاول", "أولي"))
FIRST_REACH = 8  # words before «منذ» in which the ordinal stands


def precedents(toks: list[Tok], a: int, b: int, times: list[TimeExpr], text: str) -> list[TimeExpr]:
    """The times of the sentence [a, b) that are the past point of «the first … since» («زيارة فابيوس إلى إيران،
    الأولى لوزير خارجية فرنسي منذ عام 2003», «في أول زيارة منذ 2010»): when such a deed last happened, the date
    of no deed the sentence tells."""
    out = []
    for t in times:
        if not (t.value and _after_since(t, text)):
            continue
        since = next((k for k in range(b - 1, a - 1, -1) if toks[k].start <= t.start
                      and toks[k].form in SINCE), None)
        if since is None:
            continue
        before = [k for k in range(a, since) if toks[k].word][-FIRST_REACH:]
        if any(toks[k].form in _FIRST for k in before):
            out.append(t)
    return out


# adjectives that tell a deed noun is to come («لقاءه المرتقب», «الاجتماع المزمع عقده», «القمة المقبلة»)
_EXPECTED = frozenset(norm(w) for w in (
    "المرتقب", "المرتقبة", "المزمع", "المزمعة", "المقبل", "المقبلة", "القادم", "القادمة", "المنتظر",
    "المنتظرة", "المقرر", "المقررة"))
EXPECTED_GAP = 1  # definite adjectives that may stand between the noun and its word of expectation


def expected_noun(toks: list[Tok], h: Hit) -> bool:
    """True when a word of the trigger is a noun followed by an adjective of expectation («لقاءه
    المرتقب», «الاجتماع الوزاري المقبل»): a deed to come, not one done."""
    for k in sorted({*range(h.first, h.last), *h.used}):
        if toks[k].word and not (h.trig.pos == "v" and k == h.first) and _expected_after(toks, k):
            return True  # (not the verb: «يزور الأسبوع المقبل» is told by its date)
    return False


def _expected_after(toks: list[Tok], k: int) -> bool:
    """True when the word after token k, or after up to `EXPECTED_GAP` definite words, is an adjective
    of expectation («المرتقب»)."""
    seen = 0
    for j in range(k + 1, min(len(toks), k + 4)):
        t = toks[j]
        if not t.word:
            if t.form in SENT_END or t.form in (",", "،", "(", ")", "«", "»"):
                return False
            continue
        if t.form in _EXPECTED:
            return True
        if seen >= EXPECTED_GAP or not t.form.startswith("ال"):
            return False
        seen += 1
    return False


def since_deed_names(toks: list[Tok], h: Hit, hits: list[Hit], groups: list[Group], b: int) -> set[str]:
    """The names told after a later deed noun opened by «منذ» in the clause that noun begins («زيارة لمسؤول
    غربي منذ توقيع الاتفاق بين إيران والقوى الكبرى» → إيران, القوى الكبرى), less any also named before
    that noun: the parties of that deed, none of trigger `h`'s."""
    out: set[str] = set()
    for other in hits:
        if other is h or other.first <= h.first or other.trig.pos != "n" or not _after_since_word(toks, other.first):
            continue
        end = next((k for k in range(other.last, b) if toks[k].form in CLAUSE_END or toks[k].form in SENT_END), b)
        before = {n for g in groups if g.first < other.first for n in g.names}
        out |= {n for g in groups if other.last <= g.first < end for n in g.names if n not in before}
    return out


def _after_since_word(toks: list[Tok], k: int) -> bool:
    """True when the word right before token k is «منذ» («منذ توقيع»)."""
    j = k - 1
    while j >= 0 and not toks[j].word:
        j -= 1
    return j >= 0 and toks[j].form in SINCE
