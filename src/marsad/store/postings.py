"""Ranked search for broad words without bm25 over every match: postings kept beside FTS5.

FTS5 ranks a query by calling bm25 on every row that matches, about 2.5 µs a row: 25 ms for a
word in a third of a 30,000-article store, and such words are what people type most. For each
search key found in at least `MIN_DOCS` articles (title or body), the store keeps the ids of
those articles and the key's weighted count in each (f = 3 × in the title + 1 × in the body,
the ranking's column weights), read once from FTS5's own index through an `fts5vocab` table,
and the token count of every article. A search for one such key then scores all its matches
at once with numpy, by FTS5's bm25 formula (`fts5_aux.c`: k1 = 1.2, b = 0.75, idf floored at
1e-6), with the row count and average length read from FTS5's averages record: the ranking is
the statement's, `ORDER BY bm25(…), rowid`, to the last bit (tests/api/test_ranking.py).

Pages are only ever added, so the lists stay true for the articles they cover (ids up to
`upto`); articles added since are scored by FTS5 itself (`rowid > upto`, a few rows), and
`refresh` rebuilds the lists once those pass `REBUILD_SHARE` of the store. SQLite only.
"""

from __future__ import annotations

import math
import secrets
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from marsad.store.fts import BODY_WEIGHT, TITLE_WEIGHT

MIN_DOCS = 250  # articles a key must be in (title or body) to get a list
REBUILD_SHARE = 0.1  # articles added since the build, as a share of those covered, that trigger a rebuild
K1, B, MIN_IDF = 1.2, 0.75, 1e-6  # FTS5's bm25 constants
IDS, FREQS = np.dtype("<i4"), np.dtype("<f4")  # how ids and weighted counts are stored

_VOCAB = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.marsad_fts_cols USING fts5vocab(main, article_fts, col)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.marsad_fts_instances USING fts5vocab(main, article_fts, instance)",
]
_BROAD_KEYS = ("SELECT term FROM temp.marsad_fts_cols WHERE col IN ('title', 'body') GROUP BY term"
               " HAVING sum(doc) >= ?")
_KEY_COUNTS = ("SELECT doc, sum(col = 'title'), sum(col = 'body') FROM temp.marsad_fts_instances"
               " WHERE term = ? AND col IN ('title', 'body') GROUP BY doc ORDER BY doc")


def _varints(blob: bytes) -> list[int]:
    """The integers of an FTS5 record (SQLite's big-endian varints)."""
    out, v = [], 0
    for c in blob:
        v = (v << 7) | (c & 0x7F)
        if not c & 0x80:
            out.append(v)
            v = 0
    return out


def _averages(db: Any) -> tuple[int, int]:
    """FTS5's row count and total token count (all columns), from its averages record."""
    row = db.execute("SELECT block FROM article_fts_data WHERE id = 1").fetchone()
    nums = _varints(row[0]) if row and row[0] else [0]
    return nums[0], sum(nums[1:])


def _top_id(db: Any) -> int:
    return int(db.execute("SELECT COALESCE(MAX(id), 0) FROM article_fts_docsize").fetchone()[0])


def refresh(db: Any, *, min_docs: int = MIN_DOCS, force: bool = False) -> int | None:
    """Build the lists when the store has none yet, was built with another `min_docs`, or grew
    by more than `REBUILD_SHARE` since; the number of keys listed, or None when nothing was
    done. `db` is a connection outside a transaction, with the search queue drained."""
    state = db.execute("SELECT upto, min_docs FROM search_postings_state").fetchone()
    top = _top_id(db)
    if top >= 2**31:
        return None  # ids beyond what the lists store
    if not force:
        if state is None and _averages(db)[0] < min_docs:
            return None  # no key can be that broad yet
        if state is not None and state[1] == min_docs and top - state[0] <= REBUILD_SHARE * state[0]:
            return None
    for stmt in _VOCAB:
        db.execute(stmt)
    db.execute("BEGIN IMMEDIATE")
    try:
        top = _top_id(db)  # articles queued since are indexed with higher ids: ranked by FTS5 as new
        sizes = np.zeros(top + 1, np.int64)
        for rid, sz in db.execute("SELECT id, sz FROM article_fts_docsize"):
            sizes[rid] = sum(_varints(sz))
        db.execute("DELETE FROM search_postings")
        keys = [r[0] for r in db.execute(_BROAD_KEYS, (min_docs,))]
        for key in keys:
            counts = np.array(db.execute(_KEY_COUNTS, (key,)).fetchall(), np.int64).reshape(-1, 3)
            freqs = TITLE_WEIGHT * counts[:, 1] + BODY_WEIGHT * counts[:, 2]
            db.execute("INSERT INTO search_postings (key, ids, freqs) VALUES (?, ?, ?)",
                       (key, counts[:, 0].astype(IDS).tobytes(), freqs.astype(FREQS).tobytes()))
        built = secrets.randbits(62)  # names this build: another store at the same path has another
        db.execute("DELETE FROM search_postings_state")
        db.execute("INSERT INTO search_postings_state (id, upto, min_docs, built, doc_sizes) VALUES (1, ?, ?, ?, ?)",
                   (top, min_docs, built, sizes.astype(np.int32).tobytes()))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return len(keys)


