"""Rotating WARC 1.1 files: every HTTP exchange as a request record and a response (or revisit)
record, each gzipped on its own, appended under `<store dir>/warc/`.

Two series share the folder's parent: `warc/` holds the exchanges whose pages were handed to
ingest (so `marsad ingest <store dir>/warc` replays exactly those pages), and `warc-traffic/`
holds everything else: robots.txt, feeds, sitemaps, redirects, errors, 304s (as revisit
records), cut-off bodies. Bodies are stored decoded (Content-Encoding undone, the original
value kept in `X-Marsad-Original-Content-Encoding`), so any WARC reader can replay them.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from marsad import __version__

_DROP = {"transfer-encoding", "content-encoding", "content-length"}


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def _record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    """One gzip member holding one WARC record."""
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return gzip.compress(head.encode("utf-8") + block + b"\r\n\r\n", compresslevel=6)


@dataclass(slots=True)
class Exchange:
    """One HTTP request and what came back (the body decoded, possibly cut at the size cap)."""

    url: str
    method: str = "GET"
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    http_version: str = "HTTP/1.1"
    status: int = 0
    reason: str = ""
    response_headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    truncated: str | None = None  # WARC-Truncated reason: length | time | disconnect
    date: str = field(default_factory=_now_iso)

    def request_block(self) -> bytes:
        """The HTTP request as sent (headers only)."""
        parts = urlsplit_path(self.url)
        lines = [f"{self.method} {parts} {self.http_version}"] + [f"{k}: {v}" for k, v in self.request_headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")

    def response_block(self) -> bytes:
        """The HTTP response: status line, headers (transfer framing replaced) and body."""
        lines = [f"{self.http_version} {self.status} {self.reason}".rstrip()]
        for k, v in self.response_headers:
            low = k.lower()
            if low == "content-encoding":
                lines.append(f"X-Marsad-Original-Content-Encoding: {v}")
            if low not in _DROP:
                lines.append(f"{k}: {v}")
        if self.status != 304:
            lines.append(f"Content-Length: {len(self.body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace") + self.body


def urlsplit_path(url: str) -> str:
    """The request target of `url` (path and query)."""
    from urllib.parse import urlsplit

    p = urlsplit(url)
    return (p.path or "/") + (f"?{p.query}" if p.query else "")


class WarcSeries:
    """Append-only WARC files in one folder, rotated past `max_bytes`; safe across threads.

    Each exchange is written in a single write and flushed, so a killed process leaves whole
    records behind (at worst a torn last one, which readers report and skip).
    """

    def __init__(self, folder: str | Path, max_bytes: int = 100_000_000, prefix: str = "marsad") -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self.prefix = prefix
        self._lock = threading.Lock()
        self._file: Path | None = None
        self._size = 0
        self._seq = 0

    def _next_path(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        while True:
            self._seq += 1
            path = self.folder / f"{self.prefix}-{stamp}-{self._seq:05d}.warc.gz"
            if not path.exists():
                return path

    def _warcinfo(self, path: Path) -> bytes:
        info = (f"software: marsad/{__version__}\r\nformat: WARC File Format 1.1\r\n"
                f"conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
                ).encode()
        return _record([("WARC-Type", "warcinfo"), ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid4()}>"),
                        ("WARC-Date", _now_iso()), ("WARC-Filename", path.name),
                        ("Content-Type", "application/warc-fields")], info)

    def write(self, ex: Exchange, *, revisit_of: str | None = None) -> Path:
        """Append a request record and its response record (a revisit record for a 304, when
        `revisit_of` names the earlier capture's URI or for any 304); returns the file used."""
        req_id = f"<urn:uuid:{uuid.uuid4()}>"
        resp_id = f"<urn:uuid:{uuid.uuid4()}>"
        req_block = ex.request_block()
        data = _record([("WARC-Type", "request"), ("WARC-Record-ID", req_id), ("WARC-Date", ex.date),
                        ("WARC-Target-URI", ex.url), ("WARC-Concurrent-To", resp_id),
                        ("Content-Type", "application/http; msgtype=request"),
                        ("WARC-Block-Digest", _digest(req_block))], req_block)
        block = ex.response_block()
        headers = [("WARC-Type", "response"), ("WARC-Record-ID", resp_id), ("WARC-Date", ex.date),
                   ("WARC-Target-URI", ex.url), ("Content-Type", "application/http; msgtype=response"),
                   ("WARC-Block-Digest", _digest(block)), ("WARC-Payload-Digest", _digest(ex.body))]
        if ex.status == 304:
            headers[0] = ("WARC-Type", "revisit")
            headers.append(("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified"))
            if revisit_of:
                headers.append(("WARC-Refers-To-Target-URI", revisit_of))
        if ex.truncated:
            headers.append(("WARC-Truncated", ex.truncated))
        data += _record(headers, block)
        with self._lock:
            if self._file is None or self._size >= self.max_bytes:
                self._file = self._next_path()
                self._size = 0
                data = self._warcinfo(self._file) + data
            with open(self._file, "ab") as f:
                f.write(data)
                f.flush()
            self._size += len(data)
            return self._file


class Archive:
    """The two WARC series of a store: ingested pages (`warc/`) and all other traffic."""

    def __init__(self, root: str | Path, max_bytes: int = 100_000_000) -> None:
        root = Path(root)
        self.pages = WarcSeries(root / "warc", max_bytes)
        self.traffic = WarcSeries(root / "warc-traffic", max_bytes)

    def page(self, ex: Exchange) -> None:
        """Archive an exchange whose page goes to ingest."""
        self.pages.write(ex)

    def other(self, ex: Exchange) -> None:
        """Archive any other exchange (robots, feeds, redirects, errors, 304s)."""
        self.traffic.write(ex)


def store_folder(db: str) -> Path:
    """The folder beside a store file where its archives live (cwd for `:memory:`)."""
    if db in ("", ":memory:"):
        return Path.cwd()
    return Path(db).resolve().parent
