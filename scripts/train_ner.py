#!/usr/bin/env python3
"""Train the Arabic NER CRFs (python-crfsuite) and score them on the fixed ANERcorp dev split.

    .venv/bin/python scripts/train_ner.py                 # the shipped model (ANERcorp train part)
    .venv/bin/python scripts/train_ner.py --stack         # add the document-feature second stage
    .venv/bin/python scripts/train_ner.py --wojood        # add the Wojood sample (lowers dev F1)

Stage 1 tags sentences from their own features. Stage 2 (opt-in) adds document features from
stage-1 tags; its training tags come from stage-1 models trained on the other folds
(contiguous blocks, so a document's names never leak across folds). Writes
src/marsad/models/ner.crfsuite (and with --stack ner_doc.crfsuite; or --out and its `_doc` twin), prints
the dev report. Single-threaded.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from marsad.extract import ner_eval, ner_features
from marsad.extract.ner_data import Sentence, read_wojood, shared_dir, split_anercorp, write_conll
from marsad.extract.ner_features import SELFLEX, doc_features, sentence_features
from marsad.extract.ner_tagger import stage2_path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "models" / "ner.crfsuite"
Feats = list[list[str]]


def train(xs: list[Feats], ys: list[list[str]], out: str, args: argparse.Namespace,
          iters: int | None = None) -> None:
    """Train one CRF on feature lists and tags (in a fixed shuffled order)."""
    order = list(range(len(xs)))
    random.Random(7).shuffle(order)
    trainer = pycrfsuite.Trainer(algorithm=args.algo, verbose=False)
    for k in order:
        trainer.append(xs[k], ys[k])
    params: dict[str, object] = {"max_iterations": iters or args.iters, "feature.possible_transitions": True,
                                 "feature.minfreq": args.min_freq}
    if args.algo == "lbfgs":
        params.update({"c1": args.c1, "c2": args.c2})
    trainer.set_params(params)
    trainer.train(out)


def docs_of(sents: list[Sentence]) -> list[list[int]]:
    """Indices of consecutive sentences grouped as ner_eval groups them (pseudo-documents)."""
    return [list(range(i, min(i + ner_eval.DOC_SENTS, len(sents))))
            for i in range(0, len(sents), ner_eval.DOC_SENTS)]


def main() -> int:
    """Train, save, evaluate on dev."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(shared_dir() / "data"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--wojood", action="store_true", help="add the Wojood sample (measured: lowers dev F1)")
    ap.add_argument("--no-selflex", action="store_true",
                    help="leave out the self-training lexicon features (the bootstrap model that builds it)")
    ap.add_argument("--no-extra-gaz", action="store_true",
                    help="leave out the feature-only name lists (clubs, companies, banks, media, bodies)")
    ap.add_argument("--no-knn", action="store_true", help="leave out the distributional kNN type (ner_knn.tsv)")
    ap.add_argument("--stack", action="store_true",
                    help="also train the document-feature second stage (measured: no gain over the rules)")
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--fold-iters", type=int, default=80, help="iterations of the fold models")
    ap.add_argument("--keep-stage1", action="store_true", help="reuse an existing --out stage-1 model")
    ap.add_argument("--full", action="store_true", help="train on the dev split too (no dev score)")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--min-freq", type=int, default=1)
    ap.add_argument("--algo", default="lbfgs", choices=["lbfgs", "ap"], help="ap = averaged perceptron")
    args = ap.parse_args()

    if args.no_selflex:
        ner_features.LEXICONS = tuple(x for x in ner_features.LEXICONS if x[0] != SELFLEX)
    if args.no_knn:
        ner_features.KNN = ""
    if args.no_extra_gaz:
        ner_features.EXTRA_GAZ = False
    data = Path(args.data)
    train_s, dev = split_anercorp(data / "anercorp" / "train.conll")
    if args.full:
        train_s = train_s + dev
    if args.wojood:
        for part in ("train", "val", "test"):
            p = data / "wojood-sample" / f"{part}.txt"
            if p.exists():
                train_s += read_wojood(p)
    t0 = time.time()
    xs = [sentence_features(toks) for toks, _ in train_s]
    ys = [tags for _, tags in train_s]
    print(f"features for {len(train_s)} sentences in {time.time() - t0:.0f}s", flush=True)
    t0 = time.time()
    if not (args.keep_stage1 and Path(args.out).exists()):
        train(xs, ys, args.out, args)
    print(f"stage 1 trained in {time.time() - t0:.0f}s -> {args.out} "
          f"({Path(args.out).stat().st_size / 1e6:.1f} MB)", flush=True)
    p2 = Path(stage2_path(args.out))
    if not args.stack:
        p2.unlink(missing_ok=True)
    else:
        docs = docs_of(train_s)
        pred: list[list[str]] = [[] for _ in train_s]
        with tempfile.TemporaryDirectory() as tmp:
            for k in range(args.folds):
                lo, hi = len(docs) * k // args.folds, len(docs) * (k + 1) // args.folds
                held = {i for d in docs[lo:hi] for i in d}
                keep = [i for i in range(len(train_s)) if i not in held]
                m = str(Path(tmp) / f"fold{k}.crfsuite")
                train([xs[i] for i in keep], [ys[i] for i in keep], m, args, args.fold_iters)
                tagger = pycrfsuite.Tagger()
                tagger.open(m)
                for i in held:
                    pred[i] = list(tagger.tag(xs[i]))
                print(f"fold {k + 1}/{args.folds} done ({time.time() - t0:.0f}s)", flush=True)
        xs2: list[Feats] = []
        for d in docs:
            dfs = doc_features([train_s[i][0] for i in d], [pred[i] for i in d])
            xs2 += [[a + b for a, b in zip(xs[i], df, strict=True)] for i, df in zip(d, dfs, strict=True)]
        train(xs2, ys, str(p2), args)
        print(f"stage 2 trained ({time.time() - t0:.0f}s) -> {p2} ({p2.stat().st_size / 1e6:.1f} MB)")
    if args.full:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        dev_path = Path(tmp) / "dev.conll"
        write_conll(dev, dev_path)
        for name, opts in (("model only", {"rules": False}), ("model + rules", {})):
            res = ner_eval.evaluate(str(dev_path), model=args.out, **opts)
            print(f"\n== dev ({name}) ==\n" + ner_eval.format_report(res))
        print(json.dumps(res["micro"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
