"""Which times of a sentence are a trigger's own: a relative clause keeps its time to itself.

The date of an event is the time of its own clause. A relative clause («الذي …», «التي …») is a clause
of its own, about the noun before it:
- a time told in a relative clause about another noun dates that clause's deed, not the trigger's
  («أدانت المملكة الجريمة التي نفذها مستوطنون فجر اليوم», «أعدم التنظيم 50 من أهالي المدينة الذين
  تظاهروا أول من أمس»: not the condemnation's, the execution's day). The trigger keeps it when the
  clause is its own, right after it («الهجوم الإرهابي الذي وقع أمس»), when the trigger is in that clause
  too, when the clause tells of a noun that tells the trigger's deed again («قتل ثلاثة في الهجوم الذي وقع
  أمس», «بحث في اتصال هاتفي … الاتصال الذي جرى أمس», «العملية التي جرت في 11 يوليو أدت إلى مقتل …»), or
  of the noun after «منذ» («منذ الانتخابات التي جرت في 7 يونيو»: when a span began);
- a trigger that opens a relative clause («الوحدات الكردية، التي تقاتل التنظيم في سوريا، … أمس») takes no
  time before the pronoun nor past the mark that ends its clause (a bracket too; not a comma that sets off
  a time: «الذي استقبله، صباح أمس، الرئيس»);
- a time after «منذ» right after a participle of a lasting state that qualifies another noun dates that
  state («عملية السلام القائمة منذ العام 2013», «الصيادين المحتجزين منذ أبريل»), not the trigger
  (`state_since`);
- a deed noun set a span of days before the clause («أُخلي سبيله اليوم الاثنين بعد يومين من احتجازه»,
  «بعد أيام من استدعاء السفير») takes the clause's day moved by that span when it is a count of days
  («يوم», «يومين»), else no time told before «بعد»/«قبل» (`governing_before`); a deed right after «عقب»,
  «إثر», «بعد» («عقب غارات») keeps the clause's day, most often its own.
`events.extract_events` reads each trigger's date off `own_times` (`found`: every trigger of the
sentence, those dropped as a topic too), but lets the date read off the whole sentence decide, as before,
whether the deed is the story's past and which tellings are one deed; the event takes its own clause's
date only at the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from marsad.clean.normalize import fold
from marsad.extract.events_tokens import CLAUSE_END, RELATIVE_PRONOUNS, SENT_END, THAT, Tok
from marsad.extract.events_triggers import Hit
from marsad.model import TimeExpr

OWN_WORDS = 2  # words between a noun (the trigger or a deed noun) and its own relative pronoun («الهجوم الإرهابي الذي»)
HELD_WORDS = 10  # words after a relative pronoun within which a time is told in its clause
INSIDE_WORDS = 3  # words after a relative pronoun within which a trigger is its clause's («التي تم اعتقالهم»)
_DONE_TO = frozenset(("COERCE", "CRIME"))  # other deeds an operation may be
# nouns of an operation or an incident that a deed of force told with them is («العملية التي جرت …»)
_OPERATIONS = frozenset(fold(w) for w in (
    "العملية", "عملية", "العمليات", "الحادث", "الحادثة", "حادث", "حادثة", "الواقعة", "الهجوم", "هجوم",
    "الغارة", "غارة", "الضربة", "ضربة", "الانفجار", "انفجار", "التفجير", "تفجير", "المداهمة", "مداهمة", "الحملة"))
_VIOLENT = frozenset(("ASSAULT", "FIGHT"))  # «قتل ثلاثة في الاشتباكات التي اندلعت أمس»: one deed
# participles of a lasting state («القائمة منذ», «المحتجزين منذ», «المستمرة منذ»), stems before their endings
_STATE_STEMS = frozenset(fold(w) for w in (
    "القائم", "المستمر", "المتواصل", "الجاري", "الدائر", "المندلع", "المحتجز", "المعتقل", "المسجون", "المحاصر",
    "المغلق", "المتوقف", "المعلق", "المفروض", "السائد", "المعمول", "المتبع", "المقيم", "المنفي", "المختطف",
    "المخطوف", "المفقود", "الموقوف", "المتمركز", "المنتشر", "الحاكم", "القابع", "المطبق"))
_ENDINGS = ("", "ة", "ين", "ون", "ان", "تين", "تان", "ه")
_SINCE = frozenset(fold(w) for w in ("منذ", "ومنذ"))
_PLACE_PREPS = frozenset(fold(w) for w in ("في", "داخل", "لدى", "عند", "على"))
# words that set a deed noun after them before or after the deed of the clause («بعد أيام من استدعاء …»)
_AFTER = frozenset(fold(w) for w in (
    "بعد", "وبعد", "إثر", "اثر", "وإثر", "عقب", "وعقب", "أعقاب", "اعقاب", "غداة", "قبل", "وقبل", "قبيل"))
_SPAN = frozenset(fold(w) for w in (
    "يوم", "يومين", "أيام", "ساعة", "ساعات", "ساعتين", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر",
    "شهور", "عام", "عامين", "أعوام", "سنة", "سنتين", "سنوات", "فقط", "نحو", "قرابة", "حوالي", "ثلاثة", "أربعة",
    "خمسة", "عدة", "بضعة", "من", "على"))
# a span of days told exactly: the deed noun's day is the clause's day less (after «بعد») or more (after «قبل») it
_DAYS = {fold("يوم"): 1, fold("يومين"): 2, fold("يومان"): 2}
_BEFORE = frozenset(fold(w) for w in ("قبل", "وقبل", "قبيل"))
AFTER_WORDS = 4  # words between «بعد» and the deed noun it governs («بعد ثلاثة أيام على هجوم»)
_BRACKETS = frozenset("()[]")  # «(… القوات التي دربتها)كما فرضت …»: a bracket closes a clause too


def _mark(form: str) -> bool:
    """True for a clause or sentence mark, a bracket or «أن»/«إن»: where a relative clause ends."""
    return form in CLAUSE_END or form in SENT_END or form in _BRACKETS or form in THAT


def _word_index(toks: list[Tok], a: int, b: int, t: TimeExpr) -> int | None:
    """The token of the sentence [a, b) where time `t` begins (maybe inside it: «والخميس»), or None."""
    return next((k for k in range(a, b) if toks[k].end > t.start and toks[k].start < t.end), None)


def _words_between(toks: list[Tok], lo: int, hi: int) -> int:
    return sum(1 for k in range(lo, hi) if toks[k].word)


def _clause_end(toks: list[Tok], r: int, b: int, timed: set[int]) -> int:
    """The token that ends the relative clause opened at `r`: a mark (`_mark`), or `b`; not a comma that
    sets off a time (`timed`: the first tokens of the sentence's times), an aside of the clause («الذي
    استقبله، صباح أمس، الرئيس»)."""
    for k in range(r + 1, b):
        if _mark(toks[k].form) and not (toks[k].form in CLAUSE_END and k + 1 in timed):
            return k
    return b


def _holding_relative(toks: list[Tok], a: int, k: int, reach: int = HELD_WORDS) -> int | None:
    """The relative pronoun whose clause holds token k: one up to `reach` words before it, with no
    clause mark, «أن»/«إن» nor other pronoun between; None when there is none."""
    words = 0
    for r in range(k - 1, a - 1, -1):
        f = toks[r].form
        if _mark(f):
            return None
        if f in RELATIVE_PRONOUNS:
            return r
        if toks[r].word:
            words += 1
            if words > reach:
                return None
    return None


def _own_relative(toks: list[Tok], h: Hit, r: int) -> bool:
    """True when the relative pronoun at r opens the trigger's own clause: right after its words."""
    return h.after <= r and _words_between(toks, h.after, r) <= OWN_WORDS