class _Memo:
    """A bounded memo, safe across threads: emptied when full (its entries are cheap to read again)."""

    def __init__(self, size: int) -> None:
        self.size, self._data, self._lock = size, dict[Any, Any](), threading.Lock()

    def get(self, key: Any, compute: Any) -> Any:
        """The value for `key`, from `compute()` the first time."""
        try:
            return self._data[key]
        except KeyError:
            pass
        value = compute()
        with self._lock:
            if len(self._data) >= self.size:
                self._data = {}
            self._data[key] = value
        return value


@dataclass(slots=True)
class _Lists:
    """One build of the lists as this process has read it: what it covers and the keys loaded."""

    built: int  # the build's random name (`refresh`)
    upto: int
    doc_sizes: np.ndarray
    keys: _Memo  # key → (ids, weighted counts), or None when the key has no list


KEYS_KEPT = 128  # keys' arrays kept per process (a 10,000-article list is 120 kB)
_LOADED: dict[str, _Lists] = {}  # by database file
_VERSIONED = _Memo(256)  # per store version: averages, near-duplicates, new articles' ranks
_LOCK = threading.Lock()


def _lists(db: Any, version: tuple[Any, ...]) -> _Lists | None:
    """The lists as this process holds them for the store's current build; the build is read once
    per store version (which names the build: `api.queries.content_version`)."""
    file = version[0]
    state = _versioned(version, "state", lambda: db.execute("SELECT built, upto FROM search_postings_state").fetchone())
    if state is None:
        return None
    got = _LOADED.get(file)
    if got is None or got.built != state[0]:
        blob = db.execute("SELECT doc_sizes FROM search_postings_state").fetchone()[0]
        got = _Lists(int(state[0]), int(state[1]), np.frombuffer(blob, np.int32).astype(np.float64), _Memo(KEYS_KEPT))
        with _LOCK:
            _LOADED[file] = got
    return got


def _key_list(db: Any, key: str) -> tuple[np.ndarray, np.ndarray] | None:
    row = db.execute("SELECT ids, freqs FROM search_postings WHERE key = ?", (key,)).fetchone()
    if row is None or len(row[0]) // IDS.itemsize != len(row[1]) // FREQS.itemsize:
        return None
    return np.frombuffer(row[0], IDS), np.frombuffer(row[1], FREQS).astype(np.float64)


def _versioned(version: tuple[Any, ...], what: str, compute: Any) -> Any:
    """`compute()`, remembered for this store version (the store is unchanged while it is)."""
    return _VERSIONED.get((*version, what), compute)


def _near_duplicates(db: Any) -> np.ndarray:
    """Whether each article id (as index) is a near-duplicate that collapsed searches leave out."""
    ids = [r[0] for r in db.execute("SELECT DISTINCT article_id FROM near_duplicates")]
    dup = np.zeros(max(ids, default=0) + 1, bool)
    dup[ids] = True
    return dup


def rank(db: Any, key: str, match: str, *, collapse: bool, n: int, version: tuple[Any, ...],
         rank_sql: str, allowed: np.ndarray | None = None) -> list[tuple[int, float]] | None:
    """The best `n` (article id, bm25 rank) of the one-key query `match` (for search key `key`),
    best first, as `ORDER BY rank, rowid LIMIT n` gives them; None when `key` has no list.
    `version` names the store as it is now (file first, then `api.queries.content_version`, which
    names the lists' build too); `rank_sql` is the statement's rank
    expression, used for the articles added since the lists were built; `allowed`, when given,
    says by article id (as index) which articles may be returned."""
    if not version[0]:
        return None  # an in-memory store: no lists
    lists = _lists(db, version)
    if lists is None:
        return None
    got = lists.keys.get(key, lambda: _key_list(db, key))
    if got is None:
        return None
    ids, freqs = got
    new: list[tuple[int, float]] = []
    if _versioned(version, "top", lambda: _top_id(db)) > lists.upto:  # articles added since the build
        new = _versioned(version, "new:" + match, lambda: db.execute(
            f"SELECT rowid, {rank_sql} FROM article_fts WHERE article_fts MATCH ? AND rowid > ?",
            (match, lists.upto)).fetchall())
    n_rows, n_tokens = _versioned(version, "averages", lambda: _averages(db))
    hits = len(ids) + len(new)
    idf = math.log((n_rows - hits + 0.5) / (hits + 0.5))
    if idf <= 0.0:
        idf = MIN_IDF
    avgdl = float(n_tokens) / float(n_rows)
    length = lists.doc_sizes[ids]
    scores = -1.0 * (idf * ((freqs * (K1 + 1.0)) / (freqs + K1 * (1 - B + B * length / avgdl))))
    if new:
        ids = np.concatenate([ids, np.array([r[0] for r in new], IDS)])
        scores = np.concatenate([scores, np.array([r[1] for r in new], np.float64)])
    if collapse:
        dup = _versioned(version, "dups", lambda: _near_duplicates(db))
        keep = ~dup[np.minimum(ids, len(dup) - 1)] | (ids >= len(dup))
        ids, scores = ids[keep], scores[keep]
    if allowed is not None:
        keep = allowed[np.minimum(ids, len(allowed) - 1)] & (ids < len(allowed))
        ids, scores = ids[keep], scores[keep]
    if len(scores) > n > 0:
        cut = np.partition(scores, n - 1)[n - 1]
        near = scores <= cut
        ids, scores = ids[near], scores[near]
    order = np.lexsort((ids, scores))[:n]
    return list(zip(ids[order].tolist(), scores[order].tolist(), strict=True))
