"""Places that only locate another place or name what was talked about (hooks of
`events_place.choose_location`).

- A reference point (`finer_place`): a place after a direction, a distance or «قرب» that follows a
  more specific place («ببلدة الكرمة 40 كلم شمال حلب», «في محافظة المنيا التي تقع جنوب
  القاهرة», «في مالاري التي تبعد نحو 20 كلم عن مايدوغوري») only says where that place lies: the
  more specific place, known to the gazetteer or a town named after a place noun or «في», is where
  the deed happened.
- A topic (`topics_apart`): in a meeting, a call or an agreement, a place told after what was
  talked about or agreed on («بحثا … الأوضاع في سوريا», «أطلعه على سير العمليات … في سوريا»,
  «وافقت على استخدام … في شمال سوريا») is the subject of the talk, not where it happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.clean.normalize import fold
from marsad.extract import events_place_clauses as clauses

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group
    from marsad.extract.events_tokens import Tok

_SIDES = ("شمال", "جنوب", "شرق", "غرب")
# directions a reference point follows («شمال بغداد», «شمال شرقي القاهرة», «بشمال سيناء»)
_DIRECTIONS = frozenset(fold(p + w + s) for p in ("", "ب", "ال") for w in _SIDES for s in ("", "ي", "ى"))
# words of nearness before a reference point («قرب عدن», «بالقرب من», «على مقربة من»)
_NEAR = frozenset(fold(w) for w in ("قرب", "بقرب", "بالقرب", "مقربة", "بمحاذاة", "محاذاة"))
_FROM = frozenset(fold(w) for w in ("من", "عن"))
# units of a distance («57 كلم عن», «20 كيلومترا من»)
_UNITS = frozenset(fold(w) for w in (
    "كلم", "كم", "كيلو", "كيلومتر", "كيلومترا", "كيلومترات", "كيلومتراً", "ميل", "ميلا", "أميال", "متر", "مترا",
    "أمتار", "/"))
# words that may stand between the specific place and its reference point («التي تقع», «على بعد نحو»)
_LINKS = frozenset(fold(w) for w in (
    "التي", "الذي", "تقع", "يقع", "الواقعة", "الواقع", "تبعد", "يبعد", "على", "بعد", "نحو", "حوالي", "حوالى",
    "قرابة", "مسافة", "بمسافة", "زهاء", "نحو", "إلى", "الى"))
LINK_WORDS = 8  # tokens a reference phrase may span before its place
_BARE_BEFORE = frozenset(fold(w) for w in ("التي", "الذي", "الواقعة", "الواقع"))  # «في مالاري التي تبعد …»


def _reference_start(toks: list[Tok], g: Group) -> int | None:
    """The first token of a reference phrase that ends right before the place `g` («57 كلم شمال شرق»,
    «التي تقع شمال شرقي», «على بعد 20 كيلومترا من»), or None when `g` follows none."""
    k = g.first - 1
    cue = False
    if k >= 0 and toks[k].form in _FROM:  # «… كلم عن X», «بالقرب من X»
        k -= 1
        if k < 0 or not (toks[k].form in _UNITS or toks[k].form in _NEAR):
            return None
    while k >= 0 and g.first - k <= LINK_WORDS:
        f = toks[k].form
        if f in _DIRECTIONS or f in _NEAR or f in _UNITS:
            cue = True
        elif not (f in _LINKS or f.isdigit() or any(c.isdigit() for c in f)):
            break
        k -= 1
    return k + 1 if cue else None


def finer_place(toks: list[Tok], text: str, groups: list[Group], g: Group) -> str | None:
    """The place named right before a reference phrase that locates it by `g` («ببلدة الكرمة شمال
    حلب» → «الكرمة»), or None when `g` is no reference point."""
    start = _reference_start(toks, g)
    if start is not None and start >= 2 and toks[start - 1].form in _IN:  # «منطقة الشعب في شمال شرقي بغداد»
        start -= 1
    if start is None or start < 1:
        return None
    before = next((p for p in groups if p is not g and p.place and p.is_loc and not p.nisba
                   and p.last == start and _by_name(toks, p)), None)
    if before is not None:
        return before.place
    taken = {j for p in groups for j in range(p.first, p.last)}
    for k in (start - 1, start - 2):  # «ببلدة الكرمة», «في مديرية دار سعد»
        if k >= 1 and clauses.head_at(toks, k - 1) and _name_words(toks, taken, k, start):
            return text[toks[k].start:toks[start - 1].end]
    k = start - 1  # «في مالاري التي تبعد …»: a bare town after «في» that a relative clause locates
    if k >= 1 and toks[start].form in _BARE_BEFORE and toks[k - 1].form in _IN and _name_words(toks, taken, k, start):
        return text[toks[k].start:toks[k].end]
    return None


_IN = frozenset(fold(w) for w in ("في", "وفي"))
_NOT_NAMES = frozenset(fold(w) for w in (
    "المنطقة", "المدينة", "المحافظة", "البلدة", "القرية", "العاصمة", "الحدود", "الطريق", "الحي", "الأراضي", "مناطق",
    "منطقة", "مدينة", "بلدة", "قرية", "مواقع", "موقع", "حدود", "الحدودية", "الساحل", "البحر", "الجبال", "ميناء",
    "مطار", "مدن", "كبرى", "أكبر", "في", "وفي"))


def _name_words(toks: list[Tok], taken: set[int], k: int, end: int) -> bool:
    """True when tokens [k, end) can be a town's name: words no group holds, with no figure, no
    common noun or particle, and no adjective of the place noun before them («قرية نائية»; «الكرمة»,
    «دار سعد» are names)."""
    return all(toks[j].word and j not in taken and not any(c.isdigit() for c in toks[j].form)
               and toks[j].form not in _NOT_NAMES and not clauses.not_a_name(toks[j].form)
               and (toks[j].form.startswith("ال") or not toks[j].form.endswith("ه")) for j in range(k, end))


def _by_name(toks: list[Tok], g: Group) -> bool:
    """True when a place group names its place («الخليل»), not a body told with its adjective
    («قوات الأمن المصرية»)."""
    head = fold(g.place or "").split()[:1]
    return bool(head) and (head[0] == toks[g.first].form or head[0] in toks[g.first].reads)


# words after which a place is what was talked about or agreed on
_TOPICS = frozenset(fold(w) for w in (
    "بحث", "بحثا", "بحثت", "ناقش", "ناقشا", "ناقشت", "تناول", "تناولا", "تناولت", "استعرض", "استعرضا",
    "استعرضت", "حول", "بشأن", "بخصوص", "الأوضاع", "الاوضاع", "الوضع", "أوضاع", "تطورات", "التطورات", "مستجدات",
    "المستجدات", "الأزمة", "الازمة", "أزمة", "ملف", "الملف", "سير", "الأحداث", "أحداث", "القضية", "قضية"))
_AGREED_ON = frozenset(fold(w) for w in ("على", "علي"))


def topics_apart(toks: list[Tok], groups: list[Group], h_last: int, agree: bool) -> list[Group]:
    """`groups` without the places told after a topic word that follows the trigger (ending at
    `h_last`) of a meeting, a call or (`agree`) an agreement, whose «على» also opens what was agreed."""
    cues = _TOPICS | _AGREED_ON if agree else _TOPICS
    kept = []
    for g in groups:
        after = g.first > h_last and any(toks[j].form in cues for j in range(h_last, g.first))
        if g.place and g.is_loc and not g.visited and after:
            continue
        kept.append(g)
    return kept
