"""Ingest on a Dask cluster: the same pipeline over partitions of the input.

The input is cut into partitions (groups of small files; line ranges of large JSONL files,
gzipped or not; record ranges of large WARC files). Each partition is a Dask task that reads
its documents and runs `build_page` on each, unchanged, inside a worker process.

SQLite (one writer): the task returns the built pages (or rejections) and the driver writes
them through its one store handle in input order, so the store holds exactly what a
single-process run would (same article ids, same duplicate originals, same stories).

PostgreSQL (writers in the workers): three tasks per partition. `run_partition` builds it and
keeps the pages on the worker; `partition_meta` tells the driver only which page ids it holds
and how many articles each has. The driver, in input order, marks which pages the partition
may store (not those an earlier partition still in flight stores) and reserves a block of
article ids for it; `write_pg_partition` then stores the partition on the worker's own
connection, in one transaction, batched (see `marsad.store.postgres.write_partition`: pages,
texts, search rows, annotations, MinHash signatures and LSH band keys), and returns each new
article's exact hash, signature and entities. The driver merges those in input order
(`PostgresStore.merge_partition`): exact and near-duplicate links against the articles merged
before (the LSH index is read through that filter, so a merge step, not a race), entities,
stories. Ids, groups, originals and stories are those of a single-process run. Memory is flat:
at most `4 × workers` partitions are in flight.

A worker that dies mid-task has its task retried by Dask (a lost built partition is built
again). Nothing is written until a partition's result reaches the driver (SQLite), or a
partition's writes are one transaction that the server rolls back when its worker dies and
that a retry recognises when it had committed (PostgreSQL); pages are keyed by content
(`INSERT … ON CONFLICT DO NOTHING`): nothing is lost or stored twice.
"""

from __future__ import annotations

import gzip
import json
import os
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from marsad.errors import InputRejected
from marsad.faults import die_once
from marsad.ingest import Listener, Summary
from marsad.pipeline import Options, build_page
from marsad.read import RawDocument, Rejection, list_files
from marsad.read.files import read_file
from marsad.read.jsonl import record_to_document
from marsad.store.base import Store

SPLIT_BYTES = 256 * 1024  # files larger than this are cut into ranges
PARTITION_ITEMS = 50  # documents per partition (at most), when cutting a file
MIN_PARTITION_ITEMS = 10
GUIDE = 4  # a partition is at most 1/GUIDE of what is left per worker (`guided_sizes`)
GROUP_FILES = 20  # small files per partition
RETRIES = 3
# Dask's own periodic work, in the workers and in the driver (scheduler, Nannies): see `local_cluster`.
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}
# Test hook: when set to a path that does not exist yet, the first task to see it creates it
# and kills its own worker process (so a test can check that the partition is retried).
KILL_ONCE_ENV = "MARSAD_FAULT_KILL_ONCE"
# The same, for the first PostgreSQL partition write to have committed (its answer is lost: the
# retry must find what it wrote).
KILL_AFTER_WRITE_ONCE_ENV = "MARSAD_FAULT_KILL_AFTER_WRITE_ONCE"

# (stage, count to add): planned | built | written | stored | rejected | seen
Stage = Callable[[str, int], None]


@dataclass(frozen=True, slots=True)
class Partition:
    """A slice of the input: `files` read whole, or documents [start, stop) of one file
    (for JSONL: lines `start`..`stop - 1` numbered from 1, and the byte `offset` of line `start`)."""

    index: int
    files: tuple[str, ...] = ()
    path: str | None = None
    kind: str = "files"  # files | jsonl | items
    start: int = 0
    stop: int | None = None
    offset: int = 0
    gz: bool = False


