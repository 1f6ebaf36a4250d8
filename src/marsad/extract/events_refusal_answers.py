"""Whom a refusal answers when the demand or the charge it answers was told just before.

A refusal told right after a demand made of its source, or after a charge laid against it, answers that
demand or that charge: its target is the one who made it («وطالبت الولايات المتحدة الصين بوقف أنشطتها … أما
بكين فرفضت وقف أنشطتها», «اتهمت المنظمة الحكومة باعتقال ناشطين. ورفضت الحكومة هذه الاتهامات»). The refusal
tells what it answers by its object, read past a subject named after the verb and a time word:
- an object that points back («ذلك», «هذه الاتهامات», «رفضها», «الطلب»), which answers either;
- the words of a charge («الاتهامات», «المزاعم», «الادعاءات»), which answer a charge;
- the thing asked again («وقف أنشطتها» after «بوقف أنشطتها»), which answers the demand that asked it.
The earlier event is a DEMAND (for a charge, a DISAPPROVE) of this sentence or the one before with a source
and a target among the refusal's source, or of its country (`answered_party`).
"""

from __future__ import annotations

from marsad.extract.events_actors import Group
from marsad.extract.events_country import actor_country
from marsad.extract.events_lexicon import forms
from marsad.extract.events_tokens import Tok, has
from marsad.extract.events_triggers import Hit
from marsad.model import Event

# object pronouns glued to a refusal verb or noun («رفضها», «رفضته», «يرفضونه»)
_OBJ_SUFFIXES = ("ه", "ها", "هم", "هما")
# objects pointing back to what was told before
_BACK = forms("ذلك", "هذا", "هذه", "تلك", "الطلب", "الدعوة", "الدعوات", "المطلب", "المطالب", "المقترح",
              "الاقتراح", "العرض", "المبادرة", "الوساطة", "الشروط", "الإنذار")
# demonstratives before the noun that points back («هذه الاتهامات», «تلك المزاعم»)
_DEMONSTRATIVES = forms("هذا", "هذه", "تلك", "ذلك", "هذين", "هاتين")
# the words of a charge («رفضت الحكومة الاتهامات»)
_CHARGE_WORDS = forms("اتهامات", "الاتهامات", "اتهام", "الاتهام", "مزاعم", "المزاعم", "ادعاءات", "الادعاءات",
                      "افتراءات", "الافتراءات", "تهم", "التهم", "التهمة", "الانتقادات", "انتقادات")
# time words and asides between the subject and the object («رفضت الحكومة أمس …», «رفضت بدورها …»)
_ASIDE = forms("أمس", "اليوم", "أيضا", "بدوره", "بدورها", "بدورهم", "مجددا", "بشدة", "قطعيا", "تماما")
# common words that repeat without telling the same thing asked
_TOO_COMMON = forms("أي", "كل", "جميع", "هذه", "التي", "الذي", "على", "عن", "إلى", "الى", "في", "من", "أن")
_OBJECT_REACH = 3  # words after the subject in which the object stands (past asides)


def _object_at(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group]) -> int | None:
    """Index of the first word of what a refusal refuses: after the trigger, past a subject named after it and
    an aside; None when the clause ends first."""
    k, seen = h.last, 0
    while k < b and seen < _OBJECT_REACH:
        t = toks[k]
        if not t.word:
            return None  # punctuation ends the verb's clause
        g = next((g for g in groups if g.first == k and set(g.names) & set(ev.source)), None)
        if g is not None:
            k = g.last
            continue
        if t.form in _ASIDE:
            k, seen = k + 1, seen + 1
            continue
        return k
    return None


def _glued_back(toks: list[Tok], h: Hit) -> bool:
    """True when the refusal word carries an object pronoun that points back («رفضها», «رفضته»)."""
    if h.trig.pos != "v":
        return False  # («أعرب عن رفضه»: the pronoun of a noun is who refuses)
    f = toks[h.first].form
    k = f.find("رفض")
    return k >= 0 and f[k + 3:].lstrip("ت").lstrip("وا") in _OBJ_SUFFIXES and len(f) > k + 3


def _asked_again(toks: list[Tok], h: Hit, k: int, asked: Event) -> bool:
    """True when the word at k is a word of what the demand `asked` asked («وقف» of «بوقف أنشطتها»), told
    before the refusal."""
    reads = {r for r in toks[k].reads if len(r) >= 3} - _TOO_COMMON
    if not reads:
        return False
    end = min(asked.end, toks[h.first].start)
    return any(asked.start <= t.start < end and t.word and not reads.isdisjoint(t.reads) for t in toks)


def _same_side(names: list[str], others: list[str]) -> bool:
    """True when two lists of actors name one party: a name in both, or a country and an actor of it
    («الصين» and «بكين»)."""
    if set(names) & set(others):
        return True
    mine = {n: actor_country(n, {}) for n in names}
    theirs = {n: actor_country(n, {}) for n in others}
    return any(c is not None and c == d and (n == c or m == d) for n, c in mine.items() for m, d in theirs.items())


def answered_party(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                   earlier: list[Event]) -> list[str]:
    """Who made the demand or the charge a refusal with no target answers (module docstring); [] when none."""
    if ev.type != "REJECT" or ev.target or not ev.source:
        return []
    k = _object_at(toks, h, b, ev, groups)
    back = _glued_back(toks, h)
    charge = False
    if k is not None:
        nxt = k + 1 if k + 1 < b and toks[k].form in _DEMONSTRATIVES and toks[k + 1].word else k
        back = back or toks[k].form in _BACK or nxt != k
        charge = has(toks[nxt], _CHARGE_WORDS)
    for e in reversed(earlier):
        if e is ev or not e.source or not _same_side(e.target, ev.source):
            continue
        told = e.type == "DEMAND" and not charge and (back or (k is not None and _asked_again(toks, h, k, e)))
        if told or (e.type == "DISAPPROVE" and (charge or back)):
            return [n for n in e.source if not _same_side([n], ev.source)]
    return []


__all__ = ["answered_party"]
