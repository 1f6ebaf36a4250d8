"""The security or judicial body that reports a deed told without its doer did that deed.

Saudi and Gulf news tell arrests, seizures, foilings and inquiries in the passive or the impersonal voice
and name the body whose spokesman reports them: «وأوضح الناطق الإعلامي لشرطة منطقة الرياض … بأنه تم
ضبط ثلاثة مقيمين», «وأفاد المتحدث الأمني لوزارة الداخلية … أنه تم القبض على خمسة مطلوبين», «وبحسب
بيان للداخلية فقد تم إحباط …», «أُلقي القبض على … بحسب ما أعلنت الشرطة». The police, security,
interior, prosecution, customs, border or army body that reports such a deed did it (a spokesman stands
for his body); a news agency, a witness, a hospital or a ministry of health that reports it names no doer.

- `reported_doer`: that body, read from the reporting clause before the deed (its reporting verb up to
  «أن»/«إن») or from an aside naming who tells it («بحسب ما أعلنت X», «وفقا لبيان X»); a police command
  the entity layer leaves unnamed («لشرطة منطقة الرياض», «شرطة جدة») is read off the words, and a body a
  spokesman speaks for is found after «باسم» past a name the entity layer misses («وقال الكولونيل توكور
  جوسو المتحدث باسم الجيش»); it replaces a spokesman the rules took for the doer;
- `sentence_reporter`, `goes_on_reporting`: the body a sentence's opening report names, carried to the next
  sentences that open with a report whose speaker is unsaid or only a person («وأضاف أنه تم القبض …»);
- `seized_people`: the people a «ضبط» names right after it («تم ضبط ثلاثة مقيمين», «ضبط المتهم»): the
  ones arrested, which the trigger's needed word otherwise swallows.
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import ON, Lexicon, Words, forms, norm
from marsad.extract.events_phrases import counted_end
from marsad.extract.events_reported_nouns import announced_with_bi, announcement, object_report
from marsad.extract.events_tokens import SENT_END, Tok, has
from marsad.extract.events_triggers import Hit

# deeds a security or judicial body does to people: arrests, seizures, foilings, inquiries
DEED_TYPES = frozenset(("COERCE", "INVESTIGATE"))
# words that make a named body a security or judicial one («شرطة», «وزارة الداخلية», «الأجهزة الأمنية»,
# «النيابة العامة», «هيئة التحقيق والادعاء العام», «الجمارك», «حرس الحدود», «الجيش», «السلطات»)
_SECURITY = forms(
    "شرطة", "الشرطة", "أمن", "الأمن", "الأمنية", "أمنية", "الداخلية", "داخلية", "النيابة", "نيابة", "الادعاء",
    "الجمارك", "جمارك", "حرس", "الجيش", "جيش", "الاستخبارات", "المخابرات", "المباحث", "مكافحة", "الدرك",
    "السلطات", "سلطات", "مباحث",
)
_POLICE = forms("شرطة")
_ON_BEHALF = forms("باسم")  # «المتحدث باسم الجيش»: the body a spokesman speaks for follows
SPOKESMAN = forms("المتحدث", "الناطق", "متحدث", "ناطق", "الرسمي")  # («الناطق الرسمي باسم»)
# place nouns between «شرطة» and the place it serves («شرطة منطقة الرياض», «شرطة محافظة جدة»)
_RANKS = forms("العقيد", "اللواء", "العميد", "المقدم", "الرائد", "النقيب", "الملازم", "الفريق", "المقدم")
REGION_WORDS = 2  # words of a region's name («مكة المكرمة»)
_PLACE_NOUNS = forms("منطقة", "محافظة", "مدينة", "العاصمة", "إمارة", "ولاية", "مركز")
# verbs of reporting whose subject is the reporter («أعلنت الشرطة أنه …», «وأفاد المتحدث … أنه …»)
_REPORT = forms(
    "أعلن", "أعلنت", "أفاد", "أفادت", "ذكر", "ذكرت", "قال", "قالت", "أوضح", "أوضحت", "بين", "بينت", "أبان",
    "أبانت", "أكد", "أكدت", "صرح", "صرحت", "كشف", "كشفت", "أشار", "أشارت", "أضاف", "أضافت", "أفصح", "أفصحت",
)
# «أن», «إن» and their forms with a pronoun or «بـ»: what the reporter says follows
_THAT = forms("أن", "إن", "أنه", "إنه", "بأن", "بأنه", "أنها", "إنها", "بأنها")
# words that open an aside naming who tells the deed («بحسب ما أعلنت الشرطة», «وفقا لبيان الداخلية»)
_ASIDE = forms("بحسب", "حسب", "حسبما", "بحسبما", "وفق", "وفقا", "طبقا")
REPORT_REACH = 14  # words from a reporting verb to its «أن», past the spokesman's titles and name
ASIDE_REACH = 7  # words of an aside that may name the reporting body
SPOKESMAN_REACH = 9  # words from a reporting verb to «باسم», past a rank and a name of up to four words
REPORTER_REACH = 5  # words from a reporting verb or an aside's opening to the body («وأفاد المتحدث الأمني لوزارة …»)
CARRIED_GAP = 3  # words (a title and a name) between «وأكد» and «أنه» in a sentence that goes on with a report
DEED_REACH = 8  # words between the report («أنه», «بحسب …») and the deed it tells
_QUOTE_STOPS = frozenset((":", "«", "»", '"', "“", "”"))
# «بعد أن», «قبل أن»: a time clause, not what a reporter says
_NOT_REPORTED = forms("بعد", "قبل", "منذ", "إلى", "حتى", "من", "على", "دون")
_WANTED = forms("مطلوب", "مطلوبا", "المطلوب", "مطلوبين", "المطلوبين")
_UNDER = forms("قيد", "رهن")  # «قيد التوقيف», «رهن الاحتجاز»: held, a state rather than a deed
_HOSTAGES = forms("الرهائن", "رهائن", "رهينة", "الرهينة")
# people a «ضبط» takes, named alone right after it («ضبط المتهم», «ضبط مواطن»)
_SEIZED = forms(
    "شخص", "شخصين", "مقيم", "مواطن", "وافد", "مخالف", "متهم", "المتهم", "المتهمين", "الجاني", "الجناة", "مطلوب",
    "المطلوب", "المطلوبين", "مهرب", "المهربين", "متسلل", "المتسللين", "مشتبه", "المشتبه", "جان",
)
_SEIZE_STEMS = ("ضبط", "يضبط", "تضبط", "نضبط")
_ARREST_NOUN = "القبض"
_PRESENT = ("ي", "ت", "ن")  # a present verb's prefixes: it has a subject of its own
_PERSON_ENDS = ("ت", "وا", "ا", "ون", "ن")  # a past verb's subject suffixes («اعتقلت», «اعتقلوا»)


def _security_group(toks: list[Tok], g: Group) -> bool:
    """True when a party's words name a security or judicial body («وزارة الداخلية», «الشرطة»)."""
    return g.actor and not (g.is_loc and not g.force) and any(has(toks[k], _SECURITY) for k in range(g.first, g.last))


