#!/usr/bin/env python3
"""Train the event-ness model (`marsad.extract.events_eventness`) on the hand audits and score it.

    .venv/bin/python scripts/train_eventness.py            # scores, then writes src/marsad/models/eventness.tsv
    .venv/bin/python scripts/train_eventness.py --dry-run  # scores only

Data: events of the coder on SaudiNewsNet articles (read from ../shared/data/saudinewsnet by line
number; the url is checked), each judged by hand; the label is `non_event` (judged wrong as a topic, a
metaphor, or sports and culture). Trained on `TRAIN` (`audits.jsonl`, `final_audit.jsonl`); the newest
audits, of the coder as it is now, are in `HELD_OUT` (`heldout_audit.jsonl`) and never trained on.
Model: logistic regression (L2, full-batch gradient descent, numpy) over the features of
`events_eventness.features`, kept when they occur in at least MIN_COUNT training events and, for words,
in no more than COMMON of them. Prints 5-fold cross-validation on the training rows (with what each
threshold of `CANDIDATES` drops there: the threshold is chosen on these, not on the held-out rows), then
trains on all training rows, scores the held-out rows, the shipped model on the same rows, and writes
the weights.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

from marsad.extract.events_eventness import (
    BIAS,
    MODEL,
    THRESHOLD,
    features,
    non_event_probability,
    page_words,
)
from marsad.extract.gold import SNN_PATH, snn_lines

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "eventness"
TRAIN = (DATA / "audits.jsonl", DATA / "final_audit.jsonl")
HELD_OUT = DATA / "heldout_audit.jsonl"  # the newest audits, of the coder as it is now: never trained on
OUT = ROOT / "src" / "marsad" / "models" / MODEL
CANDIDATES = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
MIN_COUNT = 3
COMMON = 0.15  # words in more than this share of the training events (ان, في, علي …) are left out
L2 = 1.0
STEPS = 400
RATE = 0.5


def load(*paths: Path) -> list[dict]:
    """The audit rows of `paths`, each with its features (the article read from SaudiNewsNet)."""
    rows = [json.loads(line) for path in paths
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = snn_lines({r["article"] for r in rows})
    for r in rows:
        rec = pages[r["article"]]
        if rec.get("url") != r["url"]:
            sys.exit(f"{r['audit']}: article {r['article']} is not {r['url']} in {SNN_PATH}")
        text = rec.get("content") or ""
        trigger = text[r["trigger_start"]:r["trigger_end"]]
        r["feats"] = features(r["type"], trigger, text[r["start"]:r["end"]], page_words(text))
    return rows


def matrix(rows: list[dict], vocab: dict[str, int]) -> np.ndarray:
    """Binary feature matrix (the last column is the bias)."""
    x = np.zeros((len(rows), len(vocab) + 1), dtype=np.float32)
    x[:, -1] = 1.0
    for i, r in enumerate(rows):
        for f in r["feats"]:
            j = vocab.get(f)
            if j is not None:
                x[i, j] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression weights (the bias unpenalised)."""
    w = np.zeros(x.shape[1], dtype=np.float32)
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + L2 * w / len(y)
        grad[-1] -= L2 * w[-1] / len(y)
        w -= RATE * grad
    return w


def vocabulary(rows: list[dict]) -> dict[str, int]:
    """Features seen in at least MIN_COUNT rows, but words in no more than COMMON of them (the type
    features are all kept): a function word only counts how long a sentence or a page is."""
    counts: dict[str, int] = {}
    for r in rows:
        for f in r["feats"]:
            counts[f] = counts.get(f, 0) + 1
    top = COMMON * len(rows)
    keep = (f for f, c in counts.items() if c >= MIN_COUNT and (c <= top or f.startswith("T=")))
    return {f: i for i, f in enumerate(sorted(keep))}


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """Area under the ROC curve."""
    rank = np.empty(len(score))
    rank[np.argsort(score)] = np.arange(1, len(score) + 1)
    pos = y == 1
    return float((rank[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def drops(rows: list[dict], prob: np.ndarray, threshold: float) -> str:
    """What `threshold` drops, by hand verdict."""
    dropped = [r for r, p in zip(rows, prob, strict=True) if p >= threshold]
    by = {v: sum(r["verdict"] == v for r in dropped) for v in ("wrong", "partial", "right")}
    non = sum(r["non_event"] for r in dropped)
    return (f"at {threshold}: {len(dropped)} dropped ({non} non-events; verdicts wrong {by['wrong']}, "
            f"partial {by['partial']}, right {by['right']})")


def report(name: str, rows: list[dict], prob: np.ndarray, thresholds: tuple[float, ...] = (THRESHOLD,)) -> None:
    """AUC and what the thresholds drop, by hand verdict."""
    y = np.array([r["non_event"] for r in rows], dtype=np.float32)
    print(f"{name}: {len(rows)} events, {int(y.sum())} non-events; AUC {auc(prob, y):.3f}")
    for t in thresholds:
        print("  " + drops(rows, prob, t))


def shipped(rows: list[dict]) -> np.ndarray:
    """The shipped model's scores of `rows` (`models/eventness.tsv` as it is before this run writes it)."""
    return np.array([non_event_probability(r["feats"]) for r in rows])


def main() -> None:
    old = load(*TRAIN)
    new = load(HELD_OUT)
    order = list(range(len(old)))
    random.Random(0).shuffle(order)
    cv = np.zeros(len(old))
    for k in range(5):
        test = set(order[k::5])
        train = [r for i, r in enumerate(old) if i not in test]
        vocab = vocabulary(train)
        w = fit(matrix(train, vocab), np.array([r["non_event"] for r in train], dtype=np.float32))
        idx = sorted(test)
        cv[idx] = 1.0 / (1.0 + np.exp(-(matrix([old[i] for i in idx], vocab) @ w)))
    report("5-fold CV, training audits", old, cv, CANDIDATES)
    report("shipped model, held-out audits", new, shipped(new), CANDIDATES)
    vocab = vocabulary(old)
    w = fit(matrix(old, vocab), np.array([r["non_event"] for r in old], dtype=np.float32))
    report("new model, held-out audits", new, 1.0 / (1.0 + np.exp(-(matrix(new, vocab) @ w))), CANDIDATES)
    if "--dry-run" in sys.argv:
        return
    names = sorted(vocab, key=vocab.__getitem__)
    files = " + ".join(p.name for p in TRAIN)
    lines = [f"# event-ness weights: scripts/train_eventness.py on {files} ({len(old)} events)",
             f"{BIAS}\t{w[-1]:.5f}"]
    lines += [f"{n}\t{w[vocab[n]]:.5f}" for n in names if abs(w[vocab[n]]) >= 1e-4]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 2} features)")


if __name__ == "__main__":
    main()
