"""Figures and quotes of the shared gold pages (checked with ../shared/tools/check_gold.py)
and precision/recall on our own SaudiNewsNet gold pages (tests/gold/snn-*.expected.json)."""

import json
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from marsad.extract.figures import extract_figures
from marsad.extract.figures_eval import evaluate_figures, evaluate_quotes
from marsad.extract.gold import SHARED, snn_record
from marsad.extract.quotes import extract_quotes
from marsad.model import Article, Entity

EXAMPLES = SHARED / "examples"
CHECK = SHARED / "tools" / "check_gold.py"
GOLD = Path(__file__).resolve().parents[1] / "gold"
needs_shared = pytest.mark.skipif(not CHECK.exists(), reason="../shared (examples, tools) is absent")


def mentions(text: str, name: str, canonical: str, label: str = "PER") -> list[Entity]:
    """Hand-made entities: every mention of `name`, with its canonical name."""
    return [Entity(name, label, canonical, m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def article(role: str, title: str | None, text: str, ents: list[Entity]) -> dict[str, object]:
    a = Article(role=role, title=title, text=text, entities=ents)  # type: ignore[arg-type]
    a.figures = extract_figures(text, ents)
    a.quotes = extract_quotes(text, ents)
    return a.to_dict()


def run_check(gold: Path, record: Mapping[str, object], tmp_path: Path) -> str:
    rec = tmp_path / "record.json"
    rec.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    res = subprocess.run([sys.executable, str(CHECK), str(gold), str(rec), "--only=figures,quotes"],
                         capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stdout
    return res.stdout


@needs_shared
def test_seed_page(tmp_path: Path) -> None:
    raw = (EXAMPLES / "arabi21-hamas-bogdanov.txt").read_text(encoding="utf-8")
    main = raw[:raw.index("المصدر: عربي21")].strip()
    emb = raw[raw.index("نقلت صحيفة"):raw.index("مقالات مشابهة")].strip()
    title = 'تقدم في مفاوضات غزة.. و"حماس" قد تتنازل عن بعض الشروط'
    main_ents = mentions(main, "ميخائيل بوغدانوف", "ميخائيل بوغدانوف")
    emb_ents = mentions(emb, "نتنياهو", "بنيامين نتنياهو") + mentions(emb, "فرانس برس", "فرانس برس", "ORG")
    record = {"articles": [article("main", None, main, main_ents), article("embedded", title, emb, emb_ents)]}
    out = run_check(EXAMPLES / "arabi21-hamas-bogdanov.expected.json", record, tmp_path)
    assert "0 failed" in out


@needs_shared
def test_seed_page_without_entities(tmp_path: Path) -> None:
    raw = (EXAMPLES / "arabi21-hamas-bogdanov.txt").read_text(encoding="utf-8")
    main = raw[:raw.index("المصدر: عربي21")].strip()
    emb = raw[raw.index("نقلت صحيفة"):raw.index("مقالات مشابهة")].strip()
    title = 'تقدم في مفاوضات غزة.. و"حماس" قد تتنازل عن بعض الشروط'
    record = {"articles": [article("main", None, main, []), article("embedded", title, emb, [])]}
    assert "0 failed" in run_check(EXAMPLES / "arabi21-hamas-bogdanov.expected.json", record, tmp_path)


@needs_shared
def test_suruc_page(tmp_path: Path) -> None:
    rec = json.loads((EXAMPLES / "almadina-suruc.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = rec["content"]
    ents = mentions(text, "عبدالله جيفتشي", "عبدالله جيفتشي")
    ents += mentions(text, "احمد داود اوغلو", "احمد داود اوغلو")
    for e in (ents, []):
        record = {"articles": [article("main", rec["title"], text, e)]}
        assert "0 failed" in run_check(EXAMPLES / "almadina-suruc.expected.json", record, tmp_path)


def test_own_gold_pages_are_well_formed() -> None:
    pages = sorted(GOLD.glob("snn-*.expected.json"))
    assert len(pages) >= 10
    for p in pages:
        g = json.loads(p.read_text(encoding="utf-8"))
        assert g["source_url"] and g["articles"][0]["role"] == "main"
        for f in g["articles"][0]["figures"]:
            assert {"value", "qualifier", "category"} <= f.keys()
        for q in g["articles"][0]["quotes"]:
            assert {"speaker", "starts_with"} <= q.keys()


@pytest.mark.skipif(snn_record("http://www.alriyadh.com/1070939") is None, reason="SaudiNewsNet is absent")
def test_own_gold_scores() -> None:
    pages = sorted(GOLD.glob("snn-*.expected.json"))
    figs = evaluate_figures(pages)
    quotes = evaluate_quotes(pages)
    assert figs["precision"] >= 0.9 and figs["recall"] >= 0.8, figs
    assert quotes["precision"] >= 0.75 and quotes["recall"] >= 0.75, quotes
