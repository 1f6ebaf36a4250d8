"""What the REST API and the web UI share: search pages with highlighted snippets, article
and page records with their ids, and the PLOVER-JSON shape of an event."""

from __future__ import annotations

import copy
import html
import sqlite3
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from marsad.api import queries, ranking
from marsad.errors import QueryError
from marsad.model import Article, Page
from marsad.store import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, SearchHit, Store
from marsad.store.article_view import ArticleView, read_article
from marsad.store.query import parse_query
from marsad.store.snippets import lead, snippet

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"  # private-use: never in a page's text after our search
MAX_OFFSET = 10_000
EVENT_SCAN = 5_000  # hits looked at when filtering a search by event type

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "CRIME",
)
FIGURE_CATEGORIES = ("killed", "injured", "casualties", "missing", "abducted", "held_hostage", "arrested",
                     "displaced", "money", "other")
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")


def snippet_parts(marked: str) -> tuple[str, str]:
    """(plain text, escaped HTML with <mark>) of a snippet carrying our private marks."""
    plain = marked.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
    out: list[str] = []
    rest = marked
    while rest:
        i = rest.find(MARK_OPEN)
        if i < 0:
            out.append(html.escape(rest))
            break
        j = rest.find(MARK_CLOSE, i)
        if j < 0:
            out.append(html.escape(rest.replace(MARK_OPEN, "")))
            break
        out += [html.escape(rest[:i]), "<mark>", html.escape(rest[i + 1:j]), "</mark>"]
        rest = rest[j + 1:]
    return plain, "".join(out)


@dataclass(slots=True)
class SearchPage:
    """One page of search results and the offset of the next, if any."""

    hits: list[dict[str, Any]]
    next_offset: int | None


def search_page(
    store: Store, q: str, *, offset: int = 0, limit: int = 20, date_from: str | None = None,
    date_to: str | None = None, publisher: str | None = None, entity: str | None = None,
    event_type: str | None = None, mode: str = "lexical", collapse: bool = True,
) -> SearchPage:
    """Hits `offset`..`offset+limit` of a search (raises QueryError for a bad query); `mode` is
    lexical (bm25), semantic or hybrid (e5 vectors, the `semantic` extra)."""
    want = offset + limit + 1
    allowed: set[int] | None = None
    if event_type:
        allowed = queries.articles_with_event(queries.connection(store), event_type)
        fetch = max(want, EVENT_SCAN) if allowed else 1
    else:
        fetch = want
    if mode == "lexical" and queries.is_sqlite(store):
        return _sqlite_search_page(store, q, offset=offset, limit=limit, fetch=fetch, allowed=allowed,
                                   date_from=date_from, date_to=date_to, publisher=publisher, entity=entity,
                                   collapse=collapse)
    if mode == "lexical":
        hits = store.search(q, date_from=date_from, date_to=date_to, publisher=publisher, entity=entity,
                            limit=fetch, marks=(MARK_OPEN, MARK_CLOSE), collapse=collapse)
    else:
        from marsad import semantic

        try:
            hits = semantic.search(store, q, mode=mode, limit=fetch, collapse=collapse, date_from=date_from,
                                   date_to=date_to, publisher=publisher, entity=entity)
        except semantic.SemanticUnavailable as e:
            raise QueryError(str(e)) from e
        hits = [SearchHit(**{**h.to_dict(), "snippet": h.snippet.replace(HIGHLIGHT_OPEN, MARK_OPEN)
                             .replace(HIGHLIGHT_CLOSE, MARK_CLOSE)}) for h in hits]
    if allowed is not None:
        hits = [h for h in hits if h.article_id in allowed]
    window = hits[offset:offset + limit]
    more = len(hits) > offset + limit
    return SearchPage([_hit_dict(h) for h in window], offset + limit if more else None)


def _hit_dict(h: SearchHit) -> dict[str, Any]:
    d = h.to_dict()
    d["snippet"], d["snippet_html"] = snippet_parts(h.snippet)
    d["title"] = h.title.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
    return d


