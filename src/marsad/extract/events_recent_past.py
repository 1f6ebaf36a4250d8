"""Deeds a sentence marks as recent past: the latest one, or the one the day before the news.

- A deed noun described as the latest one («الاعتداء الإرهابي الأخير الذي استهدف مسجدا», «تصريحاته
  الأخيرة»), or the past verb of the relative clause that tells it («… الأخير الذي استهدف …»), is what
  came before the news and is recalled by it: background (`latest_deed`).
- A deed after «غداة» («the day after»: «وجاءت الضربات غداة الإعلان عن موافقة تركيا …») happened the
  day before the news the sentence tells: background (`day_before_news`).
Neither holds for a deed of «اليوم», «أمس» (`said_today`).
- A deed (no present verb) dated by a calendar day or month, a month named («وفي 12 يوليو الحالي قامت
  انتحاريتان بتفجير …», «تم الاتفاق عليها … في 13 يوليو», «ففي أواسط يونيو، قتل …», «وفي مايو، تقدم …»),
  that ended more than `CALENDAR_DAYS` days before the article, is the story's past: the news is dated
  by a weekday, «أمس», «اليوم», not by a month's day (`calendar_days_ago`). A feast or a weekday («أول
  أيام عيد الفطر», «الخميس الماضي») names no month; a date read after «منذ» is the start of a span up
  to now (`since_dated`, checked by the caller).
- So is a deed dated «الأسبوع الماضي» («واعتقل … الأسبوع الماضي لصلته بحوادث سطو»), whatever the days
  (`last_week`; «الشهر الماضي» is left to the news, as `test_events_pluperfect` has it).
"""

from __future__ import annotations

import calendar
from datetime import date

from marsad.clean.normalize import fold
from marsad.extract.events_background import KANA, QAD, expected_noun, ongoing_verb, said_today
from marsad.extract.events_lexicon import forms
from marsad.extract.events_modality import clause_words
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit
from marsad.model import TimeExpr

_LATEST = forms("الأخير", "الأخيرة", "الاخير", "الاخيرة")
_WHICH = forms("الذي", "التي", "والذي", "والتي")
_DAY_AFTER = forms("غداة", "وغداة")
LATEST_REACH = 3  # words from a deed noun to its «الأخير» («الاعتداء الإرهابي الأخير»)
DAY_AFTER_REACH = 4  # words from «غداة» to the deed («غداة الإعلان عن موافقة …»)


