"""The store interface every backend implements, and the result types it returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from marsad.model import Page

HIGHLIGHT_OPEN = "⟦"
HIGHLIGHT_CLOSE = "⟧"


@dataclass(slots=True, frozen=True)
class SearchHit:
    """One article found by a search, best first; `score` is higher for better matches."""

    article_id: int
    page_id: str
    title: str  # the article's title, or its first words when it has none
    snippet: str  # a window of the text with matched words between the highlight markers
    published: str | None  # the article's date, else its page's
    publisher: str | None  # the article's publisher, else its page's source
    role: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of this hit."""
        return {
            "article_id": self.article_id,
            "page_id": self.page_id,
            "title": self.title,
            "snippet": self.snippet,
            "published": self.published,
            "publisher": self.publisher,
            "role": self.role,
            "score": self.score,
        }


class Store(Protocol):
    """Where pages, their articles and annotations are kept and searched."""

    def add_page(self, page: Page, *, source: str | None = None) -> bool:
        """Store a page in one transaction; False (and the sighting recorded) when already stored."""
        ...

    def add_rejected(self, source: str, reason: str, detail: str = "") -> None:
        """Record an input that could not be used."""
        ...

    def has_page(self, page_id: str) -> bool:
        """Whether a page with this exact id is stored."""
        ...

    def get_page(self, ref: str) -> Page | None:
        """A whole page by id, unique id prefix (6+ chars) or article id; None when not found."""
        ...

    def page_sources(self, page_id: str) -> list[dict[str, Any]]:
        """Every input and URL the page's content was seen at, oldest first."""
        ...

    def search(
        self,
        query: str,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        publisher: str | None = None,
        entity: str | None = None,
        limit: int = 20,
        collapse: bool = True,
        marks: tuple[str, str] = (HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE),
    ) -> list[SearchHit]:
        """Articles matching `query` (see `marsad.store.query`), ranked best first."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts and ranges describing what is stored."""
        ...

    def entities(self, *, label: str | None = None, top: int = 50) -> list[dict[str, Any]]:
        """Canonical entities with mention counts across the store."""
        ...

    def figures(self, **filters: Any) -> list[dict[str, Any]]:
        """Figures filtered by category, reported_by, date_from, date_to, limit."""
        ...

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events filtered by type_, actor, location, date_from, date_to, limit."""
        ...

    def duplicates(self, limit: int = 100) -> list[dict[str, Any]]:
        """Near-duplicate groups: the original, its members and their similarity."""
        ...

    def stories(self, **filters: Any) -> list[dict[str, Any]]:
        """Stories filtered by date_from, date_to, entity, limit; largest first."""
        ...

    def rebuild_stories(self) -> int:
        """Cluster every stored article into stories again; returns the number of stories."""
        ...

    def rejected(self, limit: int = 100) -> list[dict[str, Any]]:
        """The most recent rejected inputs, newest first."""
        ...

    def close(self) -> None:
        """Release the store; further calls fail."""
        ...
