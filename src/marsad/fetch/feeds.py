"""RSS and Atom feeds with feedparser: the items they list, each with a stable key."""

from __future__ import annotations

import calendar
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser


@dataclass(frozen=True, slots=True)
class Item:
    """One listed article: where it is, and what identifies this listing of it."""

    url: str
    id: str  # guid / Atom id / sitemap loc
    updated: str | None = None  # ISO time the listing says it changed (or was published)
    title: str | None = None
    published: str | None = None  # ISO time the listing says it was published

    @property
    def key(self) -> str:
        """Identity of this listing: id plus its update time, so an edited article is new."""
        return f"{self.id}|{self.updated or ''}"


def _iso(struct: Any) -> str | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), UTC).isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError):
        return None


def looks_like_feed(body: bytes) -> bool:
    """Whether bytes look like RSS/Atom (rather than a sitemap)."""
    head = body[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def parse_feed(body: bytes, base_url: str, limit: int = 500) -> tuple[list[Item], str | None]:
    """(items, problem) of an RSS/Atom document; problem is set when it is not a usable feed."""
    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    entries = parsed.get("entries") or []
    if not entries and parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        return [], f"not a feed: {type(exc).__name__ if exc else 'unreadable'}"
    items: list[Item] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # feedparser's updated→published fallback
        for e in entries[:limit]:
            item = _item(e)
            if item is not None:
                items.append(item)
    return items, None


def _item(e: Any) -> Item | None:
    link = e.get("link")
    if not link:
        for alt in e.get("links") or []:
            if alt.get("href") and alt.get("rel", "alternate") == "alternate":
                link = alt["href"]
                break
    if not link:
        return None
    published = _iso(e.get("published_parsed"))
    updated = _iso(e.get("updated_parsed")) or published
    return Item(url=link, id=str(e.get("id") or link), updated=updated, title=e.get("title"), published=published)
