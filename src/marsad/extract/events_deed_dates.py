"""The date of a deed noun that a trial, an inquiry or an anniversary governs.

A sentence such as «بدأت اليوم الاثنين محاكمة المتهمين في تفجير المسجد» or «أعلنت … تشكيل لجنة للتحقيق
في جريمة تفجير …» dates the trial or the inquiry, not the deed it names: the deed noun right after
such a governing noun (`governor`) takes only a date told of the deed itself (`own_date`): one in a
relative clause on it («الهجوم الذي وقع الجمعة»), or one right after it that names a day by its figures,
a month or a year («تفجيرات 11 سبتمبر», «الاعتداء … عام 2012»); otherwise none. A governor that shows the
deed is over (a trial, the accused, a case, an anniversary: «محاكمة», «المتهمين في», «قضية», «الذكرى
الأولى لمقتل», «مرور عام على») also makes it background; an inquiry («التحقيق في») does not: the deed it
looks into may be today's news. `events.py` calls `governed_date` on each event of a sentence.

Across sentences (`events_merge`), a telling dated days away from a deed of its type told before is
another deed unless it refers back (`apart_in_time`: «عام 2013» … «الجمعة»), and a deed so kept apart,
the story's past, takes in no later undated telling that names a party (`undated_party`). A trial's or an
inquiry's date no longer dates the deed it names (above), so it cannot keep two tellings of one deed apart.
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.extract.events_lexicon import forms, norm
from marsad.extract.events_modality import clause_words
from marsad.extract.events_tokens import RELATIVE_PRONOUNS, SENT_END, THAT, Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event, TimeExpr

# nouns that tell the deed after them is over: its trial, its accused, its case, its anniversary
_PAST_GOVERNORS = forms(
    "محاكمة", "محاكمات", "المحاكمة", "متهم", "متهمين", "متهمون", "متهمان", "متهمة", "المتهم", "المتهمين",
    "المتهمون", "المتهمان", "المتهمة", "مدان", "مدانين", "المدان", "المدانين", "قضية",
    "القضية", "قضايا", "بتهمة", "تهمة", "بتهم", "تهم", "ذكرى", "الذكرى", "ذكري", "مرور", "المشتبه")
# the governors that also reach a deed verb of a relative clause on their deed phrase: a trial, the accused, an
# anniversary (a «case» or an inquiry may be today's news: «التحقيق معهم في القضية التي تعتبر قتل شبه العمد»)
_TRIAL_GOVERNORS = forms(
    "محاكمة", "محاكمات", "المحاكمة", "متهم", "متهمين", "متهمون", "المتهم", "المتهمين", "المتهمون", "ذكرى",
    "الذكرى", "ذكري", "مرور")
# nouns that tell an inquiry into the deed after them
_INQUIRY_GOVERNORS = forms("تحقيق", "التحقيق", "تحقيقات", "التحقيقات", "تحقيقا")
# words that open another clause: the deed after them is not the governor's
_STOPS = forms("الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "بينما", "فيما", "عندما", "بعد", "قبل",
               "منذ", "خلال", "أثناء", "اثناء") | THAT
DEED_TYPES = frozenset(("ASSAULT", "COERCE", "SEIZE", "FIGHT"))  # deeds tried, looked into, remembered
GOVERNOR_REACH = 4  # words between the governing noun and the deed noun
PHRASE_REACH = 7  # words before a relative pronoun in which the governor of its deed phrase stands
OWN_REACH = 6  # words after the deed noun within which a date it names is its own
RELATIVE_REACH = 20  # words after the deed noun within which its relative clause dates it
RELATIVE_OPEN = 8  # words after the deed noun within which its relative clause opens


def governor(toks: list[Tok], a: int, h: Hit) -> str | None:
    """"past" when the trigger is a deed noun (`DEED_TYPES`) and a noun of trial, accusation, case or
    anniversary stands up to `GOVERNOR_REACH` words before it in its clause («محاكمة المتهمين في
    تفجير», «الذكرى الأولى لمقتل»), "inquiry" for a noun of inquiry («التحقيق في الهجوم»), None
    otherwise (a verb trigger, or another clause opened between)."""
    if h.trig.pos != "n" or h.trig.type not in DEED_TYPES:
        return None  # «وقوبلت هذه القضايا بصيحات احتجاج»: a reaction, no deed on trial
    for k in reversed(clause_words(toks, a, h.first, -1, GOVERNOR_REACH)):
        if toks[k].form in _STOPS:
            return None
        if has(toks[k], _PAST_GOVERNORS):
            return "past"
        if has(toks[k], _INQUIRY_GOVERNORS):
            return "inquiry"
    return None


def governed_relative(toks: list[Tok], a: int, h: Hit) -> str | None:
    """`governor`'s answer for a deed verb opening a relative clause on a governed noun phrase, when no
    deed noun of it was kept as a trigger («الاتهام إلى المتهمين في حادث التفجير الذي استهدف المسجد»): "past"
    when a trial, the accused or an anniversary stands up to `PHRASE_REACH` words before the relative
    pronoun (past the deed's own words), None otherwise."""
    if h.trig.pos != "v" or h.trig.type not in DEED_TYPES:
        return None
    before = clause_words(toks, a, h.first, -1, 2)
    rel = next((k for k in reversed(before) if toks[k].form in RELATIVE_PRONOUNS), None)
    if rel is None:
        return None
    for k in reversed(clause_words(toks, a, rel, -1, PHRASE_REACH)):
        if toks[k].form in _STOPS:
            return None
        if has(toks[k], _TRIAL_GOVERNORS):
            return "past"
    return None


def _names_a_date(t: TimeExpr) -> bool:
    """True when the time names its date by figures, a month or a year («11 سبتمبر», «عام 2012»,
    «يونيو الماضي»), not only by a day word of the news («اليوم الاثنين», «أمس»)."""
    return any(c.isdigit() for c in t.text) or t.grain in ("month", "year")


def own_date(toks: list[Tok], h: Hit, b: int, times: list[TimeExpr], next_deed: int) -> str | None:
    """The date the sentence tells of the deed itself: a time in a relative clause on the deed noun,
    up to `RELATIVE_REACH` words on («الهجوم الذي وقع الجمعة»), or one that names a date up to
    `OWN_REACH` words on («تفجير 12 مايو»), before the sentence end `b` and the next deed told
    (`next_deed`, a token index; a relative clause may tell it: «الذي أدى إلى مقتل … عام 2012»); None
    when there is none."""
    end = next((k for k in range(h.last, b) if toks[k].form in SENT_END), b)
    after = [k for k in range(h.last, end) if toks[k].word]
    relative = next((i for i, k in enumerate(after[:RELATIVE_OPEN]) if toks[k].form in RELATIVE_PRONOUNS), None)
    for t in sorted(times, key=lambda x: x.start):
        at = next((i for i, k in enumerate(after) if toks[k].start >= t.start), None)
        if at is None or t.start < toks[h.last - 1].end:
            continue
        in_relative = relative is not None and relative < at <= RELATIVE_REACH
        if in_relative or (at <= OWN_REACH and t.start < toks[min(next_deed, end) - 1].end
                           and _names_a_date(t)):
            value = t.value
            return value.split("T")[0] if value and "T" in value and "W" not in value else value
    return None


def _relative_of(toks: list[Tok], x: Hit, h: Hit) -> bool:
    """True when the deed `h` is told in a relative clause on the deed noun `x` before it, in its sentence
    («الاعتداء على القنصلية … الذي أدى إلى مقتل السفير»)."""
    between = [k for k in range(x.last, h.first) if toks[k].word]
    if any(toks[k].form in SENT_END for k in range(x.last, h.first)) or len(between) > RELATIVE_REACH:
        return False
    return any(toks[k].form in RELATIVE_PRONOUNS for k in between[:RELATIVE_OPEN])


def governed_date(toks: list[Tok], a: int, b: int, h: Hit, hits: list[Hit], times: list[TimeExpr],
                  date: str | None, background: bool) -> tuple[str | None, bool]:
    """The date and background flag of the deed `h` when a trial, an accusation, a case, an anniversary
    or an inquiry governs it (`governor`), or governs the deed noun whose relative clause tells it: only
    the governed deed's own date (`own_date`), and background for a deed over; `date` and `background`
    as they are otherwise."""
    head, kind = h, governor(toks, a, h)
    if kind is None:
        head = next((x for x in hits if x.last <= h.first and x.trig.type == h.trig.type
                     and governor(toks, a, x) and _relative_of(toks, x, h)), h)
        kind = governor(toks, a, head) if head is not h else governed_relative(toks, a, h)
    if kind is None:
        return date, background
    next_deed = min((x.first for x in hits if x.first >= head.last and x is not h), default=b)
    return own_date(toks, head, b, times, next_deed), background or kind == "past"


FAR_DAYS = 3  # the most days two datings of one deed lie apart («الجمعة» … «أمس السبت» … «اليوم الأحد»)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def date_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date covers («2015-08-07», «2015-08», «2015», «2015-W31»), or None
    for no date or one not read."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
    except ValueError:
        return None
    return None


def far_dates(p: Event, ev: Event) -> bool:
    """True when both tellings are dated and their dates lie more than `FAR_DAYS` days apart
    («2013» … «2015-08-10»): two deeds."""
    a, b = date_span(p.date), date_span(ev.date)
    if a is None or b is None:
        return False
    return max((b[0] - a[1]).days, (a[0] - b[1]).days) > FAR_DAYS


def older(p: Event, ev: Event) -> bool:
    """True when the telling `ev` is dated to a time wholly before `p`'s date («نهاية يوليو» after the
    news of «الجمعة»): the story's past, told after its news."""
    a, b = date_span(p.date), date_span(ev.date)
    return a is not None and b is not None and (a[0] - b[1]).days > FAR_DAYS


_MONTHS = forms("يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس",
                 "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار",
                 "حزيران", "تموز", "آب", "أيلول", "تشرين", "عام", "العام", "سنة")
FRONT_WORDS = 4  # the first words of a sentence in which a time it opens with stands


def fronted_date(text: str, ev: Event) -> bool:
    """True when the telling's sentence opens with a time that names its month or year («وفي نهاية يوليو
    أدى انفجار …», «وفي عام 2012 قتل …»): the sentence tells another time."""
    head = text[ev.start:ev.end].split()[:FRONT_WORDS]
    return any(norm(w) in _MONTHS or w.isdigit() for word in head for w in re.findall(r"\w+", word))


def apart_in_time(p: Event, ev: Event, back: bool, fronted: bool) -> bool:
    """True when the later telling `ev` is dated days away from `p` (`far_dates`) and is no noun that
    refers back (`back`: «منفذ تفجير المسجد», whose sentence may date another deed it names); a telling
    that names no party must open with its time (`fronted`: «وفي نهاية يوليو أدى انفجار …»), since a
    bare retelling's sentence often dates another deed («بعد عملية تفجير …», «تم إيقافه عام 1434هـ»); a
    telling of the story's past dated after the news told before has its day misread."""
    if ev.background and not p.background and older(ev, p):
        return False  # «وكان عبدالعزيز هاجم الخميس» read as this week, after the news it recalls: a misread day
    return not back and far_dates(p, ev) and (fronted or bool(ev.source or ev.target))


def undated_party(ev: Event, back: bool) -> bool:
    """True when the telling names a party and no date and is no noun that refers back: a deed of the
    story's present, not to be folded into a past deed told between («وفي نهاية يوليو أدى انفجار …»)."""
    return not back and not ev.date and bool(ev.source or ev.target)
