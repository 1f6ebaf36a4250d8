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

import numpy as np

from marsad.api import queries
from marsad.api.state import LRU
from marsad.store import fts, postings

FILTER_SCAN = 1_000  # best matches ranked for a filtered search before it falls back to the joined statement
FILTER_CHUNK = 250  # ids a filter statement tests at once
CACHE_QUERIES = 256  # ranked lists remembered (each at most FILTER_SCAN or offset + limit + 1 ids)

Ranked = list[tuple[int, float]]  # (article id, bm25 rank: lower is better), best first
_CACHE: LRU[tuple[Any, ...], tuple[Ranked, bool]] = LRU(CACHE_QUERIES)


def _store_key(db: Any) -> tuple[Any, ...]:
    """The database file and what its answers depend on (`queries.content_version`)."""
    return store_key(db.execute("PRAGMA database_list").fetchone()[2], db)


def store_key(file: str, db: Any) -> tuple[Any, ...]:
    """`_store_key` for a connection to `file` ("" for an in-memory store: nothing is remembered)."""
    return ("" if file == ":memory:" else file), *queries.content_version(db)


def ranked(db: Any, match: str, *, collapse: bool, n: int, key: str | None = None,
           store: tuple[Any, ...] | None = None) -> tuple[Ranked, bool]:
    """The best `n` matches of an FTS5 `match` expression and whether they are all of them,
    from the cache when it holds as many (or all) for the store as it is now; `key` is the
    search key when `match` is one word, which the store's lists (`postings`) may rank; `store`:
    the store's key (`store_key`) when the caller has just read it."""
    store = store or _store_key(db)
    memo = (*store, match, collapse)
    if store[0] and (got := _CACHE.get(memo)) is not None:
        rows, complete = got
        if complete or len(rows) >= n:
            return rows[:n], complete and len(rows) <= n
    listed = postings.rank(db, key, match, collapse=collapse, n=n, version=store,
                           rank_sql=queries.RANK) if key else None
    if listed is not None:
        rows = listed
    else:
        stmt = queries.rank_sql(match, date_from=None, date_to=None, publisher=None, entity=None, limit=n,
                                collapse=collapse)
        assert stmt is not None  # without filters the statement is always the FTS5-only one
        rows = [(int(a), float(r)) for a, r in db.execute(*stmt)]
    complete = len(rows) < n
    if store[0]:  # not an in-memory store
        _CACHE.put(memo, (rows, complete))
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


_DATES = "SELECT a.id, COALESCE(a.published, p.published) FROM articles a JOIN pages p ON p.id = a.page_id"
_MASKS: LRU[tuple[Any, ...], Any] = LRU(64)  # per store version: article dates, publishers' articles


def _dates(db: Any, store: tuple[Any, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Every article's date (the article's, else its page's) by article id, and which have one."""
    got: tuple[np.ndarray, np.ndarray] | None = _MASKS.get((*store, "dates"))
    if got is None:
        rows = db.execute(_DATES).fetchall()
        top = max((r[0] for r in rows), default=0)
        dates = np.full(top + 1, "", dtype=f"U{max((len(r[1]) for r in rows if r[1]), default=1)}")
        known = np.zeros(top + 1, bool)
        for aid, day in rows:
            if day is not None:
                dates[aid], known[aid] = day, True
        got = (dates, known)
        _MASKS.put((*store, "dates"), got)
    return got


def filter_mask(db: Any, store: tuple[Any, ...], *, date_from: str | None, date_to: str | None,
                publisher: str | None) -> np.ndarray:
    """Which article ids (as indices) pass the date and publisher filters of `fts.search_sql`:
    the same comparisons of the same date strings, and the publisher's articles selected by the
    statement's own LIKE (remembered per publisher: outlets are few). Remembered per store
    version and filters: people search with the same filters again and again."""
    memo = (*store, "mask", date_from, date_to, publisher)
    got: np.ndarray | None = _MASKS.get(memo)
    if got is None:
        got = _filter_mask(db, store, date_from=date_from, date_to=date_to, publisher=publisher)
        _MASKS.put(memo, got)
    return got


def _filter_mask(db: Any, store: tuple[Any, ...], *, date_from: str | None, date_to: str | None,
                 publisher: str | None) -> np.ndarray:
    dates, known = _dates(db, store)
    mask = known.copy() if date_from or date_to else np.ones(len(dates), bool)
    if date_from:
        mask &= dates >= fts.date_bound(date_from, upper=False)
    if date_to:
        mask &= dates <= fts.date_bound(date_to, upper=True)
    if publisher:
        ids = _MASKS.get((*store, "publisher", publisher))
        if ids is None:
            sql, params = fts.search_sql("", date_from=None, date_to=None, publisher=publisher, entity=None,
                                         limit=-1, match=False)
            ids = np.array([r[0] for r in db.execute(sql, params)], np.int64)
            _MASKS.put((*store, "publisher", publisher), ids)
        chosen = np.zeros(len(mask), bool)
        chosen[ids[ids < len(mask)]] = True
        mask &= chosen
    return mask


def search_ranked(db: Any, match: str, *, fetch: int, collapse: bool, date_from: str | None = None,
                  date_to: str | None = None, publisher: str | None = None, entity: str | None = None,
                  key: str | None = None, store: tuple[Any, ...] | None = None) -> Ranked:
    """The best `fetch` matches that pass the filters, best first: what `queries.rank_sql` with the
    filters gives, by the cheaper way when it can (`key`, `store`: as for `ranked`)."""
    if not (date_from or date_to or publisher or entity):
        return ranked(db, match, collapse=collapse, n=fetch, key=key, store=store)[0]
    if entity:
        rows, complete = ranked(db, match, collapse=collapse, n=max(FILTER_SCAN, fetch), key=key, store=store)
        kept = filtered(db, rows, fetch, date_from=date_from, date_to=date_to, publisher=publisher, entity=entity)
    else:  # the filters as one array over the store's articles
        store = store or _store_key(db)
        allowed = filter_mask(db, store, date_from=date_from, date_to=date_to, publisher=publisher)
        listed = postings.rank(db, key, match, collapse=collapse, n=fetch, version=store, rank_sql=queries.RANK,
                               allowed=allowed) if key else None
        if listed is not None:  # a listed word: all its matches filtered, then ranked
            return listed
        rows, complete = ranked(db, match, collapse=collapse, n=max(FILTER_SCAN, fetch), key=key, store=store)
        kept = [r for r in rows if r[0] < len(allowed) and allowed[r[0]]][:fetch]
    if len(kept) >= fetch or complete:
        return kept
    stmt = queries.rank_sql(match, date_from=date_from, date_to=date_to, publisher=publisher, entity=entity,
                            limit=fetch, collapse=collapse)
    assert stmt is not None
    return [(int(a), float(r)) for a, r in db.execute(*stmt)]
