"""Arabic time expressions: dates, times of day, intervals, durations and recurrences.

`extract_times(text, reference)` finds time expressions in Arabic news text and resolves them
to ISO 8601 values against a reference date (normally the publication date). Matching runs on
the folded text (`marsad.clean.normalize.fold`) with an offset map back to the original, so
every span indexes the text as given. All words (months, weekdays, Hijri months, ordinals,
units, holidays, cues) come from the language data files under `marsad/lang/ar/`.

Resolution conventions:
- weekday alone: the most recent such day not after the reference (news style), unless a
  future cue («المقبل», «من المقرر», «بإذن الله» after it, a سـ verb in its clause) points forward
  («المقبل»: strictly after the reference; the others: the reference day or after); «الماضي» means
  strictly before it;
- a date without a year takes the year of another full date in the text with the same month,
  else the most recent one not after the reference; a future word makes it the next one not
  before the reference, and a future verb (a سـ verb in the clause, a present-tense verb right
  before: «تصويت يجريه في نهاية سبتمبر») keeps a month later this year in this year;
- a dual or plural cue («المقبلين», «الماضيين») reads like the singular, and a cue after a list
  or range of months or weekdays holds for each item («سبتمبر أو أكتوبر المقبلين»);
- edges: «مطلع/منتصف/نهاية» of a year give months 01/06/12, of a month days 01/15/last, of a
  week Monday/Thursday/Sunday; a bare week edge more than three days ahead, with no future cue,
  verb or «حتى», is last week's («قُتلوا في نهاية الأسبوع» on a Monday);
- numeric dates may set their slashes off with spaces («12 / 10 / 1436هـ»); a weekday restated by
  a full date right after it or after «الموافق» is that date, one expression; the 30th of a Hijri
  month Umm al-Qura makes 29 days long is the day after its 29th;
- hour grain is written `YYYY-MM-DDTHH`, minute grain `YYYY-MM-DDTHH:MM`;
- a time of day takes the nearest preceding day in the text, else the reference day; a clock time
  joins the day right after it even across an aside in brackets («الساعة 11.59 (2059 غرينتش) مساء
  أمس الأحد»).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

from marsad.clean.normalize import (
    ALEF_FOLD,
    CONTROL_CHARS,
    DIGITS_TO_ASCII,
    FARSI_TO_ARABIC,
    HAMZA_SEAT_FOLD,
    QUOTES_FOLD,
    TATWEEL,
    YEH_TEH_FOLD,
    fold,
)
from marsad.lang import table
from marsad.model import TimeExpr

Date = dt.date

# ---------------------------------------------------------------------------------------------
# Folding with an offset map
# ---------------------------------------------------------------------------------------------

_DROPPED_CHARS = ("".join(chr(c) for c in (*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670,
                                              *range(0x6D6, 0x6EE))) + TATWEEL + CONTROL_CHARS)
_DROPPED_RE = re.compile("[" + re.escape(_DROPPED_CHARS) + "]")
# fold() as one translate table (NFKC aside): the same tables, deletions included.
_FOLD_TABLE: dict[int, Any] = {}
for _t in (FARSI_TO_ARABIC, ALEF_FOLD, YEH_TEH_FOLD, HAMZA_SEAT_FOLD, DIGITS_TO_ASCII, QUOTES_FOLD):
    _FOLD_TABLE.update(_t)
_FOLD_TABLE.update(dict.fromkeys(map(ord, _DROPPED_CHARS)))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each folded character, the index of its source character."""
    if unicodedata.is_normalized("NFKC", text):
        folded = text.translate(_FOLD_TABLE)
        if len(folded) == len(text):
            return folded, list(range(len(text)))
        return folded, [i for i, ch in enumerate(text) if ch not in _DROPPED_CHARS]
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        f = fold(ch)
        out.append(f)
        idx.extend([i] * len(f))
    return "".join(out), idx


# ---------------------------------------------------------------------------------------------
# Language data and patterns
# ---------------------------------------------------------------------------------------------


def _alt(forms: list[str] | set[str]) -> str:
    """A regex alternation of folded word forms, longest first, inner spaces as \\s+."""
    uniq = sorted({f for f in forms if f}, key=lambda s: (-len(s), s))
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in uniq) + ")"


def _key(s: str) -> str:
    """The look-up key of a matched phrase: folded, single spaces."""
    return " ".join(fold(s).split())


@dataclass
class _Lang:
    """Word tables (folded keys) and compiled patterns."""

    months: dict[str, int] = field(default_factory=dict)
    strict_months: set[str] = field(default_factory=set)
    hmonths: dict[str, int] = field(default_factory=dict)
    strict_hmonths: set[str] = field(default_factory=set)
    weekdays: dict[str, int] = field(default_factory=dict)
    bare_weekdays: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    cardinals: dict[str, int] = field(default_factory=dict)
    words: dict[str, dict[str, str]] = field(default_factory=dict)  # category -> form -> value
    units: dict[str, tuple[str, int]] = field(default_factory=dict)
    sets: dict[str, tuple[str, str]] = field(default_factory=dict)
    holidays: dict[str, tuple[str, int, int, int]] = field(default_factory=dict)
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    anchors: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> pattern names
    digit_patterns: frozenset[str] = frozenset()
    before_year: re.Pattern[str] = re.compile("x")
    glue_dt: re.Pattern[str] = re.compile("x")
    glue_td: re.Pattern[str] = re.compile("x")
    glue_to: re.Pattern[str] = re.compile("x")
    glue_from: re.Pattern[str] = re.compile("x")
    glue_until: re.Pattern[str] = re.compile("x")
    glue_muwafiq: re.Pattern[str] = re.compile("x")
    future_before: re.Pattern[str] = re.compile("x")
    day_after_oday: re.Pattern[str] = re.compile("x")


def _w(lang: _Lang, cat: str) -> list[str]:
    return list(lang.words.get(cat, {}))


# The separator of a numeric date: «/», «.» or «-», or a «/» set off by spaces («12 / 10 / 1436هـ»).
_NUM_SEP = r"(?:[.\-]|\s*/\s*)"
_NUM_SEP_AFTER = re.compile(_NUM_SEP + r"\d")


