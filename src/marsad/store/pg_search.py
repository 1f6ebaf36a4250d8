"""The PostgreSQL side of search: index DDL, index rows, and ParsedQuery → tsquery.

The index holds `tsvector`s built by `to_tsvector('simple', …)` over the same precomputed keys
as the SQLite index (`index_keys`): title keys with weight A, body keys with weight B (in
`tsv`), and the folded forms of words whose key lost letters in `raw` (for prefixes). A GIN
index serves both. Ranking is `ts_rank_cd` (cover density, normalised by length: bm25-like)
with the title weighted above the body. Queries are built from the parsed terms only: each
key is a quoted tsquery lexeme (quotes and backslashes escaped) and the whole tsquery text is
a bound parameter, so nothing the user types reaches SQL or the tsquery syntax unquoted.
"""

from __future__ import annotations

from typing import Any

from marsad.store.fts import date_bound
from marsad.store.keys import index_keys
from marsad.store.query import ParsedQuery, Term, like_escape, name_key

# ts_rank_cd weights for {D, C, B, A}: title (A) three times the body (B), as in SQLite's bm25.
RANK_WEIGHTS = "{0.1, 0.1, 0.33, 1.0}"
RANK_NORMALISATION = 1  # divide by 1 + log(document length)

SEARCH_DDL: dict[int, list[str]] = {
    1: [
        """CREATE TABLE article_search (
            article_id BIGINT PRIMARY KEY REFERENCES articles(id),
            tsv tsvector NOT NULL,
            raw tsvector NOT NULL
        )""",
        "CREATE INDEX article_search_tsv ON article_search USING gin (tsv)",
        "CREATE INDEX article_search_raw ON article_search USING gin (raw)",
    ],
}

# Trigram indexes for the substring filters on folded names (publisher, source, entity):
# created when the pg_trgm extension can be had, skipped (plain scans) when it cannot.
TRGM_DDL = [
    "CREATE INDEX IF NOT EXISTS articles_publisher_trgm ON articles USING gin (publisher_key gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS pages_source_trgm ON pages USING gin (source_key gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS entities_canonical_trgm ON entities USING gin (canonical_key gin_trgm_ops)",
]

INSERT_SEARCH = (
    "INSERT INTO article_search (article_id, tsv, raw) VALUES (%s,"
    " setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B'),"
    " to_tsvector('simple', %s)) ON CONFLICT (article_id) DO NOTHING"
)


def search_row(article_id: int, title: str | None, text: str) -> tuple[int, str, str, str]:
    """The index row of an article: its id, title keys, body keys and folded forms."""
    tk, traw = index_keys(title) if title else ("", {})
    bk, braw = index_keys(text)
    return article_id, tk, bk, " ".join({**traw, **braw})


def _lexeme(s: str, prefix: bool = False) -> str:
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if prefix else "")


def term_tsquery(t: Term) -> str:
    """One term as tsquery text: keys joined by `<->`, a prefix as `:*` over its forms."""
    if not t.prefix:
        return " <-> ".join(_lexeme(k) for k in t.keys)
    tail = "(" + " | ".join(_lexeme(f, prefix=True) for f in t.forms) + ")"
    if len(t.keys) == 1:
        return tail
    return " <-> ".join(_lexeme(k) for k in t.keys[:-1]) + " <-> " + tail


def _term_sql(t: Term, params: list[Any]) -> str:
    """A boolean SQL test for one term: keys (`tsv`), and for a one-word prefix also `raw`."""
    params.append(term_tsquery(t))
    if t.prefix and len(t.keys) == 1:
        params.append(term_tsquery(t))
        return "(s.tsv @@ to_tsquery('simple', %s) OR s.raw @@ to_tsquery('simple', %s))"
    return "s.tsv @@ to_tsquery('simple', %s)"


def search_sql(parsed: ParsedQuery, *, date_from: str | None, date_to: str | None, publisher: str | None,
               entity: str | None, limit: int, collapse: bool) -> tuple[str, list[Any]]:
    """The search statement and its parameters; rows are ranked best first."""
    rank_q = " | ".join("(" + term_tsquery(t) + ")" for alts in parsed.clauses for t in alts)
    params: list[Any] = [rank_q]
    sql = [
        "SELECT a.id, a.page_id, a.title, a.text, a.role, a.publisher, p.source, a.published, p.published,"
        f" ts_rank_cd('{RANK_WEIGHTS}', s.tsv, to_tsquery('simple', %s), {RANK_NORMALISATION}) AS rank"
        " FROM article_search s JOIN articles a ON a.id = s.article_id JOIN pages p ON p.id = a.page_id WHERE"
    ]
    clauses = []
    for alts in parsed.clauses:
        clauses.append("(" + " OR ".join(_term_sql(t, params) for t in alts) + ")")
    sql.append(" AND ".join(clauses))
    if parsed.excluded:
        sql.append("AND NOT (" + " OR ".join(_term_sql(t, params) for t in parsed.excluded) + ")")
    if date_from:
        sql.append("AND COALESCE(a.published, p.published) >= %s")
        params.append(date_bound(date_from, upper=False))
    if date_to:
        sql.append("AND COALESCE(a.published, p.published) <= %s")
        params.append(date_bound(date_to, upper=True))
    if publisher and (key := name_key(publisher)):
        sql.append("AND (a.publisher_key LIKE %s OR p.source_key LIKE %s)")
        pat = f"%{like_escape(key)}%"
        params += [pat, pat]
    if entity and (key := name_key(entity)):
        sql.append("AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id"
                   " AND (' ' || e.canonical_key || ' ') LIKE %s)")
        params.append(f"% {like_escape(key)} %")
    if collapse:
        sql.append("AND NOT EXISTS (SELECT 1 FROM near_duplicates d WHERE d.article_id = a.id)")
    sql.append("ORDER BY rank DESC, a.id LIMIT %s")
    params.append(limit)
    return " ".join(sql), params
