"""Precision and recall of figures and quotes against hand-made gold pages.

A gold page is a `*.expected.json` in the format of `../shared/examples` (its `figures` and
`quotes` per article). It names its text either by `input` (a file beside it or in
`../shared/examples`) or by `source_url` (a SaudiNewsNet record, read from
`../shared/data/saudinewsnet/saudinewsnet.jsonl.gz`). Figures match on (value, category,
qualifier), one to one; figures of category `other` are not scored. Quotes match on speaker
and start (the system's quote text starts with the gold's `starts_with`); scare and headline
quotes are not scored. Gold lists are taken as complete, so precision counts every system
figure and speech quote that no gold item matches.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from marsad.extract.figures import extract_figures
from marsad.extract.gold import gold_fold, page_texts, within
from marsad.extract.quotes import extract_quotes
from marsad.model import Entity

EntityFn = Callable[[str], list[Entity]]


def article_texts(gold_path: str | Path) -> list[tuple[dict[str, Any], str]] | None:
    """(gold article, its text) for each article of a gold page; None when the text is absent."""
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = page_texts(gold, gold_path)
    if not any(texts):
        return None
    return [(a, t) for a, t in zip(gold.get("articles", []), texts, strict=True) if t is not None]


def _figure_key(value: float, category: str, qualifier: str) -> tuple[float, str, str]:
    return (float(value), category, qualifier)


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def evaluate_figures(gold_paths: Iterable[str | Path], entities: EntityFn | None = None) -> dict[str, Any]:
    """P/R of (value, category, qualifier) over the gold pages, with reporter accuracy."""
    tp = n_sys = n_gold = rep_ok = rep_n = 0
    pages: list[dict[str, Any]] = []
    for path in gold_paths:
        arts = article_texts(path)
        if arts is None:
            continue
        ptp = psys = pgold = 0
        misses: list[str] = []
        extras: list[str] = []
        for ga, text in arts:
            ents = entities(text) if entities else None
            # Set semantics per article: a figure repeated in the text is one figure.
            sys_f = list({_figure_key(f.value, f.category, f.qualifier): f
                          for f in extract_figures(text, ents) if f.category != "other"}.values())
            pool = list(sys_f)
            golds = list({_figure_key(g["value"], g["category"], g.get("qualifier", "exact")): g
                          for g in ga.get("figures", [])}.values())
            for g in golds:
                key = _figure_key(g["value"], g["category"], g.get("qualifier", "exact"))
                hit = next((f for f in pool if _figure_key(f.value, f.category, f.qualifier) == key), None)
                if hit is None:
                    misses.append(f"{g['value']} {g['category']} {g.get('qualifier', 'exact')}")
                    continue
                pool.remove(hit)
                ptp += 1
                if "reported_by" in g:
                    rep_n += 1
                    rep_ok += within(g["reported_by"], hit.reported_by)
            extras += [f"{f.value} {f.category} {f.qualifier}" for f in pool]
            psys += len(sys_f)
            pgold += len(golds)
        tp, n_sys, n_gold = tp + ptp, n_sys + psys, n_gold + pgold
        pages.append({"page": Path(path).name, "tp": ptp, "system": psys, "gold": pgold,
                      "missed": misses, "extra": extras})
    out: dict[str, Any] = {"tp": tp, "system": n_sys, "gold": n_gold, **_prf(tp, n_sys, n_gold)}
    out["reporter_accuracy"] = round(rep_ok / rep_n, 3) if rep_n else None
    out["reporter_n"] = rep_n
    out["pages"] = pages
    return out


def evaluate_quotes(gold_paths: Iterable[str | Path], entities: EntityFn | None = None) -> dict[str, Any]:
    """P/R of (speaker, quote start) over the gold pages; `found` ignores the speaker."""
    tp = found = n_sys = n_gold = 0
    pages: list[dict[str, Any]] = []
    for path in gold_paths:
        arts = article_texts(path)
        if arts is None:
            continue
        ptp = psys = pgold = 0
        misses: list[str] = []
        extras: list[str] = []
        for ga, text in arts:
            ents = entities(text) if entities else None
            sys_q = [q for q in extract_quotes(text, ents) if q.kind == "speech"]
            pool = list(sys_q)
            for g in ga.get("quotes", []):
                who = g["speaker"] if isinstance(g["speaker"], list) else [g["speaker"]]
                start = gold_fold(g["starts_with"])
                same = [q for q in pool if gold_fold(q.text).startswith(start)]
                if same:
                    found += 1
                hit = next((q for q in same if any(within(w, q.speaker) for w in who)), None)
                if hit is None:
                    got = same[0].speaker if same else "-"
                    misses.append(f"{'|'.join(who)}: {g['starts_with']} (got {got})")
                    if same:
                        pool.remove(same[0])
                    continue
                pool.remove(hit)
                ptp += 1
            extras += [f"{q.speaker}: {q.text[:40]}" for q in pool]
            psys += len(sys_q)
            pgold += len(ga.get("quotes", []))
        tp, n_sys, n_gold = tp + ptp, n_sys + psys, n_gold + pgold
        pages.append({"page": Path(path).name, "tp": ptp, "system": psys, "gold": pgold,
                      "missed": misses, "extra": extras})
    out: dict[str, Any] = {"tp": tp, "found": found, "system": n_sys, "gold": n_gold,
                           **_prf(tp, n_sys, n_gold)}
    out["span_recall"] = round(found / n_gold, 3) if n_gold else 1.0
    out["pages"] = pages
    return out


def format_report(figures: dict[str, Any], quotes: dict[str, Any]) -> str:
    """A short Markdown report of both evaluations, with per-page misses and extras."""
    lines = [
        "| task | gold | system | matched | precision | recall | F1 |",
        "|---|---|---|---|---|---|---|",
        f"| figures (value, category, qualifier) | {figures['gold']} | {figures['system']} | {figures['tp']} "
        f"| {figures['precision']} | {figures['recall']} | {figures['f1']} |",
        f"| quotes (speaker, start) | {quotes['gold']} | {quotes['system']} | {quotes['tp']} "
        f"| {quotes['precision']} | {quotes['recall']} | {quotes['f1']} |",
        "",
        f"Reporter accuracy on matched figures with a gold reporter: {figures['reporter_accuracy']} "
        f"(n={figures['reporter_n']}); quote span recall (speaker ignored): {quotes['span_recall']}.",
        "",
    ]
    for name, res in (("figures", figures), ("quotes", quotes)):
        for p in res["pages"]:
            if p["missed"] or p["extra"]:
                lines.append(f"- {name} {p['page']}: missed {p['missed']}; extra {p['extra']}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """`python -m marsad.extract.figures_eval GOLD...`: print the report."""
    import sys

    paths = (argv if argv is not None else sys.argv[1:]) or [
        str(p) for p in sorted((Path(__file__).resolve().parents[3] / "tests" / "gold").glob("snn-*.json"))]
    print(format_report(evaluate_figures(paths), evaluate_quotes(paths)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