@lru_cache(maxsize=1)
def _lang() -> _Lang:
    """Load the tables once and compile every pattern."""
    L = _Lang()
    for row in table("months.tsv"):
        k = _key(row[0])
        L.months[k] = int(row[1])
        if len(row) > 2 and "strict" in row[2]:
            L.strict_months.add(k)
    for row in table("hijri_months.tsv"):
        k = _key(row[0])
        L.hmonths[k] = int(row[1])
        if len(row) > 2 and "strict" in row[2]:
            L.strict_hmonths.add(k)
    for row in table("weekdays.tsv"):
        L.weekdays[_key(row[0])] = int(row[2])
        L.bare_weekdays[_key(row[1])] = int(row[2])
    for row in table("ordinals.tsv"):
        L.ordinals[_key(row[0])] = int(row[1])
    for row in table("time_numbers.tsv"):
        L.cardinals[_key(row[0])] = int(row[1])
    for row in table("time_words.tsv"):
        form, cat, val = _key(row[0]), row[1], row[2]
        L.words.setdefault(cat, {})[form] = val
        if cat == "unit":
            L.units[form] = (val, int(row[3]))
        elif cat == "set":
            L.sets[form] = (val, row[3])
    for row in table("holidays.tsv"):
        L.holidays[_key(row[0])] = (row[1], int(row[2]), int(row[3]), int(row[4]) if len(row) > 4 else 1)

    mon = _alt(list(L.months))
    hmon = _alt(list(L.hmonths))
    wd = _alt(list(L.weekdays))
    bwd = _alt(list(L.bare_weekdays))
    day_ords = [k for k, v in L.ordinals.items() if 1 <= v <= 31 and k.startswith("ال")]
    oday = _alt(day_ords)
    hour_words = [k for k, v in L.ordinals.items() if 1 <= v <= 12 and k.startswith("ال") and k.endswith("ه")]
    hword = _alt(hour_words)
    ranks = _alt([k for k in L.ordinals if L.ordinals[k] <= 5])
    card = _alt(list(L.cardinals))
    unit = _alt(list(L.units))
    cue = _alt(_w(L, "cue"))
    dcue = _alt(_w(L, "dualcue") + _w(L, "cue"))
    edge = _alt(_w(L, "edge"))
    pod = _alt(_w(L, "pod"))
    relday = _alt(_w(L, "relday"))
    period = _alt(_w(L, "period"))
    yword = _alt(_w(L, "yearword"))
    gsuf = _alt(_w(L, "gsuffix"))
    hsuf = _alt(_w(L, "hsuffix"))
    half = _alt(_w(L, "half"))
    approx = _alt(_w(L, "approx"))
    durlead = _alt(_w(L, "durlead"))
    hol = _alt(list(L.holidays))
    setw = _alt(list(L.sets))
    to = _alt(_w(L, "to"))
    frm = _alt(_w(L, "from"))
    until = _alt(_w(L, "until"))
    hour = _alt(_w(L, "hour"))
    this = _alt([k for k, v in L.words.get("cue", {}).items() if v == "this" and not k.startswith("ال")])
    dayctx = _alt(["يوم", "اليوم", *L.words.get("relday", {}), *L.weekdays])

    def month(tag: str) -> str:
        return (rf"(?P<{tag}a>{mon})(?:\s*[/\\(\-–]\s*(?P<{tag}b>{mon})\s*\)?|\s+(?P<{tag}c>{mon}))?")

    def day(tag: str) -> str:
        return rf"(?:(?P<{tag}n>[0-3]?\d)(?!\d)|(?P<{tag}o>{oday}))"

    def year(tag: str) -> str:
        return (rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{yword}\s*)?(?P<{tag}>(?:1[89]|20|21)\d\d)(?!\d)"
                rf"(?:\s*{gsuf}(?!\w))?)")

    pod_forms = set(L.words.get("pod", {}))
    part_free = _alt([k for k in L.words.get("part", {}) if k not in pod_forms])
    part_pod = _alt([k for k in L.words.get("part", {}) if k in pod_forms])
    part_ctx = f"(?:{part_free}|{part_pod}(?!\\s+{dayctx}))"

    def hhmm(tag: str) -> str:
        p = f"(?:(?<![\\w]){part_ctx}(?!\\w))"
        return (rf"(?:(?P<{tag}h>[0-2]?\d)(?:[:.](?P<{tag}m>[0-5]\d))?(?!\d)|(?P<{tag}w>{hword}))"
                rf"(?:\s+(?P<{tag}f>{half}))?(?:\s+(?:من\s+)?(?P<{tag}p>{p}))?")

    wdpre = rf"(?:(?:يوم\s+)?(?P<wd>{wd})\s*[،,]?\s*(?:الموافق\s+)?)?"
    defs: list[tuple[str, str]] = [
        ("gdate", rf"(?:(?P<pod>{pod})\s+(?:يوم\s+)?)?{wdpre}(?:(?P<edge>{edge})\s+)?"
                  rf"(?:{day('d')}\s*(?:من\s+)?)?(?:(?P<sh>شهر)\s+)?"
                  rf"{month('m')}(?:{year('y')})?(?:\s+(?P<cue>{dcue}))?"),
        ("drange", rf"(?:(?P<fr>{frm})\s+)?(?:ال)?(?:يومي?\s+)?{day('d')}\s*(?:-|–|و|{to}\s)\s*{day('e')}"
                   rf"\s+(?:من\s+)?(?:شهر\s+)?{month('m')}(?:{year('y')})?(?:\s+(?P<cue>{dcue}))?"),
        ("mrange", rf"(?:(?P<fr>{frm})\s+)?(?:شهري\s+)?{month('m')}(?:{year('y')})?\s+(?:و\s*|{to}\s+)"
                   rf"{month('n')}(?:{year('z')})?(?:\s+(?P<cue>{dcue}))?"),
        ("hdate", rf"{wdpre}(?:{day('d')}\s*(?:من\s+)?)?(?:شهر\s+)?(?P<hm>{hmon})(?:\s*[،,]?\s*(?:من\s+)?"
                  rf"(?:{yword}\s*)?(?P<hy>1[2-5]\d\d)(?!\d))?(?:\s*(?P<hs>{hsuf})(?!\w))?"),
        ("hrange", rf"(?:(?P<fr>{frm})\s+)?(?:ال)?(?:يومي?\s+)?{day('d')}\s*(?:-|–|و|{to}\s)\s*{day('e')}"
                   rf"\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{hmon})(?:\s*[،,]?\s*(?:من\s+)?"
                   rf"(?:{yword}\s*)?(?P<hy>1[2-5]\d\d)(?!\d))?(?:\s*(?P<hs>{hsuf})(?!\w))?"),
        ("hyear", rf"(?:{yword}\s*)?(?P<hy>1[2-5]\d\d)(?!\d)\s*(?P<hs>{hsuf})(?!\w)"),
        ("year", rf"(?:(?P<edge>{edge})\s+)?(?:(?P<yw>{yword})\s*)?(?P<y>(?:1[89]|20|21)\d\d)(?!\d)"
                 rf"(?:\s*(?P<gs>{gsuf})(?!\w))?"),
        ("numdate", rf"(?P<a>[0-3]?\d){_NUM_SEP}(?P<b>[01]?\d){_NUM_SEP}(?P<c>\d{{4}})(?!\d)"
                    rf"(?:\s*(?P<hs>{hsuf})(?!\w))?"),
        ("numrange", rf"(?:(?P<fr>{frm})\s+)?(?P<s>[0-3]?\d)(?:\s*/\s*(?P<sm>[01]?\d))?\s*(?:-|–|{to}\s)\s*"
                     rf"(?P<a>[0-3]?\d){_NUM_SEP}(?P<b>[01]?\d){_NUM_SEP}(?P<c>\d{{4}})(?!\d)"
                     rf"(?:\s*(?P<hs>{hsuf})(?!\w))?"),
        ("isodate", rf"(?P<c>\d{{4}}){_NUM_SEP}(?P<b>[01]?\d){_NUM_SEP}(?P<a>[0-3]?\d)(?!\d)"
                    rf"(?:\s*(?P<hs>{hsuf})(?!\w))?"),
        ("rel", rf"(?:يوم\s+)?(?P<rd>{relday})(?:\s*[،,]?\s*(?P<wd>{wd}))?"),
        ("wd", rf"(?:يوم\s+)?(?P<wd>{wd})(?:\s+(?P<cue>{dcue}))?"),
        ("pod", rf"(?P<pod>{pod})\s+(?:(?P<dayw>يوم|اليوم)\s+)?"
                rf"(?:(?P<wd>{wd})(?:\s+(?P<cue>{dcue}))?|(?P<rd>{relday})(?:\s*[،,]?\s*(?P<wd2>{wd}))?)"),
        ("ordwd", rf"(?:(?P<rank>{ranks})\s+(?:يوم\s+)?(?P<bwd>{bwd})|(?P<wd>{wd})\s+(?P<rank2>{ranks}))"
                  rf"\s+(?:من|في)\s+(?:(?P<tm>(?:{this}\s+)?الشهر)(?:\s+(?P<cue>{cue}))?|(?:شهر\s+)?"
                  rf"{month('m')}(?:{year('y')})?)"),
        ("ordweek", rf"الاسبوع\s+(?P<rank>{ranks})\s+(?:من|في)\s+(?:(?P<tm>(?:{this}\s+)?الشهر)"
                    rf"(?:\s+(?P<cue>{cue}))?|(?:شهر\s+)?{month('m')}(?:{year('y')})?)"),
        ("period", rf"(?:(?P<edge>{edge})\s+)?(?:(?P<this>{this})\s+)?(?P<per>{period})"
                   rf"(?:\s+(?P<before>(?:ما\s+)?قبل\s+)?(?P<cue>{cue}))?"),
        ("time", rf"(?:تمام\s+)?(?:{hour})\s+{hhmm('t')}"
                 r"(?:\s+ب?(?:ال)?توقيت\s+(?:ال)?\w+)?"),
        ("time2", rf"(?P<tw>{hword})(?:\s+(?P<tf>{half}))?\s+(?:من\s+)?(?P<tp>{part_ctx})(?!\w)"),
        ("trange", rf"(?P<fr>{frm})\s+(?:(?:{hour})\s+)?{hhmm('a')}\s+(?:و\s*)?(?:{to})\s*"
                   rf"(?:(?:{hour})\s+)?{hhmm('b')}"),
        ("ago", rf"(?P<ago>قبل|منذ)\s+(?:(?P<apx>{approx})\s+)?(?:(?P<num>\d+|{card})\s+(?P<unit>{unit})"
                rf"|(?P<unit2>{unit}))(?!\s*\d)"),
        ("dur", rf"(?:(?P<lead>{durlead})\s+)?(?:(?P<apx>{approx})\s+)?(?:(?P<num>\d+|{card})\s+"
                rf"(?P<unit>{unit})|(?P<unit2>{unit}))(?!\s*\d)"),
        ("set", rf"(?:(?P<sw>{setw})|كل\s+(?:(?P<u>يوم|اسبوع|شهر|عام|سنه)(?!\s+(?:{bwd}|{wd})))"
                rf"|كل\s+(?:يوم\s+)?(?P<bwd>{bwd}|{wd}))"),
        ("hol", rf"(?P<hol>{hol})(?:\s+(?:(?:ل|من\s+)?(?:{yword})\s*)?(?P<y>\d{{4}})(?!\d)"
                rf"(?:\s*(?P<hs>{hsuf})(?!\w))?|\s+(?P<cue>{cue}))?"),
    ]
    clitic = r"(?<![\w])(?P<cl>[وفبلك]|وب|ول|فب|فل|وك)?"
    L.patterns = [(name, re.compile(clitic + "(?P<x>" + body + r")(?!\w)")) for name, body in defs]
    L.anchors, L.digit_patterns = _anchor_table(L)
    L.before_year = re.compile(
        rf"(?:^|\s)(?:[وف]?(?:في|منذ|حتي|قبل|بعد|خلال|عقب|مطلع|اواخر|اوائل|منتصف|نهايه|بدايه|وحتي|"
        rf"عامي|سنتي|ربيع|صيف|خريف|شتاء|ربيع)|{edge})\s*$")
    aside = r"(?:\([^()]{0,40}\)\s*)?"  # «الساعة 11.59 (2059 بتوقيت غرينتش) مساء أمس»
    L.glue_dt = re.compile(rf"^\s*{aside}[،,]?\s*(?:و?(?:في|عند|علي|قرابه|حوالي|نحو)\s+)?(?:تمام\s+)?$")
    L.glue_td = re.compile(rf"^\s*{aside}[،,]?\s*(?:من\s+)?(?:يوم\s+)?$")
    L.glue_to = re.compile(rf"^\s*(?:و\s*)?(?:{to}|-|–)\s*$")
    L.glue_from = re.compile(rf"(?:^|\s)(?P<fr>{frm})\s+$")
    L.glue_until = re.compile(rf"(?:^|\s)(?P<u>[وف]?{until})\s+$")
    L.glue_muwafiq = re.compile(r"^\s*[،,(]?\s*(?:ال)?موافق(?:\s+ل|\s*ل)?\s*$")
    L.future_before = re.compile(rf"(?:^|\s)[وف]?{_alt(_w(L, 'future'))}\s[^.!?؟\n]{{0,60}}$")
    L.day_after_oday = re.compile(r"\s*$")
    return L


# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------


@dataclass
class _C:
    """A matched expression before resolution (offsets in the folded text)."""

    s: int
    e: int
    kind: str  # date | interval | duration | set | time
    grain: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    hh: int | None = None
    mi: int | None = None
    wd: int | None = None
    cue: str | None = None  # past | future | this
    offset: tuple[str, int] | None = None  # relative to the reference: (unit, n)
    edge: str | None = None  # start | mid | end
    value: str | None = None  # fixed value (durations, sets)
    end: _C | None = None  # interval end
    until: bool = False  # interval from the reference to `end`
    ahead: bool = False  # the end of an «حتى» interval: it lies ahead of the reference
    rank: int | None = None  # ordinal weekday / week
    hol: tuple[str, int, int, int] | None = None
    hyear: int | None = None  # Hijri year of a whole-Hijri-month or Hijri-year expression
    hmonth_whole: int | None = None
    note: str | None = None
    part: str | None = None  # am | pm | noon | night
    explicit_year: bool = False
    year_offset: int | None = None  # a month of a year told from the reference («يوليو من العام الماضي»: -1)
    prio: int = 0


def _numeric_day(s: int, e: int, day: int, month: int, year: int, hijri_suffix: bool) -> _C | None:
    """A day written in digits (day, month, year), Hijri when marked so or dated 1300–1500."""
    if hijri_suffix or 1300 <= year <= 1500:
        c = _C(s, e, "date", "day", d=day, hyear=year)
        c.hol = ("h", month, day, 1)
        return c
    try:
        Date(year, month, day)
    except ValueError:
        return None
    return _C(s, e, "date", "day", y=year, m=month, d=day, explicit_year=True)


def _month_of(L: _Lang, m: re.Match[str], tag: str) -> tuple[int | None, str | None]:
    """Month number of a month group (first name of a pair), and its key."""
    a = m.group(tag + "a")
    if not a:
        return None, None
    k = _key(a)
    return L.months.get(k), k


def _day_of(L: _Lang, m: re.Match[str], tag: str) -> int | None:
    n = m.group(tag + "n")
    if n:
        v = int(n)
        return v if 1 <= v <= 31 else None
    o = m.group(tag + "o")
    return L.ordinals.get(_key(o)) if o else None


def _hour_of(L: _Lang, m: re.Match[str], tag: str) -> tuple[int, int, str | None] | None:
    """(hour, minute, part) of an hour group, with fractions applied but no am/pm."""
    h = m.group(tag + "h")
    w = m.group(tag + "w")
    if h is not None:
        hh = int(h)
        mi = int(m.group(tag + "m") or 0)
    elif w:
        hh = _lang().ordinals.get(_key(w), -1)
        mi = 0
    else:
        return None
    f = m.group(tag + "f")
    if f:
        mi += int(L.words["half"][_key(f)])
        if mi < 0:
            mi += 60
            hh -= 1
    p = m.group(tag + "p")
    pv = L.words["part"].get(_key(p)) if p else None
    if not (0 <= hh <= 24 and 0 <= mi < 60):
        return None
    return hh, mi, pv


def _apply_part(hh: int, part: str | None) -> int:
    """24-hour clock from a 12-hour reading and its part of day."""
    if part is None or hh > 12:
        return hh % 24
    if part == "am":
        return 0 if hh == 12 else hh
    if part == "noon":
        return hh if hh >= 11 else hh + 12
    if part == "pm":
        return hh if hh == 12 else hh + 12
    if part == "night":
        return hh + 12 if hh >= 6 and hh != 12 else (0 if hh == 12 else hh)
    return hh


