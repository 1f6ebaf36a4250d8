#!/usr/bin/env python3
"""Word clusters for the NER model, from raw SaudiNewsNet text (unsupervised).

Each frequent folded word gets a vector of its left and right neighbours (PPMI over the most
frequent context words), reduced by a truncated SVD and clustered with k-means at two
granularities. Output: src/marsad/models/ner_clusters.tsv, `word <TAB> coarse <TAB> fine`.

Build-time needs numpy (not a runtime dependency):
    .venv/bin/python scripts/build_ner_clusters.py [--data ../shared/data/saudinewsnet/saudinewsnet.jsonl.gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

import numpy as np

from marsad.clean.normalize import fold, words

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "models" / "ner_clusters.tsv"
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


def kmeans(x: np.ndarray, k: int, iters: int, rng: np.random.Generator) -> np.ndarray:
    """Plain Lloyd k-means (cosine: rows are unit length); returns the label of each row."""
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int32)
    for _ in range(iters):
        labels = np.argmax(x @ centres.T, axis=1).astype(np.int32)
        for j in range(k):
            members = x[labels == j]
            if len(members):
                c = members.sum(axis=0)
                centres[j] = c / (np.linalg.norm(c) + 1e-9)
            else:
                centres[j] = x[rng.integers(len(x))]
    return labels


def main() -> None:
    """Count, embed, cluster, write."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--vocab", type=int, default=40000)
    ap.add_argument("--contexts", type=int, default=600)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--coarse", type=int, default=64)
    ap.add_argument("--fine", type=int, default=400)
    ap.add_argument("--max-docs", type=int, default=0, help="0 = all")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--vectors", default="", help="also save the words and their vectors here (npz)")
    ap.add_argument("--vectors-only", action="store_true", help="save the vectors, skip the clusters")
    args = ap.parse_args()
    rng = np.random.default_rng(13)

    docs: list[list[str]] = []
    with gzip.open(args.data, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if args.max_docs and i >= args.max_docs:
                break
            rec = json.loads(line)
            docs.append(words(fold((rec.get("title") or "") + " . " + (rec.get("content") or ""))))
    freq = Counter(w for d in docs for w in d)
    vocab = [w for w, _ in freq.most_common(args.vocab) if not w.isdigit()]
    vid = {w: i for i, w in enumerate(vocab)}
    nctx = args.contexts
    print(f"docs {len(docs)} tokens {sum(freq.values())} vocab {len(vocab)}")

    counts = np.zeros((len(vocab), 2 * nctx), dtype=np.float64)
    for d in docs:
        ids = np.array([vid.get(w, -1) for w in d], dtype=np.int64)
        if len(ids) < 2:
            continue
        cur, nxt = ids[:-1], ids[1:]
        m = (cur >= 0) & (nxt >= 0) & (nxt < nctx)  # right neighbour context
        np.add.at(counts, (cur[m], nctx + nxt[m]), 1.0)
        m = (nxt >= 0) & (cur >= 0) & (cur < nctx)  # left neighbour context
        np.add.at(counts, (nxt[m], cur[m]), 1.0)
    total = counts.sum()
    row = counts.sum(axis=1, keepdims=True) + 1e-9
    col = counts.sum(axis=0, keepdims=True) ** 0.75
    col = col / col.sum() * total
    with np.errstate(divide="ignore"):
        pmi = np.log(counts * total / (row * col + 1e-9) + 1e-12)
    ppmi = np.maximum(pmi, 0.0).astype(np.float32)
    u, s, _ = np.linalg.svd(ppmi, full_matrices=False)
    emb = u[:, : args.dims] * np.sqrt(s[: args.dims])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    if args.vectors:
        np.savez(args.vectors, words=np.array(vocab), vectors=emb.astype(np.float32))
        print(f"wrote {args.vectors}")
        if args.vectors_only:
            return
    coarse = kmeans(emb, args.coarse, 15, rng)
    fine = kmeans(emb, args.fine, 15, rng)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# word\tcoarse\tfine (k-means over PPMI-SVD neighbour vectors; "
                "scripts/build_ner_clusters.py)\n")
        for w, c, k in zip(vocab, coarse, fine, strict=True):
            f.write(f"{w}\t{c}\t{k}\n")
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
