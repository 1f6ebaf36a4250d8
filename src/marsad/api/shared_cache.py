"""Search pages shared by the processes of one `marsad serve --workers N`.

Each process keeps its own in-memory caches; a search that another process answered a moment ago
would be computed again (simulated on a Zipf stream of searches: two processes answer 56–68 % of
searches from their own caches, one process 65–78 %). This second level is a small SQLite file in
the server's private temporary directory: a page of hits is stored as JSON under a hash of its
cache key (which holds the store's version), and read back by any process. It is best effort:
a locked or broken file is a miss, never an error. The oldest rows go when it holds more than
`MAX_ROWS`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from contextlib import suppress
from typing import Any

MAX_ROWS = 4096
TRIM_EVERY = 64  # writes between two trims


class SharedCache:
    """A bounded key → JSON value store in a SQLite file, safe across threads and processes."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self._writes = 0
        with suppress(sqlite3.Error):  # unusable: every get is a miss, every put is skipped
            self._db().execute("CREATE TABLE IF NOT EXISTS answers (k BLOB PRIMARY KEY, v TEXT NOT NULL)")

    def _db(self) -> sqlite3.Connection:
        """This thread's connection (raises sqlite3.Error when the file cannot be used)."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, isolation_level=None, timeout=0.5)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=OFF")
            except sqlite3.Error:
                db.close()
                raise
            self._local.db = db
        return db

    @staticmethod
    def _key(key: Any) -> bytes:
        return hashlib.blake2b(repr(key).encode("utf-8"), digest_size=16).digest()

    def get(self, key: Any) -> Any:
        """The JSON value stored for `key`, or None."""
        try:
            row = self._db().execute("SELECT v FROM answers WHERE k = ?", (self._key(key),)).fetchone()
        except sqlite3.Error:
            return None
        return json.loads(row[0]) if row else None

    def put(self, key: Any, value: Any) -> None:
        """Store `value` (JSON-serialisable) for `key`; trims the oldest rows now and then."""
        try:
            db = self._db()
            db.execute("INSERT OR REPLACE INTO answers (k, v) VALUES (?, ?)",
                       (self._key(key), json.dumps(value, ensure_ascii=False)))
            self._writes += 1
            if self._writes % TRIM_EVERY == 0:
                db.execute("DELETE FROM answers WHERE rowid <= (SELECT MAX(rowid) FROM answers) - ?", (MAX_ROWS,))
        except sqlite3.Error:
            pass  # best effort: the page is simply not shared
