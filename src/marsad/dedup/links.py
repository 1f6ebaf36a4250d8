"""Linking a newly stored article to its duplicates, inside the page's transaction.

Works on any DB-API connection with `?` placeholders (the SQLite store; the PostgreSQL store
adapts the placeholders). Each article gets its exact hash, its signature and band keys; an
article that matches earlier ones (same hash, or estimated Jaccard ≥ threshold) joins their
group, whose original is the earliest article (by date, then by id).
"""

from __future__ import annotations

from typing import Any

from marsad.clean.normalize import text_keys
from marsad.dedup.minhash import band_keys, keys_hash, keys_signature, pack, similarity, unpack


def _date_key(db: Any, aid: int) -> tuple[str, int]:
    row = db.execute("SELECT COALESCE(a.published, p.published, '9999') FROM articles a"
                     " JOIN pages p ON p.id = a.page_id WHERE a.id = ?", (aid,)).fetchone()
    return (row[0] if row else "9999", aid)


def _original_of(db: Any, aid: int) -> int:
    row = db.execute("SELECT original_id FROM near_duplicates WHERE article_id = ?", (aid,)).fetchone()
    return int(row[0]) if row else aid


def _sig(db: Any, aid: int) -> list[int] | None:
    row = db.execute("SELECT sig FROM minhash WHERE article_id = ?", (aid,)).fetchone()
    return unpack(bytes(row[0])) if row else None


def link_article(db: Any, aid: int, text: str, threshold: float, keys: list[str] | None = None, *,
                 queue: bool = False, text_hash: str | None = None) -> int | None:
    """Index article `aid` for duplicates and link it to its group; returns its original's id
    when it is a duplicate of an earlier article, else None. `keys`: the text's search keys,
    when the caller has them already (the search index computes the same). With `queue`, its
    band keys go to `lsh_queue` (drained into `lsh_bands` by the store) and lookups read both.
    `text_hash`: `keys_hash(keys)`, when the caller stored it with the article's row already."""
    if keys is None:
        keys = text_keys(text)
    h = text_hash
    if h is None:
        h = keys_hash(keys)
        db.execute("UPDATE articles SET text_hash = ? WHERE id = ?", (h, aid))
    sig = keys_signature(keys)
    best: tuple[float, int] | None = None
    row = db.execute("SELECT id FROM articles WHERE text_hash = ? AND id <> ? ORDER BY id LIMIT 1",
                     (h, aid)).fetchone()
    if row:
        best = (1.0, int(row[0]))
    if sig is not None:
        bands = band_keys(sig)
        if best is None:
            marks = ", ".join("?" * len(bands))
            sql = f"SELECT article_id FROM lsh_bands WHERE band_key IN ({marks})"
            if queue:
                sql += f" UNION SELECT article_id FROM lsh_queue WHERE band_key IN ({marks})"
            cands = sorted({int(r[0]) for r in db.execute(sql, bands * (2 if queue else 1))})
            for c in cands:
                other = _sig(db, c)
                if other is not None:
                    s = similarity(sig, other)
                    if s >= threshold and (best is None or s > best[0]):
                        best = (s, c)
        db.execute("INSERT INTO minhash (article_id, sig) VALUES (?, ?)", (aid, pack(sig)))
        table = "lsh_queue" if queue else "lsh_bands"
        db.executemany(f"INSERT INTO {table} (band_key, article_id) VALUES (?, ?)", [(k, aid) for k in bands])
    if best is None:
        return None
    original = _original_of(db, best[1])
    kind = "exact" if best[0] == 1.0 and row else "near"
    if _date_key(db, aid) < _date_key(db, original):
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