def _build(L: _Lang, name: str, m: re.Match[str], f: str) -> _C | None:
    """Turn one pattern match into a candidate, or None when context rules it out."""
    s, e = m.span("x")
    g = m.groupdict()
    if name in ("gdate", "drange", "mrange", "ordwd", "ordweek"):
        mon, mk = _month_of(L, m, "m")
        if name in ("gdate", "drange", "mrange") and mon is None:
            return None
        y = int(g["y"]) if g.get("y") else None
        if name == "gdate":
            d = _day_of(L, m, "d")
            if (mk in L.strict_months and d is None and y is None and not g.get("sh")
                    and not g.get("cue") and not g.get("edge")
                    and not L.before_year.search(f[max(0, m.start() - 20):m.start("x")])):
                return None
            if d is not None and y is None and not g.get("cue") and _NAMED_BY_DAY.search(f[max(0, s - 20):s]):
                return None  # «قوى 14 آذار», «مدينة 6 أكتوبر»: a name
            c = _C(s, e, "date", "day" if d else "month", y=y, m=mon, d=d, explicit_year=y is not None)
            if g.get("wd"):
                if d is None:  # a weekday before a bare month: leave the weekday to its own pattern
                    return None
                c.wd = L.weekdays[_key(g["wd"])]
            if g.get("pod"):
                if d is None:
                    return None
                c.part = _pod_part(int(L.words["pod"][_key(g["pod"])]))
            if g.get("edge"):
                if d is not None:
                    return None
                c.edge = L.words["edge"][_key(g["edge"])]
                c.grain = "day"
            if g.get("cue"):
                c.cue = _cue_of(L, g["cue"])
            return c
        if name == "drange":
            d1, d2 = _day_of(L, m, "d"), _day_of(L, m, "e")
            if d1 is None or d2 is None or d2 < d1:
                return None
            c = _C(s, e, "interval", "day", y=y, m=mon, d=d1, explicit_year=y is not None)
            c.end = _C(s, e, "date", "day", y=y, m=mon, d=d2, explicit_year=y is not None)
            if g.get("cue"):
                c.cue = c.end.cue = _cue_of(L, g["cue"])
            return c
        if name == "mrange":
            n_mon, n_key = _month_of(L, m, "n")
            if n_mon is None:
                return None
            z = int(g["z"]) if g.get("z") else None
            if (mk in L.strict_months or n_key in L.strict_months) and y is None and z is None:
                return None
            cue_v = _cue_of(L, g["cue"]) if g.get("cue") else None
            c = _C(s, e, "interval", "month", y=y, m=mon, explicit_year=y is not None, cue=cue_v)
            c.end = _C(s, e, "date", "month", y=z, m=n_mon, explicit_year=z is not None, cue=cue_v)
            if y is None and z is not None:
                c.y = z if (mon or 0) <= n_mon else z - 1
                c.explicit_year = True
            return c
        # ordinal weekday / week
        rank_word = g.get("rank") or g.get("rank2")
        rank = L.ordinals.get(_key(rank_word)) if rank_word else None
        if rank is None:
            return None
        c = _C(s, e, "date" if name == "ordwd" else "interval", "day", y=y, m=mon, rank=rank,
               explicit_year=y is not None)
        if name == "ordwd":
            c.wd = L.bare_weekdays[_key(g["bwd"])] if g.get("bwd") else L.weekdays[_key(g["wd"])]
        if g.get("tm"):
            c.offset = ("month", {"past": -1, "future": 1}.get(
                L.words["cue"].get(_key(g["cue"] or ""), "this"), 0))
        return c
    if name == "hdate":
        hk = _key(g["hm"])
        hm = L.hmonths[hk]
        hy = int(g["hy"]) if g.get("hy") else None
        d = _day_of(L, m, "d")
        if hy is None and (d is None or hk in L.strict_hmonths):
            return None
        if hy is not None and not 1300 <= hy <= 1500:
            return None
        if d is None:
            c = _C(s, e, "interval", "day", hyear=hy, hmonth_whole=hm)
            return c
        c = _C(s, e, "date", "day", d=d, hyear=hy, hmonth_whole=None)
        c.hol = ("h", hm, d, 1)
        if g.get("wd"):
            c.wd = L.weekdays[_key(g["wd"])]
        return c
    if name == "hrange":
        hk = _key(g["hm"])
        hm, hy = L.hmonths[hk], int(g["hy"]) if g.get("hy") else None
        d1, d2 = _day_of(L, m, "d"), _day_of(L, m, "e")
        if d1 is None or d2 is None or d2 <= d1 or (hy is not None and not 1300 <= hy <= 1500):
            return None
        if not (g.get("fr") or g.get("dn")):  # «السابع والعشرين من رمضان» is one day, «أمس الأول حتى» no range
            return None
        c = _C(s, e, "interval", "day", d=d1, hyear=hy)
        c.hol = ("h", hm, d1, 1)
        c.end = _C(s, e, "date", "day", d=d2, hyear=hy)
        c.end.hol = ("h", hm, d2, 1)
        return c
    if name == "hyear":
        hy = int(g["hy"])
        if not 1300 <= hy <= 1500:
            return None
        return _C(s, e, "interval", "day", hyear=hy)
    if name == "year":
        y = int(g["y"])
        if not 1800 <= y <= 2199:
            return None
        ok = bool(g.get("yw") or g.get("gs") or g.get("edge"))
        if not ok:
            before = f[max(0, m.start() - 20):m.start("x")]
            nxt = re.match(r"\s*(\w*)", f[e:e + 20])
            word = nxt.group(1) if nxt else ""
            ok = bool(L.before_year.search(before)) and (
                bool(_STRONG_BEFORE_YEAR.search(before)) or len(word) <= 1
                or word in L.words.get("yearnext", {}) or word[:1] == "و" or word.isdigit())
            if not ok and g.get("cl") == "و" and re.search(r"\d{4}\s*$", f[max(0, s - 12):s - 1]):
                ok = True
        if not ok:
            ok = bool(_YEAR_RANGE_AFTER.match(f, e))
        if not ok:
            return None
        c = _C(s, e, "date", "year", y=y, explicit_year=True)
        if g.get("edge"):
            c.edge = L.words["edge"][_key(g["edge"])]
            c.grain = "month"
        return c
    if name in ("numdate", "isodate"):
        return _numeric_day(s, e, int(g["a"]), int(g["b"]), int(g["c"]), bool(g.get("hs")))
    if name == "numrange":
        first_month = int(g["sm"]) if g.get("sm") else int(g["b"])
        end = _numeric_day(s, e, int(g["a"]), int(g["b"]), int(g["c"]), bool(g.get("hs")))
        begin = _numeric_day(s, e, int(g["s"]), first_month, int(g["c"]), bool(g.get("hs")))
        if end is None or begin is None or (first_month, int(g["s"])) >= (int(g["b"]), int(g["a"])):
            return None
        begin.kind = "interval"
        begin.end = end
        return begin
    if name == "rel":
        rk = _key(g["rd"])
        if rk == "اليوم":
            after = f[e:e + 20]
            nxt = re.match(r"\s+(\w+)", after)
            if nxt and g.get("wd") is None:
                w = nxt.group(1)
                if w in L.words.get("notday", {}) or w in L.ordinals:
                    return None
            if re.search(r"(?:ذلك|ذات|نفس|هذا|هذه|في ذات)\s+$", f[max(0, s - 12):s]):
                return None
        c = _C(s, e, "date", "day", offset=("day", int(L.words["relday"][rk])))
        if g.get("wd"):
            c.wd = L.weekdays[_key(g["wd"])]
        return c
    if name == "wd":
        c = _C(s, e, "date", "day", wd=L.weekdays[_key(g["wd"])])
        if g.get("cue"):
            c.cue = _cue_of(L, g["cue"])
        return c
    if name == "pod":
        c = _C(s, e, "date", "day")
        if g.get("wd"):
            c.wd = L.weekdays[_key(g["wd"])]
            if g.get("cue"):
                c.cue = _cue_of(L, g["cue"])
            elif g.get("dayw") == "اليوم":  # «صباح اليوم الخميس»: today
                c.offset = ("day", 0)
        else:
            c.offset = ("day", int(L.words["relday"][_key(g["rd"])]))
            if g.get("wd2"):
                c.wd = L.weekdays[_key(g["wd2"])]
        c.part = _pod_part(int(L.words["pod"][_key(g["pod"])]))
        return c
    if name == "period":
        per = L.words["period"][_key(g["per"])]
        cue_v = L.words["cue"].get(_key(g["cue"])) if g.get("cue") else None
        if g.get("this"):
            cue_v = cue_v or "this"
        edge_v = L.words["edge"][_key(g["edge"])] if g.get("edge") else None
        if cue_v is None and edge_v is None:
            return None
        n = {"past": -1, "future": 1}.get(cue_v or "this", 0)
        if g.get("before"):
            if cue_v != "past":
                return None
            n = -2  # «العام قبل الماضي»: the year before last
        grain = per if edge_v is None else ("month" if per == "year" else "day")
        return _C(s, e, "date", grain, offset=(per, n), edge=edge_v, cue=cue_v)
    if name in ("time", "time2"):
        if name == "time":
            r = _hour_of(L, m, "t")
        else:
            hw = L.ordinals.get(_key(g["tw"]))
            if hw is None:
                return None
            mi = int(L.words["half"][_key(g["tf"])]) if g.get("tf") else 0
            r = (hw - 1, mi + 60, None) if mi < 0 else (hw, mi, None)
            r = (r[0], r[1] % 60, L.words["part"].get(_key(g["tp"])))
        if r is None:
            return None
        hh, mi, pv = r
        c = _C(s, e, "time", "minute" if mi or g.get("tm") else "hour", hh=hh, mi=mi, part=pv)
        return c
    if name == "trange":
        ha = _hour_of(L, m, "a")
        hb = _hour_of(L, m, "b")
        if ha is None or hb is None:
            return None
        own_day_part = _POD_AFTER.match(f, e)  # «… حتى السادسة من صباح اليوم التالي»: not the first's part
        pa, pb = ha[2] or hb[2], hb[2] or (None if own_day_part else ha[2])
        if pa is None and "ساعه" not in f[s:e]:
            return None
        grain = "minute" if ha[1] or hb[1] else "hour"
        c = _C(s, e, "time", grain, hh=_apply_part(ha[0], pa), mi=ha[1], part="abs")
        c.end = _C(s, e, "time", grain, hh=_apply_part(hb[0], pb), mi=hb[1], part="abs")
        return c
    if name in ("ago", "dur"):
        uk = _key(g.get("unit") or g.get("unit2") or "")
        if uk not in L.units:
            return None
        unit_name, count = L.units[uk]
        if g.get("num"):
            nk = _key(g["num"])
            num = int(nk) if nk.isdigit() else L.cardinals.get(nk)
            if num is None or count == 2:
                return None
            n = num
        else:
            n = count
            if n == 0:
                return None
            if name == "dur" and n == 1 and not (g.get("lead") or (g.get("cl") or "").endswith("ل")
                                                  or g.get("apx")):
                return None
        dur = _iso_duration(unit_name, n)
        if name == "ago" and not g.get("apx") and not _BEFORE_AN_EVENT.match(f, e):
            gr = {"decade": "year"}.get(unit_name, unit_name)
            mult = 10 if unit_name == "decade" else 1
            return _C(s, e, "date", gr, offset=(gr, -n * mult))
        if name == "dur" and unit_name == "day" and n == 1:
            return None
        gr = {"decade": "year"}.get(unit_name, unit_name)
        return _C(s, e, "duration", gr, value=dur)
    if name == "set":
        if g.get("sw"):
            v, gr = L.sets[_key(g["sw"])]
            return _C(s, e, "set", gr, value=v)
        if g.get("u"):
            u = _key(g["u"])
            v = {"يوم": "R/P1D", "اسبوع": "R/P1W", "شهر": "R/P1M", "عام": "R/P1Y", "سنه": "R/P1Y"}[u]
            return _C(s, e, "set", {"يوم": "day", "اسبوع": "week", "شهر": "month"}.get(u, "year"), value=v)
        k = _key(g["bwd"])
        wdi = L.bare_weekdays.get(k, L.weekdays.get(k))
        names = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
        return _C(s, e, "set", "day", value=f"R/P1W;BYDAY={names[wdi or 0]}", wd=wdi)
    if name == "hol":
        hv = L.holidays[_key(g["hol"])]
        c = _C(s, e, "date", "day", hol=hv)
        if hv[0] == "hm":
            c.kind = "interval"
        if g.get("y"):
            yy = int(g["y"])
            if g.get("hs") or 1300 <= yy <= 1500:
                c.hyear = yy
            else:
                c.y = yy
                c.explicit_year = True
        if g.get("cue"):
            c.cue = L.words["cue"][_key(g["cue"])]
        return c
    return None


def _cue_of(L: _Lang, form: str) -> str | None:
    """The value (past | future | this) of a cue word, singular or dual/plural."""
    k = _key(form)
    return L.words["cue"].get(k) or L.words.get("dualcue", {}).get(k)


# «قبل ستة أيام من الزيارة»: a span before an event the text names, not before today (a duration); «من الآن» is today
_BEFORE_AN_EVENT = re.compile(r"\s+من\s+(?!(?:الان|اليوم)(?!\w))\w")  # not «من الانتخابات»
# nouns a day and month name right after them, with no year, name a thing, not a time («قوى 14 آذار», «مدينة 6
# أكتوبر», «قصر 22 مايو»; not «ثورة 30 يونيو», the day it began); folded forms, with their clitics
_NAMED_BY_DAY = re.compile(r"(?:^|\s)[وفبل]{0,2}(?:ال)?(?:قوي|فريق|تحالف|تيار|حركه|ائتلاف|"
                           r"مدينه|شارع|قصر|ملعب|ميدان|جسر|جامعه|مستشفي|مدرسه|لواء|كتيبه)\s*$")
_POD_AFTER = re.compile(r"\s+(?:من\s+)?(?:صباح|فجر|ظهر|عصر|مساء|ليل)")
_STRONG_BEFORE_YEAR = re.compile(r"(?:^|\s)[وف]?(?:منذ|حتي)\s*$")
_YEAR_RANGE_AFTER = re.compile(r"\s*(?:-|–|و|الي|حتي)\s*(?:(?:عام|سنه)\s*)?(?:1[89]|20|21)\d\d(?!\d)")


def _pod_part(hour: int) -> str:
    """The part of day (am | noon | pm | night) of a part-of-day word's typical hour."""
    return "am" if hour < 12 else ("noon" if hour < 15 else ("night" if hour >= 21 else "pm"))


_PRIO = {"gdate": 5, "drange": 6, "mrange": 6, "hdate": 6, "hyear": 4, "year": 3, "numdate": 6,
         "numrange": 7, "hrange": 7, "isodate": 6, "rel": 5, "wd": 2, "pod": 5, "ordwd": 6, "ordweek": 6,
         "period": 4, "time": 5,
         "time2": 4, "trange": 6, "ago": 5, "dur": 3, "set": 3, "hol": 5}


def _iso_duration(unit: str, n: int) -> str:
    """ISO 8601 duration for n units."""
    if unit == "hour":
        return f"PT{n}H"
    if unit == "minute":
        return f"PT{n}M"
    if unit == "decade":
        return f"P{n * 10}Y"
    return f"P{n}{ {'day': 'D', 'week': 'W', 'month': 'M', 'year': 'Y'}[unit]}"


