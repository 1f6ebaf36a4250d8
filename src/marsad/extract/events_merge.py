"""Merging events: two tellings of one event become one, within a sentence or across sentences."""

from __future__ import annotations

from marsad.extract.events_lexicon import Lexicon, norm
from marsad.model import Event


def across_sentences(events: list[Event], L: Lexicon) -> list[Event]:
    """The same deed told again in a later sentence (a material type) is merged into its first
    telling; statements are each their own event."""
    out: list[Event] = []
    countries = L.polities - set(L.capitals)
    for ev in events:
        same = None
        if ev.type not in L.words["needs_source"]:
            same = next((p for p in out if p.type == ev.type and p.negated == ev.negated
                         and _same_deed(p, ev, L.capitals, countries)), None)
        if same is not None:
            merge(same, ev)
            continue
        out.append(ev)
    return out


def _same_deed(p: Event, ev: Event, capitals: dict[str, str], countries: frozenset[str] = frozenset()) -> bool:
    """Two tellings of one deed (never an agent's deeds told with different dates): a shared source
    and no conflicting target, or one of them without actors, at the same place (or one without a
    place, or one place inside the other's name: «اللاذقية», «ريف اللاذقية»); a shared target with
    no conflicting source is one deed wherever it is placed («توقيف سليمان» … «تم اعتقال سليمان في قرية …»);
    a later telling with no actors and no other date is placed inside a deed first placed only in a
    country (`countries`: «قتل مسلحو بوكو حرام … في نيجيريا» … «وفي كيلوا وحدها قتلوا سبعة»)."""
    def key(names: list[str]) -> set[str]:  # «أنقرة» acts for «تركيا»
        return {capitals.get(norm(n), norm(n)) for n in names}

    if p.source and ev.source and p.date and ev.date and not (
            p.date.startswith(ev.date) or ev.date.startswith(p.date)):
        return False  # one agent's deeds told with two different dates: two deeds («السبت» … «الأربعاء»)

    if p.target and ev.target and key(p.target) & key(ev.target) and (
            not p.source or not ev.source or key(p.source) & key(ev.source)):
        return True
    if p.location and ev.location and not (norm(p.location) in norm(ev.location)
                                           or norm(ev.location) in norm(p.location)) \
            and not (_bare(ev) and norm(p.location) in countries and not _two_dates(p, ev)):
        return False
    if not (p.source or p.target) or not (ev.source or ev.target):
        return True
    if ev.location and not p.location and p.target and not ev.target:
        return False  # «استهدفت قوات النظام البلدتين» … «قصفت قوات النظام الحولة»: a new deed, placed
    return bool(key(p.source) & key(ev.source)) and \
        (not ev.target or not p.target or bool(key(p.target) & key(ev.target)))


def _two_dates(p: Event, ev: Event) -> bool:
    """Both tellings dated, to different days («الأربعاء» … «الجمعة»)."""
    return bool(p.date and ev.date and not (p.date.startswith(ev.date) or ev.date.startswith(p.date)))


def _bare(ev: Event) -> bool:
    """A telling with no actors named."""
    return not (ev.source or ev.target)


def merge(into: Event, ev: Event) -> None:
    """Fold `ev` into `into`: actors joined (a source never also a target), first place and date kept."""
    if not into.source and ev.source:  # «قتل مدنيون في قصف شنه الحوثيون»: the telling with an agent wins
        into.source = list(ev.source)
        into.target = [n for n in into.target if n not in into.source]
    into.source = list(dict.fromkeys([*into.source, *(n for n in ev.source if n not in into.target)]))
    into.target = [n for n in dict.fromkeys([*into.target, *ev.target]) if n not in into.source]
    into.location = into.location or ev.location
    into.date = into.date or ev.date
