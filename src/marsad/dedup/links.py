"""Linking a newly stored article to its duplicates, inside the page's transaction.

Works on any DB-API connection with `?` placeholders (the SQLite store; the PostgreSQL store
adapts the placeholders). Each article gets its exact hash, its signature and band keys; an
article that matches earlier ones (same hash, or estimated Jaccard ≥ threshold) joins their
group, whose original is the earliest article (by date, then by id).
"""

from __future__ import annotations

from typing import Any

from marsad.dedup.minhash import band_keys, pack, signature, similarity, text_hash, unpack


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


def link_article(db: Any, aid: int, text: str, threshold: float) -> int | None:
    """Index article `aid` for duplicates and link it to its group; returns its original's id
    when it is a duplicate of an earlier article, else None."""
    h = text_hash(text)
    db.execute("UPDATE articles SET text_hash = ? WHERE id = ?", (h, aid))
    sig = signature(text)
    best: tuple[float, int] | None = None
    row = db.execute("SELECT id FROM articles WHERE text_hash = ? AND id <> ? ORDER BY id LIMIT 1",
                     (h, aid)).fetchone()
    if row:
        best = (1.0, int(row[0]))
    if sig is not None:
        keys = band_keys(sig)
        if best is None:
            marks = ", ".join("?" * len(keys))
            cands = [int(r[0]) for r in db.execute(
                f"SELECT DISTINCT article_id FROM lsh_bands WHERE band_key IN ({marks})", keys)]
            for c in cands:
                other = _sig(db, c)
                if other is not None:
                    s = similarity(sig, other)
                    if s >= threshold and (best is None or s > best[0]):
                        best = (s, c)
        db.execute("INSERT INTO minhash (article_id, sig) VALUES (?, ?)", (aid, pack(sig)))
        db.executemany("INSERT INTO lsh_bands (band_key, article_id) VALUES (?, ?)", [(k, aid) for k in keys])
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