def _jsonl_kind(name: str) -> tuple[bool, bool, bool]:
    """(is JSONL, is WARC, gzipped) from a file name, as the readers decide."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    suffix = Path(lower).suffix
    return suffix in (".jsonl", ".ndjson"), suffix in (".warc", ".arc"), gz


def _line_starts(path: Path, gz: bool, every: int) -> tuple[list[tuple[int, int]], int]:
    """(line number, byte offset) of every `every`-th line from line 1, and the line count."""
    marks: list[tuple[int, int]] = []
    n = pos = 0
    opener: Any = gzip.open if gz else open
    try:
        with opener(path, "rb") as f:
            for line in f:
                if n % every == 0:
                    marks.append((n + 1, pos))
                n += 1
                pos += len(line)
    except (OSError, EOFError, zlib.error):
        pass  # the reader reports the damage, in the last range
    return marks or [(1, 0)], n


def _warc_records(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    try:
        with open(path, "rb") as f:
            for _ in ArchiveIterator(f, record_types=WarcRecordType.response, parse_http=False):
                n += 1
    except (OSError, EOFError, ValueError):
        pass
    return n


def guided_sizes(n: int, largest: int, workers: int, step: int) -> list[int]:
    """Sizes of the partitions of `n` documents: each a quarter of what is left per worker,
    at most `largest`, at least `step` (and a multiple of it, but for the last). The last
    partitions are small, so that no worker idles long while another finishes a big one
    (the tail of a run), and the first ones are as big as allowed (fewer tasks)."""
    sizes: list[int] = []
    largest = max(step, largest // step * step)
    left = n
    while left > 0:
        want = -(-left // (GUIDE * max(1, workers)))
        size = min(left, max(step, min(largest, -(-want // step) * step)))
        sizes.append(size)
        left -= size
    return sizes


def plan_partitions(paths: Iterable[str | Path], *, items: int = PARTITION_ITEMS,
                    group: int = GROUP_FILES, split_bytes: int = SPLIT_BYTES, workers: int = 1) -> list[Partition]:
    """Partitions covering every document under `paths`, in the order `iter_documents` reads them;
    a large file is cut into ranges of at most `items` documents (`guided_sizes` for `workers`)."""
    parts: list[Partition] = []
    pending: list[str] = []
    step = max(1, min(items, MIN_PARTITION_ITEMS))

    def flush() -> None:
        if pending:
            parts.append(Partition(len(parts), files=tuple(pending)))
            pending.clear()

    for f in list_files(paths):
        is_jsonl, is_warc, gz = _jsonl_kind(f.name)
        try:
            size = f.stat().st_size
        except OSError:
            size = 0
        if not (is_jsonl or is_warc) or size <= split_bytes:
            pending.append(str(f))
            if len(pending) >= group:
                flush()
            continue
        flush()
        if is_jsonl:
            marks, n = _line_starts(f, gz, step)
            at = 0
            for k in guided_sizes(max(n, 1), items, workers, step):
                line, offset = marks[at // step]
                stop = marks[(at + k) // step][0] if (at + k) // step < len(marks) and at + k < n else None
                parts.append(Partition(len(parts), path=str(f), kind="jsonl", start=line, stop=stop,
                                       offset=0 if gz else offset, gz=gz))
                at += k
        else:
            n, s = max(_warc_records(f), 1), 0
            for k in guided_sizes(n, items, workers, step):
                stop = s + k if s + k < n else None  # the last range reads to the end
                parts.append(Partition(len(parts), path=str(f), kind="items", start=s, stop=stop))
                s += k
    flush()
    return parts


def _jsonl_range(part: Partition, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """JSONL records of lines [start, stop), exactly as `read_jsonl` makes them."""
    assert part.path is not None
    src = part.path
    opener: Any = gzip.open if part.gz else open
    n = part.start - 1
    try:
        with opener(src, "rb") as f:
            if part.gz:
                for _ in islice(f, part.start - 1):
                    pass
            else:
                f.seek(part.offset)
            for n, raw in enumerate(f, start=part.start):
                if part.stop is not None and n >= part.stop:
                    return
                where = f"{src}:{n}"
                if not raw.strip():
                    continue
                if len(raw) > max_bytes:
                    yield Rejection(where, "too large", f"{len(raw)} bytes > limit {max_bytes}", src)
                    continue
                try:
                    rec = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as e:
                    yield Rejection(where, "invalid JSON", str(e), src)
                    continue
                if not isinstance(rec, dict):
                    yield Rejection(where, "invalid JSON", "a line must hold a JSON object", src)
                    continue
                yield record_to_document(rec, where, src)
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        if part.stop is None or n + 1 < part.stop:
            yield Rejection(f"{src}:{n + 1}", "truncated or corrupt gzip", str(e) or type(e).__name__, src)


def read_partition(part: Partition, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """The documents of one partition, in input order."""
    if part.kind == "files":
        for f in part.files:
            yield from read_file(Path(f), max_bytes=max_bytes)
    elif part.kind == "jsonl":
        yield from _jsonl_range(part, max_bytes)
    else:
        assert part.path is not None
        yield from islice(read_file(Path(part.path), max_bytes=max_bytes), part.start, part.stop)


# One built result: ("page", Page, source, path) or ("rejected", Rejection).
Result = tuple[Any, ...]


def run_partition(part: Partition, opts: Options) -> list[Result]:
    """Read and build one partition (runs inside a worker); nothing is written here."""
    die_once(KILL_ONCE_ENV)
    out: list[Result] = []
    for item in read_partition(part, opts.max_bytes):
        if isinstance(item, Rejection):
            out.append(("rejected", item))
            continue
        path = item.path or item.source
        try:
            page = build_page(item, opts)
        except InputRejected as e:
            out.append(("rejected", Rejection(e.source, e.reason, e.detail, path)))
            continue
        out.append(("page", page, item.source, path))
    return out


def partition_meta(results: list[Result]) -> list[tuple[str | None, int]]:
    """(page id, number of articles) of each built item; (None, 0) for a rejection."""
    return [(r[1].id, len(r[1].articles)) if r[0] == "page" else (None, 0) for r in results]


def write_pg_partition(results: list[Result], claims: list[bool], first_id: int, n_ids: int,
                       url: str, token: str) -> list[Result]:
    """Store one built partition into PostgreSQL from the worker (see the module notes)."""
    from marsad.store.postgres import write_partition

    out = write_partition(url, results, claims, first_id, n_ids, token)
    if any(o[0] == "stored" for o in out):
        die_once(KILL_AFTER_WRITE_ONCE_ENV)
    return out


def merge_results(outcomes: list[Result], store: Any, summary: Summary, say: Listener, stage: Stage,
                  token: str) -> None:
    """The driver's ordered step for one partition a worker stored: links, stories, rejections
    and sightings (`merge_partition`), and the counts, as `ingest_documents` makes them."""
    store.merge_partition(outcomes, token)
    for o in outcomes:
        summary.read += 1
        if o[0] == "rejected":
            summary.count_rejected(o[1], say)
            stage("rejected", 1)
            continue
        _, source, path, language = o[:4]
        summary.count_language(language, source, path, say)
        stored = o[0] == "stored"
        summary.count_page(stored, source, path, o[4] if stored else (), say)
        stage("stored" if stored else "seen", 1)


def write_results(results: list[Result], store: Store, summary: Summary, say: Listener,
                  stage: Stage) -> None:
    """Store one partition's results in order, counting them as `ingest_documents` does."""
    for r in results:
        summary.read += 1
        if r[0] == "rejected":
            rej: Rejection = r[1]
            store.add_rejected(rej.source, rej.reason, rej.detail)
            summary.count_rejected(rej, say)
            stage("rejected", 1)
            continue
        _, page, source, path = r
        summary.count_language(page.language, source, path, say)
        new = store.add_page(page, source=source)
        summary.count_page(new, source, path, (x.reason for x in page.removed), say)
        stage("stored" if new else "seen", 1)


