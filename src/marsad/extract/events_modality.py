"""Modality of an event: negation, hedging and who claims it.

Negation (لم لن لا عدم …, and «لم يكن هناك», «ليس هناك» before a deed noun) sets `negated`; «قد», «مستعدة ل»,
«من المتوقع», سـ + present, a condition («إذا», «لو», «في حال»), an intention, a fear or a possibility
(«تعتزم», «يخشى», «من الممكن») and a لـ of purpose set `hedged`; a trigger inside a speech quote is claimed by the
quote's speaker, who is its source when it is in the first person plural («ندين»).
"""

from __future__ import annotations

import calendar
from datetime import date

from marsad.extract.events_background import KANA, ongoing_verb
from marsad.extract.events_lexicon import PRESENT, Lexicon, Trigger, Words, norm
from marsad.extract.events_place import SINCE
from marsad.extract.events_tokens import THAT, Tok, has
from marsad.extract.events_tokens import clause_words as words_of_clause
from marsad.extract.events_triggers import Hit, trigger_reading
from marsad.model import Quote

_QAD = frozenset(("قد", "وقد", "فقد", "لقد"))
PURPOSE = frozenset(("ل", "لل", "ول", "ولل", "فل", "فلل"))  # a لـ of purpose glued to a verbal noun
_CASE = frozenset(norm(w) for w in ("حال", "حالة"))  # «في حال», «في حالة»: a condition
_IN = frozenset(norm(w) for w in ("في", "وفي", "ففي"))


def is_negated(toks: list[Tok], a: int, h: Hit, L: Lexicon) -> bool:
    """True when a negation («لم», «لن», «عدم», «لم يتم») stands right before the trigger, or a negated
    light or ability verb does («لم يقم بقصف», «لم تتمكن القوات من اقتحام»)."""
    W = L.words
    prev = [toks[k] for k in range(max(a, h.first - 3), h.first) if toks[k].word]
    if not prev:
        return False
    last = prev[-1]
    if negation(last, W) or ("عدم" in last.reads):
        return True
    if len(prev) >= 2 and last.form in ("يتم", "تم", "يكن", "تكن") and negation(prev[-2], W):
        return True
    if there_is_none(prev, W):
        return True
    # «لم يقم بقصف», «لم تتمكن القوات من اقتحام»: a light or ability verb negated before the deed
    wide = [toks[k] for k in range(max(a, h.first - 5), h.first) if toks[k].word]
    return any(has(t, W["can"]) and i > 0 and (has(wide[i - 1], W["neg"]) or "عدم" in wide[i - 1].reads)
               for i, t in enumerate(wide))


_THERE = norm("هناك")
_BE = frozenset(norm(w) for w in ("يكن", "تكن", "يوجد", "توجد"))


def there_is_none(prev: list[Tok], W: Words) -> bool:
    """True when the words before a deed noun deny there was one: «ليس هناك», «لم يكن هناك», «لا يوجد
    هناك» right before it («ولم يكن هناك اعتداء إيراني مباشر على …»)."""
    if not prev or prev[-1].form != _THERE or len(prev) < 2:
        return False
    if negation(prev[-2], W):
        return True  # «ليس هناك هجوم»
    return len(prev) >= 3 and prev[-2].form in _BE and negation(prev[-3], W)


def negation(tok: Tok, W: Words) -> bool:
    """A negation particle, alone or after «و»/«ف» («لم», «ولم», «فلن»)."""
    form = tok.form
    return form in W["neg"] or (form[:1] in ("و", "ف") and form[1:] in W["neg"])


def is_hedged(toks: list[Tok], a: int, h: Hit, pre: str, L: Lexicon) -> bool:
    """True when the trigger is told as possible, planned or conditional; `pre` is what its reading
    took off the front of its token («س», «ل»)."""
    W = L.words
    tok = toks[h.first]
    reading = trigger_reading(tok, h.trig)
    if reading[:1] in PRESENT and h.trig.pos == "v" and pre.endswith("س"):
        return True  # «سيلتقي», «سأعمل»
    # a verb in ا is read as past: «وقد اعتقلت الشرطة …» asserts (a first person «أعتقل» is rare in news)
    present = reading[:1] in PRESENT and reading[:1] != "ا" and h.trig.pos == "v" and not nun_past(reading)
    if pre in PURPOSE:
        return True
    prev = [toks[k] for k in range(max(a, h.first - 6), h.first) if toks[k].word]
    near = prev[-4:]
    for i, t in enumerate(near):
        if t.form in _QAD:  # «وقد أطلقوا هجوما»: before a past verb, «قد» asserts
            if present or (h.trig.pos != "v" and i + 1 < len(near) and present_form(near[i + 1].form)):
                return True  # «قد تعلن الشرطة اعتقال …»
            continue
        if has(t, W["hedge"]) and (present or h.trig.pos != "v" or has(t, W["hedge_past"])):
            return True
    if any(has(t, W["unreal"]) for t in near):
        return True
    if prev and (prev[-1].form in _WANT or (len(prev) > 1 and prev[-2].form in _WANT and prev[-1].form in THAT)):
        return True  # «أنه يريد ترحيله», «يريدون أن يعتقلوا»: what someone wants done, not a deed told
    if any(prev[i].form in _IN and has(prev[i + 1], _CASE) for i in range(len(prev) - 1)):
        return True  # «في حال هاجمت إيران السفن»
    return any(t.form in ("اذا", "لو", "واذا") and not (i and prev[i - 1].form in ("ما", "عما"))
               for i, t in enumerate(prev))  # «ما إذا»: whether, not if


