"""A time told with a reporting verb dates the report, not the deed its verbal noun tells after it.

«أعلنت الوزارة اليوم اعتقال 41 عنصرا», «وأفاد المرصد الثلاثاء عن مقتل سبعة أشخاص الاثنين», «وأشارت وسائل
الإعلام الاثنين إلى هجمات جديدة»: «اليوم», «الثلاثاء», «الاثنين» are when it was said; the deed's own day
is the one told after its noun («الاثنين»), or none. `events._event` already drops, for a deed, the times
before the «أن»/«إن» that opens the report's content («أعلنت الشرطة امس انها اعتقلت رجلا»); this does the
same for a deed told by a verbal noun that is the reporting verb's object or follows its «عن»/«إلى»: a
time between the reporting verb and the deed noun, in one clause, is the report's (`report_times`).
"""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_tokens import CLAUSE_END, SENT_END, Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import TimeExpr

REPORT_WORDS = 12  # words between a reporting verb and the deed noun of its report
# verbs of reporting a deed beside the lexicon's «say» class («أفاد المرصد عن», «كشفت الشرطة عن»)
_REPORTING = frozenset(fold(w) for w in (
    "أفاد", "أفادت", "وأفاد", "وأفادت", "افاد", "افادت", "وافاد", "وافادت", "كشف", "كشفت", "وكشف", "وكشفت",
    "أورد", "أوردت", "وأورد", "وأوردت", "تحدث", "تحدثت", "وتحدث", "وتحدثت"))


def _reporting(tok: Tok, say: frozenset[str]) -> bool:
    return tok.form in _REPORTING or has(tok, say) or has(tok, _REPORTING)


def reporting_verb(toks: list[Tok], a: int, h: Hit, say: frozenset[str]) -> int | None:
    """The token of the reporting verb whose object, or whose «عن»/«إلى» phrase, the deed noun `h` is in:
    one up to `REPORT_WORDS` words before it in its clause (no clause or sentence mark between); None for
    a trigger that is no noun, or none."""
    if h.trig.pos != "n":
        return None
    words = 0
    for k in range(h.first - 1, a - 1, -1):
        t = toks[k]
        if not t.word:
            if t.form in CLAUSE_END or t.form in SENT_END:
                return None
            continue
        if _reporting(t, say):
            return k
        words += 1
        if words > REPORT_WORDS:
            return None
    return None


def report_times(toks: list[Tok], a: int, h: Hit, times: list[TimeExpr], say: frozenset[str]) -> list[TimeExpr]:
    """The times that may date the deed noun `h`: when a time is told after the noun («عن مقتل سبعة أشخاص
    الاثنين»), not one told between the reporting verb whose report it is and the noun («وأفاد المرصد الثلاثاء»:
    when it was said). With no time of its own the deed keeps the report's («أعلن التلفزيون يوم الاثنين عن
    توقيف …»: announced the day it was done, most often)."""
    r = reporting_verb(toks, a, h, say)
    if r is None:
        return times
    lo, hi = toks[r].end, toks[h.first].start
    kept = [t for t in times if not lo <= t.start < hi]
    return kept if any(t.start >= hi for t in kept) else times
