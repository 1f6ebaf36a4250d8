"""Exports of the store as files: articles, entities, figures and events.

Rows are streamed from the store (a server-side cursor on PostgreSQL, a plain cursor on
SQLite) and written in batches, so memory stays flat whatever the store's size. Formats:
`jsonl` and `csv` (one file per kind under the output folder), `parquet` (a pyarrow dataset
partitioned by `date`, the article's date or `unknown`), and, for events only, `plover-json`
(one PLOVER-style JSON object a line) and a GDELT-like `tsv`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.plover import plover_record

KINDS = ("articles", "entities", "figures", "events")
FORMATS = ("parquet", "jsonl", "csv", "plover-json", "tsv")
EVENT_ONLY = ("plover-json", "tsv")
BATCH = 2000
NO_DATE = "unknown"

_DATE = "COALESCE(a.published, p.published)"

# Each kind: its SELECT (portable SQL, no parameters) and its column names, in order.
_QUERIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "articles": (
        "SELECT a.id, a.page_id, a.idx, a.role, a.title, a.publisher, " + _DATE + ", a.language, a.text,"
        " p.url, p.input, p.source, p.format, p.encoding, p.published_from, a.text_hash,"
        " d.original_id, d.similarity, d.kind, sm.story_id,"
        " (SELECT COUNT(*) FROM entities x WHERE x.article_id = a.id),"
        " (SELECT COUNT(*) FROM times x WHERE x.article_id = a.id),"
        " (SELECT COUNT(*) FROM figures x WHERE x.article_id = a.id),"
        " (SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id),"
        " (SELECT COUNT(*) FROM events x WHERE x.article_id = a.id),"
        " p.ingested_at"
        " FROM articles a JOIN pages p ON p.id = a.page_id"
        " LEFT JOIN near_duplicates d ON d.article_id = a.id"
        " LEFT JOIN story_members sm ON sm.article_id = a.id"
        " ORDER BY a.id",
        ("article_id", "page_id", "idx", "role", "title", "publisher", "date", "language", "text", "url",
         "input", "source", "format", "encoding", "date_from", "text_hash", "duplicate_of", "similarity",
         "duplicate_kind", "story_id", "n_entities", "n_times", "n_figures", "n_quotes", "n_events",
         "ingested_at"),
    ),
    "entities": (
        'SELECT e.article_id, e.idx, e."start", e."end", e.text, e.label, e.canonical, e.role, '
        + _DATE + ", COALESCE(a.publisher, p.source)"
        " FROM entities e JOIN articles a ON a.id = e.article_id JOIN pages p ON p.id = a.page_id"
        " ORDER BY e.article_id, e.idx",
        ("article_id", "idx", "start", "end", "text", "label", "canonical", "role", "date", "publisher"),
    ),
    "figures": (
        'SELECT f.article_id, f.idx, f."start", f."end", f.text, f.value, f.value_is_int, f.qualifier,'
        " f.category, f.unit, f.reported_by, " + _DATE + ", COALESCE(a.publisher, p.source)"
        " FROM figures f JOIN articles a ON a.id = f.article_id JOIN pages p ON p.id = a.page_id"
        " ORDER BY f.article_id, f.idx",
        ("article_id", "idx", "start", "end", "text", "value", "value_is_int", "qualifier", "category", "unit",
         "reported_by", "date", "publisher"),
    ),
    "events": (
        'SELECT e.article_id, e.idx, e."start", e."end", e.type, e.mode, e.source, e.target, e.location,'
        " COALESCE(e.date, a.published, p.published), e.negated, e.hedged, e.trigger, e.claimed_by,"
        ' substr(a.text, CAST(e."start" + 1 AS INTEGER), CAST(e."end" - e."start" AS INTEGER)),'
        " COALESCE(a.publisher, p.source), p.url, e.countries, e.location_country, e.background, e.date,"
        " COALESCE(a.published, p.published), a.page_id, COALESCE(a.title, '')"
        " FROM events e JOIN articles a ON a.id = e.article_id JOIN pages p ON p.id = a.page_id"
        " ORDER BY e.article_id, e.idx",
        ("article_id", "idx", "start", "end", "type", "mode", "source", "target", "location", "date",
         "negated", "hedged", "trigger", "claimed_by", "sentence", "publisher", "url", "countries",
         "location_country", "background", "event_date", "published", "page_id", "title"),
    ),
}


class ExportError(MarsadError):
    """An export that cannot be made (unknown kind or format, unusable output folder)."""


def _fix(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """Typed values: figures' ints, events' actor lists and flags."""
    if kind == "figures":
        if row.pop("value_is_int"):
            row["value"] = int(row["value"])
    elif kind == "events":
        row["source"] = json.loads(row["source"])
        row["target"] = json.loads(row["target"])
        row["negated"] = bool(row["negated"])
        row["hedged"] = bool(row["hedged"])
        row["background"] = bool(row["background"])
        row["countries"] = json.loads(row["countries"] or "{}")
    return row


def stream_rows(store: Any, kind: str, batch: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    """Rows of one kind, as dicts, in batches of at most `batch` (a store-side cursor)."""
    if kind not in _QUERIES:
        raise ExportError(f"unknown export {kind!r}: choose one of {', '.join(KINDS)}")
    sql, cols = _QUERIES[kind]
    for rows in _cursor_batches(store, sql, batch):
        yield [_fix(kind, dict(zip(cols, r, strict=True))) for r in rows]


def _cursor_batches(store: Any, sql: str, batch: int) -> Iterator[Sequence[Any]]:
    stream = getattr(store, "stream", None)
    if stream is not None:  # PostgreSQL: a named (server-side) cursor
        yield from stream(sql, batch)
        return
    cur = store._db.execute(sql)  # SQLite: the cursor steps through the result as it is fetched
    while rows := cur.fetchmany(batch):
        yield rows


def _jsonl(path: Path, batches: Iterator[list[dict[str, Any]]], fmt: Callable[[dict[str, Any]], Any]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for rows in batches:
            f.writelines(json.dumps(fmt(r), ensure_ascii=False) + "\n" for r in rows)
            n += len(rows)
    return n


def _cell(v: Any) -> Any:
    if isinstance(v, dict):  # an event's actor countries: «حماس=فلسطين; ميخائيل بوغدانوف=روسيا»
        return "; ".join(f"{k}={x}" for k, x in v.items())
    if isinstance(v, list):
        return "; ".join(map(str, v))
    return "" if v is None else v


def _delimited(path: Path, batches: Iterator[list[dict[str, Any]]], cols: Sequence[str] | None,
               delimiter: str, header: bool, fmt: Callable[[dict[str, Any]], dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        w: Any = None
        for rows in batches:
            for r in rows:
                r = fmt(r)
                if w is None:
                    w = csv.DictWriter(f, fieldnames=list(cols or r), delimiter=delimiter, extrasaction="ignore",
                                       lineterminator="\n")
                    if header:
                        w.writeheader()
                w.writerow({k: _cell(v) for k, v in r.items()})
                n += 1
    return n


# The GDELT-like table, column for column (the countries are in the csv, jsonl, parquet
# and plover-json exports).
TSV_COLUMNS = ("date", "source", "target", "type", "location", "article_id", "publisher", "sentence")


def gdelt(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a GDELT-like row: date, source, target, type, location, article, publisher, sentence."""
    return {"date": row["date"], "source": row["source"], "target": row["target"], "type": row["type"],
            "location": row["location"], "article_id": row["article_id"], "publisher": row["publisher"],
            "sentence": " ".join((row["sentence"] or "").split())}


