"""Per-thread store handles, opaque cursors and RFC 9457 problem responses."""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
from contextlib import suppress
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from marsad.store import Store, open_store

PROBLEM_TYPE = "application/problem+json"
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_DATE_RE = re.compile(DATE_PATTERN)


class StoreProvider:
    """One store handle per thread: SQLite connections may not cross threads, and FastAPI runs
    plain endpoints (and each step of a streamed body) in a pool of worker threads."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        """This thread's store, opened on first use."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

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
