"""Where and when an event happened: the place after «في» near its trigger (not a people nor an adjective
of a country: «المدنيين الفلسطينيين في غزة» → غزة), the nearest usable date (its day; a date after «منذ»
is when the deed began; no date a report told as an aside gives)."""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.clean.normalize import fold
from marsad.extract import events_place_clauses as clauses
from marsad.extract.events_actors import Group
from marsad.extract.events_capital_places import capital_at, origins_apart
from marsad.extract.events_places2 import guest_seats
from marsad.extract.events_reference_places import finer_place, topics_apart
from marsad.extract.events_struck_places import struck_place
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit
from marsad.extract.times import month_edge
from marsad.model import TimeExpr

DATE_REACH = 150  # characters between a trigger and its date
PLACE_REACH = 15  # words between a trigger and a place outside the words after it in its clause
LEFT_FROM_WORDS = 3  # tokens between a withdrawal and the place it left, when a place is told before it

SINCE = frozenset(("منذ", "ومنذ"))  # folded; «منذ» opens when something began
# «منذ» and an amount of time with no count («منذ سنوات», «منذ فترة»): no date at all
_VAGUE = frozenset(fold(w) for w in (
    "ساعات", "أيام", "أسابيع", "أشهر", "شهور", "أعوام", "سنوات", "سنين", "عقود", "فترة", "مدة", "زمن", "وقت"))
# a superlative before «منذ» compares, it does not date («أعنف قتال منذ شهر», «أول هجوم منذ 2013»)
_RANKING = frozenset(fold(w) for w in (
    "أعنف", "أسوأ", "أسوء", "أكبر", "أخطر", "أشد", "أول", "أكثر", "أعلى", "أدنى", "أقل", "أفضل", "أحدث",
    "أوسع", "أطول", "أبرز", "أفدح", "أضخم", "الأعنف", "الأسوأ", "الأكبر", "الأخطر", "الأول",
    "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة"))  # ordinals rank too
