"""Scale benchmark: per-stage throughput, single process vs Dask workers, and a large ingest
into PostgreSQL with perturbed copies (so dedup has real work), with search latency.

    .venv/bin/python bench/bench_scale.py speedup --records 400 --workers 2
    .venv/bin/python bench/bench_scale.py scale --pages 1000000 --corpus /tmp/c.jsonl --workers 2 --pg postgresql://…

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


CHUNK = 1000  # base records replicated together: any prefix of the corpus has the full mix
EXACT_EVERY = 10  # copy number r ≡ 5 (mod 10) is an exact copy at another URL (an "already seen" page)


def write_corpus(path: Path, pages: int, copies: int = 32) -> int:
    """Stream a corpus of `pages` JSONL records to `path`: SaudiNewsNet replicated chunk by chunk
    (each chunk of 1,000 records once as is, then `copies` copies of it, round after round: most
    perturbed, one in ten exact at another URL); holds one chunk in memory. With 32 copies, 1 M
    pages use the whole of SaudiNewsNet, and any prefix of the corpus has the same mix. Returns
    the lines written."""
    rounds = copies + 1
    written = 0
    tmp = path.with_suffix(".part")
    with gzip.open(SAUDI, "rt", encoding="utf-8") as src, tmp.open("w", encoding="utf-8") as out:
        base = 0
        while written < pages:
            chunk = [json.loads(line) for _, line in zip(range(CHUNK), src, strict=False)]
            if not chunk:
                break
            for r in range(rounds):
                for j, rec in enumerate(chunk):
                    if written >= pages:
                        break
                    if r == 0:
                        doc = rec
                    elif r % EXACT_EVERY == 5:
                        doc = dict(rec, url=f"{rec.get('url', '')}?copy={r}")
                    else:
                        doc = _perturb(rec, r, random.Random((base + j) * 1000 + r))
                    out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                    written += 1
            base += len(chunk)
    tmp.rename(path)
    return written


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


class Sampler:
    """Progress and memory, every `every` seconds, to stdout (so that a partial run still has
    figures): pages merged, rate, each worker's RSS now and its peak, the driver's, PostgreSQL's
    CPU, the database size, the load average."""

    def __init__(self, client: Any, pg: str, counts: dict[str, int], every: float) -> None:
        import threading

        self.client, self.pg, self.counts, self.every = client, pg, counts, every
        self.t0 = time.perf_counter()
        self.samples: list[dict[str, Any]] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    @staticmethod
    def _mem() -> tuple[float, float, float]:
        """(RSS MB, peak RSS MB, CPU s) of this process."""
        rss = hwm = 0.0
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1]) / 1024
        ru = resource.getrusage(resource.RUSAGE_SELF)
        return rss, hwm, ru.ru_utime + ru.ru_stime

    @staticmethod
    def postgres_cpu() -> float:
        """CPU seconds of every PostgreSQL server process (they are ours: a cluster for the bench)."""
        import psutil

        total = 0.0
        for p in psutil.process_iter(["name", "cpu_times"]):
            if p.info["name"] in ("postgres", "postmaster") and p.info["cpu_times"] is not None:
                total += p.info["cpu_times"].user + p.info["cpu_times"].system
        return total

    def sample(self) -> dict[str, Any]:
        import psycopg

        workers = self.client.run(Sampler._mem)
        rss, hwm, cpu = Sampler._mem()
        with psycopg.connect(self.pg, autocommit=True) as conn:
            row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
        s = {"t": time.perf_counter() - self.t0, **self.counts, "load": os.getloadavg()[0],
             "workers": [(round(v[0]), round(v[1]), round(v[2], 1)) for v in workers.values()],
             "driver": (round(rss), round(hwm), round(cpu, 1)), "pg_cpu": round(self.postgres_cpu(), 1),
             "db_mb": round((row[0] if row else 0) / 1e6)}
        self.samples.append(s)
        done = s.get("stored", 0) + s.get("seen", 0) + s.get("rejected", 0)
        print(f"sample t={s['t']:.0f}s merged={done} written={s.get('written', 0)} built={s.get('built', 0)}"
              f" rate={done / max(s['t'], 1e-9):.1f}/s load={s['load']:.2f}"
              f" workers(rss,peak,cpu)={s['workers']} driver(rss,peak,cpu)={s['driver']}"
              f" pg_cpu={s['pg_cpu']} db_mb={s['db_mb']}", flush=True)
        return s

    def run(self) -> None:
        while not self.stop.wait(self.every):
            try:
                self.sample()
            except Exception as e:  # a sample lost is not the run lost
                print(f"sample failed: {e}", flush=True)


QUERIES = ["غزة", "وزير الخارجية", '"مجلس الوزراء"', "السعود*", "الرياض OR جدة", "النفط -إيران",
           "أمير منطقة", "الهلال النصر", '"خادم الحرمين"', "مكافحة الإرهاب"]


def scale(pages: int, workers: int, pg: str, corpus: Path, copies: int, every: float) -> None:
    """`corpus` (written first when missing: `pages` records, SaudiNewsNet with `copies` copies
    of each record) ingested with --no-analyse into PostgreSQL through `workers` Dask workers."""
    from distributed import Client, LocalCluster

    from marsad.distributed import ingest_distributed
    from marsad.pipeline import Options
    from marsad.store import open_store

    if not corpus.exists():
        t = time.perf_counter()
        n = write_corpus(corpus, pages, copies)
        print(f"corpus: {n} records → {corpus} ({corpus.stat().st_size / 1e9:.2f} GB) in"
              f" {time.perf_counter() - t:.0f} s", flush=True)
    print(f"corpus {corpus}: {corpus.stat().st_size / 1e9:.2f} GB", flush=True)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=50)
    client = Client(cluster)
    s = open_store(pg)
    counts: dict[str, int] = {}
    sampler = Sampler(client, pg, counts, every)
    pg_cpu0 = Sampler.postgres_cpu()
    sampler.thread.start()
    t = time.perf_counter()
    summ = ingest_distributed([corpus], s, Options(analyse=False), scheduler=cluster.scheduler_address,
                              stage=lambda k, n: counts.__setitem__(k, counts.get(k, 0) + n),
                              info=lambda m: print(m, flush=True))
    dt = time.perf_counter() - t
    sampler.stop.set()
    sampler.thread.join()
    last = sampler.sample()
    client.close()
    cluster.close()
    st = s.stats()
    import psycopg

    with psycopg.connect(pg, autocommit=True) as conn:
        dups = conn.execute("SELECT kind, COUNT(*) FROM near_duplicates GROUP BY kind ORDER BY kind").fetchall()
        groups = conn.execute("SELECT COUNT(DISTINCT original_id) FROM near_duplicates").fetchone()
        sizes = conn.execute("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n"
                             " ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
                             " ORDER BY 2 DESC LIMIT 8").fetchall()
    lat: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for _ in range(3):
        for q in QUERIES:
            t1 = time.perf_counter()
            hits[q] = len(s.search(q, limit=20))
            lat.setdefault(q, []).append((time.perf_counter() - t1) * 1000)
    s.close()
    every_ms = sorted(x for v in lat.values() for x in v)
    peak_workers = [max(w[1] for w in (smp["workers"][i] for smp in sampler.samples))
                    for i in range(len(last["workers"]))]
    print(f"\npages read {summ.read}, stored {summ.stored}, seen {summ.already_seen},"
          f" rejected {sum(summ.rejected.values())}, in {dt:.0f} s: {summ.read / dt:.1f} pages/s"
          f" with {workers} workers")
    print("duplicates linked: " + ", ".join(f"{k} {n}" for k, n in dups) + f"; groups {groups[0] if groups else 0}")
    print(f"db size {st['db_bytes'] / 1e9:.2f} GB for {st['pages']} pages"
          f" ({st['db_bytes'] / max(1, st['pages']) / 1e3:.1f} kB/page); "
          + ", ".join(f"{name} {b / 1e9:.2f} GB" for name, b in sizes))
    print(f"peak RSS per worker (MB): {peak_workers}; driver peak {last['driver'][1]} MB")
    # PostgreSQL: the server processes alive at the last sample (the workers' connections close
    # with the cluster), less those measured before the run.
    print(f"CPU s: workers {[w[2] for w in last['workers']]}, driver {last['driver'][2]},"
          f" PostgreSQL {last['pg_cpu'] - pg_cpu0:.0f}")
    print(f"search over {len(every_ms)} runs of {len(QUERIES)} queries (limit 20): p50"
          f" {statistics.median(every_ms):.1f} ms, p95 {every_ms[max(0, int(len(every_ms) * 0.95) - 1)]:.1f} ms")
    for q in QUERIES:
        print(f"  {q}: {hits[q]} hits, first {lat[q][0]:.1f} ms, then {statistics.median(lat[q][1:]):.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["speedup", "scale"])
    ap.add_argument("--records", type=int, default=400)
    ap.add_argument("--pages", type=int, default=20_000)
    ap.add_argument("--copies", type=int, default=32)
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/marsad-scale/corpus.jsonl"))
    ap.add_argument("--every", type=float, default=30.0, help="seconds between progress samples")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg", default=os.environ.get("MARSAD_TEST_PG", ""))
    a = ap.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
          f" load average {os.getloadavg()[0]:.1f}")
    if a.mode == "speedup":
        speedup(a.records, a.workers)
    else:
        scale(a.pages, a.workers, a.pg, a.corpus, a.copies, a.every)


if __name__ == "__main__":
    main()
