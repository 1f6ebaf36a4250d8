"""The party an armed wing belongs to, kept beside the wing among an event's actors.

2024 news names the armed wing that claims a deed («أعلنت كتائب القسام استهداف دبابة إسرائيلية», «وأعلنت
سرايا القدس أن مقاتليها …») while an analyst, and the gold pages, name its party (حماس, الجهاد الإسلامي).
Once the events are final, an actor that is a wing keeps its party right after it, as a state body keeps
its country (`events_body_names`): `["كتائب القسام", "حماس"]`. The party is the one the article itself
names in an apposition right after the wing («كتائب القسام، الجناح العسكري لحركة حماس،», «…، الذراع
العسكرية لحركة فتح،», «…، التابعة لحزب الله،»), else the one the curated table gives
(`lang/ar/armed_wings.tsv`).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from marsad.extract.events_lexicon import forms, norm
from marsad.lang import table
from marsad.model import Entity, Event

ARMED_WINGS = "armed_wings.tsv"
# the first word of an apposition that names the wing's party after «لـ»
_WING_HEADS = forms("الجناح", "الذراع", "جناح", "ذراع", "التابعة", "التابع")
_MAX_GAP = 5  # words between the comma after the wing and its party's name («، الجناح العسكري لحركة»)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Folded wing name → its party's canonical name (`ARMED_WINGS`)."""
    return {norm(row[0]): row[1] for row in table(ARMED_WINGS) if len(row) > 1}


def told_parents(text: str, entities: list[Entity]) -> dict[str, str]:
    """Wing canonical name → party canonical name, from appositions of the article: an organisation
    named right after a wing, past «، الجناح العسكري لـ», «، الذراع العسكرية لـ», «، التابعة لـ»."""
    orgs = sorted((e for e in entities if e.label == "ORG"), key=lambda e: e.start)
    out: dict[str, str] = {}
    for wing, party in pairwise(orgs):
        gap = text[wing.end:party.start].strip()
        words = gap[1:].split()
        if gap[:1] in (",", "،") and 1 <= len(words) <= _MAX_GAP and norm(words[0]) in _WING_HEADS \
                and (words[-1] == "لـ" or words[-1].endswith("ل")) and wing.canonical != party.canonical:
            out.setdefault(wing.canonical, party.canonical)
    return out


def add_parents(events: list[Event], text: str, entities: list[Entity]) -> None:
    """Put each wing's party right after the wing among the sources and the targets of `events` (see the
    module docstring), unless the party is named there already."""
    told = told_parents(text, entities)
    listed = _table()
    for ev in events:
        for names in (ev.source, ev.target):
            for name in list(names):
                party = told.get(name) or listed.get(norm(name))
                if party and party not in names:
                    names.insert(names.index(name) + 1, party)