PARQUET_CHUNK = 50_000  # rows held at once before a chunk is written out


def _parquet(out: Path, kind: str, batches: Iterator[list[dict[str, Any]]]) -> int:
    """A dataset under `out/kind`, partitioned by date (hive style: `date=2015-01-01/`).

    Rows are gathered in this thread (a SQLite cursor must not cross threads) and written a
    chunk at a time, so memory is bounded by the chunk, not the export."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    cols = [c for c in _QUERIES[kind][1] if c != "value_is_int"]
    schema = _schema(kind, cols)
    part = ds.partitioning(pa.schema([("date", pa.string())]), flavor="hive")
    n = chunk_no = 0
    chunk: list[dict[str, Any]] = []

    def write() -> None:
        nonlocal chunk_no
        table = pa.Table.from_pylist(chunk, schema=schema)
        ds.write_dataset(table, out / kind, format="parquet", partitioning=part,
                         existing_data_behavior="overwrite_or_ignore",
                         basename_template=f"{kind}-{chunk_no:05d}-{{i}}.parquet")
        chunk_no += 1
        chunk.clear()

    for rows in batches:
        for r in rows:
            r["date"] = (r.get("date") or NO_DATE)[:10]
            if kind == "events":
                r["source"] = json.dumps(r["source"], ensure_ascii=False)
                r["target"] = json.dumps(r["target"], ensure_ascii=False)
                r["countries"] = json.dumps(r["countries"], ensure_ascii=False)
            if kind == "figures":
                r["value"] = float(r["value"])
        chunk.extend(rows)
        n += len(rows)
        if len(chunk) >= PARQUET_CHUNK:
            write()
    if chunk or chunk_no == 0:
        write()
    return n


_INT = {"article_id", "idx", "start", "end", "duplicate_of", "story_id", "n_entities", "n_times", "n_figures",
        "n_quotes", "n_events"}
_FLOAT = {"value", "similarity"}
_BOOL = {"negated", "hedged", "background"}


def _schema(kind: str, cols: Sequence[str]) -> Any:
    import pyarrow as pa

    def typ(c: str) -> Any:
        if c in _INT:
            return pa.int64()
        if c in _FLOAT:
            return pa.float64()
        if c in _BOOL:
            return pa.bool_()
        return pa.string()

    return pa.schema([(c, typ(c)) for c in cols])


def export(store: Any, kind: str, fmt: str, out: str | Path, *, batch: int = BATCH) -> dict[str, Any]:
    """Write one kind of row in one format under `out`; returns what was written."""
    if kind not in KINDS:
        raise ExportError(f"unknown export {kind!r}: choose one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt in EVENT_ONLY and kind != "events":
        raise ExportError(f"the {fmt} format is for events only")
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"cannot create {out}: {e}") from e
    batches = stream_rows(store, kind, batch)
    cols = _QUERIES[kind][1]
    if kind == "figures":
        cols = tuple(c for c in cols if c != "value_is_int")
    if fmt == "jsonl":
        path = out / f"{kind}.jsonl"
        n = _jsonl(path, batches, lambda r: r)
    elif fmt == "plover-json":
        path = out / "events.plover.jsonl"
        n = _jsonl(path, batches, plover_record)
    elif fmt == "csv":
        path = out / f"{kind}.csv"
        n = _delimited(path, batches, cols, ",", True, lambda r: r)
    elif fmt == "tsv":
        path = out / "events.tsv"
        n = _delimited(path, batches, TSV_COLUMNS, "\t", False, gdelt)
    else:
        path = out / kind
        n = _parquet(out, kind, batches)
    return {"kind": kind, "format": fmt, "rows": n, "path": str(path)}