# verbs of wanting: a deed right after one (or after «أن» after one) is wanted, not done («يريد ترحيله»;
# not «يريد الاطمئنان على سير معارك الأنبار»: the battles are no object of the wanting)
_WANT = frozenset(norm(w) for w in ("يريد", "تريد", "يريدون", "يردن", "نريد", "أريد", "يرغب", "ترغب", "يرغبون",
                                     "نرغب", "ويريد", "وتريد", "ويريدون"))


_SABAQ = frozenset(norm(w) for w in ("سبق", "وسبق", "فسبق", "سبقت", "وسبقت"))
_SABAQ_THAT = frozenset(norm(w) for w in ("أن", "وأن", "له", "لها", "لهم", "و"))


def is_background(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when a verb is told as the story's past: a past verb after «كان (قد)» («وكان الحوثيون قد
    اقتحموا …», «وكانت الشرطة اعتقلت …»: the pluperfect), or after «سبق أن», «سبق و» («سبق أن
    أدانت …»); or when any trigger's clause dates it years back (`dated_past`). Its date, if the
    sentence gives one, is its own; the event is no news of the day."""
    if dated_past(toks, a, h):
        return True
    if h.trig.pos != "v" or present_form(toks[h.first].form.lstrip("وف")):
        return False
    if any(toks[k].form in _SABAQ and toks[k + 1].form in _SABAQ_THAT for k in range(max(a, h.first - 6), h.first)):
        return True  # («سبق - الرياض:»: the paper's name in a byline is no «سبق أن»)
    prev = [toks[k] for k in range(max(a, h.first - 6), h.first) if toks[k].word]
    near = prev[-4:]
    if any(t.form in ("اذا", "لو") for t in near):
        return False  # «ما إذا كانت الطائرة دمرت»: whether, not when
    if near and near[-1].form in _QAD:
        near = near[:-1]
    return any(t.form in KANA for t in near[-3:])


def nun_past(reading: str) -> bool:
    """A past verb whose root starts with ن, not a present one of «نحن»: «ناشدت», «نفذت», «نشروا», «ناقش»
    (after «قد» it asserts: «كانت السلطة قد ناشدت …»; «قد نقاتل» hedges)."""
    return reading[:1] == "ن" and (reading.endswith(("ت", "وا")) or reading[:2] == "نا")


def present_form(form: str) -> bool:
    """A word that reads as a present verb («يعلن», «تعلن»), not a past one («تمكنت», «تم»)."""
    return form[:1] == "ي" or (form[:1] == "ت" and not form.endswith(("ت", "وا")) and form not in ("تم", "تمت"))


def quote_speaker(speech: list[Quote], pos: int) -> tuple[str | None, bool]:
    """The speaker of the speech quote around character `pos` (None if unnamed), and whether
    `pos` is inside a speech quote at all."""
    claimed = next((q.speaker for q in speech if q.start <= pos < q.end), None)
    in_quote = any(q.start <= pos < q.end for q in speech)
    return claimed, in_quote


def first_person(tok: Tok, reading: str, by_first: dict[str, list[Trigger]]) -> bool:
    """A trigger in the first person plural («ندين», «استهدفنا»): the speaker did it."""
    return (reading[:1] == "ن" and ("ي" + reading[1:]) in by_first) or (
        tok.form.endswith("نا") and reading != tok.form)


_ANNIVERSARY = frozenset(norm(w) for w in ("ذكرى", "الذكرى", "لذكرى", "بذكرى", "وذكرى", "للذكرى", "بالذكرى"))
_AGO = frozenset(norm(w) for w in ("قبل", "وقبل"))
_YEARS = frozenset(norm(w) for w in (
    "عام", "عاما", "عامين", "أعوام", "سنة", "سنوات", "سنتين", "سنين", "عقد", "عقدين", "عقود", "قرن", "قرون",
    "السنوات", "الأعوام", "العقود", "عشرات"))
_ERA = frozenset(norm(w) for w in ("إبان", "وإبان", "آنذاك", "حينذاك", "وقتذاك", "عهد", "عهده", "عهدها"))
_LAST = frozenset(norm(w) for w in ("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة"))
_YEAR_NOUNS = frozenset(norm(w) for w in ("العام", "السنة", "الأعوام", "السنوات", "العقود", "العقد"))
PAST_REACH = 8  # words around a trigger, within its clause, searched for a mark of years past
SPAN_REACH = 4  # words before a trigger where «منذ …», «قبل … سنوات» date it
_MOST = frozenset(norm(w) for w in (
    "أكثر", "أعلى", "أسوأ", "أكبر", "أشد", "أعنف", "أدنى", "أقل", "أطول", "أضخم", "أفضل", "دموي", "دموية",
    "الأكثر", "الأسوأ", "الأكبر", "الأعنف", "الأشد"))


def dated_past(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger's clause sets it years back: «منذ 2004», «منذ سنوات», «قبل أكثر من خمس
    سنوات», «العام الماضي», «إبان», «آنذاك», «في عهد …»; or it is what an anniversary recalls
    («ذكرى مرور عام على مقتل …», «إحياء لذكرى براون الذي قتل …»)."""
    before = clause_words(toks, a, h.first, -1)
    after = clause_words(toks, a, h.last - 1, 1)
    near = before[-PAST_REACH:] + after[:PAST_REACH]
    if any(toks[k].form in _ANNIVERSARY for k in before[-6:]):
        return True
    close = set(before[-SPAN_REACH:] + after[:SPAN_REACH])  # «منذ», «قبل»: a span of years right by the deed
    now = ongoing_verb(toks, h)  # «وتحاصر … منذ عام 2013»: still so
    for i, k in enumerate(near):
        form = toks[k].form
        span = [toks[j].form for j in near[i + 1:i + 5]]
        if now and form in SINCE:
            continue
        if k in close and _years_span(form, span) and not (i and toks[near[i - 1]].form in _MOST):
            return True  # (not «أكثر موسم قتال دموي منذ عقد»: a record compared, not a date)
        if form in _ERA or (form in _YEAR_NOUNS and span and span[0] in _LAST):
            return True
    return False


