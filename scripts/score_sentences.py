"""Score the event coder on one-sentence probes (tests/gold/sentences/*.tsv), written to measure it on text
unlike the dev pages (2024-style news).

usage: python scripts/score_sentences.py FILE.tsv [--show]

A sentence counts as right when one event has the probe's type and every actor it names stands, as whole
words, in the event's source or target (`marsad.extract.gold.within`, the gold checker's test); the events
coded beside it are counted as others. Rows: sentence, type, then the actors (``#`` lines are comments).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from marsad.extract.events_eval import run_article
from marsad.extract.gold import within

PUBLISHED = "2024-12-07"  # the probes' relative dates need one; none of them is scored


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--show", action="store_true", help="print each sentence with the events coded")
    args = ap.parse_args()
    right = total = others = 0
    for line in args.path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, kind, *actors = line.split("\t")
        names = [a for a in actors if a]
        events = run_article(sentence, PUBLISHED)
        hit = any(e.type == kind and all(any(within(n, y) for y in e.source + e.target) for n in names)
                  for e in events)
        total += 1
        right += hit
        others += len(events) - (1 if hit else 0)
        if args.show:
            print("ok " if hit else "XX ", sentence, [(e.type, e.source, e.target) for e in events])
    print(f"{right}/{total} sentences right, {others} other events coded")


if __name__ == "__main__":
    main()