# ---------------------------------------------------------------------------------------------
# Calendar helpers
# ---------------------------------------------------------------------------------------------


def _hijri_to_greg(hy: int, hm: int, hd: int) -> Date | None:
    """Umm al-Qura Hijri date to Gregorian, None outside the supported range. The 30th of a month
    Umm al-Qura gives 29 days (another reckoning's) is the day after its 29th."""
    try:
        from hijridate import Hijri

        g = Hijri(hy, hm, hd).to_gregorian()
        return Date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        if hd == 30:
            d29 = _hijri_to_greg(hy, hm, 29)
            return d29 + dt.timedelta(days=1) if d29 else None
        return None


def _greg_to_hijri_year(d: Date) -> int | None:
    try:
        from hijridate import Gregorian

        return int(Gregorian(d.year, d.month, d.day).to_hijri().year)
    except (ValueError, OverflowError):
        return None


def _hijri_month_len(hy: int, hm: int) -> int:
    try:
        from hijridate import Hijri

        return int(Hijri(hy, hm, 1).month_length())
    except (ValueError, OverflowError):
        return 30


def _easter(y: int) -> Date:
    """Western (Gregorian) Easter Sunday."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return Date(y, month, day)


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + n
    return t // 12, t % 12 + 1


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _iso_week(d: Date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy}-W{iw:02d}"


def _fmt(d: Date, grain: str) -> str:
    if grain == "year":
        return f"{d.year:04d}"
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "week":
        return _iso_week(d)
    return d.isoformat()


_WD_NAMES = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


# ---------------------------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------------------------


@dataclass
class _Ctx:
    ref: Date | None
    ref_time: dt.datetime | None
    month_years: dict[int, int]  # month -> year of an explicit full date in the text
    text: str  # folded text


def _past_weekday(ref: Date, wd: int, strict: bool) -> Date:
    delta = (ref.weekday() - wd) % 7
    if strict and delta == 0:
        delta = 7
    return ref - dt.timedelta(days=delta)


def _next_weekday(ref: Date, wd: int, today: bool = False) -> Date:
    """The next such weekday after the reference (or on it, with `today`)."""
    delta = (wd - ref.weekday()) % 7
    return ref + dt.timedelta(days=delta or (0 if today else 7))


FUTURE_REACH = 60  # characters before an expression searched for a future word or a سـ verb
AFTER_REACH = 30  # characters after it searched for «بإذن الله» and the like
_CLAUSE_MARK = re.compile(r"[.!?؟\n،,؛;:]")
_SENTENCE_MARK = re.compile(r"[.!?؟\n]")
# words between a سـ verb and a date that tie the date to another, earlier deed
_SA_BLOCKERS = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "كان", "كانت", "منذ", "بعد",
                          "عقب", "اثر"))
# a word after these is a noun or a name, not a verb («في سيفاري», «مدينة سيدني»)
_NOT_BEFORE_VERB = frozenset(("في", "من", "الي", "علي", "عن", "مع", "بين", "حول", "عند", "لدي", "مدينه", "ولايه",
                              "منطقه", "بلده", "قريه", "محافظه", "نادي", "فريق", "شركه", "السيد", "الرييس"))
# between a present-tense verb and the month it dates: up to two definite nouns and a preposition
_PRESENT_GAP = re.compile(r"(?<!\w)(?:(?:(?P<aux2>\w+)\s+)?(?P<aux>\w+)\s+)?(?P<v>و?ي\w{2,})((?:\s+ال\w+){0,2})"
                          r"(?:\s+[وف]?(?:في|خلال|حتي|بحلول|قبل))?\s*$")


@lru_cache(maxsize=16)
def _word_class(cat: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of a class of time_words.tsv, and its prefixes (entries ending in «-»)."""
    forms = _lang().words.get(cat, {})
    return (frozenset(f for f in forms if not f.endswith("-")),
            tuple(f[:-1] for f in forms if f.endswith("-")))


def _in_class(word: str, cat: str) -> bool:
    words, prefixes = _word_class(cat)
    return word in words or word.startswith(prefixes)


def _sa_verb(word: str) -> bool:
    """A verb with the future prefix سـ («سيزور», «وستعقد»), not a noun that looks like one («سيارة»)."""
    if word[:1] in "وف" and word[1:2] == "س":
        word = word[1:]
    if len(word) < 5 or word[0] != "س" or word[1] not in "يتن" or word.endswith(("ه", "ات", "يا")):
        return False
    return not _in_class(word, "notsa")


def _clause_words_before(c: _C, ctx: _Ctx) -> list[str]:
    """The whole words of the expression's clause within FUTURE_REACH characters before it."""
    start = max(0, c.s - FUTURE_REACH)
    before = ctx.text[start:c.s]
    marks = list(_CLAUSE_MARK.finditer(before))
    if marks:
        return before[marks[-1].end():].split()
    words = before.split()
    if words and start > 0 and not ctx.text[start - 1].isspace() and not before[:1].isspace():
        words = words[1:]  # a word cut by the window
    return words


def _sa_verb_before(c: _C, ctx: _Ctx) -> bool:
    """A سـ verb earlier in the expression's clause, not cut off by a relative clause or «منذ»."""
    words = _clause_words_before(c, ctx)
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _SA_BLOCKERS:
            return False
        if _sa_verb(words[i]) and not (i and words[i - 1] in _NOT_BEFORE_VERB):
            return True
    return False


def _future_after(c: _C, ctx: _Ctx) -> bool:
    """«بإذن الله», «إن شاء الله» right after the expression, in its sentence."""
    after = ctx.text[c.e:c.e + AFTER_REACH]
    cut = _SENTENCE_MARK.search(after)
    after = after[:cut.start()] if cut else after
    return any(re.match(rf"\s*[،,(\-–]?\s*{re.escape(w)}(?!\w)", after) for w in _lang().words.get("futafter", {}))


def _future_context(c: _C, ctx: _Ctx) -> bool:
    """A future word before the expression («من المقرر», «سوف»), or «بإذن الله» after it."""
    return bool(_lang().future_before.search(ctx.text[max(0, c.s - 80):c.s])) or _future_after(c, ctx)


def _future_verb(c: _C, ctx: _Ctx) -> bool:
    """A verb that tells of what is to come: a سـ verb in the clause («سيزور المملكة في سبتمبر»), or a
    present-tense verb right before («تصويت يجريه في نهاية سبتمبر»). Weaker than a future word: a
    report may tell of a plan already carried out («أعلن أنه سيصعّد الهجمات في منتصف يوليو»)."""
    return _sa_verb_before(c, ctx) or _present_verb_before(c, ctx)


WEEK_EDGE_AHEAD = 3  # days: a bare edge of this week further ahead than this, told in the past, is last week's


def _week_ahead(c: _C, ctx: _Ctx) -> bool:
    """Whether a bare «نهاية الأسبوع» / «منتصف الأسبوع» still to come this week is meant (a future
    word or verb, «حتى»), rather than the one before it, as a report of what happened reads it."""
    return c.ahead or _future_context(c, ctx) or _future_verb(c, ctx) or _present_clause(c, ctx)


_TAFIL = re.compile(r"^ت\w\wي\w$")  # «تفجير», «تصويت»: a verbal noun, not a verb


def _present_form(word: str) -> bool:
    """A word shaped like a present-tense verb in ي or ت («يصل», «وتعاود», «تتشكل»), not a noun or a
    name listed as looking like one, nor a past form in ت («تواصلت», «تم»)."""
    if word[:1] in "وف" and word[1:2] in "يت":
        word = word[1:]
    if word[:1] == "ي":
        return len(word) >= 3 and not _in_class(word, "notpres")
    return (word[:1] == "ت" and len(word) >= 4 and not word.endswith(("ت", "ه", "ات", "يا"))
            and not _TAFIL.match(word) and not _in_class(word, "notpres"))


def _present_clause(c: _C, ctx: _Ctx) -> bool:
    """The clause before the expression has a present-tense verb and no past mark («ثم تعاود موجة الحر
    التأثير اعتبارا من نهاية الأسبوع»)."""
    words = _clause_words_before(c, ctx)
    if any(_in_class(w, "pastaux") or w in _SA_BLOCKERS for w in words):
        return False
    return any(_present_form(w) for w in words)


def _present_verb_before(c: _C, ctx: _Ctx) -> bool:
    """A present-tense verb right before the expression, so it tells what is to come: «تصويت يجريه في
    نهاية سبتمبر», «يعقد المجلس في أكتوبر»; not after «لم», «كان»."""
    m = _PRESENT_GAP.search(ctx.text, max(0, c.s - 50), c.s)
    if m is None:
        return False
    verb = m.group("v")[1:] if m.group("v").startswith("وي") else m.group("v")
    if len(verb) < 3 or _in_class(verb, "notpres"):
        return False
    if m.group("aux") == "ان" and m.group("aux2") in _SA_BLOCKERS | {"قبل"}:  # «قبل أن يغيروا»
        return False
    return not (m.group("aux") and _in_class(m.group("aux"), "pastaux"))


