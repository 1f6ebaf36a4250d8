"""Speed of extract_events on top of entities: sentences per second on SaudiNewsNet articles.

usage: python bench/bench_events.py [N_ARTICLES] — entities, times and quotes are computed first (not timed);
events are timed over 5 runs (CPU time of this process, so that other load on a shared
machine does not count; wall time is reported beside it) and the median is written to
bench/results/events.md, with the build it ran (pure Python, or compiled by `make fast`).
"""

from __future__ import annotations

import gzip
import json
import platform
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from marsad.extract import events as events_module
from marsad.extract.entities import extract_entities
from marsad.extract.events import extract_events, sentences
from marsad.extract.gold import SNN_PATH
from marsad.extract.quotes import extract_quotes
from marsad.extract.times import extract_times

OUT = Path(__file__).resolve().parent / "results" / "events.md"


def main(n: int = 300) -> None:
    docs = []
    with gzip.open(SNN_PATH, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            text = r["content"].strip()
            if not text:
                continue
            ref = date.fromisoformat(r["date_extracted"][:10])
            ents = extract_entities(text)
            try:
                times = extract_times(text, ref)
            except TypeError:  # a times.py bug on a few records (reported); events run without times
                times = []
            docs.append((text, ents, times, extract_quotes(text, ents)))
            if len(docs) >= n:
                break
    n_sent = sum(len(sentences(d[0])) for d in docs)
    runs: list[float] = []
    walls: list[float] = []
    n_events = 0
    for _ in range(5):
        c0, t0 = time.process_time(), time.perf_counter()
        n_events = sum(len(extract_events(*d)) for d in docs)
        runs.append(time.process_time() - c0)
        walls.append(time.perf_counter() - t0)
    med = statistics.median(runs)
    wall = statistics.median(walls)
    build = "compiled by `make fast` (mypyc)" if events_module.__file__.endswith(".so") else "pure Python"
    line = (f"{build}: {len(docs)} articles, {n_sent} sentences, {n_events} events: median {med:.3f} s CPU "
            f"= {n_sent / med:,.0f} sentences/s ({len(docs) / med:,.0f} articles/s), one core "
            f"(wall {wall:.3f} s = {n_sent / wall:,.0f} sentences/s on a shared machine)")
    print(line)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    head = "# extract_events speed\n\n"
    old = OUT.read_text(encoding="utf-8") if OUT.exists() else head
    old = old[len(head):] if old.startswith(head) else old
    OUT.write_text(  # a new dated section on top; earlier runs stay below it
        head + f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n\n"
        f"- machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
        f"{platform.system()}\n"
        f"- command: `.venv/bin/python bench/bench_events.py {n}` (events only; entities, times and quotes "
        "computed beforehand)\n"
        f"- result: {line}\n\n" + old, encoding="utf-8")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
