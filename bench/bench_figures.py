"""Throughput of numbers + figures + quotes (+ times when `marsad.extract.times` exists).

usage: python bench/bench_figures.py [N_ARTICLES] — reads SaudiNewsNet from ../shared, runs
five timed passes on one core and writes bench/results/figures_quotes.md with the median.
"""

from __future__ import annotations

import gzip
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from marsad.extract.figures import extract_figures, sentence_spans
from marsad.extract.numbers import find_numbers
from marsad.extract.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def load(n: int) -> list[str]:
    """The first `n` article bodies of SaudiNewsNet."""
    out: list[str] = []
    with gzip.open(SNN, "rt", encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line)["content"] or "")
            if len(out) >= n:
                break
    return out


def times_fn() -> Callable[[str], Any] | None:
    """The time parser of `marsad.extract.times`, when it is there."""
    try:
        from marsad.extract import times
    except Exception:
        return None
    fn = getattr(times, "extract_times", None)
    if not callable(fn):
        return None
    import datetime as dt

    ref = dt.date(2015, 7, 21)

    def call(text: str) -> Any:
        try:
            return fn(text, ref)
        except Exception:  # the time parser is another module, still in progress
            return None

    return call


def run(texts: list[str], fns: list[Callable[[str], Any]]) -> float:
    """Seconds for one pass of every function over every text."""
    t0 = time.process_time()
    for t in texts:
        for fn in fns:
            fn(t)
    return time.process_time() - t0


def main() -> int:
    """Benchmark and write the results file."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    if not SNN.exists():
        print("SaudiNewsNet is absent; nothing to benchmark")
        return 0
    texts = load(n)
    sents = sum(len(sentence_spans(t)) for t in texts)
    # extract_figures runs find_numbers itself, so the pipeline is figures + quotes
    mine: list[Callable[[str], Any]] = [extract_figures, extract_quotes]
    rows = []
    run(texts[:200], mine)  # warm the caches and tables
    runs: list[tuple[str, list[Callable[[str], Any]]]] = [
        ("numbers+figures+quotes", mine), ("numbers only", [find_numbers]),
        ("figures (with numbers)", [extract_figures]), ("quotes only", [extract_quotes])]
    for label, fns in runs:
        secs = [run(texts, fns) for _ in range(5)]
        med = statistics.median(secs)
        rows.append((label, med, sents / med))
    tf = times_fn()
    if tf is not None:
        secs = [run(texts, [*mine, tf]) for _ in range(5)]
        med = statistics.median(secs)
        rows.append(("times+numbers+figures+quotes", med, sents / med))
    lines = [
        "# Figures and quotes throughput",
        "",
        f"- machine: {platform.processor() or platform.machine()}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, one process (one core)",
        f"- command: `.venv/bin/python bench/bench_figures.py {n}`",
        f"- input: first {n} SaudiNewsNet articles, {sents} sentences (split at . ! ? ؟ and newlines),"
        f" {sum(map(len, texts))} characters",
        "- median of 5 passes (after one warm-up pass); CPU time of the process (time.process_time),"
        " as the 2 shared cores were busy with other work (load average 6-10)",
        "",
        "| pipeline | median s | sentences/s |",
        "|---|---|---|",
        *[f"| {label} | {med:.3f} | {rate:,.0f} |" for label, med, rate in rows],
        "",
    ]
    out = ROOT / "bench" / "results" / "figures_quotes.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