def local_cluster(n: int) -> Any:
    """A `LocalCluster` of `n` single-threaded worker processes, with `WORKER_CONFIG`.

    The workers' statistical profiler samples the running task's stack every 10 ms: on this
    pure-Python pipeline it cost a fifth of the workers' CPU (1,200 pages: 42.3 → 34.6 s a
    worker), so it is off. The event-loop tick (20 ms), the system monitor (500 ms) and the
    memory monitor (100 ms) wake every process and take the GIL from the task: slower here
    (36.9 → 33.1 s a worker, 11.4 → 9.7 s in the driver). The Nannies hand the config to the
    worker processes they start."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(WORKER_CONFIG):
        return LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                            silence_logs=50)


def ingest_distributed(
    paths: Iterable[str | Path],
    db: Store,
    opts: Options,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    listener: Listener | None = None,
    stage: Stage | None = None,
    info: Callable[[str], None] | None = None,
    items: int | None = None,
    split_bytes: int = SPLIT_BYTES,
) -> Summary:
    """Ingest `paths` into `db` with the pipeline running on a Dask cluster: a new
    `LocalCluster` of `workers` single-threaded processes, or the one at `scheduler`."""
    from distributed import Client

    say = listener or (lambda event, message, path: None)
    tick = stage or (lambda name, n: None)
    tell = info or (lambda message: None)
    cluster: Any = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = local_cluster(max(1, workers or os.cpu_count() or 1))
        client = Client(cluster)
    try:
        tell(f"Dask dashboard: {client.dashboard_link}")
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        paths = list(paths)
        if items is None:
            items = _items_per_partition(paths, n_workers)
        parts = plan_partitions(paths, items=items, split_bytes=split_bytes, workers=n_workers)
        tick("planned", len(parts))
        summary = Summary()
        window = max(2, 4 * n_workers)
        token = f"{os.getpid()}.{uuid.uuid4().hex[:12]}"
        if callable(getattr(db, "merge_partition", None)):
            _run_pg(client, parts, db, opts, summary, say, tick, window, token)
        else:
            _run_single_writer(client, parts, db, opts, summary, say, tick, window, token)
        return summary
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run_single_writer(client: Any, parts: list[Partition], db: Store, opts: Options, summary: Summary,
                       say: Listener, tick: Stage, window: int, token: str) -> None:
    """Workers build, the driver writes every page in input order (SQLite: one writer)."""
    from distributed import as_completed

    todo = iter(parts)
    pending = as_completed()
    done: dict[int, list[Result]] = {}
    next_write = 0

    def submit() -> bool:
        part = next(todo, None)
        if part is None:
            return False
        pending.add(client.submit(run_partition, part, opts, pure=False, retries=RETRIES,
                                  key=f"marsad-part-{part.index}-{token}"))
        return True

    for _ in range(window):
        if not submit():
            break
    for fut in pending:
        index = int(str(fut.key).split("-")[2])
        res = fut.result()
        fut.release()
        done[index] = res
        tick("built", len(res))
        while next_write in done:
            write_results(done.pop(next_write), db, summary, say, tick)
            next_write += 1
            submit()


def _run_pg(client: Any, parts: list[Partition], db: Any, opts: Options, summary: Summary, say: Listener,
            tick: Stage, window: int, token: str) -> None:
    """Workers build and store, the driver claims pages, reserves ids and merges, in input order."""
    from distributed import as_completed

    todo = iter(parts)
    pending = as_completed()
    built: dict[int, Any] = {}  # partition → its built result, a future held on a worker
    metas: dict[int, list[tuple[str | None, int]]] = {}
    written: dict[int, list[Result]] = {}
    in_flight: dict[str, int] = {}  # page id → the partition that stores it, until written
    claimed: dict[int, set[str]] = {}
    next_claim = next_merge = 0

    def submit() -> bool:
        part = next(todo, None)
        if part is None:
            return False
        fut = client.submit(run_partition, part, opts, pure=False, retries=RETRIES,
                            key=f"marsad-part-{part.index}-{token}")
        built[part.index] = fut
        pending.add(client.submit(partition_meta, fut, pure=False, retries=RETRIES, priority=5,
                                  key=f"marsad-meta-{part.index}-{token}"))
        return True

    def claim(index: int) -> None:
        meta = metas.pop(index)
        # Pages stored already (by this run's written partitions, or before) would be "seen":
        # no ids for them, so that ids stay those of a single-process run.
        have = db.stored_pages(list({pid for pid, _ in meta if pid is not None}))
        claims: list[bool] = []
        mine: set[str] = set()
        n = 0
        for pid, n_articles in meta:
            ok = pid is not None and pid not in in_flight and pid not in mine and pid not in have
            claims.append(ok)
            if ok:
                assert pid is not None
                mine.add(pid)
                n += n_articles
        for pid in mine:
            in_flight[pid] = index
        claimed[index] = mine
        first = db.reserve_article_ids(n) if n else 0
        pending.add(client.submit(write_pg_partition, built[index], claims, first, n, db.url, f"{token}-{index}",
                                  pure=False, retries=RETRIES, priority=10, key=f"marsad-write-{index}-{token}"))

    for _ in range(window):
        if not submit():
            break
    for fut in pending:
        _, kind, index_s = str(fut.key).split("-")[:3]
        index = int(index_s)
        res = fut.result()
        fut.release()
        if kind == "meta":
            metas[index] = res
            tick("built", len(res))
            while next_claim in metas:
                claim(next_claim)
                next_claim += 1
            continue
        built.pop(index).release()
        for pid in claimed.pop(index):
            if in_flight.get(pid) == index:
                del in_flight[pid]
        written[index] = res
        tick("written", len(res))
        while next_merge in written:
            merge_results(written.pop(next_merge), db, summary, say, tick, f"{token}-{next_merge}")
            next_merge += 1
            submit()


def _items_per_partition(paths: list[str | Path], workers: int) -> int:
    """Documents per partition: about eight partitions per worker, within bounds."""
    total = 0
    for f in list_files(paths):
        with suppress(OSError):
            total += f.stat().st_size
    approx_docs = max(1, total // 4000)  # a news page is a few KB
    return max(MIN_PARTITION_ITEMS, min(PARTITION_ITEMS * 10, approx_docs // (workers * 8) or 1))
