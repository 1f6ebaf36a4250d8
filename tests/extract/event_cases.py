"""Helpers for the event tests: entities built by hand from (mention, canonical, label) specs."""

from __future__ import annotations

import re
from datetime import date

from marsad.extract.events import extract_events
from marsad.extract.times import extract_times
from marsad.model import Entity, Event, Quote

Spec = tuple[str, str, str]  # mention, canonical, label


def ents(text: str, specs: list[Spec]) -> list[Entity]:
    """Every whole mention of each spec (a proclitic before it allowed), longest specs first."""
    out: list[Entity] = []
    taken: set[int] = set()
    for mention, canonical, label in sorted(specs, key=lambda s: -len(s[0])):
        for m in re.finditer(re.escape(mention), text):
            if taken & set(range(m.start(), m.end())):
                continue
            out.append(Entity(mention, label, canonical, m.start(), m.end()))
            taken |= set(range(m.start(), m.end()))
    return sorted(out, key=lambda e: e.start)


def run(text: str, specs: list[Spec], ref: date | None = None, quotes: list[Quote] | None = None) -> list[Event]:
    """The events of `text` with the spec entities (and its times, given a reference date)."""
    return extract_events(text, ents(text, specs), extract_times(text, ref) if ref else [], quotes)


def one(evs: list[Event], typ: str) -> Event:
    """The first event of type `typ` (the test fails, listing what was found, if none)."""
    hits = [e for e in evs if e.type == typ]
    assert hits, f"no {typ} in {[(e.type, e.trigger) for e in evs]}"
    return hits[0]
