"""Places read off a country's adjective.

- A capital told by its country's adjective (`place_in_capitals`, run on the merged events of
  `events.extract_events`): «في العاصمة الأفغانية», «بالعاصمة البريطانية» with no capital named after
  them is the capital of that country (كابل, لندن), where the deed happened. The adjective alone is
  a relational adjective, never a place, so such a deed had none; an adjective spelled with its
  country's name («التشادية», «الإيرانية») was read as the country (تشاد), now its capital (أنجمينا).
  Not a capital named as its country («العاصمة التونسية», «الجزائرية»).
- An attack on a capital told by its country's adjective (`capital_targets`): «شنت روسيا هجوما على العاصمة
  الأوكرانية كييف» hits أوكرانيا, which joins its targets; not «في العاصمة …» (where it happened).
- Where something came from (`origins_apart`, a hook of `events_place.choose_location`): a place
  after «من داخل» («سقوط مقذوف عسكري من داخل الأراضي اليمنية على منزل») is where a shell was
  fired from, not where the deed happened."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.clean.normalize import fold
from marsad.extract.events_country import place_country, unglued_nisba
from marsad.extract.events_lexicon import forms, lexicon
from marsad.extract.events_phrases import unnamed
from marsad.extract.events_tokens import CLAUSE_END, RELATIVE_PRONOUNS, SENT_END, Tok
from marsad.extract.ner_gazetteer import GAZ, nisba_country
from marsad.lang import table

if TYPE_CHECKING:
    from marsad.extract.events_actors import Group
    from marsad.model import Event

_CAPITAL = fold("العاصمة")
_IN = frozenset(fold(w) for w in ("في", "وفي"))
_IN_GLUED = frozenset(fold(w) for w in ("بالعاصمة", "وبالعاصمة"))
# a country the nisba list names by its short name, capitals.tsv by its full one
_FULL_NAME = {fold(a): fold(b) for a, b in (
    ("بريطانيا", "المملكة المتحدة"), ("السعودية", "المملكة العربية السعودية"),
    ("الإمارات", "الإمارات العربية المتحدة"))}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Country (folded) → the display name of its one capital, from capitals.tsv; a country the table
    gives two capitals is left out."""
    seen: dict[str, set[str]] = {}
    for row in table(GAZ + "capitals.tsv"):
        if len(row) >= 3:
            seen.setdefault(fold(row[1]), set()).add(row[2])
    return {c: next(iter(d)) for c, d in seen.items() if len(d) == 1}


CAPITAL_REACH = 12  # words between a trigger and «في العاصمة» after it
_RELATIVE = RELATIVE_PRONOUNS | forms("اللواتي", "اللاتي")


def capital_at(toks: list[Tok], k: int) -> tuple[str, str] | None:
    """The country and the capital «العاصمة» + the country's adjective at token `k` names, after «في» or
    glued to «بـ» («في العاصمة الأفغانية» → (أفغانستان, كابل)), or None: not when a capital's name comes
    right after it («العاصمة العراقية بغداد»: that name is the place), nor when the capital is named
    as its country («العاصمة التونسية», «العاصمة الجزائرية»: the country's name says it already)."""
    t = toks[k]
    if not ((t.form == _CAPITAL and k >= 1 and toks[k - 1].form in _IN) or t.form in _IN_GLUED):
        return None
    adj = k + 1
    if adj >= len(toks) or not toks[adj].word:
        return None
    nxt = next((s for s in toks[adj + 1:adj + 3] if s.word), None)
    spellings = lexicon().capitals  # every spelling of a capital, folded
    if nxt is not None and (nxt.form in spellings or nxt.form[1:] in spellings):
        return None
    hit = nisba_country(toks[adj].form)
    if hit is None:
        return None
    country = fold(hit[0])
    city = capitals().get(_FULL_NAME.get(country, country))
    if city is None or fold(city) in country or country in fold(city):
        return None
    return hit[0], city


def _trigger_end(toks: list[Tok], text: str, ev: Event) -> int | None:
    """The token after the first telling of `ev`'s trigger in its sentence, or None."""
    at = text.find(ev.trigger, ev.start, ev.end) if ev.trigger else -1
    if at < 0:
        return None
    end = at + len(ev.trigger)
    return next((k for k, t in enumerate(toks) if t.start >= end), None)


def capital_after(toks: list[Tok], lo: int) -> tuple[str, str] | None:
    """The capital «في العاصمة» + a country's adjective names within CAPITAL_REACH words from token
    `lo`, before a clause mark or a relative clause; None when another «في» place comes first."""
    words = 0
    for k in range(lo, len(toks)):
        f = toks[k].form
        if f in CLAUSE_END or f in SENT_END or (f in _RELATIVE and words > 2) or words > CAPITAL_REACH:
            return None
        found = capital_at(toks, k)
        if found is not None:
            return found
        words += toks[k].word
    return None


