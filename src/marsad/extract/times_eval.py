"""Score `extract_times` on a JSON Lines file of `{"text", "reference", "value", "grain"}` items.

An item is correct when some expression found in its text has the expected value and grain.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.extract.times import _parse_reference, extract_times, parse_times_line

__all__ = ["evaluate", "format_report", "parse_times_line"]


def evaluate(path: str | Path) -> dict[str, Any]:
    """Accuracy of extract_times on the items of `path`, with counts and the failures."""
    total = correct = 0
    failures: list[dict[str, Any]] = []
    by_grain: dict[str, list[int]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            item = json.loads(line)
            ref = _parse_reference(item.get("reference"))
            found = extract_times(item["text"], ref)
            ok = any(t.value == item.get("value") and t.grain == item.get("grain") for t in found)
            total += 1
            correct += ok
            g = by_grain.setdefault(str(item.get("grain")), [0, 0])
            g[0] += ok
            g[1] += 1
            if not ok:
                failures.append({
                    "line": n, "text": item["text"], "reference": item.get("reference"),
                    "expected": {"value": item.get("value"), "grain": item.get("grain")},
                    "found": [{"text": t.text, "value": t.value, "grain": t.grain, "kind": t.kind}
                              for t in found],
                })
    return {
        "path": str(path), "total": total, "correct": correct,
        "accuracy": correct / total if total else 0.0,
        "by_grain": {k: {"correct": v[0], "total": v[1]} for k, v in sorted(by_grain.items())},
        "failures": failures,
    }


def format_report(result: dict[str, Any]) -> str:
    """A human-readable report of `evaluate`'s result."""
    lines = [f"times: {result['correct']}/{result['total']} correct "
             f"({100 * result['accuracy']:.1f}%) on {result['path']}"]
    for grain, c in result.get("by_grain", {}).items():
        lines.append(f"  {grain:7} {c['correct']}/{c['total']}")
    if result["failures"]:
        lines.append(f"failures ({len(result['failures'])}):")
        for f in result["failures"]:
            exp = f["expected"]
            got = "; ".join(f"{t['text']} → {t['value']} [{t['grain']}]" for t in f["found"]) or "nothing"
            lines.append(f"  line {f['line']} (ref {f['reference']}): want {exp['value']} [{exp['grain']}]")
            lines.append(f"    {f['text']}")
            lines.append(f"    found: {got}")
    return "\n".join(lines)