def _infer_year(c: _C, ctx: _Ctx) -> int | None:
    """The year of a month (and day) given without one."""
    assert c.m is not None
    if c.year_offset is not None:
        return ctx.ref.year + c.year_offset if ctx.ref else None
    if c.cue == "this" and ctx.ref:
        return ctx.ref.year
    if c.cue not in ("past", "future") and c.m in ctx.month_years:
        return ctx.month_years[c.m]
    if ctx.ref is None:
        return None
    ref = ctx.ref
    if c.wd is not None and c.d is not None and c.cue is None:
        years = []
        for yy in (ref.year, ref.year - 1, ref.year + 1):
            try:
                if Date(yy, c.m, c.d).weekday() == c.wd:
                    years.append((abs((Date(yy, c.m, c.d) - ref).days), yy))
            except ValueError:
                continue
        if years:
            return min(years)[1]
    d = c.d or 1
    future = c.cue == "future" or (c.cue is None and _future_context(c, ctx))
    if future:
        y = ref.year
        earlier = (c.m, d) < (ref.month, ref.day) if c.d else c.m < ref.month
        if earlier or (c.cue == "future" and c.d is None and c.m == ref.month):
            y += 1
        return y
    y = ref.year
    later = (c.m, d if c.d else 1) > (ref.month, ref.day)
    if later and c.cue is None and _future_verb(c, ctx):  # later this year, not last year
        return y
    if later or (c.cue == "past" and c.d is None and c.m == ref.month):
        y -= 1
    return y


def _resolve_day(c: _C, ctx: _Ctx) -> tuple[Date | None, str | None, bool]:
    """A candidate's day (or first day of its period), a note, and whether it is relative."""
    note = None
    ref = ctx.ref
    if c.hol is not None:
        return _resolve_holiday(c, ctx)
    if c.offset is not None and c.offset[0] == "day":
        if ref is None:
            return None, None, True
        d = ref + dt.timedelta(days=c.offset[1])
        if c.wd is not None and d.weekday() != c.wd:
            wd_day = _past_weekday(ref, c.wd, strict=False) if c.offset[1] <= 0 else _next_weekday(ref, c.wd)
            note = (f"weekday disagrees: {_WD_NAMES[c.wd]} is {wd_day.isoformat()}, "
                    f"the relative day is {d.isoformat()}; kept the weekday")
            d = wd_day
        return d, note, True
    if c.wd is not None and c.m is None and c.offset is None:
        if ref is None:
            return None, None, True
        if c.cue == "future":
            return _next_weekday(ref, c.wd), None, True
        if c.cue is None and (_future_context(c, ctx) or _sa_verb_before(c, ctx)):
            return _next_weekday(ref, c.wd, today=True), None, True
        return _past_weekday(ref, c.wd, strict=c.cue == "past"), None, True
    return None, None, False


def _resolve_holiday(c: _C, ctx: _Ctx) -> tuple[Date | None, str | None, bool]:
    assert c.hol is not None
    cal, hm, hd, _ = c.hol
    ref = ctx.ref

    def occ(year: int) -> Date | None:
        if cal == "g":
            return Date(year, hm, hd)
        if cal == "easter":
            return _easter(year)
        # a Hijri date in Gregorian year `year`: try the two Hijri years overlapping it
        hy0 = _greg_to_hijri_year(Date(year, 1, 1))
        if hy0 is None:
            return None
        for hy in (hy0, hy0 + 1):
            g = _hijri_to_greg(hy, hm, hd)
            if g is not None and g.year == year:
                return g
        return None

    if c.hyear is not None:
        return _hijri_to_greg(c.hyear, hm, hd), None, False
    if c.y is not None:
        return occ(c.y), None, False
    if ref is None:
        return None, None, True
    cands = [x for x in (occ(ref.year - 1), occ(ref.year), occ(ref.year + 1)) if x is not None]
    if not cands:
        return None, None, True
    if c.cue == "past":
        past = [x for x in cands if x < ref]
        return (past[-1] if past else None), None, True
    if c.cue == "future" or _future_context(c, ctx):
        fut = [x for x in cands if x >= ref]
        return (fut[0] if fut else None), None, True
    return min(cands, key=lambda x: (abs((x - ref).days), x > ref)), None, True


def _resolve(c: _C, ctx: _Ctx) -> tuple[str | None, str | None, bool, str | None]:
    """(value, end_value, relative, note) of a candidate."""
    ref = ctx.ref
    v: str | None
    ev: str | None
    if c.kind in ("duration", "set"):
        return c.value, None, False, None
    if c.until and c.end is not None:
        ev, _, _, note = _resolve(c.end, ctx)
        end_grain = c.end.grain
        start = _fmt(ref, end_grain) if ref else None
        return start, ev, True, note
    if c.kind == "time" or (c.hh is not None):
        day, rel = _anchor_day(c, ctx)
        if day is None:
            return None, None, rel, None
        v = _fmt_time(day, c.hh or 0, c.mi or 0, c.grain)
        ev = None
        if c.end is not None:
            overnight = (c.end.hh or 0, c.end.mi or 0) < (c.hh or 0, c.mi or 0)  # «من السابعة مساء حتى السادسة صباحا»
            ev = _fmt_time(day + dt.timedelta(days=int(overnight)), c.end.hh or 0, c.end.mi or 0, c.grain)
        return v, ev, rel, c.note
    # Hijri whole month / year
    if c.hmonth_whole is not None or (c.hyear is not None and c.hol is None):
        hy = c.hyear
        if c.hmonth_whole is not None:
            hm = c.hmonth_whole
            if hy is None:
                return None, None, False, None
            a = _hijri_to_greg(hy, hm, 1)
            b = _hijri_to_greg(hy, hm, _hijri_month_len(hy, hm))
        else:
            assert hy is not None
            a = _hijri_to_greg(hy, 1, 1)
            b = _hijri_to_greg(hy, 12, _hijri_month_len(hy, 12))
        return (a.isoformat() if a else None), (b.isoformat() if b else None), False, None
    if c.hol is not None and c.hol[0] == "hm":
        hy = c.hyear
        rel = False
        if hy is None:
            if ref is None:
                return None, None, True, None
            rel = True
            hy0 = _greg_to_hijri_year(ref) or 0
            if c.cue == "past" or (c.cue is None and not _future_context(c, ctx)):
                hy = hy0 if (_hijri_to_greg(hy0, c.hol[1], 1) or ref) <= ref else hy0 - 1
            else:
                hy = hy0 if (_hijri_to_greg(hy0, c.hol[1], 1) or ref) >= ref else hy0 + 1
        a = _hijri_to_greg(hy, c.hol[1], 1)
        b = _hijri_to_greg(hy, c.hol[1], _hijri_month_len(hy, c.hol[1]))
        return (a.isoformat() if a else None), (b.isoformat() if b else None), rel, None
    # relative periods
    if c.offset is not None and c.offset[0] in ("week", "month", "year") and c.rank is None:
        if ref is None:
            return None, None, True, None
        unit, n = c.offset
        if unit == "week":
            d = ref + dt.timedelta(weeks=n)
            if c.edge:
                monday = d - dt.timedelta(days=d.weekday())
                d = monday + dt.timedelta(days={"start": 0, "mid": 3, "end": 6}[c.edge])
                if (d - ref).days > WEEK_EDGE_AHEAD and c.cue is None and not _week_ahead(c, ctx):
                    d -= dt.timedelta(weeks=1)  # «قُتلوا في نهاية الأسبوع» on a Monday: the one just past
                return d.isoformat(), None, True, None
            return _iso_week(d), None, True, None
        if unit == "month":
            y, mo = _add_months(ref.year, ref.month, n)
            return (*_edge_month(y, mo, c.edge), True, None)
        return (*_edge_year(ref.year + n, c.edge), True, None)
    # ordinal weekday / week of a month
    if c.rank is not None:
        return _resolve_rank(c, ctx)
    day, note, rel = _resolve_day(c, ctx)
    if day is not None or c.offset is not None or c.hol is not None or (c.wd is not None and c.m is None):
        v = _fmt(day, c.grain) if day else None
        ev = None
        if c.kind == "interval" and c.hol is not None and day is not None and c.hol[3] > 1:
            ev = (day + dt.timedelta(days=c.hol[3] - 1)).isoformat()
        elif c.kind == "interval" and c.end is not None and day is not None:
            ev = _resolve(c.end, ctx)[0]
            if ev is not None and v is not None and ev[:10] < v[:10]:  # an end read before its start:
                ev = _week_later(ev) if c.end.wd is not None and c.end.m is None and c.end.offset is None else None
        return v, ev, rel, note
    # explicit calendar dates
    if c.m is None and c.y is not None:  # a year
        v, ev = _edge_year(c.y, c.edge)
        if c.end is not None:
            ev = _resolve(c.end, ctx)[0]
        return v, ev, False, None
    if c.m is None:
        return None, None, False, None
    rel = False
    if c.y is not None:
        y = c.y
    else:
        iy = _infer_year(c, ctx)
        rel = True
        if iy is None:
            return None, None, True, None
        y = iy
    if c.d is None:
        if c.kind == "interval" and c.end is not None:
            end = c.end
            ey = end.y
            if ey is None:
                if c.cue in ("past", "future") and end.m is not None and ctx.ref:
                    ey = _infer_year(end, ctx)
                    y = (ey or y) if (c.m or 0) <= (end.m or 0) else (ey or y) - 1
                else:
                    ey = y if (end.m or 0) >= c.m else y + 1
            end_month = f"{ey:04d}-{end.m:02d}" if ey and end.m is not None else None
            return f"{y:04d}-{c.m:02d}", end_month, rel, None
        v, ev = _edge_month(y, c.m, c.edge)
        return v, ev, rel, None
    try:
        d = Date(y, c.m, c.d)
    except ValueError:
        return None, None, rel, "invalid date"
    if c.wd is not None and d.weekday() != c.wd:
        note = f"weekday disagrees: {d.isoformat()} is not {_WD_NAMES[c.wd]}"
    ev = None
    if c.end is not None and c.end.d is not None:
        try:
            ev = Date(c.end.y or y, c.end.m or c.m, c.end.d).isoformat()
        except ValueError:
            ev = None
    elif c.end is not None:
        ev = _resolve(c.end, ctx)[0]
    return d.isoformat(), ev, rel, note


