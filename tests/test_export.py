"""Exports: every kind and format, streamed; and the scale acceptance check in miniature
(single-process and `--workers 2` ingests export the same articles, `_at` keys aside)."""

from __future__ import annotations

import csv
import gzip
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli_scale import make_app
from marsad.export import export
from marsad.ingest import ingest
from marsad.pipeline import Options
from marsad.plover import plover_record
from marsad.store import open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SAUDI = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("export") / "m.db"
    s = open_store(str(path))
    ingest([EXAMPLES], s, Options(analyse=True))
    s.close()
    return str(path)


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.mark.parametrize("kind", ["articles", "entities", "figures", "events"])
def test_jsonl_and_csv(db: str, tmp_path: Path, kind: str) -> None:
    s = open_store(db)
    try:
        r = export(s, kind, "jsonl", tmp_path, batch=3)
        rows = _lines(tmp_path / f"{kind}.jsonl")
        assert r["rows"] == len(rows) > 0
        c = export(s, kind, "csv", tmp_path)
        with (tmp_path / f"{kind}.csv").open(encoding="utf-8", newline="") as f:
            assert len(list(csv.DictReader(f))) == c["rows"] == len(rows)
    finally:
        s.close()
    if kind == "articles":
        assert {"article_id", "page_id", "text", "date", "duplicate_of", "story_id", "n_entities"} <= rows[0].keys()
        assert len({r["article_id"] for r in rows}) == len(rows)
    if kind == "events":
        assert isinstance(rows[0]["source"], list) and rows[0]["sentence"]


def test_parquet_partitioned_by_date(db: str, tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    s = open_store(db)
    try:
        n = export(s, "articles", "parquet", tmp_path)["rows"]
        export(s, "events", "parquet", tmp_path)
    finally:
        s.close()
    dirs = sorted(p.name for p in (tmp_path / "articles").iterdir())
    assert dirs and all(d.startswith("date=") for d in dirs)
    table = ds.dataset(tmp_path / "articles", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == n and "date" in table.column_names


def test_events_plover_and_tsv(db: str, tmp_path: Path) -> None:
    s = open_store(db)
    try:
        export(s, "events", "plover-json", tmp_path)
        export(s, "events", "tsv", tmp_path)
    finally:
        s.close()
    pl = _lines(tmp_path / "events.plover.jsonl")
    assert pl and {"id", "date", "event_type", "mode", "source_actor", "target_actor", "event_text"} <= pl[0].keys()
    rows = (tmp_path / "events.tsv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(pl) and all(len(r.split("\t")) == 8 for r in rows)
    # the countries of the actors and the place: «اعتقلت القوات الإسرائيلية … في نابلس»
    arrest = next(e for e in pl if e["event_type"] == "COERCE" and e["location"])
    assert arrest["source_country"] == ["إسرائيل"] and arrest["location"]["country"] == "فلسطين"


def test_one_plover_shape_for_export_and_api(db: str, tmp_path: Path) -> None:
    """The plover-json export and the API's `shape=plover` (fed by `Store.events`) give each event the
    same record: one shape, whichever way a user reads the events."""
    s = open_store(db)
    try:
        export(s, "events", "plover-json", tmp_path)
        listed = {r["id"]: r for r in map(plover_record, s.events(limit=100_000))}
    finally:
        s.close()
    exported = {r["id"]: r for r in _lines(tmp_path / "events.plover.jsonl")}
    assert exported and exported.keys() == listed.keys()
    assert all(exported[k] == listed[k] for k in exported)
    flagged = [r for r in exported.values() if r["context"]]
    assert all(set(r["context"]) <= {"negated", "hedged", "background"} for r in flagged)
    assert all(r["date_source"] in ("event", "article") for r in exported.values())


def test_bad_arguments(db: str, tmp_path: Path) -> None:
    app = make_app()
    runner = CliRunner()
    assert runner.invoke(app, ["export", "pages", "--db", db, "--out", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["export", "articles", "--db", db, "--format", "tsv", "--out", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["export", "articles", "--db", str(tmp_path / "none.db"),
                               "--out", str(tmp_path)]).exit_code == 1


@pytest.mark.skipif(not os.environ.get("MARSAD_TEST_PG"), reason="PostgreSQL export needs MARSAD_TEST_PG")
def test_postgres_export_matches_sqlite(db: str, tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("store_conftest", ROOT / "tests" / "store" / "conftest.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    pg = open_store(mod.fresh_pg_database())
    try:
        ingest([EXAMPLES], pg, Options(analyse=True))
        export(pg, "articles", "jsonl", tmp_path / "pg", batch=2)
        export(pg, "events", "parquet", tmp_path / "pg")
    finally:
        pg.close()
    s = open_store(db)
    export(s, "articles", "jsonl", tmp_path / "lite")
    s.close()
    drop = lambda rows: [{k: v for k, v in r.items() if not k.endswith("_at")} for r in rows]  # noqa: E731
    assert drop(_lines(tmp_path / "pg" / "articles.jsonl")) == drop(_lines(tmp_path / "lite" / "articles.jsonl"))


def test_acceptance_workers_identical(tmp_path: Path) -> None:
    """/work/shared/tools/acceptance/scale-workers-identical, through the CLI functions."""
    d = tmp_path / "in"
    d.mkdir()
    if SAUDI.exists():
        with gzip.open(SAUDI, "rt", encoding="utf-8") as f, (d / "sample.jsonl").open("w", encoding="utf-8") as o:
            for _ in range(40):
                o.write(next(f))
    else:
        shutil.copy(EXAMPLES / "wire.jsonl", d / "sample.jsonl")
    shutil.copy(EXAMPLES / "doha-talks.html", d)
    app = make_app()
    runner = CliRunner()
    out: dict[str, list[str]] = {}
    for name, extra in (("one", []), ("two", ["--workers", "2"])):
        r = runner.invoke(app, ["ingest", str(d), "--db", str(tmp_path / f"{name}.db"), *extra])
        assert r.exit_code == 0, r.output
        r = runner.invoke(app, ["export", "articles", "--db", str(tmp_path / f"{name}.db"), "--format", "jsonl",
                                "--out", str(tmp_path / f"{name}-out")])
        assert r.exit_code == 0, r.output
        lines = []
        for part in sorted((tmp_path / f"{name}-out").iterdir()):
            for line in part.read_text(encoding="utf-8").splitlines():
                rec = {k: v for k, v in json.loads(line).items() if not k.endswith("_at")}
                lines.append(json.dumps(rec, sort_keys=True, ensure_ascii=False))
        out[name] = sorted(lines)
    assert out["one"] and out["one"] == out["two"]
