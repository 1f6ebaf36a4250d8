"""Ingest throughput and peak memory on SaudiNewsNet (issue: core).

Times read + decode + segment + normalise + store + index, one process on one core, for
growing prefixes of the corpus, each in a fresh subprocess so that peak RSS is per run.
Flat peak memory across sizes shows streaming. Writes bench/results/ingest.md.

usage: .venv/bin/python bench/bench_ingest.py [--sizes 2000,8000,31030] [--repeat 3] [--analyse]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def one_run(path: str, analyse: bool) -> None:
    """Child process: ingest `path` into a fresh store; print seconds, pages, peak RSS (MB)."""
    import resource

    from marsad.ingest import ingest
    from marsad.pipeline import Options
    from marsad.store import open_store

    with tempfile.TemporaryDirectory() as d:
        store = open_store(os.path.join(d, "bench.db"))
        t0 = time.perf_counter()
        summary = ingest([path], store, Options(analyse=analyse))
        store.close()
        dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": dt, "pages": summary.read, "stored": summary.stored, "peak_mb": rss}))


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="2000,8000,31030")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--analyse", action="store_true", help="also run the extraction layers")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        one_run(args.child, args.analyse)
        return
    if not CORPUS.exists():
        sys.exit(f"skipped: {CORPUS} is absent (the SaudiNewsNet corpus lives in ../shared)")
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for n in map(int, args.sizes.split(",")):
            part = Path(d) / f"snn-{n}.jsonl"
            with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(part, "w", encoding="utf-8") as dst:
                for i, line in enumerate(src):
                    if i >= n:
                        break
                    dst.write(line)
            runs = []
            for _ in range(args.repeat):
                cmd = [sys.executable, __file__, "--child", str(part)]
                cmd += ["--analyse"] if args.analyse else []
                res = subprocess.run(cmd, capture_output=True, text=True, check=True,
                                     env={**os.environ, "OMP_NUM_THREADS": "1"})
                runs.append(json.loads(res.stdout.strip().splitlines()[-1]))
            secs = statistics.median(r["seconds"] for r in runs)
            pages = runs[0]["pages"]
            rows.append((n, pages, secs, pages / secs, max(r["peak_mb"] for r in runs)))
            print(f"{n:>6} pages: median {secs:.2f}s, {pages / secs:.0f} pages/s, peak {rows[-1][4]:.0f} MB",
                  flush=True)
    mode = "with extraction layers" if args.analyse else "read + segment + normalise + store + index"
    name = "ingest-analyse.md" if args.analyse else "ingest.md"
    lines = [f"# Ingest benchmark: {mode}", "",
             f"- machine: {cpu_model()}, {os.cpu_count()} cores (one used), Python {platform.python_version()}",
             f"- command: `.venv/bin/python bench/bench_ingest.py --sizes {args.sizes} --repeat {args.repeat}"
             + (" --analyse" if args.analyse else "") + "`",
             f"- corpus: SaudiNewsNet JSONL (../shared/data/saudinewsnet), first N records; "
             f"median of {args.repeat} runs",
             "", "| pages | median seconds | pages/s | peak RSS (MB) |", "|---:|---:|---:|---:|"]
    lines += [f"| {p} | {s:.2f} | {r:.0f} | {m:.0f} |" for _, p, s, r, m in rows]
    (REPO / "bench" / "results" / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
