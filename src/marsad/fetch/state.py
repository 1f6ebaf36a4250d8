"""Fetch state kept in the store's database (`fetch_*` tables, portable SQL): per-feed
validators and failure streaks, items already handled, pages by canonical URL with their
validators, page versions, and per-outlet backoff. Every write commits at once, so a killed
watcher loses at most the item it was on."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

DDL = [
    """CREATE TABLE IF NOT EXISTS fetch_feeds (
        url TEXT PRIMARY KEY, outlet TEXT NOT NULL, kind TEXT NOT NULL, etag TEXT, last_modified TEXT,
        fetched_at TEXT, error_streak INTEGER NOT NULL DEFAULT 0, last_error TEXT, next_allowed TEXT)""",
    """CREATE TABLE IF NOT EXISTS fetch_items (
        feed_url TEXT NOT NULL, item_key TEXT NOT NULL, url TEXT NOT NULL, status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0, reason TEXT, seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_url, item_key))""",
    """CREATE TABLE IF NOT EXISTS fetch_pages (
        url TEXT PRIMARY KEY, page_id TEXT, etag TEXT, last_modified TEXT, fetched_at TEXT NOT NULL,
        outlet TEXT, language_hint TEXT)""",
    """CREATE TABLE IF NOT EXISTS fetch_aliases (url TEXT PRIMARY KEY, canonical TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS fetch_versions (
        id INTEGER PRIMARY KEY, url TEXT NOT NULL, page_id TEXT NOT NULL, previous_page_id TEXT,
        fetched_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS fetch_versions_url ON fetch_versions(url)",
    """CREATE TABLE IF NOT EXISTS fetch_outlets (
        name TEXT PRIMARY KEY, error_streak INTEGER NOT NULL DEFAULT 0, last_error TEXT, next_allowed TEXT)""",
]


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _parse(ts: str | None) -> datetime | None:
    if not ts:
        return None
    try:
        d = datetime.fromisoformat(ts)
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def backoff_seconds(streak: int, fail_limit: int, every: float, cap: float) -> float:
    """How long to leave alone something that failed `streak` times in a row: nothing below
    the limit, then `every` doubling with each further failure, up to `cap`."""
    if streak < fail_limit:
        return 0.0
    return float(min(cap, max(every, 60.0) * 2 ** (streak - fail_limit)))


@dataclass(slots=True)
class FeedState:
    """What we know of one feed or sitemap."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    error_streak: int = 0
    next_allowed: str | None = None


class FetchState:
    """The `fetch_*` tables on a store's SQLite connection (autocommit)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        for stmt in DDL:
            db.execute(stmt)

    @classmethod
    def of_store(cls, store: Any) -> FetchState:
        """The state tables of a SQLite store (its `_db` connection)."""
        db = getattr(store, "_db", None)
        if not isinstance(db, sqlite3.Connection):
            raise TypeError("fetch state needs a SQLite store")
        return cls(db)

    def _one(self, sql: str, params: tuple[Any, ...]) -> Any:
        return self.db.execute(sql, params).fetchone()

    # -- feeds ---------------------------------------------------------------------------------

    def feed(self, url: str) -> FeedState:
        """The feed's state (empty when never fetched)."""
        row = self._one("SELECT etag, last_modified, error_streak, next_allowed FROM fetch_feeds WHERE url = ?",
                        (url,))
        if row is None:
            return FeedState(url)
        return FeedState(url, row[0], row[1], int(row[2]), row[3])

    def _ensure_feed(self, url: str, outlet: str, kind: str) -> None:
        self.db.execute("INSERT INTO fetch_feeds (url, outlet, kind) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING",
                        (url, outlet, kind))

    def feed_ok(self, url: str, outlet: str, kind: str, etag: str | None, last_modified: str | None) -> None:
        """A feed read and all its items handled: keep its validators, clear its streak."""
        self._ensure_feed(url, outlet, kind)
        self.db.execute("UPDATE fetch_feeds SET etag = ?, last_modified = ?, fetched_at = ?, error_streak = 0,"
                        " last_error = NULL, next_allowed = NULL WHERE url = ?",
                        (etag, last_modified, now_iso(), url))

    def feed_failed(self, url: str, outlet: str, kind: str, reason: str, *, fail_limit: int, every: float,
                    cap: float) -> int:
        """Count a failure; past `fail_limit` in a row the feed is left alone for a while."""
        self._ensure_feed(url, outlet, kind)
        streak = self.feed(url).error_streak + 1
        wait = backoff_seconds(streak, fail_limit, every, cap)
        nxt = (datetime.now(UTC) + timedelta(seconds=wait)).isoformat(timespec="seconds") if wait else None
        self.db.execute("UPDATE fetch_feeds SET error_streak = ?, last_error = ?, next_allowed = ? WHERE url = ?",
                        (streak, reason, nxt, url))
        return streak

    # -- outlets -------------------------------------------------------------------------------

    def outlet_wait(self, name: str) -> tuple[int, str | None]:
        """(error streak, next allowed time) of an outlet."""
        row = self._one("SELECT error_streak, next_allowed FROM fetch_outlets WHERE name = ?", (name,))
        return (int(row[0]), row[1]) if row else (0, None)

    def outlet_result(self, name: str, ok: bool, reason: str | None, *, fail_limit: int, every: float,
                      cap: float) -> int:
        """Record a round of an outlet: any success clears the streak; a round with only
        failures adds one, and past `fail_limit` the outlet is backed off exponentially."""
        streak = 0 if ok else self.outlet_wait(name)[0] + 1
        wait = backoff_seconds(streak, fail_limit, every, cap)
        nxt = (datetime.now(UTC) + timedelta(seconds=wait)).isoformat(timespec="seconds") if wait else None
        self.db.execute(
            "INSERT INTO fetch_outlets (name, error_streak, last_error, next_allowed) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET error_streak = excluded.error_streak,"
            " last_error = excluded.last_error, next_allowed = excluded.next_allowed",
            (name, streak, None if ok else reason, nxt))
        return streak

    @staticmethod
    def due(next_allowed: str | None, now: datetime | None = None) -> bool:
        """Whether a next-allowed time has passed (or there is none)."""
        t = _parse(next_allowed)
        return t is None or t <= (now or datetime.now(UTC))

    # -- items ---------------------------------------------------------------------------------

    def item(self, feed_url: str, key: str) -> tuple[str, int] | None:
        """(status, attempts) of an item already handled, else None."""
        row = self._one("SELECT status, attempts FROM fetch_items WHERE feed_url = ? AND item_key = ?",
                        (feed_url, key))
        return (row[0], int(row[1])) if row else None

    def item_done(self, feed_url: str, key: str, url: str, status: str, reason: str | None = None) -> None:
        """Record how an item ended: done | robots | failed (failed counts an attempt)."""
        self.db.execute(
            "INSERT INTO fetch_items (feed_url, item_key, url, status, attempts, reason, seen_at)"
            " VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (feed_url, item_key) DO UPDATE SET"
            " status = excluded.status, attempts = fetch_items.attempts + 1, reason = excluded.reason,"
            " seen_at = excluded.seen_at", (feed_url, key, url, status, reason, now_iso()))

    def failed_items(self, feed_url: str, max_attempts: int) -> list[tuple[str, str]]:
        """(key, url) of items of a feed that failed fewer than `max_attempts` times."""
        rows = self.db.execute("SELECT item_key, url FROM fetch_items WHERE feed_url = ? AND status = 'failed'"
                               " AND attempts < ? ORDER BY seen_at", (feed_url, max_attempts)).fetchall()
        return [(r[0], r[1]) for r in rows]

    # -- pages and versions --------------------------------------------------------------------

    def canonical_of(self, url: str) -> str:
        """The canonical URL a fetched URL turned out to have (itself when unknown)."""
        row = self._one("SELECT canonical FROM fetch_aliases WHERE url = ?", (url,))
        return str(row[0]) if row else url

    def page(self, url: str) -> tuple[str | None, str | None, str | None, str] | None:
        """(page_id, etag, last_modified, fetched_at) of a canonical URL, else None."""
        row = self._one("SELECT page_id, etag, last_modified, fetched_at FROM fetch_pages WHERE url = ?", (url,))
        return (row[0], row[1], row[2], row[3]) if row else None

    def page_fetched(self, url: str, canonical: str, page_id: str | None, etag: str | None,
                     last_modified: str | None, outlet: str | None, language: str | None) -> bool:
        """Record a page fetched at `url` whose canonical URL is `canonical`; a new page id
        under a known canonical URL is a new version, linked to the previous one. Returns
        whether a version row was written (a first sighting or a change)."""
        now = now_iso()
        with_tx = self.db.in_transaction
        if not with_tx:
            self.db.execute("BEGIN IMMEDIATE")
        try:
            for alias in {url, canonical}:
                self.db.execute("INSERT INTO fetch_aliases (url, canonical) VALUES (?, ?) ON CONFLICT (url)"
                                " DO UPDATE SET canonical = excluded.canonical", (alias, canonical))
            prev = self.page(canonical)
            prev_id = prev[0] if prev else None
            versioned = False
            if page_id is not None and page_id != prev_id:
                self.db.execute("INSERT INTO fetch_versions (url, page_id, previous_page_id, fetched_at)"
                                " VALUES (?, ?, ?, ?)", (canonical, page_id, prev_id, now))
                versioned = True
            self.db.execute(
                "INSERT INTO fetch_pages (url, page_id, etag, last_modified, fetched_at, outlet, language_hint)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                " page_id = COALESCE(excluded.page_id, fetch_pages.page_id), etag = excluded.etag,"
                " last_modified = excluded.last_modified, fetched_at = excluded.fetched_at,"
                " outlet = COALESCE(excluded.outlet, fetch_pages.outlet),"
                " language_hint = COALESCE(excluded.language_hint, fetch_pages.language_hint)",
                (canonical, page_id if page_id is not None else prev_id, etag, last_modified, now, outlet, language))
            if not with_tx:
                self.db.execute("COMMIT")
        except BaseException:
            if not with_tx:
                self.db.execute("ROLLBACK")
            raise
        return versioned

    def versions(self, url: str) -> list[dict[str, Any]]:
        """Every version of a canonical URL, oldest first."""
        rows = self.db.execute("SELECT page_id, previous_page_id, fetched_at FROM fetch_versions WHERE url = ?"
                               " ORDER BY id", (url,)).fetchall()
        return [{"page_id": r[0], "previous_page_id": r[1], "fetched_at": r[2]} for r in rows]