def _body_names(g: Group) -> list[str]:
    """The names of a security party that name the body, not its spokesman named with it («وزارة الداخلية
    اللواء منصور التركي» → وزارة الداخلية); all of them when none does (a force for its country)."""
    bodies = [n for n in g.names if not _SECURITY.isdisjoint(norm(n).split())]
    return bodies or list(g.names)


def police_phrase(text: str, toks: list[Tok], k: int, hi: int, groups: list[Group]) -> tuple[str, int] | None:
    """The name of a police command the entity layer left unnamed, read at token k («لشرطة منطقة الرياض»
    → «شرطة منطقة الرياض», «شرطة جدة»), and the index after it; None when no place follows «شرطة»."""
    t = toks[k]
    if not has(t, _POLICE) or t.form.startswith(("ال", "وال")):
        return None
    places = {g.first: g for g in groups if g.is_loc and g.last <= hi}
    place = places.get(k + 1)  # «شرطة جدة», «شرطة المنطقة الشرقية»
    end = place.last if place is not None else None
    if end is None and k + 1 < hi and has(toks[k + 1], _PLACE_NOUNS):
        place = places.get(k + 2)  # «شرطة منطقة الرياض»
        end = place.last if place is not None else _region_end(toks, k + 2, hi)
    if end is None:
        return None
    word = text[t.start:t.end]
    lead = len(t.form) - len(next(r for r in t.reads if r in _POLICE))
    return text[t.start + min(lead, len(word) - 1):toks[end - 1].end], end


