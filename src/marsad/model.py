"""The data model: a page, its articles, and spans into each article's text.

Every span (`start`, `end`) indexes the article's `text` with Python str indices; the text
is never rewritten after segmentation. `to_dict` gives the public contract JSON
(`../shared/CONTRACT.md`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Role = Literal["main", "embedded"]
RemovalReason = Literal[
    "navigation", "tags", "related", "attribution", "read_also_marker", "share", "copyright", "other"
]


class _ByFields:
    """Pickled as (class, field values), rebuilt by the dataclass's own `__init__`.

    `dataclass(slots=True)` pickles through a `__setstate__` that looks the fields up again for
    every object: unpickling an analysed page (about 70 such objects) took 1.4 ms, against 0.1 ms
    this way, and the driver of a Dask ingest unpickles every page the workers built."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        cls = type(self)
        return cls, tuple(getattr(self, name) for name in cls.__match_args__)  # type: ignore[attr-defined]


@dataclass(slots=True)
class Entity(_ByFields):
    """A named-entity mention; `canonical` is the fullest name the page gives for it."""

    text: str
    label: str  # PER | ORG | LOC | MISC
    canonical: str
    start: int
    end: int
    role: str | None = None  # role text for an unnamed holder («وزير المخابرات في مصر»)


@dataclass(slots=True)
class TimeExpr(_ByFields):
    """A time expression; `value` is ISO 8601 at its grain, or None when unresolvable."""

    text: str
    value: str | None
    grain: str  # year | month | week | day | hour | minute
    kind: str  # date | interval | duration | set
    start: int
    end: int
    end_value: str | None = None
    relative: bool = False
    note: str | None = None  # e.g. weekday disagreement


@dataclass(slots=True)
class Figure(_ByFields):
    """A reported number with what it counts and who reported it."""

    text: str
    value: float | int
    qualifier: str  # exact | more_than | less_than | about | at_least | at_most
    category: str
    unit: str | None
    reported_by: str | None
    start: int
    end: int


@dataclass(slots=True)
class Quote(_ByFields):
    """A direct quote (text without its marks) and its speaker."""

    text: str
    speaker: str | None
    start: int
    end: int
    kind: str = "speech"  # speech | scare | headline


@dataclass(slots=True)
class Event(_ByFields):
    """A PLOVER-coded event found in one sentence."""

    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    location: str | None
    date: str | None
    negated: bool
    trigger: str
    start: int
    end: int
    hedged: bool = False
    claimed_by: str | None = None
    countries: dict[str, str] = field(default_factory=dict)  # actor → its country, for those with one
    location_country: str | None = None
    background: bool = False  # told as past background («وكان X قد اتهم …», «سبق أن …»), not as news


def countries_of(countries: dict[str, str], names: list[str]) -> list[str]:
    """The distinct countries of some of an event's actors (`Event.countries`), in their order."""
    return list(dict.fromkeys(c for n in names if (c := countries.get(n))))


@dataclass(slots=True)
class Article(_ByFields):
    """One article on a page: the page's own (`main`) or one it carries (`embedded`)."""

    role: Role
    title: str | None
    text: str
    publisher: str | None = None
    published: str | None = None
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The contract JSON of this article."""
        return {
            "role": self.role,
            "title": self.title,
            "publisher": self.publisher,
            "published": self.published,
            "text": self.text,
            "entities": [asdict(e) for e in self.entities],
            "times": [asdict(t) for t in self.times],
            "figures": [asdict(f) for f in self.figures],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Rebuild an article from its contract JSON."""
        return cls(
            role=d["role"],
            title=d.get("title"),
            text=d.get("text", ""),
            publisher=d.get("publisher"),
            published=d.get("published"),
            entities=[Entity(**e) for e in d.get("entities", [])],
            times=[TimeExpr(**t) for t in d.get("times", [])],
            figures=[Figure(**f) for f in d.get("figures", [])],
            quotes=[Quote(**q) for q in d.get("quotes", [])],
            events=[Event(**e) for e in d.get("events", [])],
        )


@dataclass(slots=True)
class Removed(_ByFields):
    """A block taken out of the page text, with why."""

    text: str
    reason: RemovalReason


@dataclass(slots=True)
class InputInfo(_ByFields):
    """Where a page came from and how its bytes were decoded."""

    path: str | None = None
    url: str | None = None
    format: str = "txt"  # txt | html | jsonl | warc
    encoding: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """`{"path" or "url", "format", "encoding"}`, with both when both are known."""
        d: dict[str, Any] = {}
        if self.path is not None:
            d["path"] = self.path
        if self.url is not None:
            d["url"] = self.url
        d["format"] = self.format
        d["encoding"] = self.encoding
        return d


@dataclass(slots=True)
class Page(_ByFields):
    """A page after segmentation (and, later, extraction)."""

    id: str
    input: InputInfo
    published: str | None
    language: str
    articles: list[Article] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    source: str | None = None  # outlet name from record metadata or HTML (site name)
    published_from: str | None = None  # argument | record | html | dateline

    def to_dict(self) -> dict[str, Any]:
        """The contract JSON of this page."""
        return {
            "id": self.id,
            "input": self.input.to_dict(),
            "published": self.published,
            "published_from": self.published_from,
            "language": self.language,
            "source": self.source,
            "articles": [a.to_dict() for a in self.articles],
            "related": list(self.related),
            "tags": list(self.tags),
            "removed": [{"text": r.text, "reason": r.reason} for r in self.removed],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Page:
        """Rebuild a page from its contract JSON."""
        inp = d.get("input", {})
        return cls(
            id=d["id"],
            input=InputInfo(
                path=inp.get("path"), url=inp.get("url"), format=inp.get("format", "txt"),
                encoding=inp.get("encoding"),
            ),
            published=d.get("published"),
            language=d.get("language", "ar"),
            articles=[Article.from_dict(a) for a in d.get("articles", [])],
            related=list(d.get("related", [])),
            tags=list(d.get("tags", [])),
            removed=[Removed(r["text"], r["reason"]) for r in d.get("removed", [])],
            source=d.get("source"),
            published_from=d.get("published_from"),
        )
