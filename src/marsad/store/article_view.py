"""One article as the server shows it, read from SQLite by article id.

`SQLiteStore.get_page` reads a whole page: every article of it with all their annotations and the
removed blocks, ~13 queries after resolving the reference. The article page and the article record
need one article: this reads it and its page's fields in one indexed join, its annotations by
primary key (`article_id, idx`), and, for the page view, the page's tags, related headlines and
other articles. Rows become the same `marsad.model` objects as `SQLiteStore._read_annotations`
builds (a test compares the two on every article of the test store). Read-only; no schema change.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from marsad.model import Article, Entity, Event, Figure, Quote, TimeExpr


@dataclass(slots=True)
class ArticleView:
    """An article with what its page and record show of the page it is on."""

    id: int
    page_id: str
    index: int
    article: Article
    page_published: str | None
    source: str | None
    url: str | None
    language: str
    tags: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    # (id, index, role, title) of the page's other articles, in page order
    others: list[tuple[int, int, str, str | None]] = field(default_factory=list)


_ARTICLE = (
    "SELECT a.page_id, a.idx, a.role, a.title, a.publisher, a.published, a.text,"
    " p.url, p.published, p.language, p.source"
    " FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?"
)
_ENTITIES = 'SELECT text, label, canonical, "start", "end", role FROM entities WHERE article_id = ? ORDER BY idx'
_TIMES = ('SELECT text, value, grain, kind, "start", "end", end_value, relative, note FROM times'
          " WHERE article_id = ? ORDER BY idx")
_FIGURES = ('SELECT text, value, value_is_int, qualifier, category, unit, reported_by, "start", "end" FROM figures'
            " WHERE article_id = ? ORDER BY idx")
_QUOTES = 'SELECT text, speaker, "start", "end", kind FROM quotes WHERE article_id = ? ORDER BY idx'
_EVENTS = ('SELECT type, mode, source, target, location, date, negated, trigger, "start", "end", hedged, claimed_by,'
           " countries, location_country, background FROM events WHERE article_id = ? ORDER BY idx")
# The page's tags (kind 0) and related headlines (kind 1) in one statement.
_PAGE_LISTS = ("SELECT 0, idx, tag FROM tags WHERE page_id = ?"
               " UNION ALL SELECT 1, idx, text FROM related WHERE page_id = ? ORDER BY 1, 2")
_OTHERS = "SELECT id, idx, role, title FROM articles WHERE page_id = ? AND id != ? ORDER BY idx"


def read_article(db: sqlite3.Connection, article_id: int, *, page: bool = True) -> ArticleView | None:
    """The article `article_id` with its annotations, or None if unknown; with `page`, also its
    page's tags, related headlines and other articles (what the article page shows beside it)."""
    row = db.execute(_ARTICLE, (article_id,)).fetchone()
    if row is None:
        return None
    page_id, idx, role, title, publisher, published, text, url, page_published, language, source = row
    key = (article_id,)
    art = Article(role=role, title=title, text=text, publisher=publisher, published=published)
    art.entities = [Entity(text=r[0], label=r[1], canonical=r[2], start=r[3], end=r[4], role=r[5])
                    for r in db.execute(_ENTITIES, key)]
    art.times = [TimeExpr(text=r[0], value=r[1], grain=r[2], kind=r[3], start=r[4], end=r[5], end_value=r[6],
                          relative=bool(r[7]), note=r[8]) for r in db.execute(_TIMES, key)]
    art.figures = [Figure(text=r[0], value=int(r[1]) if r[2] else float(r[1]), qualifier=r[3], category=r[4],
                          unit=r[5], reported_by=r[6], start=r[7], end=r[8]) for r in db.execute(_FIGURES, key)]
    art.quotes = [Quote(text=r[0], speaker=r[1], start=r[2], end=r[3], kind=r[4]) for r in db.execute(_QUOTES, key)]
    art.events = [Event(type=r[0], mode=r[1], source=json.loads(r[2]), target=json.loads(r[3]), location=r[4],
                        date=r[5], negated=bool(r[6]), trigger=r[7], start=r[8], end=r[9], hedged=bool(r[10]),
                        claimed_by=r[11], countries=json.loads(r[12]), location_country=r[13],
                        background=bool(r[14]))
                  for r in db.execute(_EVENTS, key)]
    view = ArticleView(id=article_id, page_id=str(page_id), index=int(idx), article=art,
                       page_published=page_published, source=source, url=url, language=language)
    if page:
        for kind, _, value in db.execute(_PAGE_LISTS, (page_id, page_id)):
            (view.related if kind else view.tags).append(value)
        view.others = [(int(r[0]), int(r[1]), r[2], r[3]) for r in db.execute(_OTHERS, (page_id, article_id))]
    return view
