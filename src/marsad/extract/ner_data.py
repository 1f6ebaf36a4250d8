"""Training data for the NER model: the ANERcorp train/dev split and the Wojood sample.

The dev split is fixed: the last `DEV_SHARE` of ANERcorp train.conll's sentences (the corpus
marks no documents). It is never trained on when scores are reported.
"""

from __future__ import annotations

from pathlib import Path

from marsad.extract.ner_eval import norm_tag, read_columns, read_conll

DEV_SHARE = 0.10
Sentence = tuple[list[str], list[str]]
# Wojood's outer-level types → ours (others, such as DATE, OCC, NORP, EVENT, are left out).
WOJOOD_MAP = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def shared_dir() -> Path:
    """The `shared` folder beside the repository root."""
    return Path(__file__).resolve().parents[3] / ".." / "shared"


def split_anercorp(path: str | Path) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev) sentences of ANERcorp train.conll: dev = the last 10% of sentences."""
    sents = read_conll(str(path))
    cut = len(sents) - round(len(sents) * DEV_SHARE)
    return sents[:cut], sents[cut:]


def write_conll(sents: list[Sentence], path: str | Path) -> None:
    """Write sentences as `token TAG` lines, blank line between sentences."""
    with open(path, "w", encoding="utf-8") as f:
        for toks, tags in sents:
            for t, g in zip(toks, tags, strict=True):
                f.write(f"{t} {g}\n")
            f.write("\n")


def write_dev_split(dst: str | Path, src: str | Path | None = None) -> Path:
    """Write the ANERcorp dev split to `dst` (from `src`, default shared/data/anercorp/train.conll)."""
    src = src or shared_dir() / "data" / "anercorp" / "train.conll"
    write_conll(split_anercorp(src)[1], dst)
    return Path(dst)


def read_wojood(path: str | Path) -> list[Sentence]:
    """Wojood sentences with outer-level tags mapped by WOJOOD_MAP (rest O).

    Lines: token, then one tag per nesting level; blank lines end sentences.
    """
    def tag_of(parts: list[str]) -> str:
        for t in parts[1:]:  # the outermost level that maps to one of ours
            if len(t) > 2 and t[2:] in WOJOOD_MAP:
                return norm_tag(t[:2] + WOJOOD_MAP[t[2:]])
        return "O"

    return read_columns(path, tag_of)