def latest_deed(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger is a deed noun followed within `LATEST_REACH` words by «الأخير(ة)», or a
    verb right after «الأخير الذي», «الأخيرة التي», and no «اليوم», «أمس» dates it."""
    if h.trig.pos == "n":
        after = clause_words(toks, a, h.last - 1, 1, LATEST_REACH)
        found = any(toks[k].form in _LATEST for k in after)
    else:
        before = clause_words(toks, a, h.first, -1, 2)
        found = len(before) == 2 and toks[before[0]].form in _LATEST and toks[before[1]].form in _WHICH
    return found and not said_today(toks, a, h)


def day_before_news(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when «غداة» comes up to `DAY_AFTER_REACH` words before the trigger in its clause
    («غداة الإعلان عن موافقة تركيا»), and no «اليوم», «أمس» dates the deed itself."""
    before = clause_words(toks, a, h.first, -1, DAY_AFTER_REACH)
    return any(toks[k].form in _DAY_AFTER for k in before) and not said_today(toks, a, h)


def recent_past(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the deed is the latest one recalled, or the one of the day before the news."""
    return latest_deed(toks, a, h) or day_before_news(toks, a, h)


_CULPRIT = forms("جان", "جانٍ", "جانيا", "جانياً", "جانيان", "جانيين")


def culprit_deed(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when the trigger is a verb right after «جان» («the culprit», in a text that tells his
    punishment carried out: «تنفيذ حكم القتل قصاصاً بحق جان قتل مواطنين»): the deed of the case."""
    before = clause_words(toks, a, h.first, -1, 1)
    return h.trig.pos == "v" and bool(before) and toks[before[0]].form in _CULPRIT


_MONTH_NAMES = frozenset(fold(w) for w in (
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس",
    "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين"))
CALENDAR_DAYS = 10  # a deed dated to a named month's day this many days before the article is its past


def calendar_days_ago(toks: list[Tok], h: Hit, value: str | None, times: list[TimeExpr],
                      reference: date | None) -> bool:
    """True when the deed's date is a day or a month that ended more than `CALENDAR_DAYS` before
    `reference`, read off a time of its sentence that names a month («في 13 يوليو», «أواسط يونيو»,
    «في مايو»), and the trigger is no present verb, unless the sentence also names a day of the news
    («اعترف المشتبه به في تفجير … في نهاية يونيو …، لدى بدء محاكمته الثلاثاء»: the older date is the
    bombing's)."""
    if not value or reference is None or ongoing_verb(toks, h) or expected_noun(toks, h):
        return False
    if any(_news_day(t, reference) for t in times):
        return False
    day = value.split("T")[0]
    end = _day_or_month_end(day)
    if end is None or (reference - end).days <= CALENDAR_DAYS:
        return False
    return any(t.value and t.value.split("T")[0] == day and _names_month(t.text) and own_time(toks, h, t)
               for t in times)


def _news_day(t: TimeExpr, reference: date) -> bool:
    """True when the time is a day at most `CALENDAR_DAYS` before `reference` («الثلاثاء», «أمس»)."""
    day = (t.value or "").split("T")[0]
    if len(day) != 10:
        return False
    try:
        return 0 <= (reference - date.fromisoformat(day)).days <= CALENDAR_DAYS
    except ValueError:
        return False


def _day_or_month_end(value: str) -> date | None:
    """The last day of an ISO day («2015-07-13») or month («2015-05»); None for anything else."""
    try:
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return date(y, m, calendar.monthrange(y, m)[1])
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _names_month(text: str) -> bool:
    """True when a time's text names a calendar month («12 يوليو الحالي», «14 تموز/يوليو»)."""
    return any(w in _MONTH_NAMES for w in fold(text.replace("/", " ")).split())


_LAST = frozenset(fold(w) for w in ("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة"))
_WEEK = frozenset(fold(w) for w in ("الأسبوع", "الاسبوع", "أسبوع"))


def last_week(toks: list[Tok], h: Hit, value: str | None, times: list[TimeExpr]) -> bool:
    """True when the deed's date was read off «الأسبوع الماضي» (a week of its sentence called past)
    and the trigger is no present verb."""
    if not value or ongoing_verb(toks, h) or expected_noun(toks, h):
        return False
    day = value.split("T")[0]
    return any(t.value and t.value.split("T")[0] == day and t.grain == "week" and _last_week_text(t.text)
               and own_time(toks, h, t) for t in times)


def _last_week_text(text: str) -> bool:
    """True when a time's text is a week called past («الأسبوع الماضي», «نهاية الأسبوع المنصرم»)."""
    words = fold(text).split()
    return any(w in _WEEK for w in words) and any(w in _LAST for w in words)


_OTHER_CLAUSE = frozenset(fold(w) for w in ("منذ", "ومنذ", "وهي", "وهو", "فهي", "فهو")) | KANA | QAD
_WHO = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
OWN_TIME_REACH = 20  # words between a deed and a time that dates it
OWN_RELATIVE = 2  # words after a deed noun where a relative pronoun opens its own clause («الاتفاق الذي أبرم»)


def own_time(toks: list[Tok], h: Hit, t: TimeExpr) -> bool:
    """True when the time `t` dates the trigger itself: up to `OWN_TIME_REACH` words away, with no
    «منذ», «كان», «قد», «وهي» between (which open another deed's clause: «منذ عودة المواجهات الأسبوع
    الماضي», «صياد كان قد قتل، الأسبوع الماضي، أسدا»), nor a relative pronoun other than one right
    after the trigger («الاتفاق الذي أبرم في 14 يوليو»; not «الاجتماع الذي عقده أوباما … الأسبوع الماضي»
    after «انتقد عدم دعوة حكومته لحضور»)."""
    if t.start >= toks[h.last - 1].end:
        between = [k for k in range(h.last, len(toks)) if toks[k].word and toks[k].end <= t.start]
        first = between[:OWN_RELATIVE]
    else:
        between = [k for k in range(0, h.first) if toks[k].word and toks[k].start >= t.end]
        first = []
    if len(between) > OWN_TIME_REACH:
        return False
    return not any(toks[k].form in _OTHER_CLAUSE or (toks[k].form in _WHO and k not in first) for k in between)
