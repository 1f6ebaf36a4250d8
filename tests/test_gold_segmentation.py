"""Segmentation gold: the shared seed page and our own example pages, scored by check_gold.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.pipeline import Options, build_page
from marsad.read import RawDocument, iter_documents

REPO = Path(__file__).resolve().parents[1]
SECTIONS = "segmentation,related,tags"


def first_page(path: Path, published: str | None) -> dict:
    docs = [d for d in iter_documents([path], max_bytes=5_000_000) if isinstance(d, RawDocument)]
    return build_page(docs[0], Options(published=published, analyse=False)).to_dict()


def check(shared: Path, gold: Path, record: dict, tmp_path: Path, sections: str) -> str:
    out = tmp_path / "record.json"
    out.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    res = subprocess.run([sys.executable, str(shared / "tools" / "check_gold.py"), str(gold), str(out),
                          f"--only={sections}"], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout
    return res.stdout


def test_seed_page_segmentation(shared: Path, tmp_path: Path) -> None:
    record = first_page(shared / "examples" / "arabi21-hamas-bogdanov.txt", "2024-12-07")
    report = check(shared, shared / "examples" / "arabi21-hamas-bogdanov.expected.json", record, tmp_path, SECTIONS)
    assert report.strip().endswith("0 failed")


def test_suruc_record_segmentation(shared: Path, tmp_path: Path) -> None:
    record = first_page(shared / "examples" / "almadina-suruc.jsonl", None)
    check(shared, shared / "examples" / "almadina-suruc.expected.json", record, tmp_path, "segmentation")
    assert record["published"] == "2015-07-21" and record["articles"][0]["title"].startswith("30 قتيلا")


def example_golds() -> list[str]:
    """Our gold files whose input is one of the bundled example pages."""
    golds = sorted((REPO / "tests" / "gold").glob("*.expected.json"))
    return [g.name for g in golds if (REPO / "examples" / json.loads(g.read_text(encoding="utf-8")).get("input", "-")).exists()]


@pytest.mark.parametrize("gold", example_golds())
def test_own_example_gold(shared: Path, tmp_path: Path, gold: str) -> None:
    g = REPO / "tests" / "gold" / gold
    spec = json.loads(g.read_text(encoding="utf-8"))
    check(shared, g, first_page(REPO / "examples" / spec["input"], spec.get("published")), tmp_path, SECTIONS)
