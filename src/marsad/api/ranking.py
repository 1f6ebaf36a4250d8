"""A search's ranked article ids over SQLite: remembered while the store is unchanged, and
filtered after ranking rather than in it.

Ranking scores every match with bm25 (about 2.5 µs a match: 15 ms for a word in a fifth of a
30,000-article store), so a query's ranking is worth keeping: the next page of results, the
same words with a date or publisher filter, or the API and the web page asking in other ways
all start from it. Filters used to be joined into the ranking statement, which then read every
match's article and page rows (three times the cost of ranking alone for a broad word); here the
best `FILTER_SCAN` matches are ranked alone and the filters test only those, best first, until a
page is full. The order is the statement's (bm25, then id), so the hits are the same; a filter
that keeps too few of the best matches falls back to the joined statement.
"""

from __future__ import annotations

from typing import Any

from marsad.api import queries
from marsad.api.state import LRU
from marsad.store import fts

FILTER_SCAN = 1_000  # best matches ranked for a filtered search before it falls back to the joined statement
FILTER_CHUNK = 250  # ids a filter statement tests at once
CACHE_QUERIES = 256  # ranked lists remembered (each at most FILTER_SCAN or offset + limit + 1 ids)

Ranked = list[tuple[int, float]]  # (article id, bm25 rank: lower is better), best first
_CACHE: LRU[tuple[Any, ...], tuple[Ranked, bool]] = LRU(CACHE_QUERIES)


def _store_key(db: Any) -> tuple[Any, ...]:
    """The database file and what its answers depend on (`queries.content_version`)."""
    return db.execute("PRAGMA database_list").fetchone()[2], *queries.content_version(db)


def ranked(db: Any, match: str, *, collapse: bool, n: int) -> tuple[Ranked, bool]:
    """The best `n` matches of an FTS5 `match` expression and whether they are all of them,
    from the cache when it holds as many (or all) for the store as it is now."""
    store = _store_key(db)
    key = (*store, match, collapse)
    if store[0] and (got := _CACHE.get(key)) is not None:
        rows, complete = got
        if complete or len(rows) >= n:
            return rows[:n], complete and len(rows) <= n
    stmt = queries.rank_sql(match, date_from=None, date_to=None, publisher=None, entity=None, limit=n,
                            collapse=collapse)
    assert stmt is not None  # without filters the statement is always the FTS5-only one
    rows = [(int(a), float(r)) for a, r in db.execute(*stmt)]
    complete = len(rows) < n
    if store[0]:  # not an in-memory store
        _CACHE.put(key, (rows, complete))
    return rows, complete


def filtered(db: Any, rows: Ranked, want: int, *, date_from: str | None, date_to: str | None,
             publisher: str | None, entity: str | None) -> Ranked:
    """The first `want` of `rows` (in order) that pass the filters, testing them a chunk at a time."""
    out: Ranked = []
    for i in range(0, len(rows), FILTER_CHUNK):
        chunk = rows[i:i + FILTER_CHUNK]
        sql, params = fts.search_sql("", date_from=date_from, date_to=date_to, publisher=publisher, entity=entity,
                                     limit=len(chunk), match=False, ids=[a for a, _ in chunk])
        ok = {int(r[0]) for r in db.execute(sql, params)}
        out += [r for r in chunk if r[0] in ok]
        if len(out) >= want:
            return out[:want]
    return out


def search_ranked(db: Any, match: str, *, fetch: int, collapse: bool, date_from: str | None = None,
                  date_to: str | None = None, publisher: str | None = None, entity: str | None = None) -> Ranked:
    """The best `fetch` matches that pass the filters, best first: what `queries.rank_sql` with the
    filters gives, by the cheaper way when it can."""
    if not (date_from or date_to or publisher or entity):
        return ranked(db, match, collapse=collapse, n=fetch)[0]
    rows, complete = ranked(db, match, collapse=collapse, n=max(FILTER_SCAN, fetch))
    kept = filtered(db, rows, fetch, date_from=date_from, date_to=date_to, publisher=publisher, entity=entity)
    if len(kept) >= fetch or complete:
        return kept
    stmt = queries.rank_sql(match, date_from=date_from, date_to=date_to, publisher=publisher, entity=entity,
                            limit=fetch, collapse=collapse)
    assert stmt is not None
    return [(int(a), float(r)) for a, r in db.execute(*stmt)]
