"""One PLOVER JSON shape for an event, the same for the `plover-json` export and the API's
`shape=plover`: PLOVER's field names (`event_type`, `mode`, `context`, `source_actor`,
`target_actor`, `event_text`) with marsad's additions (countries, trigger, claim, citation)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from marsad.model import countries_of

FLAGS = ("negated", "hedged", "background")  # the event's modality flags, listed in `context`


def plover_record(event: Mapping[str, Any]) -> dict[str, Any]:
    """An event row (an export row or an item of `Store.events`) as a PLOVER JSON record.

    The date is the event's own, else its article's (the record names which in `date_source`)."""
    source, target = list(event.get("source") or []), list(event.get("target") or [])
    countries = event.get("countries") or {}
    own_date = event.get("event_date", event.get("date"))
    location = event.get("location")
    return {
        "id": f"marsad-{event['article_id']}-{event.get('idx', event.get('start', 0))}",
        "date": own_date or event.get("published"),
        "date_source": "event" if own_date else "article",
        "event_type": event["type"],
        "mode": event.get("mode") or "",
        "context": [f for f in FLAGS if event.get(f)],
        "source_actor": source,
        "target_actor": target,
        "source_country": countries_of(countries, source),
        "target_country": countries_of(countries, target),
        "location": {"name": location, "country": event.get("location_country")} if location else None,
        "event_text": " ".join((event.get("sentence") or "").split()),
        "trigger": event.get("trigger"),
        "claimed_by": event.get("claimed_by"),
        "language": "ar",
        "citation": {k: event.get(k) for k in ("article_id", "page_id", "title", "publisher", "published", "url")},
    }
