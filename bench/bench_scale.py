"""Scale benchmark: per-stage throughput, single process vs Dask workers, and a large ingest
into PostgreSQL with perturbed copies (so dedup has real work), with search latency.

    .venv/bin/python bench/bench_scale.py speedup --records 400 --workers 2
    .venv/bin/python bench/bench_scale.py scale --pages 20000 --workers 2 --pg postgresql://…

Prints a Markdown fragment; bench/results/scale.md holds the committed numbers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

SAUDI = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def _records(n: int) -> list[dict[str, Any]]:
    out = []
    with gzip.open(SAUDI, "rt", encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def _write(recs: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def _perturb(rec: dict[str, Any], k: int, rng: random.Random) -> dict[str, Any]:
    """A copy with a few words dropped and a marker: a near-duplicate of the original."""
    words = str(rec.get("content", "")).split()
    for _ in range(max(1, len(words) // 50)):
        if len(words) > 10:
            del words[rng.randrange(len(words))]
    r = dict(rec)
    r["content"] = " ".join(words) + f" (نسخة {k})"
    return r


def stages(recs: list[dict[str, Any]], tmp: Path) -> list[tuple[str, float]]:
    """Pages/s of each stage, one process: read, build without and with analysis, store."""
    from marsad.pipeline import Options, build_page
    from marsad.read import RawDocument, iter_documents
    from marsad.store import open_store

    src = _write(recs, tmp / "stage.jsonl")
    t = time.perf_counter()
    docs = [d for d in iter_documents([src], max_bytes=5_000_000) if isinstance(d, RawDocument)]
    rows = [("read (JSONL → RawDocument)", len(docs) / (time.perf_counter() - t))]
    for name, analyse in (("build, --no-analyse", False), ("build, analyse", True)):
        t = time.perf_counter()
        pages = [build_page(d, Options(analyse=analyse)) for d in docs]
        rows.append((name, len(docs) / (time.perf_counter() - t)))
    s = open_store(str(tmp / "stage.db"))
    t = time.perf_counter()
    for p in pages:
        s.add_page(p)
    s.close()
    rows.append(("store (SQLite, analysed pages, dedup + stories)", len(pages) / (time.perf_counter() - t)))
    return rows


def speedup(n: int, workers: int) -> None:
    """End to end: single process vs `workers` Dask workers, analysis on, SQLite store."""
    from marsad.distributed import ingest_distributed
    from marsad.ingest import ingest
    from marsad.pipeline import Options
    from marsad.store import open_store

    recs = _records(n)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name, rate in stages(recs[: min(n, 100)], tmp):
            print(f"| {name} | {rate:.1f} |")
        (tmp / "in").mkdir()
        _write(recs, tmp / "in" / "sample.jsonl")
        opts = Options(analyse=True)
        s = open_store(str(tmp / "one.db"))
        t = time.perf_counter()
        one = ingest([tmp / "in"], s, opts)
        t1 = time.perf_counter() - t
        s.close()
        cpu1 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
        s = open_store(str(tmp / "two.db"))
        t = time.perf_counter()
        two = ingest_distributed([tmp / "in"], s, opts, workers=workers)
        t2 = time.perf_counter() - t
        s.close()
        assert one.to_dict() == two.to_dict()
        print(f"\nsingle process: {one.read} pages in {t1:.1f} s ({one.read / t1:.1f} pages/s;"
              f" CPU {cpu1:.1f} s)")
        print(f"--workers {workers}: {two.read} pages in {t2:.1f} s ({two.read / t2:.1f} pages/s),"
              f" speed-up {t1 / t2:.2f}x (cluster start included)")


def scale(pages: int, workers: int, pg: str, base: int) -> None:
    """A corpus of `base` SaudiNewsNet records replicated with perturbations up to `pages`,
    ingested with --no-analyse into PostgreSQL through `workers` Dask workers."""
    from distributed import Client, LocalCluster

    from marsad.distributed import ingest_distributed
    from marsad.pipeline import Options
    from marsad.store import open_store

    rng = random.Random(7)
    recs = _records(base)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        (tmp / "in").mkdir()
        with (tmp / "in" / "corpus.jsonl").open("w", encoding="utf-8") as f:
            for i in range(pages):
                r = recs[i % len(recs)]
                f.write(json.dumps(r if i < len(recs) else _perturb(r, i, rng), ensure_ascii=False) + "\n")
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
        client = Client(cluster)
        s = open_store(pg)
        t = time.perf_counter()
        summ = ingest_distributed([tmp / "in"], s, Options(analyse=False), scheduler=cluster.scheduler_address)
        dt = time.perf_counter() - t
        rss = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        client.close()
        cluster.close()
        st = s.stats()
        lat = []
        for q in ["غزة", "وزير الخارجية", '"مجلس الوزراء"', "السعود*", "الرياض OR جدة", "النفط -إيران"] * 5:
            t = time.perf_counter()
            s.search(q, limit=20)
            lat.append((time.perf_counter() - t) * 1000)
        dups = sum(len(g["members"]) for g in s.duplicates(limit=10**9))
        s.close()
    lat.sort()
    print(f"pages read {summ.read}, stored {summ.stored}, seen {summ.already_seen}, in {dt:.0f} s:"
          f" {summ.read / dt:.1f} pages/s with {workers} workers")
    print(f"duplicates linked: {dups}; db size {st['db_bytes'] / 1e6:.0f} MB"
          f" ({st['db_bytes'] / max(1, summ.stored) / 1e3:.1f} kB/page)")
    print("peak RSS per worker (MB): " + ", ".join(f"{v / 1024:.0f}" for v in rss.values())
          + f"; driver {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    print(f"search p50 {statistics.median(lat):.1f} ms, p95 {lat[int(len(lat) * 0.95) - 1]:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["speedup", "scale"])
    ap.add_argument("--records", type=int, default=400)
    ap.add_argument("--pages", type=int, default=20_000)
    ap.add_argument("--base", type=int, default=5_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg", default=os.environ.get("MARSAD_TEST_PG", ""))
    a = ap.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
          f" load average {os.getloadavg()[0]:.1f}")
    if a.mode == "speedup":
        speedup(a.records, a.workers)
    else:
        scale(a.pages, a.workers, a.pg, a.base)


if __name__ == "__main__":
    main()