def _same_deed(h: Hit, x: Hit) -> bool:
    """True when two triggers may tell one deed: the same type, or an attack and a clash."""
    return x.trig.type == h.trig.type or {x.trig.type, h.trig.type} <= _VIOLENT


def _bare(form: str) -> str:
    """A word without «و», «ب», «ل» nor «ال» glued before it («بالاتصال» → «اتصال»)."""
    for pre in ("وبال", "وال", "بال", "لل", "ال"):
        if form.startswith(pre) and len(form) - len(pre) >= 3:
            return form[len(pre):]
    return form


def _deed_head(toks: list[Tok], h: Hit, hits: list[Hit], r: int) -> bool:
    """True when the relative at r tells of a deed noun right before it that tells the trigger's deed
    again: a trigger of the same deed («قتل ثلاثة في الهجوم الذي وقع أمس») or a word of the trigger's
    own told again («بحث في اتصال هاتفي … خلال الاتصال الذي جرى أمس»)."""
    if any(x is not h and _same_deed(h, x) and x.after <= r and _words_between(toks, x.after, r) <= OWN_WORDS
           for x in hits):
        return True
    head = [k for k in range(max(0, r - 2 * OWN_WORDS), r) if toks[k].word][-OWN_WORDS:]
    if h.trig.type in _VIOLENT | _DONE_TO and any(toks[k].form in _OPERATIONS for k in head):
        return True  # «أن العملية التي جرت في 11 يوليو أدت إلى مقتل …»: the operation is the killing
    mine = {*range(h.first, h.after), *h.used}
    own = {_bare(toks[k].form) for k in mine if toks[k].word}
    before = [k for k in range(max(0, r - 2 * OWN_WORDS), r) if toks[k].word][-OWN_WORDS:]
    return any(_bare(toks[k].form) in own for k in before if k not in mine)


