"""The country a cross-border attack hits (`crossborder_targets`, run on the merged events of
`events.extract_events`, once their actors and place have countries).

An attack by a party of a known country with no party hit, struck at a place in another country,
hits that country: «أطلق حزب الله صواريخ على مدينة صفد في شمال إسرائيل» (صفد: إسرائيل), «قصفت إسرائيل
بلدات في جنوب لبنان», «صاروخا أطلقه الحوثيون باتجاه إيلات», «قصفت المدفعية الإسرائيلية بلدة كفركلا
اللبنانية». The place's country is the gazetteer's (`events_country.place_country`) or, for a town it
does not know, the country's adjective right after it or «في (شمال|جنوب|…) X» after it. Not when the
place is in the doer's own country («قصف الجيش السوري مدينة حلب»: the rebels, or no one), when the doer's
country is unknown or many («مسلحون», «التحالف»), when the place is where a shell came from («من
اليمن»), nor when the place is told in another clause after the trigger.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from marsad.clean.normalize import fold
from marsad.extract.events_country import ambiguous_place, place_country, unglued_nisba
from marsad.extract.events_phrases import unnamed
from marsad.extract.events_tokens import CLAUSE_END, SENT_END
from marsad.model import countries_of

if TYPE_CHECKING:
    from marsad.extract.events_tokens import Tok
    from marsad.model import Event

# words a struck place follows («على مدينة صفد», «باتجاه إيلات», «بلدات في جنوب لبنان»)
_TOWARD = frozenset(fold(w) for w in (
    "على", "وعلى", "باتجاه", "بإتجاه", "نحو", "صوب", "ضد", "في", "وفي"))
# place nouns between the preposition and the town («على مدينة صفد», «في جنوب لبنان»)
_HEADS = frozenset(fold(w) for w in (
    "مدينة", "بلدة", "قرية", "منطقة", "مستوطنة", "مخيم", "حي", "محافظة", "مقاطعة", "ولاية", "إقليم",
    "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "ريف", "أطراف", "ضواحي"))
_DIRECTIONS = frozenset(fold(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"))
_IN = frozenset(fold(w) for w in ("في", "وفي"))
_FROM = frozenset(fold(w) for w in ("من", "ومن"))


def _find_place(toks: list[Tok], lo: int, hi: int, place: str) -> int | None:
    """The token index of the first word of `place` (folded words) told between `lo` and `hi`,
    the first word bare or glued to one proclitic («بجنوب لبنان»), or None."""
    words = fold(place).split()
    if not words:
        return None
    for k in range(lo, hi - len(words) + 1):
        first = toks[k].form
        if first != words[0] and first[1:] != words[0]:
            continue
        if all(toks[k + i].form == w for i, w in enumerate(words[1:], 1)):
            return k
    return None


def _struck_at(toks: list[Tok], k: int, place: str) -> bool:
    """True when the place at token `k` is told as what an attack struck: after «على», «باتجاه»,
    «نحو», «في» or a glued «بـ», past place nouns («على مدينة صفد», «بمدينة صفد»), or a town noun
    the verb takes («قصفت … بلدة كفركلا»); not after «من» (where it came from)."""
    if toks[k].form != fold(place).split()[0]:
        return toks[k].form[:1] == "ب"  # «بإيلات»
    j = k - 1
    while j >= 0 and toks[j].form in _HEADS:
        j -= 1
    if j < 0:
        return False
    f = toks[j].form
    if f in _IN and not any(toks[i].form in _DIRECTIONS for i in range(j + 1, k + 1)):
        return False  # «ضربات في العراق», «هجمات في كينيا»: where, not what it struck («في جنوب لبنان»)
    town = any(toks[i].form not in _DIRECTIONS for i in range(j + 1, k))  # «قصفت … بلدة كفركلا»: its object
    return f in _TOWARD or (f[:1] == "ب" and f[1:] in _HEADS) or (town and f not in _FROM)


def _told_country(toks: list[Tok], k: int, n: int, hi: int) -> str | None:
    """The country told right after the place of `n` words at token `k`: its adjective («كفركلا
    اللبنانية») or «في (شمال|…) X» («النبطية في جنوب لبنان»), a country's name; else None."""
    j = k + n
    if j >= hi:
        return None
    f = toks[j].form
    if (c := unglued_nisba(f)) is not None:
        return c
    if f in _IN:
        j += 1 + (j + 1 < hi and toks[j + 1].form in _DIRECTIONS)
        return _country_name(toks, j, hi)
    bare = f[2:] if f.startswith("وب") else f[1:] if f.startswith("ب") else ""
    return _country_name(toks, j + 1, hi) if bare in _DIRECTIONS else None  # «بجنوب لبنان»


def _country_name(toks: list[Tok], j: int, hi: int) -> str | None:
    """The country named by the one or two words at token `j` («لبنان», «كوريا الجنوبية»), or None."""
    for n in (2, 1):
        if j + n <= hi:
            name = " ".join(t.form for t in toks[j:j + n])
            c = place_country(name)
            if c is not None and fold(c) == name:
                return c
    return None


def _start(t: Tok) -> int:
    return t.start


def _hit_country(toks: list[Tok], text: str, ev: Event) -> str | None:
    """The country `ev`'s place lies in, when the place is told in its sentence as struck, in the trigger's
    clause after it or anywhere before the trigger; else None."""
    place = ev.location or ""
    if not place or ambiguous_place(place):
        return None
    lo = bisect_left(toks, ev.start, key=_start)  # the event's sentence: tokens [lo, hi)
    hi = bisect_left(toks, ev.end, lo, key=_start)
    if lo == hi:
        return None
    k = _find_place(toks, lo, hi, place)
    if k is None or not _struck_at(toks, k, place):
        return None
    at = text.find(ev.trigger, ev.start, ev.end) if ev.trigger else -1
    if at >= 0 and at < toks[k].start:  # the trigger first: the place in its clause
        between = [toks[i].form for i in range(lo, k) if toks[i].start >= at]
        if any(f in CLAUSE_END or f in SENT_END for f in between):
            return None
    return ev.location_country or _told_country(toks, k, len(fold(place).split()), hi)


def crossborder_targets(events: list[Event], toks: list[Tok], text: str) -> None:
    """Add the country an attack by a party of another country struck as its target (see the module
    docstring); only when no party is hit (its targets counted or unnamed people, sites, or none)."""
    for ev in events:
        if ev.type != "ASSAULT" or not ev.source or not all(unnamed(n) for n in ev.target):
            continue
        own = countries_of(ev.countries, ev.source)
        if not own:
            continue
        country = _hit_country(toks, text, ev)
        if country is None or country in own or country in ev.source or country in ev.target:
            continue
        ev.target.append(country)
        ev.countries.setdefault(country, country)
