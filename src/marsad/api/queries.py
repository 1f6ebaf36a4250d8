"""Queries the API and the UI need beyond the Store interface, as portable SQL over a
DB-API connection (`store._db`, `?` placeholders): articles by id, entity detail, timelines,
co-occurrence, quotes by speaker and chunked listings for exports."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from marsad.store import fts
from marsad.store.query import like_escape, name_key

DATE_COL = "COALESCE(a.published, p.published)"


def connection(store: Any) -> Any:
    """The DB-API connection under a store (the SQLite backend's `_db`)."""
    db = getattr(store, "_db", None)
    if db is None:
        raise RuntimeError("this store backend does not expose a DB-API connection")
    return db


def content_version(db: Any) -> tuple[Any, ...]:
    """What answers read from the store depend on: pages are only ever added, each with its
    articles, annotations and duplicate links in one transaction, so the highest article id and
    sighting rowid change with every write; the store's own random id (`meta.store_id`), so that
    another store later at the same path is never taken for this one; and the build of its ranked
    search lists (`store.postings`), which a rebuild changes. One statement: under concurrent
    requests each statement costs a hand-over of the GIL."""
    return tuple(db.execute(
        "SELECT (SELECT MAX(id) FROM articles), (SELECT MAX(rowid) FROM page_sources),"
        " (SELECT value FROM meta WHERE key = 'store_id'), (SELECT built FROM search_postings_state)").fetchone())


def is_sqlite(store: Any) -> bool:
    """Whether `store` is (a thread handle on) the SQLite backend, whose SQL this module may use."""
    from marsad.store.sqlite import SQLiteStore

    provider = getattr(store, "_provider", None)  # api.state.ThreadStore
    return type(provider.get() if provider is not None else store) is SQLiteStore  # not PostgresStore, its subclass


# Search over SQLite in two steps: rank article ids (only the columns the filters need), then read
# the page of hits shown. Without date, publisher or entity filters the ranking touches the FTS5
# index (and near_duplicates) alone: every indexed row is an article with a page.
RANK = f"bm25(article_fts, {fts.TITLE_WEIGHT}, {fts.BODY_WEIGHT}, {fts.RAW_WEIGHT})"  # the search rank
_NOT_DUP = "NOT EXISTS (SELECT 1 FROM near_duplicates d WHERE d.article_id = article_fts.rowid)"


def rank_sql(match_expr: str, *, date_from: str | None, date_to: str | None, publisher: str | None,
             entity: str | None, limit: int, collapse: bool) -> tuple[str, list[Any]] | None:
    """(article id, bm25 rank) of the best `limit` matches, best first, filtered as `search_sql`;
    None if `search_sql` no longer has the shape this relies on."""
    if date_from or date_to or publisher or entity:
        sql, params = fts.search_sql(match_expr, date_from=date_from, date_to=date_to, publisher=publisher,
                                     entity=entity, limit=limit, collapse=collapse)
        cut = sql.find(" FROM article_fts ")
        if not sql.startswith("SELECT ") or cut < 0:
            return None
        return f"SELECT a.id, {RANK} AS rank" + sql[cut:], params
    sql = f"SELECT rowid, {RANK} AS rank FROM article_fts WHERE article_fts MATCH ?"
    if collapse:
        sql += " AND " + _NOT_DUP
    return sql + " ORDER BY rank, rowid LIMIT ?", [match_expr, limit]


def hit_rows(db: Any, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """Search-hit rows by article id: id, page id, title, text, role, publisher, the page's source,
    the article's and the page's dates. SQLite only: they come as one JSON array in one row, since
    the sqlite3 module lets other threads run at every row it steps over, and under a server's
    concurrent requests those hand-overs cost more than reading the rows (4 threads: 1.75 ms of
    CPU for 20 rows fetched one by one, 0.74 ms as one array; texts, ids and NULLs come back unchanged)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    row = db.execute(
        "SELECT json_group_array(json_array(a.id, a.page_id, a.title, a.text, a.role, a.publisher, p.source,"
        f" a.published, p.published)) FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id IN ({marks})",
        ids).fetchone()
    return {int(r[0]): tuple(r) for r in json.loads(row[0])}


def _upper(date_to: str) -> str:
    return date_to + "-99" * (2 - date_to.count("-"))


def article_ref(db: Any, article_id: int) -> tuple[str, int] | None:
    """(page id, index on the page) of an article, or None."""
    row = db.execute("SELECT page_id, idx FROM articles WHERE id = ?", (article_id,)).fetchone()
    return (str(row[0]), int(row[1])) if row else None


def article_ids(db: Any, page_id: str) -> list[int]:
    """The ids of a page's articles, in page order."""
    return [int(r[0]) for r in db.execute("SELECT id FROM articles WHERE page_id = ? ORDER BY idx", (page_id,))]


def articles_with_event(db: Any, type_: str) -> set[int]:
    """Ids of the articles that carry at least one event of a PLOVER type."""
    return {int(r[0]) for r in db.execute("SELECT DISTINCT article_id FROM events WHERE type = ?", (type_.upper(),))}


def publishers(db: Any, top: int = 50) -> list[str]:
    """The most frequent publishers (article's, else the page's source)."""
    rows = db.execute(
        "SELECT COALESCE(a.publisher, p.source) AS pub, COUNT(*) AS n FROM articles a JOIN pages p ON p.id = a.page_id"
        " WHERE COALESCE(a.publisher, p.source) IS NOT NULL GROUP BY pub ORDER BY n DESC, pub LIMIT ?",
        (top,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def _entity_rows(db: Any, key: str) -> list[Any]:
    return db.execute(
        "SELECT e.article_id, e.label, e.canonical, " + DATE_COL +
        " FROM entities e JOIN articles a ON a.id = e.article_id JOIN pages p ON p.id = a.page_id"
        " WHERE e.canonical_key = ?",
        (key,),
    ).fetchall()


def entity_detail(db: Any, name: str, *, limit: int = 100) -> dict[str, Any] | None:
    """An entity by canonical name (folded match): label, mentions, articles; None when unknown."""
    key = name_key(name)
    if not key:
        return None
    rows = _entity_rows(db, key)
    if not rows:
        return None
    labels = Counter(r[1] for r in rows)
    names = Counter(r[2] for r in rows)
    per_article = Counter(int(r[0]) for r in rows)
    ids = [aid for aid, _ in per_article.most_common()]
    arts = article_rows(db, ids[:limit])
    articles = [{**arts[aid], "mentions": per_article[aid]} for aid in ids[:limit] if aid in arts]
    articles.sort(key=lambda a: (a["published"] or "", a["id"]), reverse=True)
    return {
        "canonical": names.most_common(1)[0][0],
        "label": labels.most_common(1)[0][0],
        "labels": dict(labels),
        "names": [n for n, _ in names.most_common()],
        "mentions": len(rows),
        "article_count": len(per_article),
        "articles": articles,
    }


def article_rows(db: Any, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Display rows (id, page_id, title, published, publisher, role) of articles by id."""
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for aid, pid, title, text, pub, publisher, role in db.execute(
            "SELECT a.id, a.page_id, a.title, substr(a.text, 1, 200), " + DATE_COL +
            ", COALESCE(a.publisher, p.source), a.role FROM articles a JOIN pages p ON p.id = a.page_id"
            f" WHERE a.id IN ({marks})",
            chunk,
        ):
            out[int(aid)] = {"id": int(aid), "page_id": pid, "title": title or _lead(text), "published": pub,
                             "publisher": publisher, "role": role}
    return out


def _lead(text: str, n: int = 12) -> str:
    ws = text.split()
    return " ".join(ws[:n]) + ("…" if len(ws) > n else "")


def entity_timeline(db: Any, name: str) -> list[dict[str, Any]]:
    """Mentions of an entity per day (articles without a date are left out), oldest first."""
    key = name_key(name)
    per_day: Counter[str] = Counter()
    arts: dict[str, set[int]] = {}
    for aid, _, _, date in _entity_rows(db, key) if key else []:
        if date:
            day = str(date)[:10]
            per_day[day] += 1
            arts.setdefault(day, set()).add(int(aid))
    return [{"date": d, "mentions": per_day[d], "articles": len(arts[d])} for d in sorted(per_day)]


def cooccurring(db: Any, name: str, *, top: int = 20) -> list[dict[str, Any]]:
    """Entities found in the same articles as `name`, by the number of shared articles."""
    key = name_key(name)
    if not key:
        return []
    rows = db.execute(
        "SELECT o.canonical_key, o.label, COUNT(DISTINCT o.article_id) AS shared, COUNT(*) AS mentions,"
        " MIN(o.canonical) FROM entities o WHERE o.canonical_key <> ? AND o.article_id IN"
        " (SELECT article_id FROM entities WHERE canonical_key = ?)"
        " GROUP BY o.canonical_key, o.label ORDER BY shared DESC, mentions DESC, o.canonical_key LIMIT ?",
        (key, key, top),
    ).fetchall()
    out = []
    for okey, label, shared, mentions, canonical in rows:
        best = db.execute(
            "SELECT canonical FROM entities WHERE canonical_key = ? AND label = ? GROUP BY canonical"
            " ORDER BY COUNT(*) DESC, canonical LIMIT 1", (okey, label)).fetchone()
        out.append({"canonical": best[0] if best else canonical, "label": label, "shared_articles": shared,
                    "mentions": mentions})
    return out


def quotes_by(db: Any, name: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Quotes whose speaker is the entity (folded names equal), newest first."""
    key = name_key(name)
    if not key:
        return []
    speakers = [s for (s,) in db.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")
                if name_key(str(s)) == key]
    if not speakers:
        return []
    marks = ",".join("?" * len(speakers))
    rows = db.execute(
        "SELECT q.text, q.speaker, q.kind, a.id, a.page_id, a.title, " + DATE_COL +
        ", COALESCE(a.publisher, p.source) FROM quotes q JOIN articles a ON a.id = q.article_id"
        f" JOIN pages p ON p.id = a.page_id WHERE q.speaker IN ({marks})"
        " ORDER BY " + DATE_COL + " DESC, a.id, q.idx LIMIT ?",
        [*speakers, limit],
    ).fetchall()
    return [{"text": t, "speaker": s, "kind": k, "article_id": aid, "page_id": pid, "title": title,
             "published": pub, "publisher": publisher}
            for t, s, k, aid, pid, title, pub, publisher in rows]


def article_filters(date_from: str | None, date_to: str | None, publisher: str | None) -> tuple[str, list[Any]]:
    """WHERE conditions (leading AND each) over `a` and `p` for article listings."""
    sql, args = "", []
    if date_from:
        sql += f" AND {DATE_COL} >= ?"
        args.append(date_from)
    if date_to:
        sql += f" AND {DATE_COL} <= ?"
        args.append(_upper(date_to))
    if publisher and (key := name_key(publisher)):
        sql += " AND (a.publisher_key LIKE ? ESCAPE '\\' OR p.source_key LIKE ? ESCAPE '\\')"
        pat = f"%{like_escape(key)}%"
        args += [pat, pat]
    return sql, args


def articles_chunk(db: Any, *, after: int, size: int, date_from: str | None = None, date_to: str | None = None,
                   publisher: str | None = None) -> list[dict[str, Any]]:
    """Up to `size` articles with id above `after`, by id (keyset pagination for exports)."""
    cond, args = article_filters(date_from, date_to, publisher)
    rows = db.execute(
        "SELECT a.id, a.page_id, a.idx, a.role, a.title, " + DATE_COL + ", COALESCE(a.publisher, p.source),"
        " a.language, p.url, a.text,"
        " (SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id),"
        " (SELECT COUNT(*) FROM figures f WHERE f.article_id = a.id),"
        " (SELECT COUNT(*) FROM events v WHERE v.article_id = a.id)"
        " FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id > ?" + cond + " ORDER BY a.id LIMIT ?",
        [after, *args, size],
    ).fetchall()
    return [{"id": r[0], "page_id": r[1], "index": r[2], "role": r[3], "title": r[4], "published": r[5],
             "publisher": r[6], "language": r[7], "url": r[8], "text": r[9], "entities": r[10], "figures": r[11],
             "events": r[12]} for r in rows]


def event_dates(db: Any, type_: str | None = None) -> list[dict[str, Any]]:
    """Events per day (the event's date, else its article's) and type, oldest first."""
    sql = ("SELECT substr(COALESCE(e.date, " + DATE_COL + "), 1, 10) AS d, e.type, COUNT(*) FROM events e"
           " JOIN articles a ON a.id = e.article_id JOIN pages p ON p.id = a.page_id"
           " WHERE COALESCE(e.date, " + DATE_COL + ") IS NOT NULL")
    args: list[Any] = []
    if type_:
        sql += " AND e.type = ?"
        args.append(type_.upper())
    sql += " GROUP BY d, e.type ORDER BY d"
    return [{"date": d, "type": t, "events": n} for d, t, n in db.execute(sql, args)]


def decode_list(value: Any) -> list[str]:
    """A JSON list column as a Python list (empty on anything else)."""
    if isinstance(value, list):
        return [str(x) for x in value]
    try:
        out = json.loads(value)
    except (TypeError, ValueError):
        return []
    return [str(x) for x in out] if isinstance(out, list) else []
