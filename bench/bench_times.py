"""Throughput of `extract_times` in sentences per second (one core).

usage: python bench/bench_times.py [--rounds N] [--shared ../shared]

Sentences: the dev set (tests/data/times_dev.jsonl) plus the sentences of the two shared seed
pages when ../shared is present (most of those have no time expression, as in real news).
`fold` memoises only strings of up to 48 characters (words): most sentences are never cache hits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import re
import time
from pathlib import Path

from marsad.extract.times import extract_times

ROOT = Path(__file__).resolve().parents[1]


def corpus(shared: Path, dev: bool = True) -> list[str]:
    """Bench sentences: the dev set and the seed pages split at sentence ends."""
    dev_lines = (ROOT / "tests/data/times_dev.jsonl").read_text("utf-8").splitlines() if dev else []
    out = [json.loads(x)["text"] for x in dev_lines if x.strip()]
    ex = shared / "examples"
    pages = []
    if (ex / "arabi21-hamas-bogdanov.txt").exists():
        pages.append((ex / "arabi21-hamas-bogdanov.txt").read_text("utf-8"))
        for line in (ex / "almadina-suruc.jsonl").read_text("utf-8").splitlines():
            pages.append(json.loads(line)["content"])
    for p in pages:
        out += [s.strip() for s in re.split(r"(?<=[.!؟?])\s+|\n+", p) if len(s.strip()) > 20]
    return out


def run(label: str, sents: list[str], rounds: int) -> None:
    """Time extract_times over `sents`, `rounds` times, best of three."""
    ref = dt.date(2024, 12, 7)
    best = 0.0
    n = found = 0
    for _ in range(3):  # best of three (the machine is shared): CPU time of this process
        n = found = 0
        t0 = time.process_time()
        for _ in range(rounds):
            for s in sents:
                found += len(extract_times(s, ref))
                n += 1
        best = max(best, n / (time.process_time() - t0))
    chars = sum(len(s) for s in sents) / len(sents)
    print(f"{label}: {n} sentences per run ({len(sents)} distinct, mean {chars:.0f} chars), "
          f"{found} expressions: {best:,.0f} sentences/s on one core (CPU time, best of 3)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    extract_times("أمس الجمعة", dt.date(2024, 12, 7))  # load tables and compile patterns
    for label, sents in (("dev set + seed pages", corpus(Path(args.shared))),
                         ("seed pages only", corpus(Path(args.shared), dev=False))):
        if sents:
            run(label, sents, args.rounds)
    print(f"python {platform.python_version()}, {platform.processor() or platform.machine()}")


if __name__ == "__main__":
    main()