def _sqlite_search_page(
    store: Store, q: str, *, offset: int, limit: int, fetch: int, allowed: set[int] | None,
    date_from: str | None, date_to: str | None, publisher: str | None, entity: str | None, collapse: bool,
) -> SearchPage:
    """`search_page` over SQLite, with the hits of `SQLiteStore.search`: the articles are ranked
    by id alone (no text carried through the sort; `ranking`: remembered, filtered after ranking),
    and only the page shown is read and given snippets, instead of every hit up to
    `offset + limit + 1`."""
    parsed = parse_query(q)
    db = queries.connection(store)
    version = ranking.store_key(store.path, db)  # type: ignore[attr-defined]
    store.flush_since(version)  # type: ignore[attr-defined]  # index what other handles queued, as search does
    try:
        ranked = ranking.search_ranked(db, parsed.fts(), fetch=fetch, collapse=collapse, date_from=date_from,
                                       date_to=date_to, publisher=publisher, entity=entity, key=parsed.single_key(),
                                       store=version)
    except sqlite3.OperationalError as e:
        raise QueryError(f"The query cannot be run ({e}) — لا يمكن تنفيذ الاستعلام ({e})") from e
    if allowed is not None:
        ranked = [r for r in ranked if r[0] in allowed]
    window = ranked[offset:offset + limit]
    rows = queries.hit_rows(db, [int(r[0]) for r in window])
    is_hit = parsed.highlighter()
    out = []
    for aid, rank in window:
        if aid not in rows:  # gone since it was ranked
            continue
        _, pid, title, text, role, publisher_, source, a_pub, p_pub = rows[aid]
        out.append(_hit_dict(SearchHit(
            article_id=aid, page_id=pid, title=title or lead(text),
            snippet=snippet(text, is_hit, marks=(MARK_OPEN, MARK_CLOSE)), published=a_pub or p_pub,
            publisher=publisher_ or source, role=role, score=-float(rank),
        )))
    more = len(ranked) > offset + limit
    return SearchPage(out, offset + limit if more else None)


def page_record(store: Store, page: Page) -> dict[str, Any]:
    """The contract JSON of a page, each article with its `id` added, and where it was seen."""
    d = page.to_dict()
    db = queries.connection(store)
    for art, aid in zip(d["articles"], queries.article_ids(db, page.id), strict=False):
        art["id"] = aid
    d["sources"] = store.page_sources(page.id)
    return d


def article_record(store: Store, article_id: int) -> dict[str, Any] | None:
    """An article's contract JSON with its id, page id, index and page-level dates; None if unknown."""
    view = article_view(store, article_id, page=False)
    return None if view is None else record_of(view)


def record_of(view: ArticleView) -> dict[str, Any]:
    """The article record (`article_record`) of an article view."""
    d = {"id": view.id, "page_id": view.page_id, "index": view.index, **article_dict(view.article)}
    d["page_published"] = view.page_published
    d["source"] = view.source
    d["url"] = view.url
    d["language"] = view.language
    return d


def article_view(store: Store, article_id: int, *, page: bool = True) -> ArticleView | None:
    """An article with its annotations and what its page shows beside it (with `page`: the page's
    tags, related headlines and other articles); None if unknown. Over SQLite it reads that one
    article (`store.article_view.read_article`), elsewhere the whole page (`Store.get_page`)."""
    if queries.is_sqlite(store):
        return read_article(queries.connection(store), article_id, page=page)
    ref = queries.article_ref(queries.connection(store), article_id)
    if ref is None:
        return None
    pg = store.get_page(ref[0])
    if pg is None or ref[1] >= len(pg.articles):
        return None
    view = ArticleView(id=article_id, page_id=pg.id, index=ref[1], article=pg.articles[ref[1]],
                       page_published=pg.published, source=pg.source, url=pg.input.url, language=pg.language,
                       tags=list(pg.tags), related=list(pg.related))
    if page:
        ids = queries.article_ids(queries.connection(store), pg.id)
        view.others = [(aid, i, a.role, a.title) for i, (aid, a) in enumerate(zip(ids, pg.articles, strict=False))
                       if aid != article_id]
    return view


def article_dict(art: Article) -> dict[str, Any]:
    """`art.to_dict()`, built without `dataclasses.asdict` (which deep-copies field by field)."""
    return {
        "role": art.role, "title": art.title, "publisher": art.publisher, "published": art.published,
        "text": art.text, "entities": [_plain(e) for e in art.entities], "times": [_plain(t) for t in art.times],
        "figures": [_plain(f) for f in art.figures], "quotes": [_plain(q) for q in art.quotes],
        "events": [_plain(e) for e in art.events],
    }


_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(obj: Any) -> Any:
    """`dataclasses.asdict(obj)` for dataclasses of plain values, lists and dicts."""
    if isinstance(obj, (str, int, float, type(None))):  # bool is an int
        return obj
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {_plain(k): _plain(v) for k, v in obj.items()}
    names = _FIELDS.get(type(obj))
    if names is None:
        if not is_dataclass(obj):
            return copy.deepcopy(obj)
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
    return {n: _plain(getattr(obj, n)) for n in names}


def stories(store: Store, limit: int = 50, **filters: Any) -> dict[str, Any]:
    """Stories when the store has them (filters: date_from, date_to, entity), else an empty list with a note."""
    fn = getattr(store, "stories", None)
    if fn is None:
        return {"stories": [], "note": "Stories are not available in this store yet — القصص غير متاحة بعد"}
    try:
        items = fn(limit=limit, **{k: v for k, v in filters.items() if v})
    except TypeError:
        items = fn()
    out: dict[str, Any] = {"stories": [s if isinstance(s, dict) else dict(getattr(s, "__dict__", {}))
                                       for s in list(items)[:limit]]}
    if not out["stories"]:
        out["note"] = "No stories found yet — لا توجد قصص بعد"
    return out
