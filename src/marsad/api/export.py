"""Exports (CSV, JSON Lines, Parquet) streamed in chunks, and ingest for POST /pages."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from fastapi.responses import Response, StreamingResponse

from marsad.api import queries
from marsad.api.state import StoreProvider
from marsad.ingest import ingest_documents
from marsad.model import Page
from marsad.pipeline import Options
from marsad.read import RawDocument, Rejection, iter_documents
from marsad.store import Store

CHUNK = 500

_STR, _INT, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_LIST = pa.list_(pa.string())
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", _INT), ("page_id", _STR), ("index", _INT), ("role", _STR), ("title", _STR), ("published", _STR),
        ("publisher", _STR), ("language", _STR), ("url", _STR), ("text", _STR), ("entities", _INT),
        ("figures", _INT), ("events", _INT),
    ]),
    "entities": pa.schema([("canonical", _STR), ("label", _STR), ("mentions", _INT), ("articles", _INT)]),
    "figures": pa.schema([
        ("value", _F), ("qualifier", _STR), ("category", _STR), ("unit", _STR), ("reported_by", _STR),
        ("text", _STR), ("article_id", _INT), ("page_id", _STR), ("title", _STR), ("published", _STR),
        ("publisher", _STR),
    ]),
    "events": pa.schema([
        ("type", _STR), ("mode", _STR), ("source", _LIST), ("target", _LIST), ("location", _STR),
        ("source_country", _LIST), ("target_country", _LIST), ("location_country", _STR), ("date", _STR),
        ("negated", _B), ("hedged", _B), ("background", _B), ("trigger", _STR), ("claimed_by", _STR),
        ("sentence", _STR),
        ("article_id", _INT), ("page_id", _STR), ("title", _STR), ("published", _STR), ("publisher", _STR),
    ]),
}
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
         "parquet": "application/vnd.apache.parquet"}


def _chunks(provider: StoreProvider, what: str, f: dict[str, Any], limit: int) -> Iterator[list[dict[str, Any]]]:
    """The rows of a listing in chunks; each chunk is read with the current thread's store."""
    if what == "articles":
        after, left = 0, limit
        while left > 0:
            rows = queries.articles_chunk(queries.connection(provider.get()), after=after, size=min(CHUNK, left),
                                          date_from=f.get("date_from"), date_to=f.get("date_to"),
                                          publisher=f.get("publisher"))
            if not rows:
                return
            yield rows
            after, left = rows[-1]["id"], left - len(rows)
        return
    store = provider.get()
    if what == "entities":
        rows = store.entities(label=f.get("label"), top=limit)
    elif what == "figures":
        rows = store.figures(category=f.get("category"), reported_by=f.get("reported_by"),
                             date_from=f.get("date_from"), date_to=f.get("date_to"), limit=limit)
    else:
        rows = store.events(type_=f.get("type_"), actor=f.get("actor"), location=f.get("location"),
                            date_from=f.get("date_from"), date_to=f.get("date_to"), country=f.get("country"),
                            limit=limit)
    for i in range(0, len(rows), CHUNK):
        yield rows[i:i + CHUNK]


def _cell(v: Any) -> Any:
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False)
    return "" if v is None else v


def _csv(chunks: Iterator[list[dict[str, Any]]], columns: list[str]) -> Iterator[bytes]:
    buf = io.StringIO()
    w = csv.writer(buf)
    buf.write("\ufeff")  # so spreadsheet programs read the Arabic as UTF-8
    w.writerow(columns)
    for rows in chunks:
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in columns])
        yield buf.getvalue().encode("utf-8")
        buf.seek(0)
        buf.truncate()
    if buf.tell():
        yield buf.getvalue().encode("utf-8")


def _jsonl(chunks: Iterator[list[dict[str, Any]]]) -> Iterator[bytes]:
    for rows in chunks:
        yield "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _parquet(chunks: Iterator[list[dict[str, Any]]], schema: pa.Schema) -> bytes:
    sink = io.BytesIO()
    with pq.ParquetWriter(sink, schema, compression="zstd") as w:
        for rows in chunks:
            cols = {n: [r.get(n) for r in rows] for n in schema.names}
            w.write_table(pa.Table.from_pydict(cols, schema=schema))
    return sink.getvalue()


def respond(provider: StoreProvider, what: str, fmt: str, filters: dict[str, Any], limit: int) -> Response:
    """The export response: CSV and JSONL streamed chunk by chunk, Parquet written then sent."""
    schema = SCHEMAS[what]
    headers = {"Content-Disposition": f'attachment; filename="marsad-{what}.{fmt}"'}
    chunks = _chunks(provider, what, filters, limit)
    if fmt == "parquet":
        return Response(_parquet(chunks, schema), media_type=MEDIA[fmt], headers=headers)
    body: Iterator[bytes] = _csv(chunks, schema.names) if fmt == "csv" else _jsonl(chunks)
    return StreamingResponse(body, media_type=MEDIA[fmt], headers=headers)


class _Recorder:
    """A store that remembers the ids of the pages offered to it."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.pages: list[dict[str, Any]] = []

    def add_page(self, page: Page, *, source: str | None = None) -> bool:
        new = self._store.add_page(page, source=source)
        self.pages.append({"id": page.id, "source": source, "new": new, "language": page.language,
                           "articles": len(page.articles)})
        return new

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def analyse_default() -> bool:
    """Whether the extraction layers can be imported (they run on ingest when they can)."""
    try:
        from marsad.extract.annotate import annotate_page  # noqa: F401
    except Exception:
        return False
    return True


def _run(provider: StoreProvider, call: Callable[[Any, Options], Any]) -> dict[str, Any]:
    store = provider.get()
    rec = _Recorder(store)
    summary = call(rec, Options(analyse=analyse_default()))
    flush = getattr(store, "flush", None)
    if flush is not None:
        flush()
    return {"summary": summary.to_dict(), "pages": rec.pages}


def ingest_json(provider: StoreProvider, body: dict[str, Any]) -> dict[str, Any]:
    """Ingest one page given as JSON fields."""
    meta = {k: body[k] for k in ("url", "title", "published", "source") if body.get(k)}
    html = body.get("html")
    doc = RawDocument(source=body.get("url") or "api", format="html" if html else "txt",
                      text=None if html else body.get("text"), html=html, meta=meta)
    return _run(provider, lambda store, opts: ingest_documents([doc], store, opts))


def ingest_files(provider: StoreProvider, paths: list[Path], names: list[str]) -> dict[str, Any]:
    """Ingest uploaded files (any format `marsad ingest` reads), named by their upload names."""
    rename = {str(p): f"upload:{n}" for p, n in zip(paths, names, strict=True)}

    def docs(max_bytes: int) -> Iterator[RawDocument | Rejection]:
        for item in iter_documents(paths, max_bytes=max_bytes):
            for p, n in rename.items():
                item.source = item.source.replace(p, n)
                if item.path:
                    item.path = item.path.replace(p, n)
            yield item

    return _run(provider, lambda store, opts: ingest_documents(docs(opts.max_bytes), store, opts))
