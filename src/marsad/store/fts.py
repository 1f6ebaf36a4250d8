"""The SQLite FTS5 side of search: the index table, its rows and the search statement.

Python's sqlite3 cannot register an FTS5 tokenizer, so the index holds precomputed search
keys (`search_keys`: folded, clitic-stripped words) and FTS5 only splits them on spaces
(`unicode61`, which also splits a key at `_`, the same way at index and at query time).
This is the one module that uses SQLite-only SQL; a PostgreSQL backend replaces it.
"""

from __future__ import annotations

from typing import Any

from marsad.clean.normalize import digits_to_ascii
from marsad.errors import QueryError
from marsad.store.keys import index_key_list, index_keys
from marsad.store.query import like_escape, name_key

TITLE_WEIGHT = 3.0
BODY_WEIGHT = 1.0
RAW_WEIGHT = 0.5  # only prefix terms reach the folded forms

# Index rows are written to `search_queue` in each page's transaction (cheap, durable) and moved
# into the FTS5 table in batches: one FTS5 commit per page costs more than the rest of the page.
# The queue is drained before every search, on close and on open, so a search always sees every
# committed page, and a crash leaves queued rows to be indexed later, never lost or doubled.
FTS_DDL: dict[int, list[str]] = {
    1: [
        "CREATE VIRTUAL TABLE article_fts USING fts5(title, body, raw, content='',"
        " tokenize='unicode61 remove_diacritics 0')",
        "CREATE TABLE search_queue (article_id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,"
        " raw TEXT NOT NULL)",
    ],
    # Ranked lists of the broadest keys, beside the index (`marsad.store.postings`).
    6: [
        "CREATE TABLE IF NOT EXISTS search_postings (key TEXT PRIMARY KEY, ids BLOB NOT NULL, freqs BLOB NOT NULL)",
        "CREATE TABLE IF NOT EXISTS search_postings_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " upto INTEGER NOT NULL, min_docs INTEGER NOT NULL, built INTEGER NOT NULL, doc_sizes BLOB NOT NULL)",
    ],
}

QUEUE_ROW = "INSERT INTO search_queue (article_id, title, body, raw) VALUES (?, ?, ?, ?)"
DRAIN_QUEUE = [
    "INSERT INTO article_fts (rowid, title, body, raw) SELECT article_id, title, body, raw FROM search_queue"
    " ORDER BY article_id",
    "DELETE FROM search_queue",
]
FLUSH_EVERY = 200  # articles queued by one handle before it drains the queue


def fts_row(article_id: int, title: str | None, text: str) -> tuple[int, str, str, str]:
    """The index row of an article: its id, the keys of its title and of its text, and the
    folded forms of the words (title and text) whose keys differ from them."""
    tk, bk, raw, _ = article_terms(title, text)
    return article_id, tk, bk, raw


def article_terms(title: str | None, text: str) -> tuple[str, str, str, list[str]]:
    """`fts_row` without the id, and the text's keys as a list (`bk.split()`): computed before
    the article has an id, so that one computation also gives its exact hash and MinHash."""
    tk, traw = index_keys(title) if title else ("", {})
    keys, braw = index_key_list(text)
    return tk, " ".join(keys), " ".join({**traw, **braw}), keys


def date_bound(value: str, *, upper: bool) -> str:
    """A date filter's bound as compared with stored dates (QueryError when malformed)."""
    v = digits_to_ascii(value.strip())
    parts = v.split("-")
    ok = 1 <= len(parts) <= 3 and len(parts[0]) == 4 and all(p.isdigit() for p in parts)
    ok = ok and all(len(p) == 2 for p in parts[1:])
    if not ok:
        raise QueryError(
            f"Bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD"
            f" — تاريخ غير صالح {value!r}: استخدم الصيغة YYYY-MM-DD"
        )
    # An upper bound covers the whole year or month it names.
    return v + "-99" * (3 - len(parts)) if upper else v


def search_sql(
    match_expr: str,
    *,
    date_from: str | None,
    date_to: str | None,
    publisher: str | None,
    entity: str | None,
    limit: int,
    collapse: bool = False,
    match: bool = True,
    ids: list[int] | None = None,
) -> tuple[str, list[Any]]:
    """The search statement and its parameters; rows are ranked best first. Without `match`,
    the same filters select article ids alone (for ranking done elsewhere), among `ids` if given."""
    if match:
        sql = [
            f"SELECT a.id, a.page_id, a.title, a.text, a.role, a.publisher, p.source, a.published,"
            f" p.published, bm25(article_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, {RAW_WEIGHT}) AS rank"
            " FROM article_fts JOIN articles a ON a.id = article_fts.rowid"
            " JOIN pages p ON p.id = a.page_id"
            " WHERE article_fts MATCH ?"
        ]
        params: list[Any] = [match_expr]
    else:
        sql, params = ["SELECT a.id, 0 AS rank FROM articles a JOIN pages p ON p.id = a.page_id WHERE 1 = 1"], []
    if date_from:
        sql.append("AND COALESCE(a.published, p.published) >= ?")
        params.append(date_bound(date_from, upper=False))
    if date_to:
        sql.append("AND COALESCE(a.published, p.published) <= ?")
        params.append(date_bound(date_to, upper=True))
    if publisher and (key := name_key(publisher)):
        sql.append("AND (a.publisher_key LIKE ? ESCAPE '\\' OR p.source_key LIKE ? ESCAPE '\\')")
        pat = f"%{like_escape(key)}%"
        params += [pat, pat]
    if entity and (key := name_key(entity)):
        sql.append(
            "AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id"
            " AND (' ' || e.canonical_key || ' ') LIKE ? ESCAPE '\\')"
        )
        params.append(f"% {like_escape(key)} %")
    if collapse:
        sql.append("AND NOT EXISTS (SELECT 1 FROM near_duplicates d WHERE d.article_id = a.id)")
    if ids is not None:
        sql.append(f"AND a.id IN ({', '.join('?' * len(ids))})")
        params += ids
    sql.append("ORDER BY rank, a.id LIMIT ?")
    params.append(limit)
    return " ".join(sql), params
