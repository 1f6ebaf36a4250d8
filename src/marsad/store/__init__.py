"""Where pages are kept and searched: one `Store` interface, SQLite and PostgreSQL backends."""

from __future__ import annotations

from marsad.dedup.minhash import DEFAULT_THRESHOLD
from marsad.errors import StoreError
from marsad.store.base import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, SearchHit, Store
from marsad.store.query import ParsedQuery, parse_query
from marsad.store.sqlite import SQLiteStore

__all__ = [
    "HIGHLIGHT_CLOSE", "HIGHLIGHT_OPEN", "ParsedQuery", "SQLiteStore", "SearchHit", "Store", "open_store",
    "parse_query",
]

DEFAULT_PATH = "marsad.db"


def open_store(url_or_path: str = DEFAULT_PATH, *, dedup_threshold: float = DEFAULT_THRESHOLD) -> Store:
    """Open (creating and migrating as needed) the store at a path, `sqlite:///path` or database URL."""
    target = str(url_or_path)
    if target.startswith(("postgresql://", "postgres://", "postgresql+")):
        try:
            from marsad.store.postgres import PostgresStore
        except ImportError as e:  # psycopg not installed
            raise StoreError(f"the PostgreSQL backend needs psycopg: {e}") from e
        if target.startswith("postgresql+"):  # SQLAlchemy-style postgresql+psycopg://
            target = "postgresql://" + target.split("://", 1)[1]
        return PostgresStore(target, dedup_threshold=dedup_threshold)
    if target.startswith("sqlite://"):
        rest = target[len("sqlite://"):]
        target = rest[1:] if rest.startswith("/") else rest  # sqlite:///rel, sqlite:////abs
        target = target or ":memory:"
    elif "://" in target:
        raise StoreError(f"unsupported store URL {target!r}: use a file path, sqlite:///path or postgresql://")
    return SQLiteStore(target, dedup_threshold=dedup_threshold)
