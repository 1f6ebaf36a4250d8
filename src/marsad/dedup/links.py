"""Linking a newly stored article to its duplicates, inside the page's transaction.

Works on any DB-API connection with `?` placeholders (the SQLite store; the PostgreSQL store
adapts the placeholders). Each article gets its exact hash, its signature and band keys; an
article that matches earlier ones (same hash, or estimated Jaccard ≥ threshold) joins their
group, whose original is the earliest article (by date, then by id).

Candidates from the LSH index are capped: at most `MAX_CANDIDATES` articles, those sharing the
most band keys with the new one (ties: the earliest), all fetched with their signatures in one
query. A widely copied text (a wire story with hundreds of copies) thus costs a bounded amount
per new copy; below the cap the result is the same as comparing every candidate.
`link_signed` is the same step for an article whose hash and signature were computed elsewhere
(in a Dask worker), as the PostgreSQL merge step does.
"""

from __future__ import annotations

from typing import Any

from marsad.clean.normalize import text_keys
from marsad.dedup.minhash import band_keys, keys_hash, keys_signature, pack, similarity, unpack


def _date_keys(db: Any, *aids: int) -> dict[int, tuple[str, int]]:
    """(date, id) of several articles, in one query: the group's original is the least."""
    marks = ", ".join("?" * len(aids))
    rows = db.execute("SELECT a.id, COALESCE(a.published, p.published, '9999') FROM articles a"
                      f" JOIN pages p ON p.id = a.page_id WHERE a.id IN ({marks})", list(aids)).fetchall()
    got = {int(r[0]): (r[1], int(r[0])) for r in rows}
    return {a: got.get(a, ("9999", a)) for a in aids}


def _original_of(db: Any, aid: int) -> int:
    row = db.execute("SELECT original_id FROM near_duplicates WHERE article_id = ?", (aid,)).fetchone()
    return int(row[0]) if row else aid


def _sig(db: Any, aid: int) -> list[int] | None:
    row = db.execute("SELECT sig FROM minhash WHERE article_id = ?", (aid,)).fetchone()
    return unpack(bytes(row[0])) if row else None


MAX_CANDIDATES = 64


def link_article(db: Any, aid: int, text: str, threshold: float, keys: list[str] | None = None, *,
                 queue: bool = False, text_hash: str | None = None, merged_only: bool = False) -> int | None:
    """Index article `aid` for duplicates and link it to its group; returns its original's id
    when it is a duplicate of an earlier article, else None. `keys`: the text's search keys,
    when the caller has them already (the search index computes the same). With `queue`, its
    band keys go to `lsh_queue` (drained into `lsh_bands` by the store) and lookups read both.
    `text_hash`: `keys_hash(keys)`, when the caller stored it with the article's row already.
    `merged_only`: the index may hold articles not linked yet (PostgreSQL, while a distributed
    ingest runs): only those with their hash set are candidates."""
    if keys is None:
        keys = text_keys(text)
    h = text_hash
    if h is None:
        h = keys_hash(keys)
        db.execute("UPDATE articles SET text_hash = ? WHERE id = ?", (h, aid))
    return link_signed(db, aid, h, keys_signature(keys), threshold, queue=queue, merged_only=merged_only)


def _candidates(db: Any, aid: int, bands: list[int], queue: bool, merged: bool) -> list[tuple[int, list[int]]]:
    """(id, signature) of the indexed articles sharing a band key, at most `MAX_CANDIDATES` of
    them (most shared keys first, then the earliest), in id order. `merged`: the index also holds
    articles not linked yet (written by Dask workers): only those with their hash set count."""
    marks = ", ".join("?" * len(bands))
    inner = f"SELECT article_id FROM lsh_bands WHERE band_key IN ({marks})"
    if queue:
        inner += f" UNION ALL SELECT article_id FROM lsh_queue WHERE band_key IN ({marks})"
    params: list[Any] = [*bands, *(bands if queue else [])]
    if merged:
        inner = (f"SELECT b.article_id FROM lsh_bands b JOIN articles a ON a.id = b.article_id"
                 f" WHERE b.band_key IN ({marks}) AND b.article_id <> ? AND a.text_hash IS NOT NULL")
        params = [*bands, aid]
    sql = (f"SELECT c.article_id, m.sig FROM (SELECT article_id, COUNT(*) AS n FROM ({inner}) AS b"
           f" GROUP BY article_id ORDER BY n DESC, article_id LIMIT ?) AS c"
           f" JOIN minhash m ON m.article_id = c.article_id ORDER BY c.article_id")
    rows = db.execute(sql, [*params, MAX_CANDIDATES]).fetchall()
    return [(int(r[0]), unpack(bytes(r[1]))) for r in rows]


def link_signed(db: Any, aid: int, h: str, sig: list[int] | None, threshold: float, *,
                queue: bool = False, indexed: bool = False, merged_only: bool = False) -> int | None:
    """`link_article` for an article whose exact hash `h` is stored with its row and whose
    signature is `sig` (None: too short to compare, exact matches only). `indexed`: its
    signature and band keys are stored already (by a Dask worker, with those of articles not
    linked yet, whose hash is not set: they are not candidates, as with `merged_only`)."""
    best: tuple[float, int] | None = None
    row = db.execute("SELECT id FROM articles WHERE text_hash = ? AND id <> ? ORDER BY id LIMIT 1",
                     (h, aid)).fetchone()
    if row:
        best = (1.0, int(row[0]))
    if sig is not None:
        bands = band_keys(sig)
        if best is None:
            for c, other in _candidates(db, aid, bands, queue, indexed or merged_only):
                s = similarity(sig, other)
                if s >= threshold and (best is None or s > best[0]):
                    best = (s, c)
        if not indexed:
            db.execute("INSERT INTO minhash (article_id, sig) VALUES (?, ?)", (aid, pack(sig)))
            table = "lsh_queue" if queue else "lsh_bands"
            db.executemany(f"INSERT INTO {table} (band_key, article_id) VALUES (?, ?)", [(k, aid) for k in bands])
    if best is None:
        return None
    original = _original_of(db, best[1])
    kind = "exact" if best[0] == 1.0 and row else "near"
    dates = _date_keys(db, aid, original)
    if dates[aid] < dates[original]:
        # The new article is older than the group's original: it becomes the original.
        db.execute("UPDATE near_duplicates SET original_id = ? WHERE original_id = ?", (aid, original))
        db.execute("INSERT INTO near_duplicates (article_id, original_id, similarity, kind) VALUES (?, ?, ?, ?)",
                   (original, aid, _pair_similarity(db, aid, original, sig, best), kind))
        return None
    db.execute("INSERT INTO near_duplicates (article_id, original_id, similarity, kind) VALUES (?, ?, ?, ?)",
               (aid, original, _pair_similarity(db, aid, original, sig, best), kind))
    return original


def _pair_similarity(db: Any, aid: int, original: int, sig: list[int] | None, best: tuple[float, int]) -> float:
    """Similarity of the new article to its group's original (the best match's, when that is it)."""
    if best[1] == original or sig is None:
        return best[0]
    other = _sig(db, original)
    return similarity(sig, other) if other is not None else best[0]
