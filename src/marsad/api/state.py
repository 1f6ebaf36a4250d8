"""Per-thread store handles, opaque cursors and RFC 9457 problem responses."""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextlib import suppress
from typing import Any, Generic, TypeVar

from fastapi import Request
from fastapi.responses import JSONResponse

from marsad.api.queries import content_version
from marsad.api.shared_cache import SharedCache
from marsad.store import Store, open_store

PROBLEM_TYPE = "application/problem+json"
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_DATE_RE = re.compile(DATE_PATTERN)


# Read-side tuning of each SQLite connection the server opens: the file memory-mapped (reads
# without a copy or a system call per page) and a larger page cache than SQLite's 2 MB default.
SQLITE_PRAGMAS = ("PRAGMA mmap_size = 1073741824", "PRAGMA cache_size = -16384")

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """A bounded map that forgets the least recently used entry first; safe across threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value for `key`, or None."""
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        """Remember `value` for `key`, forgetting the oldest entry when full."""
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)


class StoreProvider:
    """One store handle per thread: SQLite connections may not cross threads, and FastAPI runs
    plain endpoints (and each step of a streamed body) in a pool of worker threads.

    It also holds the server's caches of answers that depend only on the request and the store's
    content: search pages, rendered article pages and article records (bounded LRUs, keyed with
    `version()`, so that anything ingested since is seen at once) and the publisher list of the
    search form (recomputed when the store changed). `cache=False` turns the LRUs off."""

    SEARCH_CACHE = 1024  # search pages and their JSON and HTML (a page of 20 hits is ~20–40 kB)
    ARTICLE_CACHE = 256  # rendered article pages and article records (tens of kB each)

    def __init__(self, db: str, *, cache: bool = True, shared: str | None = None) -> None:
        self.db = db
        # search pages shared with the other processes of `serve --workers N` (a file path), if any
        self.shared = SharedCache(shared) if shared and cache else None
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self.searches: LRU[Hashable, Any] = LRU(self.SEARCH_CACHE if cache else 0)
        self.articles: LRU[Hashable, Any] = LRU(self.ARTICLE_CACHE if cache else 0)
        self._publishers: tuple[Hashable, list[str]] | None = None

    def get(self) -> Store:
        """This thread's store, opened on first use."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            db = getattr(store, "_db", None)
            if db is not None and type(store).__name__ == "SQLiteStore":
                for pragma in SQLITE_PRAGMAS:
                    db.execute(pragma)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def version(self) -> Hashable:
        """What the cached answers depend on (`queries.content_version`): None (do not cache)
        unless the store is SQLite."""
        store = self.get()
        db = getattr(store, "_db", None)
        if db is None or type(store).__name__ != "SQLiteStore" or self.db == ":memory:":
            return None
        return content_version(db)

    def lookup(self, cache: LRU[Hashable, Any], key: Hashable, version: Hashable) -> Any:
        """The value remembered for `key` at `version`, or None."""
        if version is None or cache.size <= 0:
            return None
        return cache.get((key, version))

    def remember(self, cache: LRU[Hashable, Any], key: Hashable, version: Hashable, value: Any) -> None:
        """Remember `value` for `key` at `version` (the version read before computing it, so a
        value computed while the store changed is filed under the old version and never served)."""
        if version is not None and value is not None:
            cache.put((key, version), value)

    def cached(self, cache: LRU[Hashable, Any], key: Hashable, make: Callable[[], V]) -> V:
        """`make()`, or its remembered value for `key` and the store's current version."""
        version = self.version()
        value = self.lookup(cache, key, version)
        if value is None:
            value = make()
            self.remember(cache, key, version, value)
        return value

    def publishers(self, make: Callable[[], list[str]]) -> list[str]:
        """The search form's publisher list: `make()`, kept while the store is unchanged."""
        version = self.version()
        value = self.known_publishers(version)
        if value is None:
            value = make()
            self._publishers = (version, value)
        return value

    def known_publishers(self, version: Hashable) -> list[str] | None:
        """The publisher list kept for `version`, or None."""
        held = self._publishers
        return held[1] if held is not None and version is not None and held[0] == version else None

    def close_all(self) -> None:
        """Close every handle this provider opened (those of other threads best-effort)."""
        with self._lock:
            stores, self._all = self._all, []
        for s in stores:
            with suppress(Exception):
                s.close()
        self._local = threading.local()


class ThreadStore:
    """A store handle safe to pass between threads: every attribute is looked up on the calling
    thread's own store (FastAPI may resolve a dependency in one worker thread and run the
    endpoint in another)."""

    def __init__(self, provider: StoreProvider) -> None:
        self._provider = provider

    def __getattr__(self, name: str) -> Any:
        return getattr(self._provider.get(), name)


def encode_cursor(offset: int) -> str:
    """An opaque cursor for the next page of a listing."""
    raw = json.dumps({"o": offset}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


class CursorError(ValueError):
    """A cursor that this server did not issue."""


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for (0 for none); CursorError when it is not ours."""
    if not cursor:
        return 0
    try:
        pad = "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(cursor + pad).decode())
        offset = data["o"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
        raise CursorError(cursor) from e
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise CursorError(cursor)
    return offset


def valid_date(value: str | None) -> bool:
    """Whether `value` is empty or YYYY, YYYY-MM or YYYY-MM-DD."""
    return not value or bool(_DATE_RE.match(value))


TITLES: dict[int, tuple[str, str]] = {
    400: ("Bad request", "طلب غير صالح"),
    401: ("Authentication required", "يلزم التوثيق"),
    403: ("Forbidden", "غير مسموح"),
    404: ("Not found", "غير موجود"),
    405: ("Method not allowed", "الطريقة غير مسموحة"),
    413: ("Payload too large", "الحمولة كبيرة جدا"),
    415: ("Unsupported media type", "نوع المحتوى غير مدعوم"),
    422: ("Invalid parameters", "معاملات غير صالحة"),
    500: ("Internal server error", "خطأ داخلي في الخادم"),
    503: ("Service unavailable", "الخدمة غير متاحة"),
}


def problem(
    request: Request | None,
    status: int,
    detail: str,
    *,
    detail_ar: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """An RFC 9457 problem+json response, with Arabic title and detail beside the English."""
    title, title_ar = TITLES.get(status, ("Error", "خطأ"))
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        "title_ar": title_ar,
    }
    if detail_ar:
        body["detail_ar"] = detail_ar
    if request is not None:
        body["instance"] = request.url.path
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_TYPE, headers=headers)


def split_bilingual(message: str) -> tuple[str, str | None]:
    """«English — Arabic» messages (QueryError) as their two halves."""
    if " — " in message:
        en, ar = message.split(" — ", 1)
        return en.strip(), ar.strip()
    return message, None