def _region_end(toks: list[Tok], k: int, hi: int) -> int | None:
    """The end of a region's name read at token k up to the officer's rank or the comma after it, where the
    entity layer ran the region into the officer's name («بشرطة منطقة مكة المكرمة العقيد …»); None when
    neither follows within `REGION_WORDS` words."""
    for j in range(k, min(hi, k + REGION_WORDS + 1)):
        if not toks[j].word:
            return j if j > k and toks[j].form in ("،", ",") else None  # «بشرطة منطقة مكة المكرمة، العقيد …»
        if has(toks[j], _RANKS):
            return j if j > k else None
    return None


def _body_in(text: str, toks: list[Tok], lo: int, hi: int, groups: list[Group], reach: int) -> list[str]:
    """The security or judicial body that opens tokens [lo, hi), within `reach` words of lo (the reporter
    itself, not a party its words tell of): a party the entity layer names, or a police command read off
    the words."""
    at = {g.first: g for g in groups}
    k, seen = lo, 0
    while k < hi and seen < reach:
        g = at.get(k)
        if g is not None and g.last <= hi:
            if _security_group(toks, g):
                return _body_names(g)
            k, seen = g.last, seen + 1
            continue
        if (police := police_phrase(text, toks, k, hi, groups)) is not None:
            return [police[0]]
        seen += toks[k].word
        k += 1
    return _spoken_for(toks, lo, hi, at)


def _spoken_for(toks: list[Tok], lo: int, hi: int, at: dict[int, Group]) -> list[str]:
    """The security body a spokesman named within `SPOKESMAN_REACH` words of lo speaks for («وقال الكولونيل
    توكور جوسو المتحدث باسم الجيش»: the name the entity layer misses does not put the body out of reach);
    [] when no «المتحدث/الناطق (الرسمي) باسم» stands there or the body after it is no security one."""
    seen = 0
    for k in range(lo, hi):
        if not toks[k].word:
            if toks[k].form in SENT_END or toks[k].form in _QUOTE_STOPS:
                return []
            continue
        seen += 1
        if seen > SPOKESMAN_REACH:
            return []
        if has(toks[k], _ON_BEHALF) and k > lo and has(toks[k - 1], SPOKESMAN):
            g = at.get(k + 1)
            return _body_names(g) if g is not None and g.last <= hi and _security_group(toks, g) else []
    return []


def _words_between(toks: list[Tok], lo: int, hi: int) -> int | None:
    """How many words stand in tokens [lo, hi); None when a quote, a colon or a sentence end does: what
    follows is someone's own words, not the report."""
    if any(not t.word and (t.form in SENT_END or t.form in _QUOTE_STOPS) for t in toks[lo:hi]):
        return None
    return sum(t.word for t in toks[lo:hi])


def _reporting_clause(toks: list[Tok], a: int, h: Hit) -> tuple[int, int] | None:
    """The reporting verb and its «أن»/«إن» right before the deed («وأفاد المتحدث الأمني
    لوزارة الداخلية اللواء منصور التركي أنه تم القبض …»), or None (not «… بعد أن …»)."""
    that = next((k for k in range(h.first - 1, a - 1, -1) if toks[k].word and has(toks[k], _THAT)), None)
    if that is None or (that > a and has(toks[that - 1], _NOT_REPORTED)):
        return None
    gap = _words_between(toks, that + 1, h.first)
    if gap is None or gap > DEED_REACH:
        return None
    seen = 0
    for k in range(that - 1, a - 1, -1):
        t = toks[k]
        if not t.word:
            if t.form in SENT_END or (t.form in _QUOTE_STOPS and t.form != ":"):
                return None  # («وقالت الوزارة عبر بيان نشرته الوكالة: إنه تم …»: still the report)
            continue
        if has(t, _REPORT):
            return k, that
        seen += 1
        if seen > REPORT_REACH:
            return None
    return None


def _asides(toks: list[Tok], a: int, b: int, h: Hit) -> list[tuple[int, int]]:
    """The word spans of the asides near the deed in the sentence [a, b) that name who tells it («بحسب ما
    أعلنت الشرطة»), each cut where the deed is told."""
    spans = []
    for k in range(a, b):
        if not (toks[k].word and has(toks[k], _ASIDE)):
            continue
        gap = _words_between(toks, k + 1, h.first) if k < h.first else _words_between(toks, h.after, k)
        if gap is None or gap > DEED_REACH:
            continue
        end, seen = k + 1, 0
        while end < b and seen < ASIDE_REACH and toks[end].form not in SENT_END and toks[end].form not in (
                "،", ",", ":", "؛") and end != h.first:
            seen += toks[end].word
            end += 1
        spans.append((k + 1, end))
    return spans


