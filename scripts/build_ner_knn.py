#!/usr/bin/env python3
"""Distributional kNN type of each clustered word, for the NER model (experiment).

The PPMI-SVD neighbour vectors of `build_ner_clusters.py --vectors` (spelling plays no part)
are compared with those of the words of the ANERcorp *training* split (dev never used): each
training word carries its majority tag type (PER/ORG/LOC/MISC, or O when it is tagged in under
half its occurrences). A word's kNN type is the most voted name type among its k nearest
training words (itself left out), when it has at least `--min-votes` of the k votes; the vote
count gives the confidence bucket. Output: `word <TAB> type <TAB> bucket <TAB> votes`.

    .venv/bin/python scripts/build_ner_clusters.py --vocab 80000 --vectors /tmp/ner_vectors.npz --vectors-only
    .venv/bin/python scripts/build_ner_knn.py --vectors /tmp/ner_vectors.npz
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np

from marsad.clean.normalize import fold
from marsad.extract.ner_data import shared_dir, split_anercorp

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "models" / "ner_knn.tsv"


def main() -> None:
    """Label the training words, find each word's neighbours, vote, write."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vectors", default="/tmp/ner_vectors.npz")
    ap.add_argument("--data", default=str(shared_dir() / "data"))
    ap.add_argument("-k", type=int, default=10)
    ap.add_argument("--min-votes", type=int, default=3)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    z = np.load(args.vectors)
    vocab = [str(w) for w in z["words"]]
    emb = z["vectors"].astype(np.float32)
    vid = {w: i for i, w in enumerate(vocab)}
    train, _ = split_anercorp(Path(args.data) / "anercorp" / "train.conll")
    counts: dict[str, Counter[str]] = {}
    for toks, tags in train:
        for t, g in zip(toks, tags, strict=True):
            f = fold(t)
            if f in vid:
                counts.setdefault(f, Counter())[g[2:] if g != "O" else "O"] += 1
    lab_words, labs = [], []
    for w, c in counts.items():
        n = sum(c.values())
        names = Counter({k: v for k, v in c.items() if k != "O"})
        lab = names.most_common(1)[0][0] if names and sum(names.values()) * 2 >= n else "O"
        lab_words.append(vid[w])
        labs.append(lab)
    ids = np.array(lab_words)
    lab_arr = np.array(labs)
    print(f"{len(ids)} training words with vectors, {int((lab_arr != 'O').sum())} of them names")
    x = emb[ids]
    rows: list[tuple[str, str, str, int]] = []
    for start in range(0, len(vocab), 4096):
        sims = emb[start:start + 4096] @ x.T
        for r in range(sims.shape[0]):
            wi = start + r
            sim = sims[r]
            cand = np.argpartition(-sim, args.k + 1)[: args.k + 1]
            cand = cand[np.argsort(-sim[cand])]
            top = [int(t) for t in cand if ids[t] != wi][: args.k]  # leave-one-out
            votes = Counter(str(lab_arr[t]) for t in top if lab_arr[t] != "O")
            if not votes:
                continue
            lab, v = votes.most_common(1)[0]
            if v >= args.min_votes:
                bucket = "h" if v >= 8 else "m" if v >= 5 else "l"
                rows.append((vocab[wi], lab, bucket, v))
    out = Path(args.out)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(f"# word\tkNN type\tbucket\tvotes of {args.k} (scripts/build_ner_knn.py)\n")
        for w, lab, b, v in rows:
            fh.write(f"{w}\t{lab}\t{b}\t{v}\n")
    print(f"wrote {out}: {len(rows)} words; types {Counter(r[1] for r in rows)}")


if __name__ == "__main__":
    main()
