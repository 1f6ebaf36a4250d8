#!/usr/bin/env python3
"""Print the events marsad codes on SaudiNewsNet articles that no gold page uses, for auditing by hand.

    .venv/bin/python scripts/audit_events.py TYPE [--count N] [--start K] [--step S] [--match REGEX]

TYPE is a PLOVER type (or ALL). Articles are read from line K of the corpus on, every S-th one, skipping
every article whose url appears in a gold page (tests/gold/**, ../shared/examples) and, with --match, every
article whose text the regular expression does not find; the run stops after N events. Each event is
printed with its line number, type, mode and flags, source, target, place, date, trigger and sentence.
Auditing unseen articles this way, class by class, is the dev signal that does not wear out: the read gold
pages have been studied many times, and the blind ones are scored only in aggregate.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

from marsad.extract.events_eval import run_article
from marsad.extract.gold import SNN_PATH

ROOT = Path(__file__).resolve().parent.parent
URL = re.compile(r"https?://[^\"\s]+")


def gold_urls() -> set[str]:
    """Every url named in a gold page of the repository or of ../shared/examples."""
    pages = [*ROOT.glob("tests/gold/**/*.json"), *(ROOT.parent / "shared" / "examples").glob("*.json")]
    return {u for p in pages for u in URL.findall(p.read_text(encoding="utf-8"))}


def unseen(start: int, step: int, match: re.Pattern[str] | None) -> Iterator[tuple[int, dict]]:
    """(line number, record) of the corpus articles from `start` on, every `step`-th, in no gold page."""
    skip = gold_urls()
    with gzip.open(SNN_PATH, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < start or (i - start) % step:
                continue
            r = json.loads(line)
            if r.get("url") in skip or not r["content"].strip() or (match and not match.search(r["content"])):
                continue
            yield i, r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("type", help="a PLOVER type, or ALL")
    ap.add_argument("--count", type=int, default=50, help="events to print")
    ap.add_argument("--start", type=int, default=0, help="first corpus line")
    ap.add_argument("--step", type=int, default=1, help="take every STEP-th article")
    ap.add_argument("--match", help="a regular expression the article's text must hold")
    args = ap.parse_args()
    match = re.compile(args.match) if args.match else None
    shown = 0
    for i, r in unseen(args.start, args.step, match):
        text = r["content"]
        for e in run_article(text, r["date_extracted"][:10], publisher=r.get("source")):
            if args.type != "ALL" and e.type != args.type:
                continue
            shown += 1
            flags = " ".join(f for f, on in (("negated", e.negated), ("hedged", e.hedged),
                                              ("background", e.background)) if on)
            print(f"#{shown} line {i} {e.type} mode={e.mode} {flags}\n   source={e.source} target={e.target} "
                  f"place={e.location} date={e.date} trigger=«{e.trigger}»\n   {text[e.start:e.end]}")
        if shown >= args.count:
            break


if __name__ == "__main__":
    main()