def _years_span(form: str, span: list[str]) -> bool:
    """«منذ» or «قبل» opening a span of years («منذ 2004», «منذ عام 2011», «منذ سنوات», «قبل أكثر من
    خمس سنوات»); `span`: the words after it."""
    if form in SINCE and span:
        return span[0] in _YEARS or _year(span[0])
    return form in _AGO and any(w in _YEARS for w in span)


def _year(form: str) -> bool:
    """A year written in digits («2004», «1974»)."""
    return len(form) == 4 and form.isdigit() and form[:2] in ("19", "20")


def clause_words(toks: list[Tok], a: int, i: int, step: int, reach: int = 2 * PAST_REACH) -> list[int]:
    """Word tokens of the clause from token i (exclusive) going back (step -1, nearest last) or on
    (step 1), up to `reach`, stopping at a clause or sentence mark (or the sentence start `a`): the walk of
    `events_tokens.clause_words`, in text order."""
    if step < 0:
        return words_of_clause(toks, i - 1, a - 1, reach, back=True)[::-1]
    return words_of_clause(toks, max(i + 1, a), len(toks), reach)


STALE_DAYS = 60  # an event dated to a period that ended this long before its article was published is background


def dated_before(value: str | None, reference: date | None) -> bool:
    """True when an event's date (ISO: a year, a month, an ISO week or a day, maybe with a time) is a
    period that ended more than `STALE_DAYS` before the article's publication date (`reference`):
    «في عام 2011», «في سبتمبر الماضي» told in a July 2015 article are the story's past, not its news."""
    if not value or reference is None:
        return False
    end = _period_end(value.split("T")[0])
    return end is not None and (reference - end).days > STALE_DAYS


HISTORY_YEARS = 20  # an event dated this many years before its article is history, told as no news at all


def historical(value: str | None, reference: date | None) -> bool:
    """True when an event's date is a period that ended more than `HISTORY_YEARS` years before the article's
    publication date: «في خطاب في العام 1963 دعا كينيدي الى السلام», «الجاسوس الذي اعتقل في 1985» told in a
    2015 article are history recalled, no event of the news (a deed some months or years old stays, as
    background: `dated_before`)."""
    if not value or reference is None:
        return False
    end = _period_end(value.split("T")[0])
    return end is not None and end.year < reference.year - HISTORY_YEARS


def _period_end(value: str) -> date | None:
    """The last day of an ISO year («2011»), month («2014-09»), week («2015-W30») or day; None if unreadable."""
    try:
        if len(value) == 4:
            return date(int(value), 12, 31)
        if "W" in value:
            year, week = value.split("-W")
            return date.fromisocalendar(int(year), int(week), 7)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return date(y, m, calendar.monthrange(y, m)[1])
        return date.fromisoformat(value)
    except ValueError:
        return None


def dated_after(value: str | None, reference: date | None) -> bool:
    """True when an event's date is a period that begins after the article's publication date
    (`reference`): «في أكتوبر المقبل», «العام المقبل»."""
    if not value or reference is None:
        return False
    start = _period_start(value.split("T")[0])
    return start is not None and start > reference


def _period_start(value: str) -> date | None:
    """The first day of an ISO year, month, week or day; None if unreadable."""
    try:
        if len(value) == 4:
            return date(int(value), 1, 1)
        if "W" in value:
            year, week = value.split("-W")
            return date.fromisocalendar(int(year), int(week), 1)
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 1)
        return date.fromisoformat(value)
    except ValueError:
        return None
