"""Dispatch one file to the reader for its format, gzip included."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from marsad.read.base import RawDocument, Rejection
from marsad.read.jsonl import read_jsonl
from marsad.read.warc import read_warc

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}


def _kind(name: str) -> tuple[str, bool]:
    """(format, gzipped) from a file name: `.warc.gz` is a gzipped WARC, `.txt.gz` gzipped text."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    suffix = Path(lower).suffix
    if suffix in HTML_SUFFIXES:
        return "html", gz
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl", gz
    if suffix in (".warc", ".arc"):
        return "warc", gz
    return "txt", gz


def _sniff_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head


def read_file(path: Path, *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Documents from one file; a file that cannot be read yields one Rejection."""
    for item in _read_file(path, max_bytes=max_bytes):
        if item.path is None:
            item.path = str(path)
        yield item


def _read_file(path: Path, *, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    src = str(path)
    fmt, gz = _kind(path.name)
    try:
        size = path.stat().st_size
    except OSError as e:
        yield Rejection(src, "unreadable", e.strerror or str(e))
        return
    if size == 0:
        yield Rejection(src, "empty", "the file has no bytes")
        return
    if fmt == "jsonl":
        yield from read_jsonl(path, gz=gz, max_bytes=max_bytes)
        return
    if fmt == "warc":
        yield from read_warc(path, max_bytes=max_bytes)
        return
    if not gz and size > max_bytes:
        yield Rejection(src, "too large", f"{size} bytes > limit {max_bytes}")
        return
    try:
        data = _read_gzip(path, max_bytes) if gz else path.read_bytes()
    except _TooLarge:
        yield Rejection(src, "too large", f"more than {max_bytes} bytes uncompressed")
        return
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as e:
        yield Rejection(src, "truncated or corrupt gzip", str(e) or type(e).__name__)
        return
    if not data.strip():
        yield Rejection(src, "empty", "no content after decompression" if gz else "only whitespace")
        return
    if fmt == "txt" and _sniff_html(data):
        fmt = "html"
    yield RawDocument(source=src, format=fmt, data=data, path=src)


class _TooLarge(Exception):
    pass


def _read_gzip(path: Path, max_bytes: int) -> bytes:
    """Decompress a whole gzip file, stopping past `max_bytes`; truncation raises EOFError."""
    out = io.BytesIO()
    with gzip.open(path, "rb") as f:
        while chunk := f.read(1 << 16):
            out.write(chunk)
            if out.tell() > max_bytes:
                raise _TooLarge
    return out.getvalue()
