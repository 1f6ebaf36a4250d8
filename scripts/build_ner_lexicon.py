#!/usr/bin/env python3
"""Mine the NER name lexicons from SaudiNewsNet: by cue words, or by the tagger's own tags.

    .venv/bin/python scripts/build_ner_lexicon.py            # writes src/marsad/models/ner_lexicon.tsv
    .venv/bin/python scripts/build_ner_lexicon.py --method model --skip 2 --model BOOT.crfsuite
                                                             # writes src/marsad/models/ner_selflex.tsv

Distant supervision without labels: the words right after a person cue (titles.txt and the PER
lines of lexicon_cues.tsv: الرئيس, اللاعب, الفنانة …), an organisation cue (نادي, شركة, بنك …)
or a place cue (مدينة, محافظة, بلدة …) are counted as name words of that type, up to
`MAX_WORDS` name-like words (no stopword, title, nisba, number or punctuation). A word enters
the lexicon for a type when it follows such cues at least `--min-count` times and in at least
`--min-share` of all its occurrences, so that common words that merely often follow a cue
(التنفيذي after الرئيس) stay out. Each entry keeps a share bucket: h (>= 0.5), m (>= 0.25), l.
The tagger reads it as features (`ner_features`), so the CRF learns how far to trust it.

With `--method model` (self-training), the counts are the types a tagger trained without this
lexicon (`train_ner.py --no-selflex`) gives each word across the corpus, with its document
rules: a club or brand the tagger recognises in SaudiNewsNet's many clear contexts becomes a
feature where ANERcorp gives it none.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

from marsad.clean.normalize import fold, strip_clitics
from marsad.extract import ner_gazetteer as gz
from marsad.extract.ner_data import shared_dir
from marsad.extract.ner_features import TOKEN_RE

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "marsad" / "models"
MAX_WORDS = {"PER": 3, "ORG": 3, "LOC": 2}
PROCLITICS = ("و", "ف", "ب", "ل")


def load_cues() -> dict[tuple[str, ...], str]:
    """Folded cue word sequences → the type of the name they announce."""
    g = gz.load()
    cues: dict[tuple[str, ...], str] = {t: "PER" for t in g.titles}
    raw = resources.files("marsad").joinpath("lang", "ar", "gazetteer", "lexicon_cues.tsv").read_text("utf-8")
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            label, cue = line.split("\t")
            cues[tuple(fold(w) for w in cue.split())] = label
    return cues


def readings(word: str) -> tuple[str, ...]:
    """A folded word as written and without one proclitic letter."""
    return (word, word[1:]) if word.startswith(PROCLITICS) and len(word) > 3 else (word,)


def name_like(word: str, g: gz.Gazetteers) -> bool:
    """Could this folded word be part of a name?"""
    return (word.isalpha() and len(word) > 1 and not gz.is_stop(word, g) and (word,) not in g.titles
            and gz.nisba_country(word, g) is None)


def count_tagged(text: str, total: Counter[str], hits: dict[str, Counter[str]], memo: dict[str, str],
                 model: str | None = None) -> None:
    """Count each stem of an article, and under its type each stem the shipped tagger tags."""
    from marsad.extract.entities import _sentences
    from marsad.extract.ner_bio import spans
    from marsad.extract.ner_features import tokenize
    from marsad.extract.ner_tagger import tag_document

    sents = [[t[0] for t in s] for s in _sentences(text, tokenize(text))]
    folded = [[memo.setdefault(t, fold(t)) for t in s] for s in sents]
    tags = tag_document(sents, folded=folded, model=model)
    for fs, ts in zip(folded, tags, strict=True):
        stems = [strip_clitics(t) for t in fs]
        total.update(stems)
        for i, j, label in spans(ts):
            hits.setdefault(label, Counter()).update(stems[i:j])


def main() -> int:
    """Count cue-following words over the corpus and write the lexicon."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(shared_dir() / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"))
    ap.add_argument("--out", default=None,
                    help="default: models/ner_lexicon.tsv, or ner_selflex.tsv with --method model")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.15)
    ap.add_argument("--method", choices=["cues", "model"], default="cues",
                    help="model: count the shipped tagger's own tags instead of cue words (self-training)")
    ap.add_argument("--model", default=None, help="with --method model: the CRF file to tag with "
                    "(default: the shipped one)")
    ap.add_argument("--skip", type=int, default=1, help="read one article in this many")
    ap.add_argument("--offset", type=int, default=0, help="starting at this one (0 .. skip-1)")
    args = ap.parse_args()

    out_path = args.out or str(MODELS / ("ner_selflex.tsv" if args.method == "model" else "ner_lexicon.tsv"))
    g = gz.load()
    cues = load_cues()
    maxcue = max(len(c) for c in cues)
    total: Counter[str] = Counter()
    hits: dict[str, Counter[str]] = {lab: Counter() for lab in MAX_WORDS}
    memo: dict[str, str] = {}
    docs = 0
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for n_line, line in enumerate(f):
            if n_line % args.skip != args.offset:
                continue
            text = json.loads(line).get("content") or ""
            docs += 1
            if args.method == "model":
                count_tagged(text, total, hits, memo, args.model)
                continue
            toks = [memo.setdefault(t, fold(t)) for t in TOKEN_RE.findall(text)]
            stems = [strip_clitics(t) for t in toks]
            total.update(stems)
            n = len(toks)
            for i in range(n):
                label = None
                for ln in range(min(maxcue, i), 0, -1):
                    first = toks[i - ln]
                    for r in readings(first):
                        label = cues.get((r, *toks[i - ln + 1:i]))
                        if label:
                            break
                    if label:
                        break
                if not label:
                    continue
                for k in range(i, min(i + MAX_WORDS[label], n)):
                    if not name_like(toks[k], g):
                        break
                    hits[label][stems[k]] += 1
    rows = []
    for label, c in hits.items():
        for stem, k in c.items():
            share = k / total[stem]
            if k >= args.min_count and share >= args.min_share and len(stem) > 1:
                rows.append((stem, label, "h" if share >= 0.5 else "m" if share >= 0.25 else "l", k))
    rows.sort()
    with open(out_path, "w", encoding="utf-8") as out:
        out.write(f"# NER lexicon mined from {docs} SaudiNewsNet articles by scripts/build_ner_lexicon.py "
                  f"--method {args.method} (min count {args.min_count}, min share {args.min_share}): "
                  "stem, type, share bucket, count\n")
        out.writelines(f"{s}\t{lab}\t{b}\t{k}\n" for s, lab, b, k in rows)
    print(f"{len(rows)} entries ({Counter(r[1] for r in rows)}) from {docs} articles -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
