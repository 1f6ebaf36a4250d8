"""WARC files (plain or gzipped): HTTP response records that carry HTML, via fastwarc."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from marsad.read.base import RawDocument, Rejection

_CHARSET_RE = re.compile(rb"charset=[\"']?([\w.:-]+)", re.I)


def _split_http(block: bytes) -> tuple[dict[str, str], bytes]:
    """HTTP headers (lower-cased names) and body of a response block."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    headers: dict[str, str] = {}
    for line in head.split(b"\n")[1:]:
        name, colon, value = line.partition(b":")
        if colon:
            headers[name.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    return headers, body


def _dechunk(body: bytes) -> bytes:
    """Undo HTTP chunked transfer encoding (as some crawlers store it)."""
    out = bytearray()
    pos = 0
    while pos < len(body):
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            break
        try:
            size = int(body[pos:eol].split(b";")[0], 16)
        except ValueError:
            return body
        if size == 0:
            break
        out += body[eol + 2 : eol + 2 + size]
        pos = eol + 2 + size + 2
    return bytes(out)


def read_warc(path: Path, *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """HTML responses of a WARC file. A record shorter than its declared length (a truncated
    file) and a file with no readable record are rejected with their reason."""
    src = str(path)
    n = 0
    try:
        with open(path, "rb") as f:
            for n, rec in enumerate(ArchiveIterator(f, record_types=WarcRecordType.response,
                                                    parse_http=False), start=1):
                where = f"{src}#{n}"
                if rec.content_length > max_bytes:
                    yield Rejection(where, "too large", f"{rec.content_length} bytes > limit {max_bytes}")
                    continue
                block = rec.reader.read()
                if rec.content_length == 0 or len(block) < rec.content_length:
                    yield Rejection(where, "truncated or corrupt WARC",
                                    f"record has {len(block)} of {rec.content_length} bytes")
                    return
                headers, body = _split_http(block)
                declared = headers.get("content-length", "")
                if declared.isdigit() and len(body) < int(declared) and "chunked" not in headers.get(
                        "transfer-encoding", ""):
                    yield Rejection(where, "truncated or corrupt WARC",
                                    f"HTTP body has {len(body)} of {declared} bytes")
                    return
                ctype = headers.get("content-type", "").lower()
                if ctype and "html" not in ctype and "text" not in ctype:
                    continue
                if not body.strip():
                    yield Rejection(where, "empty", "response has no body")
                    continue
                m = _CHARSET_RE.search(ctype.encode("latin-1"))
                meta = {"url": rec.headers.get("WARC-Target-URI"),
                        "charset": m.group(1).decode("ascii") if m else None,
                        "fetched": rec.headers.get("WARC-Date")}
                yield RawDocument(source=where, format="warc", data=body, meta=meta, path=src)
    except (OSError, EOFError, ValueError) as e:
        yield Rejection(f"{src}#{n + 1}", "truncated or corrupt WARC", str(e) or type(e).__name__)
        return
    if n == 0:
        yield Rejection(src, "truncated or corrupt WARC", "no complete response record could be read")
