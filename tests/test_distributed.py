"""Distributed ingest: a 2-worker LocalCluster stores exactly what one process stores, even
when a worker dies mid-task (its partition is retried; nothing lost, nothing doubled)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from marsad.distributed import KILL_ONCE_ENV, guided_sizes, plan_partitions, read_partition
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


@pytest.mark.parametrize(("items", "workers"), [(4, 1), (3, 2), (40, 2), (1, 2)])  # 1: the WARC cut too
def test_partitions_cover_the_input_in_order(inputs: Path, items: int, workers: int) -> None:
    parts = plan_partitions([inputs], items=items, split_bytes=100, workers=workers)
    assert any(p.kind == "jsonl" and p.gz for p in parts) and any(p.kind == "jsonl" and not p.gz for p in parts)
    got = [(d.source, type(d).__name__) for p in parts for d in read_partition(p, 5_000_000)]
    want = [(d.source, type(d).__name__) for d in iter_documents([inputs], max_bytes=5_000_000)]
    assert got == want


@pytest.mark.parametrize(("n", "largest", "workers", "step"),
                         [(3000, 234, 2, 10), (1_000_000, 500, 2, 10), (23, 4, 2, 4), (7, 500, 2, 10), (95, 500, 1, 10)])
def test_guided_sizes_shrink_towards_the_end(n: int, largest: int, workers: int, step: int) -> None:
    sizes = guided_sizes(n, largest, workers, step)
    assert sum(sizes) == n and max(sizes) <= largest
    assert sizes == sorted(sizes, reverse=True)  # big first, small last: a short tail
    assert all(k % step == 0 for k in sizes[:-1]) and min(sizes[:-1] or [step]) >= step
    if n >= 100 * step:
        assert sizes[0] == largest // step * step and sizes[-2] == step


def test_local_cluster_workers_do_not_profile() -> None:
    from distributed import Client

    from marsad.distributed import local_cluster

    cluster = local_cluster(1)
    try:
        with Client(cluster) as client:
            got = client.run(lambda: (__import__("dask").config.get("distributed.worker.profile.enabled"),
                                      __import__("dask").config.get("distributed.admin.tick.interval")))
    finally:
        cluster.close()
    assert list(got.values()) == [(False, "1s")]


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


# -- PostgreSQL: workers write directly, the driver merges links in input order -----------------

PG_ENV = "MARSAD_TEST_PG"
needs_pg = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"needs {PG_ENV} (source .ci/postgres.sh)")


@pytest.fixture
def pg_database() -> Iterator[Callable[[], str]]:
    """Make fresh databases on the MARSAD_TEST_PG server; dropped afterwards."""
    import psycopg

    base = os.environ[PG_ENV]
    names: list[str] = []

    def make() -> str:
        name = f"marsad_d_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        names.append(name)
        return urlunsplit(urlsplit(base)._replace(path="/" + name))

    yield make
    with psycopg.connect(base, autocommit=True) as conn:
        for name in names:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


PG_SKIP = {"ingested_at", "seen_at", "at"}


def _pg_dump(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows (timestamps aside; tsvectors as text), in a stable order."""
    import psycopg

    out: dict[str, list[tuple[object, ...]]] = {}
    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                                             " AND tablename <> 'meta'")]
        for t in tables:
            cols = [f'"{c}"::text' if typ == "tsvector" else f'"{c}"' for c, typ in conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s"
                " ORDER BY ordinal_position", (t,)) if c not in PG_SKIP]
            rows = conn.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()
            out[t] = sorted(rows, key=repr)
    return out


def _near_copies(d: Path) -> None:
    """Near-duplicates of the sample's records (a word dropped; some dated earlier than their
    original, so that they become the group's original) and rewrites (the same story, not
    duplicates) in a file of their own."""
    recs = [json.loads(x) for x in (d / "big.jsonl").read_text(encoding="utf-8").splitlines()
            if x.startswith("{") and x.rstrip().endswith("}")]
    out = []
    for i, r in enumerate(recs[:12]):
        words = str(r.get("content") or r.get("text") or "").split()
        if len(words) < 30:
            continue
        for k in (1, 2):
            copy = dict(r, content=" ".join(words[:k * 7] + words[k * 7 + 1:]))
            copy.pop("text", None)
            if i % 3 == 0 and k == 2:
                copy["date_extracted"] = "2000-01-01 00:00:00"
            out.append(json.dumps(copy, ensure_ascii=False))
        if i < 6:  # a rewrite: the same lede, the rest cut down: not a duplicate, the same story
            out.append(json.dumps(dict(r, content=" ".join(words[:40] + words[40::3])), ensure_ascii=False))
    (d / "near.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")


