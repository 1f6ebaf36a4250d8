"""Score the NER tagger on a CoNLL file: exact span and type, micro and per type.

The file holds `token TAG` lines (the tag is the last field, BIO over PER/PERS, ORG, LOC, MISC;
other types are ignored) with sentences separated by blank lines. The tagger runs on the
file's own tokens; consecutive sentences are grouped into pseudo-documents of `DOC_SENTS`
sentences for the document-level rules (ANERcorp marks no document boundaries).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from marsad.extract.ner_bio import spans
from marsad.extract.ner_tagger import tag_document

LABELS = ("PER", "ORG", "LOC", "MISC")
DOC_SENTS = 20


def norm_tag(tag: str) -> str:
    """BIO tag with PERS → PER and unknown types → O."""
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    label = "PER" if tag[2:] == "PERS" else tag[2:]
    return tag[:2] + label if label in LABELS else "O"


def read_columns(path: str | Path, tag_of: Callable[[list[str]], str]) -> list[tuple[list[str], list[str]]]:
    """Sentences of a column file (a token first, tags after; blank lines end sentences) as
    (tokens, tags), each line's tag chosen by `tag_of(columns)`."""
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                continue
            toks.append(parts[0])
            tags.append(tag_of(parts))
    if toks:
        sents.append((toks, tags))
    return sents


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a CoNLL file as (tokens, normalised tags)."""
    return read_columns(path, lambda parts: norm_tag(parts[-1]) if len(parts) > 1 else "O")


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, Any]:
    """CoNLL scores of predicted against gold tag sequences (no speed)."""
    counts = {lab: [0, 0, 0] for lab in LABELS}
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(spans(g)), set(spans(p))
        for s in ps:
            counts[s[2]][0 if s in gs else 1] += 1
        for s in gs - ps:
            counts[s[2]][2] += 1
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {"micro": _prf(*tot), "per_type": {lab: _prf(*c) for lab, c in counts.items()}}


def evaluate(conll_path: str, **options: Any) -> dict[str, Any]:
    """Tag a gold CoNLL file's tokens and score them: micro, per type, tokens per second.

    `options` go to `tag_document` (e.g. `rules=False`, `model=PATH`).
    """
    sents = read_conll(conll_path)
    t0 = time.perf_counter()
    pred: list[list[str]] = []
    for i in range(0, len(sents), DOC_SENTS):
        pred += tag_document([s[0] for s in sents[i:i + DOC_SENTS]], **options)
    dt = time.perf_counter() - t0
    ntok = sum(len(s[0]) for s in sents)
    out = score([s[1] for s in sents], pred)
    out["tokens_per_s"] = round(ntok / dt, 1) if dt else 0.0
    return out


def format_report(result: dict[str, Any]) -> str:
    """A readable table of an `evaluate` result."""
    rows = [f"{'type':<6} {'prec':>6} {'rec':>6} {'f1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"]
    items = [*result["per_type"].items(), ("micro", result["micro"])]
    for name, r in items:
        rows.append(f"{name:<6} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
                    f"{r['tp']:>6} {r['fp']:>6} {r['fn']:>6}")
    rows.append(f"speed: {result.get('tokens_per_s', 0.0):,.0f} tokens/s")
    return "\n".join(rows)
