"""Where and when an event happened: the place after «في» near its trigger, the nearest date."""

from __future__ import annotations

from marsad.clean.normalize import fold
from marsad.extract.events_actors import Group
from marsad.extract.events_tokens import Tok
from marsad.extract.events_triggers import Hit
from marsad.model import TimeExpr

DATE_REACH = 150  # characters between a trigger and its date
PLACE_REACH = 15  # words between a trigger and a place outside the words after it in its clause


def usable(t: TimeExpr, text: str) -> bool:
    """A resolved date or interval not introduced by «منذ» (that is when something began)."""
    if t.kind not in ("date", "interval") or not t.value:
        return False
    before = fold(text[max(0, t.start - 8):t.start]).split()
    return not (before and before[-1] in ("منذ", "ومنذ"))


def nearest_date(ts: list[TimeExpr], pos: int, lo: int = -1, hi: int = -1) -> str | None:
    """The date nearest to `pos`, preferring the clause [lo, hi), within DATE_REACH characters."""
    near = [t for t in ts if lo < 0 or min(abs(t.start - pos), abs(t.end - pos)) <= DATE_REACH]
    if not near:
        return None
    inside = [t for t in near if lo <= t.start < hi] if lo >= 0 else []
    pool = inside or near
    return min(pool, key=lambda t: abs(t.start - pos)).value


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


def _by_name(toks: list[Tok], g: Group) -> bool:
    """True when a place group names its place («تعز»), not a relational adjective of it («التركي»)."""
    head = fold(g.place or "").split()[:1]
    return bool(head) and (head[0] == toks[g.first].form or head[0] in toks[g.first].reads)


def choose_location(toks: list[Tok], groups: list[Group], h: Hit, c_lo: int, c_hi: int, nxt: int, said: bool,
                    meeting: bool = False, spoken: bool = False, left: bool = False) -> str | None:
    """The place after «في» nearest the trigger in its clause, else the place a visit of the sentence
    went to («أثناء زيارتهما روسيا»); for a statement (`said`) only that visited place: a place
    named in what was said («أدانت … الهجوم في شمال العراق») is not where it was said (`spoken`;
    an agreement keeps the place after «في» of its clause, as statements did before). A withdrawal
    (`left`) with no place after «في» happened where it left («انسحبوا من منطقة قعطبة»). A place that
    holds one named right before it gives way to it («في مدينة تعز وسط اليمن» → تعز)."""
    chosen = _choose(groups, h, c_lo, c_hi, nxt, said, meeting, spoken, left)
    if chosen is None:
        return None
    held = _inner(toks, [g for g in groups if g.place and g.is_loc and not g.nisba], chosen)
    return (held or chosen).place


def _choose(groups: list[Group], h: Hit, c_lo: int, c_hi: int, nxt: int, said: bool,
            meeting: bool, spoken: bool, left: bool) -> Group | None:
    """The group `choose_location` names, before a place it holds is looked for."""
    if left and not any(g.binding == "loc" and g.place for g in groups):
        gone = next((g for g in groups if g.binding == "from" and g.place and not g.nisba
                     and h.last <= g.first < c_hi and g.first - h.last <= PLACE_REACH), None)
        if gone is not None:
            return gone
    setting = next((g for g in groups if g.visited and not g.nisba), None)
    if spoken:  # a statement, a demand, a condemnation …
        return setting
    if not meeting:  # a deed is not placed by a visit during which it was spoken of
        setting = None
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