# a relative clause: what it dates after «منذ» describes its noun («الذين سيطروا عليها منذ آذار»)
_RELATIVE = frozenset(fold(w) for w in (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللذان", "اللتان"))
_RESTATE = frozenset(fold(w) for w in ("الموافق", "والموافق", "الموافقة", "الموافق ل", "الموافقة ل"))
# words that open a report told as an aside: «حسبما ذكر», «بحسب ما أعلن», «وفق ما قال», «وفقا لما أفاد»
_AS_SAID = frozenset(fold(w) for w in ("حسبما", "وحسبما"))
_AS = frozenset(fold(w) for w in ("بحسب", "وبحسب", "حسب", "وفق", "ووفق", "وفقا", "ووفقا"))
ASIDE_WORDS = 6  # words between an aside's opening and the date of its report


def usable(t: TimeExpr, text: str) -> bool:
    """A resolved date or interval that can date a deed of its sentence. Not: «منذ» and an amount
    of time with no count («منذ سنوات») or after a superlative («أعنف قتال منذ شهر»); the date
    before it told again in another calendar («يوم الثلاثاء الموافق 12/10/1436هـ»); the date of a
    report told as an aside («بحسب ما أعلن مسؤولون يوم أمس»); a date in a place's name («شارع 26
    سبتمبر»); a time prepared for («لبداية العام») or of the school year («العام الدراسي»); a date
    after «منذ» and the event a superlative or an ordinal is measured from («الأعنف منذ معركة … في
    فبراير»). Any other date after «منذ» («تحاصر … منذ 2013», «أوقفت، منذ أمس الجمعة، …») is when the
    deed began: its date."""
    if t.kind not in ("date", "interval") or not t.value:
        return False
    return not (_no_start(t, text) or _restated(t, text) or _reported(t, text) or _in_name(t, text)
                or _goal(t, text) or _school_year(t, text) or _occasion(t, text) or _deadline(t, text))


# an ultimatum's deadline: a time after «حتى» that a word of ultimatum shortly before gives
# («أمهلت المفوضية المجموعة حتى سبتمبر للرد», «إنذارا حتى نهاية عام 2016»): when it runs out, not when it was given
_UNTIL = frozenset(fold(w) for w in ("حتى", "وحتى", "لغاية", "قبل"))
_UNTIL_FILLER = frozenset(fold(w) for w in ("يوم", "نهاية", "موعد", "أقصاه", "اقصاه", "منتصف", "مطلع"))
_ULTIMATUM = re.compile(r"(?:امهل|يمهل|تمهل|نمهل|مهله|انذار)")


def _deadline(t: TimeExpr, text: str) -> bool:
    """True when the time follows «حتى» (past «يوم», «نهاية» …) after a word of ultimatum («أمهل», «مهلة»,
    «إنذار») a few words before: the deadline set, not the time of a deed."""
    words = fold(text[max(0, t.start - 90):t.start]).split()
    k = len(words) - 1
    while k >= 0 and words[k] in _UNTIL_FILLER:
        k -= 1
    if k < 0 or words[k] not in _UNTIL:
        return False
    return any(_ULTIMATUM.search(w) for w in words[max(0, k - 8):k])


# words before a feast that make it the occasion of a deed, not its time: «بمناسبة عيد …», and a greeting up to
# five words before «بـ» + the feast («تهنئته لسموه بعيد الفطر»); folded forms
_OCCASION_BEFORE = re.compile(r"(?:^|\s)[وفل]?(?:بمناسبه|لمناسبه|مناسبه)\s*$")
_GREETING_BEFORE = re.compile(r"(?:^|\s)[وفل]?(?:ال)?(?:(?:تهني|تهاني|يهني|مهني|معايد)\w*|هنا(?:ه|ها|هم)?)"
                              r"(?:\s+\S+){0,5}\s*$")
_FEAST = fold("عيد")


def _occasion(t: TimeExpr, text: str) -> bool:
    """True when a feast is the occasion of a deed, not its time («بمناسبة عيد الأضحى», «تهنئته بعيد
    الفطر»): a greeting or a visit for the feast may fall on any day before or after it."""
    k = t.start
    while k > 0 and not text[k - 1].isspace() and k > t.start - 3:
        k -= 1  # the clitic glued before the time («بعيد»)
    glued = text[k:t.start]
    word = fold(text[k:t.end]).lstrip("وفل")
    if not (word.startswith(_FEAST) or word.startswith("ب" + _FEAST)):
        return False
    before = fold(text[max(0, k - 70):k])
    by = "ب" in glued or word.startswith("ب")
    return bool(_OCCASION_BEFORE.search(before) or (by and _GREETING_BEFORE.search(before)))


def _goal(t: TimeExpr, text: str) -> bool:
    """True when the time is glued to a «لـ» of purpose («الإعداد المبكر لبداية العام», «استعدادا
    ليوم الجمعة»): what is prepared for, not when a deed was done."""
    k = t.start
    while k > 0 and not text[k - 1].isspace() and k > t.start - 3:
        k -= 1
    return text[k:t.start] in ("ل", "ول", "فل")


_TERM = frozenset(fold(w) for w in ("الدراسي", "الدراسية", "الدراسى"))


def _school_year(t: TimeExpr, text: str) -> bool:
    """True when «العام» of the time is the school year («قبل بداية العام الدراسي»), no calendar date."""
    after = fold(text[t.end:t.end + 15]).split()
    return bool(after) and after[0].rstrip(".,،؛:") in _TERM


# nouns a date names a place after («شارع 26 سبتمبر», «قصر 22 مايو»); not «ثورة 23 يوليو», the day it began
_NAME_HEADS = frozenset(fold(w) for w in (
    "شارع", "ميدان", "ساحة", "جسر", "قصر", "مستشفى", "مدرسة", "جامعة", "ملعب", "مطار", "معسكر", "لواء",
    "حي", "دوار", "مجمع", "قناة", "صحيفة", "مدينة", "منطقة", "مديرية"))


def _in_name(t: TimeExpr, text: str) -> bool:
    """True when the date follows a noun it names («في شارع 26 سبتمبر», «قصر 22 مايو»): part of a
    place's name, no time of a deed."""
    words = fold(text[max(0, t.start - 30):t.start]).split()
    if not words or not t.text[:1].isdigit():
        return False  # «من المدينة عام 1980»: a date opened by its own word of time names nothing
    w = words[-1]
    return w in _NAME_HEADS or (w[:1] in ("ب", "و", "ل") and w[1:] in _NAME_HEADS) \
        or (w[:2] in ("ال", "لل") and w[2:] in _NAME_HEADS) or (w[:3] in ("بال", "وال") and w[3:] in _NAME_HEADS)


def _no_start(t: TimeExpr, text: str) -> bool:
    """True when a time after «منذ» tells no start of a deed: an amount of time with no count («منذ
    سنوات», «منذ فترة»), a span a superlative a few words before measures («أعنف قتال منذ شهر»), or
    the start of what a relative clause tells of its noun («المتمردين الذين سيطروا عليها منذ آذار»)."""
    words = fold(t.text).split()
    before = fold(text[max(0, t.start - 120):t.start]).split()
    if words and words[0] in SINCE:
        words = words[1:]
    elif before and before[-1] in SINCE:
        before = before[:-1]
    else:
        return _ranked_since(before)
    return (len(words) == 1 and words[0] in _VAGUE) or any(_ranking(w) for w in before[-4:]) \
        or any(w in _RELATIVE for w in before[-RELATIVE_WORDS:])


RELATIVE_WORDS = 6  # words before «منذ» searched for a relative pronoun («التحالف الذي تقوده السعودية منذ …»)
SINCE_NOUN_WORDS = 7  # words between «منذ» and a date inside the event it names («منذ معركة … في فبراير»)


def _ranking(word: str) -> bool:
    """A superlative, bare or after «بـ», «كـ», «و» («بأعنف قصف», «كأكبر هجوم», «والأعنف»)."""
    return word in _RANKING or (word[:1] in ("ب", "ك", "و") and word[1:] in _RANKING)


def _ranked_since(before: list[str]) -> bool:
    """True when a date follows, within a few words and no clause mark, «منذ» and the event it names
    after a superlative («الأعنف منذ معركة السيطرة على بلدة ديبالتسيف في فبراير الماضي»): the date of
    the event a record is measured from, not of the deed."""
    near = before[-SINCE_NOUN_WORDS:]
    at = next((i for i in range(len(near) - 1, -1, -1) if near[i] in SINCE), None)
    if at is None or any(w in ("،", ",", ".", "؛") or w.endswith(("،", ",", ".")) for w in near[at:]):
        return False
    full = len(before) - len(near) + at
    return any(_ranking(w) for w in before[max(0, full - 4):full])


def _restated(t: TimeExpr, text: str) -> bool:
    """True when «الموافق» (maybe with a day and month in figures) comes right before `t`: the date
    before it told again, often in the Hijri calendar («الثلاثاء الموافق 12 / 10 / 1436هـ»)."""
    words = fold(text[max(0, t.start - 40):t.start]).split()
    while words and all(c.isdigit() or c in "/-." for c in words[-1]):
        words.pop()
    return bool(words) and (words[-1] in _RESTATE or " ".join(words[-2:]) in _RESTATE)


def _reported(t: TimeExpr, text: str) -> bool:
    """True when `t` follows the opening of a report told as an aside within ASIDE_WORDS words
    («بحسب ما أعلن مسؤولون يوم أمس», «حسبما ذكر المرصد اليوم»): when it was said, not when it was done."""
    words = fold(text[max(0, t.start - 80):t.start]).split()[-ASIDE_WORDS:]
    return any(w in _AS_SAID or (w in _AS and k + 1 < len(words) and words[k + 1] in ("ما", "لما"))
               for k, w in enumerate(words))


def nearest_date(ts: list[TimeExpr], pos: int, lo: int = -1, hi: int = -1) -> str | None:
    """The date nearest to `pos`, preferring the clause [lo, hi), within DATE_REACH characters; a clock
    time gives its day («الساعة 11.59» → the day), the date of an event."""
    near = [t for t in ts if lo < 0 or min(abs(t.start - pos), abs(t.end - pos)) <= DATE_REACH]
    if not near:
        return None
    inside = [t for t in near if lo <= t.start < hi] if lo >= 0 else []
    pool = inside or near
    return _day(min(pool, key=lambda t: abs(t.start - pos)).value)


def filed_date(value: str | None, times: list[TimeExpr], start: int, end: int) -> str | None:
    """The date an event in [start, end) is filed under, once its clause's time is chosen: a week gives
    none («الأسبوع الماضي»: recent, but no day nor month), an edge of a month its month («مطلع يوليو»,
    «أواخر الشهر الماضي», «منذ نهاية شهر مارس»: the month, not the day the edge falls on)."""
    if not value or "W" in value:
        return None
    return next((m for t in times if start <= t.start < end and _day(t.value) == value
                 and (m := month_edge(t))), value)


def _day(value: str | None) -> str | None:
    """An ISO date without its time of day («2015-07-28T23:30» → «2015-07-28»)."""
    return value.split("T")[0] if value and "T" in value and "W" not in value else value


# words that set a place inside the one after them («تعز وسط اليمن», «سوروج … جنوبي تركيا», «ببلدة …»)
_WITHIN = frozenset(fold(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "شمالى", "جنوبى", "شرقى", "غربى",
    "بمحافظة", "بمدينة", "بولاية", "بمملكة", "بدولة", "بإقليم", "بريف", "بوادي", "بجمهورية"))


def _inner(toks: list[Tok], places: list[Group], g: Group) -> Group | None:
    """The place named right before `g` that `g` holds («تعز وسط اليمن»: Taiz in Yemen), or None.
    A direction or a place noun glued to «بـ» («جنوب شرق», «بمحافظة») links them, a word or two apart."""
    words = [k for k in range(max(0, g.first - 3), g.first) if toks[k].word]
    if not words or toks[words[-1]].form not in _WITHIN:
        return None
    k = words[-1]
    while k - 1 >= 0 and toks[k - 1].form in _WITHIN:  # «جنوب شرق اليمن»
        k -= 1
    return next((p for p in places if p is not g and k - 4 <= p.last <= k and _by_name(toks, p)), None)


_NISBA_ENDS = ("ي", "يه", "يين", "يون", "يات")
# nouns an adjective after them makes its country's land, sea or sky («الأراضي اليمنية», «المياه الإقليمية»)
_LAND = frozenset(fold(w) for w in ("الأراضي", "أراضي", "الأرض", "المياه", "مياه", "الأجواء", "أجواء", "العمق"))


def adjective_only(toks: list[Tok], g: Group) -> bool:
    """True when a one-word place group is only its place's adjective or people («الفلسطينيين»,
    «اليمنية», «العراقي» → فلسطين, اليمن, العراق), even one spelled with the place's whole name, which
    the group's `nisba` flag misses: no place where something happened. Not the place's own name
    («دبي», «بالعراق»), nor the adjective of a land («داخل الأراضي اليمنية»: Yemen)."""
    if not g.is_loc or g.last - g.first != 1 or not g.place:
        return False
    if g.first > 0 and toks[g.first - 1].form in _LAND:
        return False  # «داخل الأراضي اليمنية»: the country's land is the country
    form, place = toks[g.first].form, fold(g.place)
    place = place[2:] if place.startswith("ال") and " " not in place else place
    if not form.endswith(_NISBA_ENDS) or " " in place:
        return False
    return re.fullmatch(r"[وبلف]?(?:ال|لل)?" + re.escape(place), form) is None


def land_place(toks: list[Tok], g: Group) -> Group:
    """The group as a place where it is a nisba spelled with its country's whole name right after a land
    word («على الأراضي اللبنانية», «داخل الأراضي اليمنية»): the country's land is the country, where
    something happened (a nisba on another stem, «الأراضي التركية», stays one, as the coder read it)."""
    if not g.nisba or g.first == 0 or toks[g.first - 1].form not in _LAND or not g.place:
        return g
    place = fold(g.place)
    place = place[2:] if place.startswith("ال") else place
    return replace(g, nisba=False) if place in toks[g.first].form else g


def _by_name(toks: list[Tok], g: Group) -> bool:
    """True when a place group names its place («تعز»), not a relational adjective of it («التركي»)."""
    head = fold(g.place or "").split()[:1]
    return bool(head) and (head[0] == toks[g.first].form or head[0] in toks[g.first].reads)


def choose_location(toks: list[Tok], groups: list[Group], h: Hit, c_lo: int, c_hi: int, nxt: int, said: bool,
                    meeting: bool = False, spoken: bool = False, left: bool = False, text: str = "",
                    hosts: tuple[str, ...] = ()) -> str | None:
    """The place after «في» nearest the trigger in its clause, else the place a visit of the sentence
    went to («أثناء زيارتهما روسيا»); for a statement (`said`) only that visited place: a place
    named in what was said («أدانت … الهجوم في شمال العراق») is not where it was said (`spoken`;
    an agreement keeps the place after «في» of its clause, as statements did before). A withdrawal
    (`left`) with no place after «في» in its clause happened where it left («انسحبوا من منطقة قعطبة»;
    not the reporters' «مصادر في محافظة الضالع» before it). A place that
    holds one named right before it gives way to it («في مدينة تعز وسط اليمن» → تعز). `text` (the
    article) lets `events_place_clauses` name a town the gazetteer does not know and drop a place told in a
    relative clause about another noun. In a meeting, a place that only tells the seat of a title
    or body of one who is none of the `hosts` (the sources) is no place (`events_places2`). A place
    that only locates one named before it («ببلدة الكرمة شمال حلب») gives way to it, and a place in
    the subject of a meeting or an agreement is not where it happened (`events_reference_places`).
    The town an attack strikes («هاجم الجيش بلدة الغارية») is its place (`events_struck_places`).
    A people or an adjective spelled with its country's name («المدنيين الفلسطينيين») is no place
    (`adjective_only`); a capital told by its country's adjective after the trigger («في العاصمة
    الصومالية») beats a place outside the trigger's clause; a meeting that is a visit takes the
    place visited right after its word («خلال زيارته كينيا أن … في شرق أفريقيا» → كينيا)."""
    if h.trig.type == "ASSAULT" and (struck := struck_place(toks, text, groups, h.last, c_hi)):
        return struck
    groups = origins_apart(toks, clauses.outside_relatives(toks, groups, h.first, h.last))  # «من داخل الأراضي اليمنية»
    groups = [land_place(toks, g) for g in groups if not clauses.place_noun_only(toks, g)  # «محافظة» taken for a name
              and not adjective_only(toks, g)]  # «المدنيين الفلسطينيين في غزة»: a people, not a place
    pool = guest_seats(toks, groups, h.first, h.last, list(hosts)) if meeting else groups  # «مدير الجامعة بجاكرتا»
    if meeting or (said and not spoken):  # «بحثا الأوضاع في سوريا»: the talk's subject, not its place
        pool = topics_apart(toks, pool, h.last, not meeting)
    chosen = _choose(pool, h, c_lo, c_hi, nxt, said, meeting, spoken, left)
    if chosen is None and not said:
        chosen = clauses.taken_from(toks, pool, h.first, h.last, c_hi)
    if chosen is not None and not said and not c_lo <= chosen.first < c_hi:
        capital = next((found for k in range(h.last, c_hi) if (found := capital_at(toks, k))), None)
        if capital is not None:  # «في شرق أفريقيا، قتل ستة … في هجوم على فندق في العاصمة الصومالية»
            return capital[1]
    if chosen is not None and not said and chosen.first < h.last:  # «… في حين شن الطيران غارات على معسكر
        own = clauses.unnamed_place(toks, text, groups, h.last, min(c_hi, h.last + PLACE_REACH))  # في مدينة المخاء»
        if own is not None:
            return own
    if chosen is None:
        hi = min(c_hi, nxt) if said else c_hi
        return None if spoken else clauses.unnamed_place(toks, text, groups, h.last, min(hi, h.last + PLACE_REACH))
    held = _inner(toks, [g for g in groups if g.place and g.is_loc and not g.nisba], chosen)
    town = None if held else clauses.held_town(toks, text, groups, chosen)
    g = held or chosen
    finer = finer_place(toks, text, groups, g)  # «ببلدة الكرمة شمال حلب»: Aleppo only locates the town
    if finer is not None:
        return finer
    return town or (clauses.whole_name(toks, text, g, g.place) if g.place else None)


def _choose(groups: list[Group], h: Hit, c_lo: int, c_hi: int, nxt: int, said: bool,
            meeting: bool, spoken: bool, left: bool) -> Group | None:
    """The group `choose_location` names, before a place it holds is looked for."""
    if left and not any(g.binding == "loc" and g.place and h.last <= g.first < c_hi for g in groups):
        # a place told before the withdrawal («مصادر في محافظة الضالع إن …») yields only to a «من» right after it
        reach = LEFT_FROM_WORDS if any(g.binding == "loc" and g.place for g in groups) else PLACE_REACH
        gone = next((g for g in groups if g.binding == "from" and g.place and not g.nisba
                     and h.last <= g.first < c_hi and g.first - h.last <= reach), None)
        if gone is not None:
            return gone
    setting = next((g for g in groups if g.visited and not g.nisba), None)
    if spoken:  # a statement, a demand, a condemnation …
        return setting
    if not meeting:  # a deed is not placed by a visit during which it was spoken of
        setting = None
    elif setting is not None and 0 <= setting.first - h.last <= 1:
        return setting  # «خلال زيارته كينيا أن … تراجعت في شرق أفريقيا»: the visit's own place
    places = [g for g in groups if g.binding == "loc" and g.place and not g.nisba]
    if not places:
        return setting
    in_after = [g for g in places if h.last <= g.first < (min(c_hi, nxt) if said else c_hi)]
    if in_after:
        return in_after[0]
    near = [g for g in places if abs(g.first - h.first) <= PLACE_REACH and (not said or g.first < c_hi)]
    in_before = [g for g in near if c_lo <= g.first < h.first]
    if in_before:
        return in_before[-1]
    if near:
        return min(near, key=lambda g: abs(g.first - h.first))
    if not said and len({g.place for g in places}) == 1:  # a deed in the sentence's one place
        return places[0]
    return setting