def passive_look(t: Tok, h: Hit) -> bool:
    """True when a deed verb may be a passive with its doer unsaid: a bare past form with nothing glued after
    it («اعتقل خمسة», «أُلقي القبض»), not a present form or one with a subject or object suffix («تحتجزهم»)."""
    word = h.trig.words[0]
    return t.form.endswith(word) and not word.startswith(_PRESENT) and not word.endswith(_PERSON_ENDS)


def _after_bi(t: Tok, h: Hit) -> bool:
    """True when a verbal noun is glued to «بـ» («باحتجاز», «وبضبط»): the complement of another verb."""
    word = h.trig.words[0]
    head = t.form[: len(t.form) - len(word)] if t.form.endswith(word) else ""
    return head in ("ب", "وب", "فب")


def doerless_deed(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], target: list[str]) -> bool:
    """True when the trigger tells an arrest, a seizure, a foiling or an inquiry done with its doer unsaid,
    which the body that reports it did."""
    if h.trig.type not in DEED_TYPES or (h.trig.pos == "v" and not passive_look(toks[h.first], h)):
        return False
    if h.trig.pos == "v" and any(g.last <= h.first and set(g.names) & set(target) for g in groups):
        return False  # «وقالت الشرطة إن فلان اعتقل في …»: the patient told first (`events_reversal`) keeps no doer
    if h.first > a and has(toks[h.first - 1], _WANTED):
        return False  # «فلسطينيا مطلوب القبض عليه»: wanted, not arrested
    if h.first > a and has(toks[h.first - 1], _UNDER):
        return False  # «أكثر من 1200 شخص هم حاليا قيد التوقيف»: how many are held
    if h.trig.pos != "v" and _after_bi(toks[h.first], h) and not announced_with_bi(toks, a, h, groups):
        return False  # «أبلغتا السلطات باحتجاز المرأة»: what another verb is about, not a deed told
    return not any(has(t, _HOSTAGES) for t in toks[h.after:min(b, h.after + 2)])  # «احتجاز الرهائن»: captors


def reported_doer(text: str, toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group],
                  target: list[str]) -> list[str]:
    """The security or judicial body that reports an arrest, a seizure, a foiling or an inquiry told with no
    doer («وأوضح الناطق الإعلامي لشرطة منطقة الرياض … بأنه تم ضبط …»: شرطة منطقة الرياض); [] when no
    such body reports it, or when it is one the deed was done to."""
    if not doerless_deed(toks, a, b, h, groups, target):
        return []
    clause = _reporting_clause(toks, a, h)
    spans = _asides(toks, a, b, h)
    if clause is not None:  # the reporter after its verb
        spans = [(clause[0] + 1, clause[1]), *spans]
    elif (obj := object_report(toks, a, h, groups)) is not None:  # «كشفت شرطة جدة عن ضبط …»
        spans = [(obj[0] + 1, obj[1]), (a, obj[0]), *spans]  # (and «وكانت شرطة جدة قد أعلنت عن ضبط …»)
        if announcement(toks[obj[0]]):
            spans = [(obj[0] + 1, obj[1])]  # «بعد إعلان الداخلية … بالقبض على …»: only the body it names
    for lo, hi in spans:
        body = _body_in(text, toks, lo, hi, groups, REPORTER_REACH)
        if body and not set(body) & set(target):
            return body
    return []


def _next(toks: list[Tok], k: int, b: int) -> int:
    """Index of the first word at or after k; b when none is left."""
    while k < b and not toks[k].word:
        k += 1
    return k


def _seize_verb(h: Hit) -> bool:
    """True when the trigger is «ضبط» (a verb in any person, or the verbal noun)."""
    return h.trig.words[0].startswith(_SEIZE_STEMS)


def _arrest_on(toks: list[Tok], h: Hit, b: int) -> int | None:
    """The word after «على» right after an arrest told by «القبض» («ألقي القبض على …»), or None."""
    if not any(_ARREST_NOUN in toks[k].reads for k in (*range(h.first, h.last), *h.used)):
        return None
    k = _next(toks, h.after, b)
    return _next(toks, k + 1, b) if k < b and has(toks[k], ON) else None


