"""Article vectors in the store: which articles lack one, writing them, and reading them back.

Portable SQL on a DB-API connection with `?` placeholders; vectors are float32 bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np


def without_vectors(db: Any, model: str, limit: int | None = None) -> list[tuple[int, str | None, str]]:
    """(article id, title, text) of articles with no vector from `model`, oldest first."""
    sql = ("SELECT a.id, a.title, a.text FROM articles a WHERE a.language = 'ar' AND NOT EXISTS"
           " (SELECT 1 FROM vectors v WHERE v.article_id = a.id AND v.model = ?) ORDER BY a.id")
    args: list[Any] = [model]
    if limit:
        sql += " LIMIT ?"
        args.append(limit)
    return [(int(r[0]), r[1], r[2]) for r in db.execute(sql, args)]


def add_vectors(db: Any, model: str, rows: list[tuple[int, np.ndarray]]) -> None:
    """Store one vector per article (replacing an older one)."""
    import numpy as np
    db.executemany("DELETE FROM vectors WHERE article_id = ?", [(aid,) for aid, _ in rows])
    db.executemany("INSERT INTO vectors (article_id, model, vec) VALUES (?, ?, ?)",
                   [(aid, model, np.asarray(v, dtype=np.float32).tobytes()) for aid, v in rows])


def load_vectors(db: Any, model: str, *, collapse: bool = True) -> tuple[list[int], np.ndarray]:
    """Article ids and their vectors as one matrix (rows in id order)."""
    import numpy as np
    sql = "SELECT v.article_id, v.vec FROM vectors v WHERE v.model = ?"
    if collapse:
        sql += " AND NOT EXISTS (SELECT 1 FROM near_duplicates d WHERE d.article_id = v.article_id)"
    rows = db.execute(sql + " ORDER BY v.article_id", (model,)).fetchall()
    if not rows:
        return [], np.zeros((0, 0), dtype=np.float32)
    ids = [int(r[0]) for r in rows]
    return ids, np.vstack([np.frombuffer(bytes(r[1]), dtype=np.float32) for r in rows])
