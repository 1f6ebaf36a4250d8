"""JSON Lines: one page a line, with `text` (or `content`, as in SaudiNewsNet) or `html`."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.read.base import RawDocument, Rejection

TEXT_FIELDS = ("text", "content", "body")
META_FIELDS = {"url": ("url", "link"), "title": ("title", "headline"),
               "published": ("published", "date", "date_published", "date_extracted"),
               "source": ("source", "site", "publisher"), "author": ("author",)}


def record_to_document(rec: dict[str, Any], source: str, path: str) -> RawDocument | Rejection:
    """Map one JSON record onto a RawDocument (field names as documented in the README)."""
    meta: dict[str, Any] = {}
    for key, names in META_FIELDS.items():
        for n in names:
            v = rec.get(n)
            if isinstance(v, str) and v.strip():
                meta[key] = v.strip()
                break
    html = rec.get("html")
    if isinstance(html, str) and html.strip():
        return RawDocument(source=source, format="jsonl", html=html, meta=meta, path=path)
    for n in TEXT_FIELDS:
        v = rec.get(n)
        if isinstance(v, str) and v.strip():
            return RawDocument(source=source, format="jsonl", text=v, meta=meta, path=path)
    return Rejection(source, "empty", "record has no text, content or html field")


def read_jsonl(path: Path, *, gz: bool, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Records of a JSONL file, streamed; a bad line is rejected and reading goes on."""
    src = str(path)
    opener = gzip.open if gz else open
    n = 0
    try:
        with opener(path, "rb") as f:
            for n, raw in enumerate(f, start=1):
                where = f"{src}:{n}"
                if not raw.strip():
                    continue
                if len(raw) > max_bytes:
                    yield Rejection(where, "too large", f"{len(raw)} bytes > limit {max_bytes}")
                    continue
                try:
                    rec = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as e:
                    yield Rejection(where, "invalid JSON", str(e))
                    continue
                if not isinstance(rec, dict):
                    yield Rejection(where, "invalid JSON", "a line must hold a JSON object")
                    continue
                yield record_to_document(rec, where, src)
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        yield Rejection(f"{src}:{n + 1}", "truncated or corrupt gzip", str(e) or type(e).__name__)
