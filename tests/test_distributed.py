"""Distributed ingest: a 2-worker LocalCluster stores exactly what one process stores, even
when a worker dies mid-task (its partition is retried; nothing lost, nothing doubled)."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from marsad.distributed import KILL_ONCE_ENV, plan_partitions, read_partition
from marsad.ingest import ingest
from marsad.pipeline import Options
from marsad.read import iter_documents
from marsad.store import open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SAUDI = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
N_RECORDS = 24


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """examples/ (every format) plus SaudiNewsNet records (when ../shared has them) or copies."""
    d = tmp_path / "in"
    shutil.copytree(EXAMPLES, d)
    lines: list[str] = []
    if SAUDI.exists():
        with gzip.open(SAUDI, "rt", encoding="utf-8") as f:
            lines = [next(f) for _ in range(N_RECORDS)]
    else:
        lines = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines(keepends=True) * 3
    lines.insert(5, "{not json\n")
    (d / "big.jsonl").write_text("".join(lines), encoding="utf-8")
    with gzip.open(d / "big2.jsonl.gz", "wt", encoding="utf-8") as g:
        g.write("".join(reversed(lines)))
    return d


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, timestamps aside, in a stable order."""
    con = sqlite3.connect(db)
    skip = {"ingested_at", "seen_at", "at"}
    out = {}
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                        " AND name NOT LIKE 'article_fts%' AND name <> 'meta'")]
    for t in tables:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})") if r[1] not in skip]
        out[t] = sorted(con.execute(f"SELECT {', '.join(repr(c) for c in cols)} FROM {t}").fetchall(), key=repr)
    con.close()
    return out


def test_partitions_cover_the_input_in_order(inputs: Path) -> None:
    parts = plan_partitions([inputs], items=4, split_bytes=100)
    assert any(p.kind == "jsonl" and p.gz for p in parts) and any(p.kind == "jsonl" and not p.gz for p in parts)
    got = [(d.source, type(d).__name__) for p in parts for d in read_partition(p, 5_000_000)]
    want = [(d.source, type(d).__name__) for d in iter_documents([inputs], max_bytes=5_000_000)]
    assert got == want


def test_two_workers_identical_and_killed_worker_retried(inputs: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.distributed import ingest_distributed

    opts = Options(analyse=True)
    one = tmp_path / "one.db"
    s = open_store(str(one))
    single = ingest([inputs], s, opts)
    s.close()

    marker = tmp_path / "killed"
    monkeypatch.setenv(KILL_ONCE_ENV, str(marker))  # the first task kills its worker
    two = tmp_path / "two.db"
    s = open_store(str(two))
    stages: dict[str, int] = {}
    notes: list[str] = []
    dist = ingest_distributed([inputs], s, opts, workers=2, items=5, split_bytes=200,
                              stage=lambda k, n: stages.__setitem__(k, stages.get(k, 0) + n), info=notes.append)
    s.close()
    assert marker.exists()  # a worker did die
    assert dist.to_dict() == single.to_dict()
    assert single.stored > N_RECORDS // 2 and single.rejected["invalid JSON"] == 2
    assert stages["built"] == single.read and stages["stored"] == single.stored
    assert any("dashboard" in n for n in notes)
    a, b = _dump(one), _dump(two)
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], table
