"""The store: opening, idempotent ingest, sightings, round-trip, rollback, reports."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from marsad.errors import QueryError, StoreError
from marsad.model import Article, Entity, Event, Figure, InputInfo, Page, Quote, Removed, TimeExpr
from marsad.store import SQLiteStore, Store, open_store
from marsad.store.schema import SCHEMA_VERSION

TEXT = "قال المتحدث باسم الدفاع المدني في غزة إن 42 شخصاً قتلوا في قصف إسرائيلي على مخيم جباليا."


def full_page() -> Page:
    """A page using every field of the model, annotations included."""
    text = TEXT
    main = Article(
        role="main",
        title="قصف على جباليا",
        text=text,
        publisher="عربي21",
        published="2024-05-01",
        entities=[
            Entity(text="غزة", label="LOC", canonical="غزة", start=34, end=37),
            Entity(text="المتحدث", label="PER", canonical="المتحدث باسم الدفاع المدني", start=4, end=11,
                   role="المتحدث باسم الدفاع المدني"),
        ],
        times=[
            TimeExpr(text="أمس", value="2024-04-30", grain="day", kind="date", start=0, end=3, relative=True),
            TimeExpr(text="منذ أكتوبر", value="2023-10", grain="month", kind="interval", start=5, end=9,
                     end_value="2024-05", note="weekday mismatch"),
        ],
        figures=[
            Figure(text="42 شخصاً", value=42, qualifier="exact", category="killed", unit=None,
                   reported_by="الدفاع المدني", start=41, end=49),
            Figure(text="1.5 مليون", value=1.5, qualifier="about", category="money", unit="USD",
                   reported_by=None, start=0, end=9),
        ],
        quotes=[Quote(text="لن نستسلم", speaker="حماس", start=10, end=19),
                Quote(text="هدنة", speaker=None, start=20, end=24, kind="scare")],
        events=[
            Event(type="ASSAULT", mode="airstrike", source=["إسرائيل"], target=["غزة", "جباليا"],
                  location="جباليا", date="2024-05-01", negated=False, trigger="قصف", start=0, end=len(text),
                  countries={"إسرائيل": "إسرائيل", "غزة": "فلسطين"}, location_country="فلسطين", background=True),
            Event(type="AGREE", mode=None, source=[], target=[], location=None, date=None, negated=True,
                  trigger="اتفق", start=0, end=5, hedged=True, claimed_by="رويترز"),
        ],
    )
    embedded = Article(role="embedded", title=None, text="نص مقال آخر عن الضفة الغربية.", publisher=None)
    return Page(
        id="a1b2c3d4e5f60718293a4b5c6d7e8f90",
        input=InputInfo(path="/data/page.html", url="https://example.com/a?b=1", format="html",
                        encoding="windows-1256"),
        published="2024-05-02",
        language="ar",
        articles=[main, embedded],
        related=["عنوان ذو صلة", "عنوان آخر"],
        tags=["غزة", "جباليا"],
        removed=[Removed(text="الرئيسية | أخبار", reason="navigation"),
                 Removed(text="اقرأ أيضاً", reason="read_also_marker")],
        source="عربي 21",
        published_from="html",
    )


# -- opening ------------------------------------------------------------------------------------

def test_open_store_forms(tmp_path: Path) -> None:
    for target in (str(tmp_path / "a.db"), f"sqlite:///{tmp_path / 'b.db'}", str(tmp_path / "sub" / "c.db")):
        s = open_store(target)
        assert isinstance(s, SQLiteStore)
        s.close()
    assert (tmp_path / "b.db").exists() and (tmp_path / "sub" / "c.db").exists()
    for memory in (":memory:", "sqlite://"):
        s = open_store(memory)
        assert s.stats()["pages"] == 0
        s.close()


def test_postgres_unreachable_is_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open"):
        open_store("postgresql://u@127.0.0.1:1/db")


def test_unknown_url_and_bad_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store("mysql://h/db")
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(bad))


def test_schema_versioned_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    open_store(str(path)).close()
    db = sqlite3.connect(path)
    version = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    assert version == (str(SCHEMA_VERSION),)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    db.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(str(path))


# -- ingest -------------------------------------------------------------------------------------

def test_add_is_idempotent_and_records_sightings(store: Store, make_page: Callable[..., Page]) -> None:
    p = make_page(TEXT, title="عنوان", path="/in/one.html", url="https://a.example/1")
    assert store.add_page(p) is True
    assert store.has_page(p.id)
    assert store.add_page(p) is False  # same content, same sighting: nothing new
    p2 = make_page(TEXT, title="عنوان", path="/in/two.html", url="https://b.example/2")
    assert p2.id == p.id
    assert store.add_page(p2, source="warc:crawl.warc.gz#17") is False
    sightings = store.page_sources(p.id)
    assert [(s["input"], s["url"]) for s in sightings] == [
        ("/in/one.html", "https://a.example/1"),
        ("warc:crawl.warc.gz#17", "https://b.example/2"),
    ]
    st = store.stats()
    assert st["pages"] == 1 and st["articles"] == {"main": 1} and st["page_sightings"] == 2


def test_two_handles_same_page(store: Store, reopen: Callable[[], Store],
                               make_page: Callable[..., Page]) -> None:
    p = make_page(TEXT)
    other = reopen()
    try:
        assert store.add_page(p) is True
        assert other.add_page(p, source="elsewhere") is False
        assert other.stats()["pages"] == 1
    finally:
        other.close()


def test_round_trip(store: Store) -> None:
    p = full_page()
    assert store.add_page(p)
    got = store.get_page(p.id)
    assert got is not None
    assert got.to_dict() == p.to_dict()
    assert got == p  # dataclass equality: ints stay ints, floats floats, order kept
    fig = got.articles[0].figures
    assert type(fig[0].value) is int and type(fig[1].value) is float


def test_round_trip_minimal(store: Store, make_page: Callable[..., Page]) -> None:
    p = make_page("نص قصير", title=None)
    p.input = InputInfo(path=None, url="https://x.example/", format="jsonl", encoding=None)
    p.language = "en"
    store.add_page(p)
    got = store.get_page(p.id)
    assert got is not None and got.to_dict() == p.to_dict()


def test_get_page_refs(store: Store, make_page: Callable[..., Page]) -> None:
    p = full_page()
    store.add_page(p)
    assert store.get_page(p.id[:6]) == p
    assert store.get_page(p.id[:5]) is None  # too short for a prefix
    assert store.get_page("ffffffffff") is None
    assert store.get_page("") is None
    hits = store.search("جباليا")
    assert hits and hits[0].page_id == p.id
    assert store.get_page(str(hits[0].article_id)) == p
    assert store.get_page("999999") is None
    # Two pages sharing a 6-character prefix: the prefix is ambiguous.
    q = make_page("نص")
    q.id = p.id[:6] + "0" * 26
    store.add_page(q)
    with pytest.raises(QueryError, match="ambiguous"):
        store.get_page(p.id[:6])
    assert store.get_page(p.id[:7]) == p


# -- transactions -------------------------------------------------------------------------------

def _table_counts(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    tables = ["pages", "page_sources", "articles", "related", "tags", "removed", "entities", "times",
              "figures", "quotes", "events", "article_fts", "search_queue"]
    out = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    db.close()
    return out


def test_rollback_when_failing_midway(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.db"
    store = SQLiteStore(path)
    calls = 0

    def boom(db: Any, aid: int, a: Article) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:  # the page row, page_sources, the first article are already written
            raise RuntimeError("disk on fire")
        real(db, aid, a)

    real = SQLiteStore._write_annotations
    monkeypatch.setattr(SQLiteStore, "_write_annotations", staticmethod(boom))
    p = full_page()
    with pytest.raises(RuntimeError):
        store.add_page(p)
    assert set(_table_counts(path).values()) == {0}
    assert not store.has_page(p.id)
    monkeypatch.setattr(SQLiteStore, "_write_annotations", staticmethod(real))
    assert store.add_page(p) is True  # the store is usable and the page not taken for a duplicate
    assert store.get_page(p.id) == p
    store.close()


def test_bad_value_is_store_error_and_rolls_back(store: Store, tmp_path: Path, backend: str) -> None:
    p = full_page()
    p.articles[1].entities = [Entity(text=object(), label="LOC", canonical="x", start=0, end=1)]  # type: ignore[arg-type]
    with pytest.raises(StoreError, match=p.id):
        store.add_page(p)
    if backend != "sqlite":
        pytest.skip("the rest reads the SQLite file")
    assert set(_table_counts(tmp_path / "marsad.db").values()) == {0}


def test_crash_keeps_committed_pages(tmp_path: Path) -> None:
    """A process killed inside a page's transaction loses that page only."""
    path = tmp_path / "crash.db"
    script = textwrap.dedent(f"""
        import os
        from marsad.model import Article, InputInfo, Page
        from marsad.store.sqlite import SQLiteStore
        s = SQLiteStore({str(path)!r})
        def page(i):
            return Page(id=f"p{{i:031d}}", input=InputInfo(path=f"/in/{{i}}"), published=None,
                        language="ar", articles=[Article(role="main", title=None, text=f"نص رقم {{i}}")])
        for i in range(5):
            s.add_page(page(i))
        def die(db, aid, a):
            os._exit(3)
        SQLiteStore._write_annotations = staticmethod(die)
        s.add_page(page(5))
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert r.returncode == 3, r.stderr
    s = SQLiteStore(path)
    try:
        assert s.stats()["pages"] == 5
        assert not s.has_page(f"p{5:031d}")
        assert _table_counts(path)["articles"] == 5
        assert len(s.search("نص رقم")) == 5  # queued index rows were indexed on reopen
        assert _table_counts(path)["search_queue"] == 0
    finally:
        s.close()


def test_index_queue_is_drained(store: Store, reopen: Callable[[], Store],
                                make_page: Callable[..., Page]) -> None:
    """Index rows are batched, but every search sees every committed page, from any handle."""
    other = reopen()
    try:
        for i in range(5):
            store.add_page(make_page(f"خبر رقم {i} عن غزة"))
        assert len(other.search("غزة")) == 5  # another handle drains this handle's queue
        store.add_page(make_page("خبر آخر عن غزة"))
        assert len(store.search("غزة")) == 6
        assert len(other.search("غزة")) == 6
    finally:
        other.close()


def test_many_pages_cross_flush_threshold(store: Store, make_page: Callable[..., Page]) -> None:
    from marsad.store.fts import FLUSH_EVERY

    for i in range(FLUSH_EVERY + 7):
        store.add_page(make_page(f"مقال {i} عن رفح"))
    assert len(store.search("رفح", limit=1000)) == FLUSH_EVERY + 7
    assert store.stats()["pages"] == FLUSH_EVERY + 7


# -- reports ------------------------------------------------------------------------------------

def test_rejected(store: Store) -> None:
    store.add_rejected("/in/a.bin", "binary", "NUL bytes")
    store.add_rejected("/in/b.html", "empty")
    store.add_rejected("/in/c.bin", "binary")
    rows = store.rejected()
    assert [r["input"] for r in rows] == ["/in/c.bin", "/in/b.html", "/in/a.bin"]
    assert rows[2]["detail"] == "NUL bytes" and rows[1]["detail"] == ""
    assert len(store.rejected(limit=1)) == 1
    assert store.stats()["rejected"] == {"binary": 2, "empty": 1}


def test_stats(store: Store, make_page: Callable[..., Page]) -> None:
    store.add_page(full_page())
    store.add_page(make_page("خبر من الجزيرة", source="الجزيرة", published="2023-10-07"))
    store.add_page(make_page("خبر آخر من الجزيرة", source="الجزيرة", published="2024-06-01"))
    st = store.stats()
    assert st["pages"] == 3
    assert st["articles"] == {"embedded": 1, "main": 3}
    assert st["languages"] == {"ar": 3}
    assert st["removed"] == {"navigation": 1, "read_also_marker": 1}
    assert st["publishers"][0] == {"publisher": "الجزيرة", "articles": 2}
    assert {"publisher": "عربي21", "articles": 1} in st["publishers"]
    assert st["date_range"] == {"from": "2023-10-07", "to": "2024-06-01"}
    assert st["annotations"] == {"entities": 2, "times": 2, "figures": 2, "quotes": 2, "events": 2}
    assert st["db_bytes"] > 0
    assert st["schema_version"] == SCHEMA_VERSION


def test_data_survives_reopen(store: Store, reopen: Callable[[], Store]) -> None:
    p = full_page()
    store.add_page(p)
    store.close()
    again = reopen()
    try:
        assert again.get_page(p.id) == p
        assert again.search("جباليا")[0].page_id == p.id
    finally:
        again.close()


# -- batches: many pages a transaction, one savepoint a page ------------------------------------

def _page(i: int) -> Page:
    return Page(id=f"b{i:031d}", input=InputInfo(path=f"/in/{i}"), published=None, language="ar",
                articles=[Article(role="main", title=None, text=f"خبر رقم {i} عن رفح")])


def test_batch_keeps_pages_before_a_failing_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "b.db"
    store = SQLiteStore(path)
    real = SQLiteStore._write_annotations

    def boom(db: Any, aid: int, a: Article) -> None:
        if "رقم 3 " in a.text:
            raise RuntimeError("disk on fire")
        real(db, aid, a)

    monkeypatch.setattr(SQLiteStore, "_write_annotations", staticmethod(boom))
    with store.batch():
        for i in range(3):
            assert store.add_page(_page(i)) is True
        with pytest.raises(RuntimeError):
            store.add_page(_page(3))
        store.add_rejected("/in/x", "empty")
        assert store.add_page(_page(4)) is True
        assert store.add_page(_page(0)) is False  # already stored in this batch: a sighting
    counts = _table_counts(path)  # another connection: all of it is committed
    assert counts["pages"] == 4 and counts["articles"] == 4 and counts["page_sources"] == 4
    assert not store.has_page(_page(3).id)
    assert store.rejected()[0]["input"] == "/in/x"
    assert len(store.search("رفح")) == 4
    store.close()


def test_batch_commits_on_error_and_in_slices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.store.sqlite as sq

    monkeypatch.setattr(sq, "BATCH_PAGES", 3)
    path = tmp_path / "b.db"
    store = SQLiteStore(path)
    with pytest.raises(KeyboardInterrupt), store.batch():
        for i in range(4):
            store.add_page(_page(i))
            assert _table_counts(path)["pages"] == (3 if i >= 2 else 0)  # committed every 3 pages
        raise KeyboardInterrupt
    assert _table_counts(path)["pages"] == 4  # leaving on an error commits what was stored
    store.close()


def test_batch_rewrites_its_pages_when_sqlite_rolls_it_all_back(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "b.db"
    store = SQLiteStore(path)
    real = SQLiteStore._write_annotations

    def full_disk(db: Any, aid: int, a: Article) -> None:
        if "رقم 2 " in a.text:
            db.execute("ROLLBACK")  # as SQLite does itself on SQLITE_FULL or an I/O error
            raise sqlite3.OperationalError("database or disk is full")
        real(db, aid, a)

    monkeypatch.setattr(SQLiteStore, "_write_annotations", staticmethod(full_disk))
    with store.batch():
        store.add_page(_page(0))
        store.add_rejected("/in/x", "empty")
        store.add_page(_page(1))
        with pytest.raises(StoreError, match="disk is full"):
            store.add_page(_page(2))
        store.add_page(_page(3))
    counts = _table_counts(path)
    assert counts["pages"] == 3 and counts["articles"] == 3
    assert [r["input"] for r in store.rejected()] == ["/in/x"]
    assert not store.has_page(_page(2).id)
    store.close()


def test_ingest_summary_and_store_agree_when_a_page_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.ingest import ingest_documents
    from marsad.pipeline import Options
    from marsad.read.base import RawDocument

    path = tmp_path / "i.db"
    store = SQLiteStore(path)
    docs = [RawDocument(f"doc{i}", "txt", text=f"خبر رقم {i} عن رفح والمعبر اليوم") for i in range(5)]
    real = SQLiteStore._write_page_body

    def boom(self: SQLiteStore, db: Any, page: Page) -> None:
        if "رقم 3 " in page.articles[0].text:
            raise sqlite3.IntegrityError("bad row")
        real(self, db, page)

    monkeypatch.setattr(SQLiteStore, "_write_page_body", boom)
    with pytest.raises(StoreError, match="bad row"):
        ingest_documents(docs, store, Options(analyse=False))
    assert _table_counts(path)["pages"] == 3  # the pages before the failing one are committed
    monkeypatch.setattr(SQLiteStore, "_write_page_body", real)
    summary = ingest_documents(docs, store, Options(analyse=False))
    assert (summary.stored, summary.already_seen) == (2, 3)
    assert _table_counts(path)["pages"] == 5
    store.close()


def test_hits_for_filters_the_given_articles(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "h.db")
    for i in range(1, 6):
        p = _page(i)
        p.published = f"2024-01-0{i}"
        store.add_page(p)
    ids = [int(r[0]) for r in store._db.execute("SELECT id FROM articles ORDER BY id")]
    # The filters select among the given articles, not among the store's first ones.
    assert [h.article_id for h in store.hits_for([ids[4], ids[3]], "رفح", date_from="2024-01-01")] == [ids[4], ids[3]]
    assert [h.article_id for h in store.hits_for(ids, "رفح", date_from="2024-01-04")] == ids[3:]
    assert store.hits_for([ids[0]], "رفح", date_to="2023-12") == []
    store.close()
