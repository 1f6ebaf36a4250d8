"""The mined NER lexicons: mining by cue words, and their use as tagger features."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from marsad.clean.normalize import fold, strip_clitics
from marsad.extract import ner_features

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_ner_lexicon", ROOT / "scripts" / "build_ner_lexicon.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _corpus(path: Path, texts: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for t in texts:
            f.write(json.dumps({"content": t}, ensure_ascii=False) + "\n")
    return path


def _rows(path: Path) -> dict[tuple[str, str], str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            stem, label, bucket, _ = line.split("\t")
            out[(stem, label)] = bucket
    return out


def test_cue_mining_finds_names_and_keeps_common_words_out(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "وسجل اللاعب كريستيانو رونالدو هدفين، وقال المدرب زيدان إن الفريق قدم مباراة كبيرة.",
        "وأعلنت شركة تويوتا عن طراز جديد في مدينة بريدة.",
        "وانتقل اللاعب رونالدو إلى الفريق بعد أن أعلنت شركة تويوتا أرباحها في مدينة بريدة.",
        "وقال المدرب زيدان: الفريق قدم مباراة كبيرة. ولتويوتا مصنع في مدينة بريدة واللاعب رونالدو.",
        "وتعاقدت شركة تويوتا مع الموزع المحلي.",
    ] + ["قدم الجمهور دعماً كبيراً وقدم الحكم تقريره بعد مباراة كبيرة، وقدم كل منهم ما عنده."] * 4
    corpus = _corpus(tmp_path / "c.jsonl.gz", texts)
    out = tmp_path / "lex.tsv"
    monkeypatch.setattr(sys, "argv", ["x", "--corpus", str(corpus), "--out", str(out), "--min-count", "3"])
    assert _script().main() == 0
    rows = _rows(out)
    stem = strip_clitics
    assert rows.get((stem(fold("رونالدو")), "PER")) == "h"
    assert rows.get((stem(fold("تويوتا")), "ORG")) == "h"  # لتويوتا counts as تويوتا, not after a cue
    assert rows.get((stem(fold("بريدة")), "LOC")) == "h"
    assert not any(s == stem(fold("قدم")) for s, _ in rows)  # a verb seen after الفريق: too common


def test_lexicon_entries_become_features() -> None:
    for name, prefix in ner_features.LEXICONS:
        lex = ner_features.lexicon(name)
        assert lex, f"models/{name} is missing or empty"
        stem, entries = next((s, e) for s, e in lex.items() if s.isalpha() and len(s) > 3)
        own, _, _, right, _ = ner_features.word_features(stem)
        for label, bucket in entries:
            assert prefix + label in own and prefix + label + bucket in own
        assert any(x.startswith("1:" + prefix) for x in right)
