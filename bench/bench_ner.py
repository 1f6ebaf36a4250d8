#!/usr/bin/env python3
"""NER throughput: tokens/s of `extract_entities` on a SaudiNewsNet sample (median of runs).

    .venv/bin/python bench/bench_ner.py [--docs 300] [--runs 5]

Writes bench/results/ner.md with the machine (nproc, CPU model) and the command.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from marsad.extract.entities import extract_entities
from marsad.extract.ner_features import tokenize
from marsad.extract.ner_tagger import model_path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (or the platform's)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> int:
    """Run the benchmark and write the report."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "ner.md"))
    args = ap.parse_args()
    if not DATA.exists():
        print(f"SaudiNewsNet not found at {DATA}", file=sys.stderr)
        return 2
    texts = []
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["content"])
            if len(texts) >= args.docs:
                break
    ntok = sum(len(tokenize(t)) for t in texts)
    t0 = time.perf_counter()
    extract_entities(texts[0])  # load model and lists
    load_s = time.perf_counter() - t0
    rates, walls = [], []
    n_ents = 0
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        n_ents = sum(len(extract_entities(t)) for t in texts)
        rates.append(ntok / (time.process_time() - c0))
        walls.append(ntok / (time.perf_counter() - t0))
    med = statistics.median(rates)
    load = os.getloadavg()[0]
    size = model_path().stat().st_size
    cmd = "python bench/bench_ner.py " + " ".join(sys.argv[1:])
    all_runs = ", ".join(f"{r:,.0f}" for r in rates)
    report = f"""# NER benchmark

- command: `{cmd.strip()}`
- machine: {os.cpu_count()} cores (`nproc`), {cpu_model()}, Python {platform.python_version()}
- sample: first {len(texts)} SaudiNewsNet articles, {ntok:,} tokens, {n_ents:,} entities
- one process, one core; first call (model + lists load) {load_s:.2f} s
- **extract_entities: {med:,.0f} tokens/s per core** (process CPU time, median of {args.runs} runs;
  all: {all_runs}); wall clock median {statistics.median(walls):,.0f} tokens/s with a load
  average of {load:.1f} (the machine is shared)
- model: `{model_path().name}` {size / 1e6:.1f} MB
"""
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