def _resolve_rank(c: _C, ctx: _Ctx) -> tuple[str | None, str | None, bool, str | None]:
    """An ordinal weekday («أول اثنين من الشهر») or week («الأسبوع الأول من مارس») of a month."""
    assert c.rank is not None
    y, mo = c.y, c.m
    rel = False
    if c.offset is not None:
        if ctx.ref is None:
            return None, None, True, None
        y, mo = _add_months(ctx.ref.year, ctx.ref.month, c.offset[1])
        rel = True
    elif y is None and mo is not None:
        y = _infer_year(c, ctx)
        rel = not c.explicit_year
    if y is None or mo is None:
        return None, None, rel, None
    last = _last_day(y, mo)
    if c.wd is not None:
        days = [Date(y, mo, dd) for dd in range(1, last + 1) if Date(y, mo, dd).weekday() == c.wd]
        hit = days[-1] if c.rank < 0 else (days[c.rank - 1] if c.rank <= len(days) else None)
        return (hit.isoformat() if hit else None), None, rel, None
    if c.rank < 0:
        return Date(y, mo, last - 6).isoformat(), Date(y, mo, last).isoformat(), rel, None
    first = 1 + 7 * (c.rank - 1)
    if first > last:
        return None, None, rel, None
    return Date(y, mo, first).isoformat(), Date(y, mo, min(last, first + 6)).isoformat(), rel, None


def _edge_month(y: int, mo: int, edge: str | None) -> tuple[str, str | None]:
    if edge is None:
        return f"{y:04d}-{mo:02d}", None
    dd = {"start": 1, "mid": 15, "end": _last_day(y, mo)}[edge]
    return Date(y, mo, dd).isoformat(), None


def _edge_year(y: int, edge: str | None) -> tuple[str, str | None]:
    if edge is None:
        return f"{y:04d}", None
    return f"{y:04d}-{ {'start': 1, 'mid': 6, 'end': 12}[edge]:02d}", None


def _fmt_time(day: Date, hh: int, mi: int, grain: str) -> str:
    if hh >= 24:
        day, hh = day + dt.timedelta(days=1), hh - 24
    if grain == "hour":
        return f"{day.isoformat()}T{hh:02d}"
    return f"{day.isoformat()}T{hh:02d}:{mi:02d}"


def _anchor_day(c: _C, ctx: _Ctx) -> tuple[Date | None, bool]:
    """The day a time of day belongs to: its merged day, else the reference day."""
    if c.m is not None or c.offset is not None or c.wd is not None or c.hol is not None:
        base = replace(c, kind="date", grain="day", hh=None, mi=None, end=None)
        v, _, rel, _ = _resolve(base, ctx)
        if v is None:
            return None, rel
        return Date.fromisoformat(v[:10]), rel
    if ctx.ref is None:
        return None, True
    return ctx.ref, True


# ---------------------------------------------------------------------------------------------
# The pass
# ---------------------------------------------------------------------------------------------


_TOKEN_RE = re.compile(r"\w+")
_CLITIC_PREFIXES = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
# How many words a pattern may reach before its anchor word (a day, «يوم», a weekday, an edge …).
_BACK = {"gdate": 8, "drange": 6, "mrange": 8, "hdate": 7, "hyear": 1, "year": 2, "numdate": 0,
         "numrange": 4, "hrange": 6, "isodate": 0, "rel": 3, "wd": 1, "pod": 2, "ordwd": 6, "ordweek": 6,
         "period": 2, "time": 2,
         "time2": 3, "trange": 8, "ago": 4, "dur": 4, "set": 2, "hol": 0}
_AHEAD = 10


