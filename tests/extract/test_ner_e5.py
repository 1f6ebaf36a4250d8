"""The encoder word features (scripts/build_ner_e5.py): kNN types and their use by the tagger."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from marsad.clean.normalize import fold, strip_clitics
from marsad.extract import ner_features

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_ner_e5", ROOT / "scripts" / "build_ner_e5.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_knn_type_leaves_the_word_itself_out() -> None:
    mod = _script()
    # Two groups of directions; word 0 is labelled ORG but its neighbours (1, 2) are PER.
    x = np.array([[1, 0.1, 0], [1, 0, 0.1], [1, 0.05, 0.05], [0, 1, 0], [0, 1, 0.1]], dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    lab_idx = np.array([0, 1, 2, 3])
    onehot = np.eye(len(mod.CLASSES))
    lab_p = onehot[[mod.CLASSES.index(c) for c in ("ORG", "PER", "PER", "LOC")]]
    mass = mod.knn_types(x, lab_idx, lab_p, 2)
    top = [mod.CLASSES[i] for i in mass.argmax(axis=1)]
    assert top[0] == "PER"  # its own ORG label is not used
    assert top[4] == "LOC"  # an unlabelled word takes its neighbours' type
    labels = mod.kmeans(x, 2, 5, np.random.default_rng(0))
    assert labels[0] == labels[1] == labels[2] != labels[3] == labels[4]


def test_e5_entries_become_features(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tsv = tmp_path / "e5.tsv"
    toyota, school = (strip_clitics(fold(w)) for w in ("تويوتا", "المدرسة"))
    tsv.write_text(f"# header\n{toyota}\t3\t17\tORG\th\tp\n{school}\t5\t40\tPER\t-\tx\n", encoding="utf-8")
    monkeypatch.setattr(ner_features, "E5_FILE", str(tsv))
    ner_features.word_features.cache_clear()
    try:
        own, _, left, _, _ = ner_features.word_features("لتويوتا")
        assert {"ec=3", "ef=17", "ek=ORGh", "ekp=ORGhp"} <= set(own)
        assert "-1:ek=ORGh" in left and "-1:ec=3" in left
        own, *_ = ner_features.word_features("والمدرسة")
        assert "ec=5" in own and not any(f.startswith("ek") for f in own)  # share below 0.1: no type
        monkeypatch.setattr(ner_features, "E5_PARTS", "k")
        ner_features.word_features.cache_clear()
        own, *_ = ner_features.word_features("تويوتا")
        assert "ek=ORGh" in own and not any(f.startswith(("ec=", "ef=")) for f in own)
    finally:
        ner_features.word_features.cache_clear()
