"""The marsad command: ingest, extract, search, show, stats, rejected, with bad input."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app

REPO = Path(__file__).resolve().parents[1]
PAGE = ("وصل الوفد بغزّة مساء اليوم، والتقى وحماس ممثلين عن الفصائل في مقر اللجنة المركزية.\n\n"
        "وأكد المتحدث أن الرسالة وجهت لإسرائيل عبر الوسطاء في الدوحة بعد جولة من المحادثات.\n")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str) -> tuple[int, str]:
    res = runner.invoke(app, [str(a) for a in args])
    return res.exit_code, res.output


def lines_json(out: str) -> list[dict]:
    return [json.loads(x) for x in out.splitlines() if x.startswith("{")]


def test_ingest_bad_inputs_then_search(runner: CliRunner, tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "empty.txt").write_bytes(b"")
    (inp / "binary.txt").write_bytes(os.urandom(4096))
    (inp / "truncated.txt.gz").write_bytes(gzip.compress(PAGE.encode() * 40)[:150])
    (inp / "notext.html").write_text("<html><body><div></div></body></html>")
    (inp / "good.txt").write_bytes(PAGE.encode("cp1256"))
    db = tmp_path / "t.db"
    code, out = run(runner, "ingest", inp, "--db", db, "--no-analyse", "--json")
    assert code == 0
    summary = lines_json(out)[-1]
    assert summary["stored"] == 1 and summary["rejected_total"] == 4
    assert summary["rejected"] == {"empty": 1, "binary": 1, "truncated or corrupt gzip": 1, "no text in HTML": 1}
    for name in ("empty", "binary", "truncated", "notext"):
        assert name in out
    code, out = run(runner, "search", "غزة", "--db", db, "--json")
    assert code == 0 and len(lines_json(out)) == 1
    code, out = run(runner, "ingest", inp / "good.txt", "--db", db, "--no-analyse", "--json")
    assert lines_json(out)[-1]["already_seen"] == 1
    code, out = run(runner, "rejected", "--db", db, "--json")
    assert {r["reason"] for r in lines_json(out)} >= {"empty", "binary"}


def test_search_filters_and_bad_query(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    run(runner, "ingest", REPO / "examples", "--db", db, "--no-analyse")
    code, out = run(runner, "search", "الدوحة", "--db", db, "--json", "--from", "2024-11-01", "--to", "2024-11-30")
    hits = lines_json(out)
    assert code == 0 and hits and all("2024-11" in h["published"] for h in hits)
    code, out = run(runner, "search", "الدوحة", "--db", db, "--publisher", "لا يوجد", "--json")
    assert lines_json(out) == []
    code, out = run(runner, "search", '"وقف', "--db", db)
    assert code == 2 and "Traceback" not in out


def test_show_and_stats(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    run(runner, "ingest", REPO / "examples" / "zarqa-hospital.cp1256.txt", "--db", db, "--no-analyse")
    code, out = run(runner, "show", "1", "--db", db, "--json")
    page = lines_json(out)[0]
    assert code == 0 and page["input"]["encoding"] == "cp1256"
    assert page["related"] and page["tags"] and page["removed"]
    code, out = run(runner, "show", "1", "--db", db)
    assert code == 0 and "related" in out and "removed" in out
    code, out = run(runner, "stats", "--db", db, "--json")
    assert lines_json(out)[0]["pages"] == 1
    code, out = run(runner, "show", "999", "--db", db)
    assert code == 1


def test_extract_prints_contract_records(runner: CliRunner) -> None:
    code, out = run(runner, "extract", REPO / "examples" / "wire.jsonl", "--no-analyse")
    recs = lines_json(out)
    assert code == 0 and len(recs) == 3
    assert {r["language"] for r in recs} == {"ar", "en"}
    for r in recs:
        assert set(r) >= {"id", "input", "published", "language", "articles", "related", "tags", "removed"}
        assert set(r["articles"][0]) >= {"role", "title", "publisher", "published", "text", "entities", "times",
                                          "figures", "quotes", "events"}


def test_unusable_arguments_exit_non_zero(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "ingest", tmp_path / "missing", "--db", tmp_path / "t.db")[0] == 2
    assert run(runner, "extract", REPO / "examples", "--published", "yesterday")[0] == 2
    (tmp_path / "notadb").write_text("this is not a database")
    assert run(runner, "stats", "--db", tmp_path / "notadb")[0] == 1