def _anchor_table(L: _Lang) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Which patterns to try around each anchor word (the distinctive word of an expression)."""
    table_: dict[str, set[str]] = {}

    def add(words: list[str], names: tuple[str, ...], first_only: bool = False) -> None:
        for phrase in words:
            parts = phrase.split()
            for w in parts[:1] if first_only else parts:
                if w in ("من", "بعد", "اول", "ال"):
                    continue
                table_.setdefault(w, set()).update(names)

    add(list(L.months), ("gdate", "drange", "mrange", "ordwd", "ordweek"), first_only=True)
    add(list(L.hmonths), ("hdate", "hrange"), first_only=True)
    add(list(L.weekdays), ("wd", "rel", "pod", "gdate", "hdate", "ordwd", "set"))
    add(list(L.bare_weekdays), ("ordwd", "set"))
    add(_w(L, "relday"), ("rel", "pod"))
    add(_w(L, "pod"), ("pod", "gdate"))
    add(_w(L, "part"), ("time2", "trange"))
    add(_w(L, "period"), ("period", "ordweek", "ordwd"))
    add(list(L.units), ("dur", "ago"))
    add(list(L.sets), ("set",))
    add(["كل"], ("set",))
    add(_w(L, "hour"), ("time", "trange"))
    add([k for k, v in L.ordinals.items() if 1 <= v <= 12 and k.endswith("ه")], ("time2", "trange"),
        first_only=True)
    add(list(L.holidays), ("hol",), first_only=True)
    out: dict[str, frozenset[str]] = {}
    for w, names in table_.items():
        fs = frozenset(names)
        out[w] = fs
    for w, fs in list(out.items()):
        for p in _CLITIC_PREFIXES:
            if p + w not in out:
                out[p + w] = fs
    return out, frozenset({"year", "hyear"})


def _candidates(f: str) -> list[_C]:
    """Candidates of every pattern, tried only in windows around anchor words."""
    L = _lang()
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(f)]
    jobs: dict[str, list[tuple[int, int]]] = {}
    anchors = L.anchors
    n_tok = len(toks)
    for i, (_ts, te, w) in enumerate(toks):
        names = anchors.get(w)
        if w[0].isdigit() or w[-1].isdigit():
            extra: set[str] = set()
            if sum(ch.isdigit() for ch in w) == 4:
                extra |= L.digit_patterns
            if _NUM_SEP_AFTER.match(f, te):
                extra |= {"numdate", "isodate", "numrange"}
            if extra:
                names = frozenset(extra) if names is None else names | extra
        if names is None:
            continue
        for n in names:
            jobs.setdefault(n, []).append((i, te))
    out: list[_C] = []
    seen: set[tuple[str, int, int]] = set()
    for name, pat in L.patterns:
        windows = jobs.get(name)
        if not windows:
            continue
        back = _BACK[name]
        pos = 0
        for i, anchor_end in windows:
            pos = max(pos, toks[max(0, i - back)][0])
            we = toks[min(n_tok - 1, i + _AHEAD)][1]
            while pos < anchor_end:
                m = pat.search(f, pos, we)
                if m is None or m.start() >= anchor_end:
                    pos = anchor_end if m is None else m.start()
                    break
                pos = max(m.end(), pos + 1)
                key = (name, m.start("x"), m.end("x"))
                if key in seen:
                    continue
                seen.add(key)
                c = _build(L, name, m, f)
                if c is not None:
                    c.prio = _PRIO[name]
                    out.append(c)
    return out


def _select(cands: list[_C]) -> list[_C]:
    """Longest match wins; ties go to the more specific pattern; no overlaps."""
    chosen: list[_C] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.e - c.s), -c.prio, c.s)):
        if any(c.s < e and s < c.e for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.s, c.e))
    return sorted(chosen, key=lambda c: c.s)


# between items of a list or the ends of a range: «سبتمبر أو أكتوبر», «30 نوفمبر وحتى 2 ديسمبر»
_LIST_GAP = re.compile(r"^\s*[،,]?\s*(?:او\s+|و\s*)?(?:(?:الي|حتي|لغايه)\s+|[-–]\s*)?$")


def _list_kind(c: _C) -> str | None:
    """What a cue after a list could share with this item: «month» (a month or day of one, no year),
    «weekday», or None."""
    if c.kind not in ("date", "interval") or c.explicit_year or c.y is not None or c.hh is not None:
        return None
    if c.m is not None and c.rank is None and c.hol is None:
        return "month"
    if c.wd is not None and c.m is None and c.offset is None and c.hol is None:
        return "weekday"
    return None


def _share_list_cues(cs: list[_C], f: str) -> None:
    """A past/future cue after the last of a list of months or weekdays holds for each of them:
    «خلال شهر سبتمبر أو أكتوبر المقبلين», «يومي الأحد والاثنين المقبلين», «من 30 سبتمبر إلى 14 أكتوبر
    المقبلين»."""
    for i in range(len(cs) - 1, 0, -1):
        last = cs[i]
        kind = _list_kind(last)
        if last.cue not in ("past", "future") or kind is None:
            continue
        j = i - 1
        while j >= 0 and cs[j].cue is None and _list_kind(cs[j]) == kind and _LIST_GAP.match(f[cs[j].e:cs[j + 1].s]):
            item = cs[j]
            item.cue = last.cue
            if item.end is not None:
                item.end.cue = last.cue
            j -= 1


_WEEKDAY_DATE_GAP = re.compile(r"^\s*[،,]?\s*$")


def _join_weekday_date(cs: list[_C], f: str) -> list[_C]:
    """A weekday restated by a full date, after «الموافق» or right after it, is that date («يوم الثلاثاء
    الموافق 12 / 10 / 1436هـ», «يوم الأحد 15-11-1436هـ»): one expression, the date's value, the weekday
    kept to check it."""
    L = _lang()

    def join(c: _C, nxt: _C, _done: int) -> _C | None:
        if (c.wd is not None and c.m is None and c.hol is None and c.hh is None
                and (c.offset is None or c.offset[0] == "day") and _is_day(nxt) and nxt.d is not None
                and (nxt.explicit_year or nxt.hyear is not None)
                and (L.glue_muwafiq.match(f[c.e:nxt.s]) or _WEEKDAY_DATE_GAP.match(f[c.e:nxt.s]))):
            return replace(nxt, s=c.s, wd=c.wd, part=nxt.part or c.part)
        return None

    return _join_pairs(cs, join)


def _join_pairs(cs: list[_C], join: Callable[[_C, _C, int], _C | None],
                alone: Callable[[_C], _C] = lambda c: c) -> list[_C]:
    """One pass over neighbouring candidates: where `join(c, next, how many are out so far)` gives one
    expression for the pair it takes both, else `c` goes out as `alone` makes it."""
    out: list[_C] = []
    i = 0
    while i < len(cs):
        c = cs[i]
        joined = join(c, cs[i + 1], len(out)) if i + 1 < len(cs) else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(alone(c))
        i += 1
    return out


def _is_day(c: _C) -> bool:
    return c.kind == "date" and c.grain == "day" and c.hh is None


def _week_later(value: str) -> str:
    """An ISO day (with any time after it) one week later: a range's closing weekday («من الأحد إلى
    الخميس») is the first one after its opening day."""
    day = Date.fromisoformat(value[:10]) + dt.timedelta(days=7)
    return day.isoformat() + value[10:]


def _is_day_range(c: _C) -> bool:
    return c.kind == "interval" and c.grain == "day" and c.end is not None and _is_day(c.end) and c.hh is None


_OF_YEAR = re.compile(r"^\s*[،,]?\s*(?:من|في)\s+$")  # between a month and its year («يوليو من العام الماضي»)


def _merge(cs: list[_C], f: str) -> list[_C]:
    """Join a day with its time of day, two dates into an interval, «حتى X» into an interval."""
    L = _lang()

    def join(c: _C, nxt: _C, done: int) -> _C | None:
        gap = f[c.e:nxt.s]
        # day + time (a time after a range of days is timed from its first day: «2-3/7 من الخامسة»)
        if (_is_day(c) or _is_day_range(c)) and nxt.kind == "time" and L.glue_dt.match(gap):
            return _with_time(replace(c, kind="date", end=None), nxt, c.s, nxt.e)
        # «يوليو من العام الماضي», «15 مايو من العام المقبل»: a month (and day) of a year told from the reference
        if (c.kind == "date" and c.m is not None and c.y is None and c.hol is None and c.end is None
                and nxt.offset is not None and nxt.offset[0] == "year" and nxt.edge is None
                and _OF_YEAR.match(gap)):
            of_year = replace(c, year_offset=nxt.offset[1])
            of_year.e = nxt.e
            return of_year
        # time + day
        if c.kind == "time" and _is_day(nxt) and L.glue_td.match(gap):
            return _with_time(nxt, c, c.s, nxt.e)
        # from X to Y
        fr = L.glue_from.search(f[max(0, c.s - 8):c.s])
        if (fr and L.glue_to.match(gap) and c.kind in ("date", "time") and nxt.kind == c.kind
                and c.grain == nxt.grain and c.end is None and nxt.end is None):
            start = replace(c, kind="interval" if c.kind == "date" else "time", end=nxt)
            start.e = nxt.e
            if c.kind == "date" and c.y is None and nxt.y is not None and c.m is not None:
                start.y = nxt.y if (c.m or 0) <= (nxt.m or 0) else nxt.y - 1
                start.explicit_year = True
            return start
        # Hijri date «الموافق» Gregorian date: check they agree
        if c.hol is not None and c.hol[0] == "h" and nxt.m is not None and L.glue_muwafiq.match(gap):
            c.note = "muwafiq:" + str(done)
        return None

    def until(c: _C) -> _C:
        if c.kind == "date" and c.end is None:
            u = L.glue_until.search(f[max(0, c.s - 12):c.s])
            if u and not L.glue_from.search(f[max(0, c.s - 40):c.s - len(u.group(0))]):
                c = replace(c, until=True, end=replace(c, ahead=True))
                c.kind = "interval"
        return c

    return _join_pairs(cs, join, until)


def _with_time(day: _C, t: _C, s: int, e: int) -> _C:
    part = t.part if t.part is not None else day.part
    hh = t.hh if t.part == "abs" else _apply_part(t.hh or 0, part)
    merged = replace(day, s=s, e=e, kind="time", grain=t.grain, hh=hh, mi=t.mi, part="abs")
    if t.end is not None:
        merged.end = replace(t.end)
    return merged


def month_edge(t: TimeExpr) -> str | None:
    """The month of a time that is the start, middle or end of a named month, resolved to a day
    («مطلع يوليو» → «2015-07», «أواخر الشهر الماضي», «نهاية شهر مارس»): what such a time dates is the
    month, not the day its edge falls on; None for any other time («نهاية الأسبوع», «أول من أمس»)."""
    L = _lang()
    words = [_key(w) for w in re.split(r"[\s/()]+", t.text) if w]
    if not t.value or len(t.value) != 10 or len(words) < 2 or words[0] not in L.words.get("edge", {}):
        return None
    month_word = any(w in L.months or w in L.hmonths or L.words.get("period", {}).get(w) == "month"
                     or w == _key("شهر") for w in words[1:])
    return t.value[:7] if month_word else None


def extract_times(text: str, reference: dt.date | dt.datetime | None) -> list[TimeExpr]:
    """Find and resolve the time expressions of `text` against `reference` (publication date)."""
    if not text:
        return []
    f, idx = fold_with_map(text)
    ref_time = reference if isinstance(reference, dt.datetime) else None
    ref = reference.date() if isinstance(reference, dt.datetime) else reference
    cs = _select(_candidates(f))
    _share_list_cues(cs, f)
    cs = _merge(_join_weekday_date(cs, f), f)
    month_years: dict[int, int] = {}
    for c in cs:
        if c.m is not None and c.y is not None and c.explicit_year and c.m not in month_years:
            month_years[c.m] = c.y
    ctx = _Ctx(ref, ref_time, month_years, f)
    out: list[TimeExpr] = []
    last_day: Date | None = None
    for c in cs:
        if (c.kind == "time" and c.m is None and c.offset is None and c.wd is None and c.hol is None
                and last_day is not None):
                c.y, c.m, c.d = last_day.year, last_day.month, last_day.day
        if c.kind == "time" and c.part != "abs":
            c.hh = _apply_part(c.hh or 0, c.part)
            if c.end is not None and c.end.kind == "time" and c.end.part != "abs":  # «من … وحتى …»
                c.end.hh = _apply_part(c.end.hh or 0, c.end.part)
        value, end_value, rel, note = _resolve(c, ctx)
        kind = "date" if c.kind == "time" and c.end is None else ("interval" if c.kind == "time" else c.kind)
        if c.until and value and end_value and end_value < value:  # «حتى» a past date: just the date
            value, end_value, kind = end_value, None, "date"
        if note and note.startswith("muwafiq:"):
            note = None
        if value and (c.kind in ("date", "time") or (_is_day_range(c) and not c.until and c.hol is not None)) \
                and c.grain in ("day", "hour", "minute") and len(value) >= 10:
            last_day = Date.fromisoformat(value[:10])
        start = idx[c.s]
        end = idx[c.e - 1] + 1
        while end < len(text) and _DROPPED_RE.match(text[end]):
            end += 1
        out.append(TimeExpr(text[start:end], value, c.grain, kind, start, end, end_value, rel, note))
    _check_muwafiq(out, cs)
    return out


def _check_muwafiq(out: list[TimeExpr], cs: list[_C]) -> None:
    """A Hijri date followed by «الموافق» and a Gregorian date: note when they disagree."""
    for i, c in enumerate(cs[:-1]):
        if c.note and c.note.startswith("muwafiq:"):
            a, b = out[i], out[i + 1]
            if a.value and b.value and a.value != b.value:
                a.note = f"Hijri date gives {a.value}, «الموافق» gives {b.value}"


# ---------------------------------------------------------------------------------------------
# Datelines and the command-line helper
# ---------------------------------------------------------------------------------------------


DATELINE_MAX_START = 40  # characters: «الرياض - واس» or «جدة 26 شوال» fit, a sentence does not


def dateline_date(text: str) -> str | None:
    """Publication date from a dateline near the top («الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م»)."""
    head = text[:300].split("\n\n")[0][:300]
    # A dateline opens the text: its date starts within the first few words, not mid-sentence.
    found = [t for t in extract_times(head, None) if t.start <= DATELINE_MAX_START]
    greg = [t for t in found if t.kind == "date" and t.grain == "day" and t.value and not t.relative
            and "ه" not in fold(t.text)[-3:]]
    if greg:
        return greg[0].value
    days = [t for t in found if t.kind == "date" and t.grain == "day" and t.value and not t.relative]
    return days[0].value if days else None


def _parse_reference(v: Any) -> dt.date | dt.datetime | None:
    if v is None or v == "":
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v
    s = str(v).strip()
    try:
        return dt.datetime.fromisoformat(s) if "T" in s else Date.fromisoformat(s[:10])
    except ValueError:
        return None


def parse_times_line(line: str, default_reference: dt.date | dt.datetime | str | None) -> dict[str, Any]:
    """One input line (text, or JSON `{"text", "reference"}`) → `{"text", "reference", "times"}`."""
    raw = line.rstrip("\n")
    text, ref = raw, _parse_reference(default_reference)
    if raw.lstrip().startswith("{"):
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict) and "text" in obj:
            text = str(obj["text"])
            if obj.get("reference"):
                ref = _parse_reference(obj["reference"])
    times = [asdict(t) for t in extract_times(text, ref)]
    return {"text": text, "reference": ref.isoformat() if ref else None, "times": times}