def _inside(toks: list[Tok], a: int, h: Hit) -> int | None:
    """The relative pronoun whose clause the trigger opens («التي تقاتل», «الذين تم اعتقالهم»): up to
    `INSIDE_WORDS` words before it, with no mark between; None when the trigger is in no relative clause."""
    r = _holding_relative(toks, a, h.first)
    return r if r is not None and _words_between(toks, r + 1, h.first) < INSIDE_WORDS else None


def state_since(toks: list[Tok], a: int, h: Hit, k: int) -> bool:
    """True when the time at token k follows «منذ» right after a participle of a lasting state
    («القائمة منذ العام 2013»), or after such a participle and a short phrase of place («المستمرة بالقطاع
    منذ», «المحتجزين في سجونها منذ»), that is not the trigger's own word nor within `OWN_WORDS` words after it."""
    words = [j for j in range(max(a, k - 4), k) if toks[j].word]
    since = next((j for j in reversed(words) if toks[j].form in _SINCE), None)
    if since is None or _words_between(toks, since + 1, k) > 1:
        return False
    before = [j for j in range(since - 1, a - 1, -1) if toks[j].word][:3]  # nearest first
    # the participle right before «منذ», or before a short phrase of place («المستمرة بالقطاع منذ»)
    part = next((j for i, j in enumerate(before) if _state(toks[j].form)
                 and (i == 0 or _place_word(toks[before[i - 1]].form))), None)
    if part is None or h.first <= part < h.after:
        return False
    return not (h.after <= part and _words_between(toks, h.after, part) < OWN_WORDS)


def _state(f: str) -> bool:
    """A participle of a lasting state («المستمرة», «المحتجزين»)."""
    return any(f.endswith(e) and f[:len(f) - len(e)] in _STATE_STEMS for e in _ENDINGS if len(f) > len(e))


def _place_word(f: str) -> bool:
    """The first word of a phrase of place after a participle («بالقطاع», «في غزة», «لديها»)."""
    return f in _PLACE_PREPS or f.startswith(("ب", "ل"))


def governing_before(toks: list[Tok], a: int, h: Hit) -> int | None:
    """The token of «بعد», «إثر», «قبل» … that governs the deed noun trigger across a span of time
    («بعد أيام من استدعاء السفير», «بعد ثلاثة أيام على هجوم»): two to `AFTER_WORDS` words of a span
    between; None for a verb, a noun right after («عقب غارات»: the same day, most often) or none."""
    if h.trig.pos != "n":
        return None
    k = h.first - 1
    words = 0
    while k >= a and words <= AFTER_WORDS and not _mark(toks[k].form):
        if toks[k].word:
            if toks[k].form in _AFTER:
                return k if words >= 2 else None  # not «عقب غارات»: right after, most often the same day
            if toks[k].form not in _SPAN and not toks[k].form.isdigit():
                return None
            words += 1
        k -= 1
    return None


def _shifted(toks: list[Tok], gov: int, h: Hit, t: TimeExpr) -> TimeExpr | None:
    """The clause's day `t` moved by the span of days between «بعد»/«قبل» at `gov` and the deed noun
    («أخلي سبيله الاثنين بعد يومين من احتجازه» → Saturday); None when the span is no exact count of days
    or `t` is no day."""
    span = [toks[k].form for k in range(gov + 1, h.first) if toks[k].word]
    days = _DAYS.get(span[0]) if len(span) == 2 and span[1] in (fold("من"), fold("على")) else None
    if days is None or not t.value or t.grain not in ("day", "hour", "minute") or t.kind != "date":
        return None
    try:
        day = dt.date.fromisoformat(t.value.split("T")[0])
    except ValueError:
        return None
    day += dt.timedelta(days=days if toks[gov].form in _BEFORE else -days)
    return replace(t, value=day.isoformat(), grain="day")