def seized_people(text: str, toks: list[Tok], h: Hit, b: int, groups: list[Group], source: list[str],
                  W: Words) -> list[str]:
    """The people a «ضبط» names right after it («تم ضبط ثلاثة مقيمين», «وضبطت الجمارك ثلاثة مقيمين»,
    «ضبط المتهم»), or an arrest by «القبض على» whose doer is unnamed («ألقي القبض على ثلاثة مطلوبين»):
    those arrested; [] when it seizes things («ضبط كمية من المخدرات»)."""
    if h.trig.type != "COERCE":
        return []
    if _seize_verb(h):
        k = _next(toks, h.last, b)
        g = next((g for g in groups if g.first == k and set(g.names) & set(source)), None)
        if g is not None:  # «وضبطت الجمارك ثلاثة مقيمين»: past the subject
            k = _next(toks, g.last, b)
    elif (on := _arrest_on(toks, h, b)) is not None:
        k = on
    else:
        return []
    if k >= b:
        return []
    end = counted_end(toks, k, b, W)
    if end is None and has(toks[k], _SEIZED):
        end = k + 1
    if end is None:
        return []
    return [text[toks[k].start:toks[end - 1].end]]


def _opening_report(toks: list[Tok], a: int, b: int) -> int | None:
    """The index of the reporting verb that opens the sentence [a, b) («وأوضح الناطق …», «وأضاف أنه …»),
    or None."""
    k = a
    while k < b and not toks[k].word:
        k += 1
    return k if k < b and has(toks[k], _REPORT) else None


def sentence_reporter(text: str, toks: list[Tok], a: int, b: int, groups: list[Group]) -> list[str]:
    """The security or judicial body a sentence's opening reporting verb names as the reporter («وأوضح
    الناطق الإعلامي لشرطة منطقة الرياض …» → شرطة منطقة الرياض), for the sentences that go on with its
    report; [] when none."""
    verb = _opening_report(toks, a, b)
    return [] if verb is None else _body_in(text, toks, verb + 1, b, groups, REPORTER_REACH)


def goes_on_reporting(toks: list[Tok], a: int, b: int, groups: list[Group]) -> bool:
    """True when the sentence opens with a reporting verb whose speaker is unsaid or only a person («وأضاف
    أنه …», «وأكد العقيد القرشي أنه …»): the reporter of the sentence before goes on."""
    verb = _opening_report(toks, a, b)
    if verb is None:
        return False
    that = next((k for k in range(verb + 1, min(b, verb + 1 + CARRIED_GAP + 2)) if has(toks[k], _THAT)), None)
    if that is None:
        that = verb + 2 if verb + 2 < b and toks[verb + 1].form in ("الى", "إلى") and has(toks[verb + 2], _THAT) \
            else None
    if that is None or (_words_between(toks, verb + 1, that) or 0) > CARRIED_GAP:
        return False
    return not any(g.actor and not g.person and verb < g.first < that for g in groups)


def passive_deed_parties(text: str, toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], L: Lexicon,
                         source: list[str], target: list[str], carried: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of a deed a security body reports with no doer (`reported_doer`, `seized_people`);
    `carried`: the body whose report the sentence goes on with («وأضاف أنه تم القبض …»). Unchanged when the
    deed has its doer."""
    if not target:
        target = seized_people(text, toks, h, b, groups, source, L.words)
    if not source or _spokesman_only(toks, a, h, groups, source):
        # «وبين الناطق الإعلامي بشرطة منطقة … العقيد فلان، أنه تم ضبط …»: his body, not the spokesman
        source = [n for n in reported_doer(text, toks, a, b, h, groups, target) if n not in target] or source
    if not source and carried and _carried_deed(toks, a, b, h, groups, target):
        source = [n for n in carried if n not in target]
    return source, target


def _spokesman_only(toks: list[Tok], a: int, h: Hit, groups: list[Group], source: list[str]) -> bool:
    """True when the source is only the person who reports the deed: named between the reporting verb and
    its «أن» right before the deed («وبين الناطق … العقيد فلان، أنه تم ضبط …»)."""
    clause = _reporting_clause(toks, a, h)
    if clause is None:
        return False
    held = [g for g in groups if set(g.names) & set(source)]
    return bool(held) and all(g.person and clause[0] < g.first < clause[1] for g in held)


def _carried_deed(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], target: list[str]) -> bool:
    """True when an arrest or the like told with no doer stands right after the «أن» of the sentence's
    opening report («وأضاف أنه تم القبض على …»)."""
    if not doerless_deed(toks, a, b, h, groups, target):
        return False
    that = next((k for k in range(a, h.first) if toks[k].word and has(toks[k], _THAT)), None)
    gap = None if that is None else _words_between(toks, that + 1, h.first)
    return gap is not None and gap <= DEED_REACH
