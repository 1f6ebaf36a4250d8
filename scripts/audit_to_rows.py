#!/usr/bin/env python3
"""Turn a hand audit (a sample file and its verdict file) into rows of `data/eventness/*.jsonl`.

    .venv/bin/python scripts/audit_to_rows.py NAME SAMPLE.txt VERDICTS.jsonl >> data/eventness/X.jsonl

A sample file holds entries `### k article=N`, each with an `EVENT:` line (`type=…`, `trigger=«…»`)
and a `SENTENCE:` line; the verdict file one JSON line per k (`verdict`, `families`, …). Each row names
its article by line number and url in SaudiNewsNet, its sentence and trigger by character offsets into
the article's `content` (the sentence found whitespace-tolerantly, the trigger inside it); a row whose
sentence or trigger is not found, or whose k has no verdict, stops the script. `non_event` is true when
the verdict is wrong for being no event at all (README: `not_event_topic`, `metaphor` or
`sports_or_entertainment`).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from marsad.extract.gold import snn_lines

NON_EVENT = frozenset({"not_event_topic", "metaphor", "sports_or_entertainment"})
HEAD = re.compile(r"^### (\d+) article=(\d+)\s*$")
TYPE = re.compile(r"\btype=(\S+)")
TRIGGER = re.compile(r"trigger=«(.*)»\s*$")


def entries(path: Path) -> list[dict]:
    """The sample file's entries: k, article, type, trigger and sentence."""
    out: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := HEAD.match(line):
            out.append({"k": int(m[1]), "article": int(m[2])})
        elif line.startswith("EVENT:") and out:
            t, g = TYPE.search(line), TRIGGER.search(line)
            if not t or not g:
                sys.exit(f"{path}: entry {out[-1]['k']}: no type or trigger in {line!r}")
            out[-1]["type"], out[-1]["trigger"] = t[1], g[1]
        elif line.startswith("SENTENCE:") and out:
            out[-1]["sentence"] = line[len("SENTENCE:"):].strip()
    return out


def loose(text: str) -> re.Pattern[str]:
    """A pattern for `text` with any run of whitespace between its words."""
    return re.compile(r"\s+".join(re.escape(w) for w in text.split()))


def locate(content: str, sentence: str, trigger: str) -> tuple[int, int, int, int] | None:
    """The sentence's and the trigger's offsets in `content`, or None when either is not found (the
    trigger's first occurrence in the sentence; a trigger of several words not found as one piece is
    taken from its first word to its last)."""
    s = loose(sentence).search(content)
    if not s:
        return None
    g = loose(trigger).search(content, s.start(), s.end())
    if g:
        return s.start(), s.end(), g.start(), g.end()
    parts = trigger.split()
    first = loose(parts[0]).search(content, s.start(), s.end())
    if not first or len(parts) < 2:
        return None
    last = loose(parts[-1]).search(content, first.end(), s.end())
    if not last:
        return None
    return s.start(), s.end(), first.start(), last.end()


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    name, sample, verdict_file = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    verdicts = {}
    for line in verdict_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            v = json.loads(line)
            verdicts[v["k"]] = v
    items = entries(sample)
    pages = snn_lines({e["article"] for e in items})
    bad = 0
    for e in items:
        v = verdicts.get(e["k"])
        rec = pages[e["article"]]
        content = rec.get("content") or ""
        where = locate(content, e["sentence"], e["trigger"])
        if v is None or where is None:
            print(f"{name} k={e['k']}: {'no verdict' if v is None else 'sentence or trigger not found'}",
                  file=sys.stderr)
            bad += 1
            continue
        start, end, ts, te = where
        families = list(v.get("families") or [])
        row = {"article": e["article"], "url": rec.get("url"), "start": start, "end": end,
               "trigger_start": ts, "trigger_end": te, "type": e["type"],
               "non_event": v["verdict"] == "wrong" and bool(NON_EVENT & set(families)),
               "verdict": v["verdict"], "families": families, "audit": name}
        print(json.dumps(row, ensure_ascii=False))
    if bad or len(items) != len(verdicts):
        sys.exit(f"{name}: {bad} entries failed; {len(items)} entries, {len(verdicts)} verdicts")


if __name__ == "__main__":
    main()