@needs_pg
def test_pg_two_workers_identical_with_killed_workers(inputs: Path, tmp_path: Path, pg_database: Callable[[], str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """--workers 2 into PostgreSQL (workers write, the driver merges) stores the same rows as one
    process: same article ids, duplicate links, band keys, stories, rejections; with a worker
    killed while building, one killed in the middle of its write transaction and one killed
    just after its write committed (the retry finds what the first try wrote)."""
    import psycopg

    from marsad.distributed import KILL_AFTER_WRITE_ONCE_ENV, ingest_distributed
    from marsad.store.postgres import KILL_WRITE_ONCE_ENV

    _near_copies(inputs)
    opts = Options(analyse=True)
    one_url, two_url = pg_database(), pg_database()
    s = open_store(one_url)
    single = ingest([inputs], s, opts)
    s.close()

    monkeypatch.setenv(KILL_ONCE_ENV, str(tmp_path / "killed-building"))
    monkeypatch.setenv(KILL_WRITE_ONCE_ENV, str(tmp_path / "killed-writing"))
    monkeypatch.setenv(KILL_AFTER_WRITE_ONCE_ENV, str(tmp_path / "killed-after-writing"))
    s = open_store(two_url)
    stages: dict[str, int] = {}
    dist = ingest_distributed([inputs], s, opts, workers=2, items=5, split_bytes=200,
                              stage=lambda k, n: stages.__setitem__(k, stages.get(k, 0) + n))
    s.close()
    for killed in ("killed-building", "killed-writing", "killed-after-writing"):
        assert (tmp_path / killed).exists(), killed
    assert dist.to_dict() == single.to_dict()
    assert stages["written"] == single.read and stages["stored"] == single.stored
    a, b = _pg_dump(one_url), _pg_dump(two_url)
    assert a.keys() == b.keys()
    assert a["near_duplicates"] and a["story_members"]  # the sample has duplicates and stories
    for table in a:
        assert a[table] == b[table], (table, sorted(set(a[table]) - set(b[table]))[:3],
                                      sorted(set(b[table]) - set(a[table]))[:3])
    with psycopg.connect(two_url) as conn:  # the partitions' marks are gone with their merge
        assert conn.execute("SELECT COUNT(*) FROM meta WHERE key LIKE 'partition%'").fetchone() == (0,)


def _ingest_cli(url: str, path: Path) -> subprocess.Popen[str]:
    exe = Path(sys.executable).with_name("marsad")
    return subprocess.Popen([str(exe), "ingest", str(path), "--db", url, "--workers", "1", "--no-analyse", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@needs_pg
def test_pg_concurrent_distributed_ingests_store_each_page_once(inputs: Path, tmp_path: Path,
                                                                 pg_database: Callable[[], str]) -> None:
    """Two `--workers` ingests at once on overlapping inputs: each page stored once, each article
    indexed and linked once (constraints and the link lock, not luck)."""
    import psycopg

    url = pg_database()
    open_store(url).close()  # migrated once, before the race
    other = tmp_path / "other"
    shutil.copytree(inputs, other)
    (other / "extra.txt").write_text("نص إضافي عن اجتماع وزراء الخارجية العرب في القاهرة اليوم لبحث الأوضاع",
                                     encoding="utf-8")
    procs = [_ingest_cli(url, inputs), _ingest_cli(url, other)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    s = open_store(url)
    one = s.stats()
    s.close()
    with psycopg.connect(url) as conn:
        q = lambda sql: conn.execute(sql).fetchone()[0]  # type: ignore[index]  # noqa: E731
        pages = q("SELECT COUNT(*) FROM pages")
        assert pages == q("SELECT COUNT(DISTINCT page_id) FROM articles WHERE idx = 0")
        assert q("SELECT COUNT(*) FROM articles") == q("SELECT COUNT(*) FROM (SELECT DISTINCT page_id, idx"
                                                       " FROM articles) x")
        assert q("SELECT COUNT(*) FROM articles WHERE text_hash IS NULL") == 0  # every article merged
        assert q("SELECT COUNT(*) FROM article_search") == q("SELECT COUNT(*) FROM articles")
        # an original is nobody's copy
        assert q("SELECT COUNT(*) FROM near_duplicates d JOIN near_duplicates o ON o.article_id = d.original_id") == 0
    assert sum(r["stored"] for r in results) == pages == one["pages"]
    assert results[0]["stored"] + results[0]["already_seen"] == results[1]["stored"] + results[1]["already_seen"] - 1