def place_in_capitals(events: list[Event], toks: list[Tok], text: str, spoken: frozenset[str]) -> None:
    """Place a deed in the capital a country's adjective after «في العاصمة» names in its own clause
    after its trigger («قتل عشرة في هجوم في العاصمة الأفغانية» → كابل), when it has no place or only
    that country («في العاصمة التشادية» read as تشاد → نجامينا). Run once the tellings are merged: a
    place given before would keep a retelling («هذا الهجوم») apart from its deed. Not a statement or a
    demand (`spoken` types, a meeting and an agreement aside): what it speaks of is not where it was
    said."""
    for ev in events:
        if ev.type in spoken and ev.type not in ("CONSULT", "AGREE"):
            continue
        if ev.location:
            city = _country_capital(toks, ev)
            ev.location = city or ev.location
            continue
        end = _trigger_end(toks, text, ev)
        found = capital_after(toks, end) if end is not None else None
        if found is not None:
            ev.location = found[1]
            ev.location_country = ev.location_country or place_country(found[1])


_ATTACK_TYPES = frozenset(("ASSAULT",))
_ON = frozenset(fold(w) for w in ("على", "وعلى", "ضد"))
# words before «العاصمة» that make it where a deed happened or came from, not what it hit («في العاصمة», «قرب العاصمة»)
_PLACE_BEFORE = frozenset(fold(w) for w in (
    "في", "وفي", "من", "ومن", "إلى", "الى", "نحو", "قرب", "بالقرب", "حول", "داخل", "عند", "أطراف", "ضواحي",
    "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "سكان", "أهالي", "مطار", "خارج"))


def _hit_capital(toks: list[Tok], k: int) -> str | None:
    """The country «العاصمة» + its adjective at token `k` names when the capital is what a deed hit: after
    «على»/«ضد» or as a verb's object («شنت روسيا هجوما على العاصمة الأوكرانية كييف», «قصفت القوات الروسية
    العاصمة الأوكرانية»), not after a word of place («في العاصمة», «قرب العاصمة», «من العاصمة»)."""
    if toks[k].form != _CAPITAL or k == 0 or k + 1 >= len(toks) or toks[k - 1].form in _PLACE_BEFORE \
            or not toks[k - 1].word:
        return None
    return unglued_nisba(toks[k + 1].form)


def capital_targets(events: list[Event], toks: list[Tok], text: str) -> None:
    """An attack on a capital told by its country's adjective («شنت روسيا هجوما واسعا على العاصمة الأوكرانية
    كييف», «شن الطيران الإسرائيلي غارات على العاصمة السورية دمشق») hits that country: the country joins its
    targets, after its trigger in its clause, unless a side names it already; not when a party is hit there
    («غاراتها على العاصمة اليمنية صنعاء» on the Houthis: they, not Yemen, are its target), only people
    counted or none (`unnamed`)."""
    for ev in events:
        if ev.type not in _ATTACK_TYPES or not all(unnamed(n) for n in ev.target):
            continue
        end = _trigger_end(toks, text, ev)
        if end is None:
            continue
        words = 0
        for k in range(max(end - 1, 0), len(toks)):
            f = toks[k].form
            if toks[k].start >= ev.end or f in CLAUSE_END or f in SENT_END or words > CAPITAL_REACH:
                break
            words += toks[k].word
            country = _hit_capital(toks, k)
            if country is not None:
                if country not in ev.target and country not in ev.source:
                    ev.target.append(country)
                    ev.countries.setdefault(country, country)
                break


def _country_capital(toks: list[Tok], ev: Event) -> str | None:
    """The capital of the country `ev` is placed in, when its sentence names that country only as «في
    العاصمة» + its adjective («في العاصمة التشادية»: the place read as تشاد), or None."""
    place = fold(ev.location or "")
    for k, t in enumerate(toks):
        if ev.start <= t.start < ev.end:
            found = capital_at(toks, k)
            if found is not None and fold(found[0]) == place:
                return found[1]
    return None

_FROM = frozenset(fold(w) for w in ("من", "ومن"))
_INSIDE = fold("داخل")
# nouns between «من داخل» and a country's adjective or name («من داخل الأراضي اليمنية»)
_LAND = frozenset(fold(w) for w in ("الأراضي", "الأرض", "الحدود", "العمق", "الجانب", "أراضي", "حدود", "عمق"))


def from_inside(toks: list[Tok], g: Group) -> bool:
    """True when the place `g` follows «من داخل» (and maybe «الأراضي») («سقوط مقذوف من داخل الأراضي
    اليمنية على منزل»): where a shell or a fighter came from, not where the deed happened."""
    k = g.first - 1
    if k >= 0 and toks[k].form in _LAND:
        k -= 1
    return k >= 1 and toks[k].form == _INSIDE and toks[k - 1].form in _FROM


def origins_apart(toks: list[Tok], groups: list[Group]) -> list[Group]:
    """`groups` with each place after «من داخل» bound as a «من» place (a copy), never an event's site."""
    return [replace(g, binding="from") if g.binding == "loc" and g.place and from_inside(toks, g) else g
            for g in groups]
