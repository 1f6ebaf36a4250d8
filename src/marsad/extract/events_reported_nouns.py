"""The body that announces an arrest told by a verbal noun as the object of its report did the arrest.

Saudi and Gulf news often tell an arrest, a seizure or an inquiry not in a «أنه تم …» clause but as the
object of the reporting verb itself: «أعلنت وزارة الداخلية في غزة، عن توقيف عناصر يشتبه …», «كشفت شرطة
جدة عن ضبط ثلاثة مقيمين», «وأكد الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد فلان ضبط عدد من المتهمين»,
«وأشار المتحدث باسم الداخلية إلى القبض على …». The verbal noun has no doer of its own; the security or
judicial body that reports it made the arrest, just as with «أعلنت الشرطة أنه تم القبض …»
(`events_reported_passives`, which reads the body and checks that it is a security one).

`object_report` finds that reporting verb (the trigger is a verbal noun, or a bare form such as «ضبط» that
reads as one there): the noun follows «عن» or «إلى», or follows the reporter's name (past a day: «أعلنت
الوزارة الثلاثاء ضبط …») or a comma with nothing else between («… العقيد فلان ضبط …»); between the verb and
the noun stand only the reporter's words (no «أن», no sentence end, no quote, no colon) within `REPORT_REACH`
words. A noun after «بعد», «قبل», «إثر» or another preposition is no object of the report («قال المتحدث بعد ضبط …»). The
reporter is read after the verb, else at the opening of the sentence before it («وكانت شرطة منطقة مكة
المكرمة قد أعلنت، أمس، عن ضبط …»). The noun of an announcement names its body in the genitive and takes what it
announces with «عن» or a glued «بـ» («بعد إعلان الداخلية السعودية الكبير في 18 يوليو بالقبض على 431 داعشيا»,
«إعلان وزارة الداخلية عن توقيف …»): its body made the arrest (`announced_with_bi`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_lexicon import DAY_TIMES, forms
from marsad.extract.events_tokens import SENT_END, THAT, Tok, has
from marsad.extract.events_triggers import Hit

# verbs of reporting that take what they report as their object («أعلنت الشرطة عن ضبط …», «أكد … ضبط …»)
_REPORT = forms(
    "أعلن", "أعلنت", "أفاد", "أفادت", "ذكر", "ذكرت", "أوضح", "أوضحت", "أكد", "أكدت", "كشف", "كشفت", "أشار",
    "أشارت", "أفصح", "أفصحت", "صرح", "صرحت",
)
# the noun of an announcement, whose body follows it in the genitive («إعلان الداخلية السعودية بالقبض على …»)
_ANNOUNCEMENT = forms("إعلان", "وإعلان", "بإعلان", "لإعلان")
_BI = ("ب", "وب", "فب")  # a «بـ» glued on the announced noun («بالقبض», «باعتقال»)
# the preposition a reporting verb takes its object with («كشفت عن», «أعلنت عن», «أشارت إلى»)
_OBJECT_PREPS = forms("عن", "إلى", "الى")
_STOPS = frozenset((":", "«", "»", '"', "“", "”"))  # a quote or a colon: someone's own words follow
REPORT_REACH = 14  # words from the reporting verb to its object, past the spokesman's titles and name


def _prev_word(toks: list[Tok], a: int, k: int) -> int | None:
    """The index of the last word before token k in the sentence from a; None when there is none."""
    j = k - 1
    while j >= a and not toks[j].word:
        j -= 1
    return j if j >= a else None


def _object_start(toks: list[Tok], a: int, h: Hit, groups: list[Group]) -> int | None:
    """Where the report's object opens: at «عن»/«إلى» right before the noun, or at the noun itself when a
    party's name or a comma stands right before it, or the party's name and a day («أعلنت الوزارة الثلاثاء
    ضبط …»); None otherwise («بعد ضبط», «في ضبط»)."""
    j = _prev_word(toks, a, h.first)
    if j is None:
        return None
    if _glued_bi(toks[h.first], h):
        return h.first  # «إعلان الداخلية … بالقبض على …» (only a noun of announcement takes it: `object_report`)
    if has(toks[j], _OBJECT_PREPS):
        return j
    if any(t.form in ("،", ",") for t in toks[j + 1:h.first]) or any(g.last == j + 1 for g in groups):
        return h.first  # «… العقيد عاطي القرشي ضبط عدد …», «أعلنت الشرطة، ضبط …»
    k: int | None = j
    while k is not None and has(toks[k], DAY_TIMES):
        k = _prev_word(toks, a, k)  # «أعلنت وزارة الداخلية المصرية الثلاثاء ضبط …»: a day after the reporter
    if k is not None and k != j and any(g.last == k + 1 for g in groups):
        return h.first
    return None


def _glued_bi(t: Tok, h: Hit) -> bool:
    """True when the trigger's noun has «بـ» glued on it («بالقبض», «وباعتقال»)."""
    word = h.trig.words[0]
    return t.form.endswith(word) and t.form[: len(t.form) - len(word)] in _BI


def announcement(t: Tok) -> bool:
    """True when the token is a noun of announcement («إعلان», «وبإعلان»): its body follows it."""
    return has(t, _ANNOUNCEMENT) or t.form in _ANNOUNCEMENT


def announced_with_bi(toks: list[Tok], a: int, h: Hit, groups: list[Group]) -> bool:
    """True when the verbal noun of trigger h, with «بـ» glued on, is what a noun of announcement before it
    announces («بعد إعلان الداخلية السعودية … بالقبض على …»)."""
    found = object_report(toks, a, h, groups)
    return found is not None and _glued_bi(toks[h.first], h)


def object_report(toks: list[Tok], a: int, h: Hit, groups: list[Group]) -> tuple[int, int] | None:
    """The reporting verb whose object is the verbal noun of trigger h and where its object opens
    («أعلنت وزارة الداخلية عن توقيف …»: أعلنت, عن), or None (see the module docstring)."""
    if h.trig.pos == "v" and toks[h.first].form != h.trig.words[0]:
        return None  # a bare «ضبط» after a report is its noun («أكدت الشرطة ضبط …»), not «وضبطت» or «ضبطوا»
    end = _object_start(toks, a, h, groups)
    if end is None:
        return None
    seen = 0
    for k in range(end - 1, a - 1, -1):
        t = toks[k]
        if not t.word:
            if t.form in SENT_END or t.form in _STOPS:
                return None
            continue
        if has(t, THAT):
            return None  # «أعلنت الشرطة أن …»: a clause of its own (`events_reported_passives`)
        if announcement(t):
            return (k, end) if k + 1 < end else None  # «إعلان الداخلية عن/بـ …»: its body in the genitive
        if has(t, _REPORT):
            if _glued_bi(toks[h.first], h):
                return None  # «أكدت الشرطة … بالقبض»: a verb takes no «بـ» object here
            return (k, end) if k + 1 < end else None
        seen += 1
        if seen > REPORT_REACH:
            return None
    return None
