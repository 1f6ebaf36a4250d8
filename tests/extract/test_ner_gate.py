"""Quality gate: the NER model's micro F1 on the fixed ANERcorp dev split stays at its baseline.

The baseline is the dev F1 recorded in src/marsad/models/NER_CARD.md (`dev micro F1: X`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from marsad.extract.ner_data import write_dev_split
from marsad.extract.ner_eval import evaluate, format_report

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / ".." / "shared" / "data" / "anercorp" / "train.conll"
CARD = ROOT / "src" / "marsad" / "models" / "NER_CARD.md"
TOLERANCE = 0.01


def baseline() -> float:
    m = re.search(r"dev micro F1:\s*([0-9.]+)", CARD.read_text(encoding="utf-8"))
    assert m, "NER_CARD.md records no `dev micro F1: X`"
    return float(m.group(1))


@pytest.mark.skipif(not TRAIN.exists(),
                    reason="../shared/data/anercorp/train.conll is absent (dev split source)")
def test_dev_f1_at_baseline(tmp_path: Path) -> None:
    dev = write_dev_split(tmp_path / "dev.conll", TRAIN)
    res = evaluate(str(dev))
    print(format_report(res))
    assert set(res) == {"micro", "per_type", "tokens_per_s"}
    assert set(res["micro"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert res["micro"]["f1"] >= baseline() - TOLERANCE, format_report(res)


def test_scoring_is_conll_exact(tmp_path: Path) -> None:
    from marsad.extract.ner_eval import score

    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    r = score(gold, pred)
    assert r["micro"]["tp"] == 1 and r["micro"]["fp"] == 1 and r["micro"]["fn"] == 1
    assert r["per_type"]["LOC"]["f1"] == 1.0