def _after_since(toks: list[Tok], a: int, r: int) -> bool:
    """True when the noun the relative pronoun at r tells of follows «منذ» («منذ الانتخابات التي جرت …»)."""
    before = [k for k in range(max(a, r - 2 * OWN_WORDS - 1), r) if toks[k].word][-(OWN_WORDS + 1):]
    return any(toks[k].form in _SINCE for k in before)


def own_times(toks: list[Tok], a: int, b: int, h: Hit, hits: list[Hit],
              times: list[TimeExpr]) -> list[TimeExpr]:
    """The times of the sentence [a, b) that may date trigger `h`: not one told in a relative clause about
    another noun, not one outside the relative clause the trigger opens, not one of another noun's lasting
    state after «منذ»."""
    at = {id(t): _word_index(toks, a, b, t) for t in times}
    timed = {k for k in at.values() if k is not None}
    first = min([h.first, *h.used])
    home = _inside(toks, a, h)
    if home is not None and _deed_head(toks, h, hits, home):
        home = None  # «الهجوم على المتحف في مارس الذي أدى إلى مقتل 22»: the head deed's time is the deaths'
    home_end = _clause_end(toks, home, b, timed) if home is not None else b
    if home is not None and max([h.after - 1, *h.used]) >= home_end:
        home = None  # «الذي أجري معه عبر الهاتف، عن أن لقاءه»: the trigger's own words run past the clause
    held = _holding_relative(toks, a, first, 2 * HELD_WORDS)  # the relative clause the trigger is told in, if any
    gov = governing_before(toks, a, h)  # «وقال البيان السبت بعد أيام من استدعاء السفير»: not the recall's day
    kept: list[TimeExpr] = []
    for t in times:
        k = at[id(t)]
        if k is None:
            kept.append(t)
            continue
        if gov is not None and k < gov:
            moved = _shifted(toks, gov, h, t)  # «بعد يومين من احتجازه»: two days before the clause's day
            if moved is not None:
                kept.append(moved)
            continue  # the day of the clause that tells what came after the deed
        if home is not None and (k < home or k >= home_end):
            continue  # «التي تقاتل …، … أمس»: the main clause's time
        r = _holding_relative(toks, a, k)
        if r is not None and _after_since(toks, a, r):
            r = None  # «منذ الانتخابات التي جرت في 7 يونيو»: when the span began, the deed's own «منذ»
        if r is not None and _habitual(toks, r, b) and _past_point(t):
            r = None  # «المساجد التي ترتادها الجماعة … الاثنين الماضي»: a habit has no past day; the deed's
        if r is not None and r != held and not first <= k < h.after and not r < first <= k \
                and not first <= r < h.after and not _own_relative(toks, h, r) and not _deed_head(toks, h, hits, r):
            continue  # «أدانت … الجريمة التي نفذها مستوطنون فجر اليوم»: the crime's time
        if state_since(toks, a, h, k):
            continue  # «وعملية السلام القائمة منذ العام 2013»: since when the peace process stands
        kept.append(t)
    return kept


_PAST_WORDS = frozenset(fold(w) for w in ("الماضي", "الماضية", "أمس", "الفائت", "الفائتة", "المنصرم", "المنصرمة"))


def _habitual(toks: list[Tok], r: int, b: int) -> bool:
    """True when the relative clause at r tells a habit or a state by a present verb («التي ترتادها»,
    «الذين يسكنون»), not a deed of its own."""
    nxt = next((k for k in range(r + 1, b) if toks[k].word), None)
    if nxt is None or len(toks[nxt].form) < 4:
        return False
    f = toks[nxt].form
    if f.startswith(("ي", "ن")):
        return True  # («يسكنون», «نعرفها»)
    # «التي ترتادها» (she frequents), not «الذين تظاهروا», «التي تعرضت» (Form V past)
    return f.startswith("ت") and toks[r].form == fold("التي") and not f.endswith(("وا", "ت"))


def _past_point(t: TimeExpr) -> bool:
    """True when a time is a past point («الاثنين الماضي», «أمس»), which no present habit takes."""
    return any(fold(w) in _PAST_WORDS for w in t.text.split())
