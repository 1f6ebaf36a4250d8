"""A search's ranked ids from `marsad.api.ranking` are those of the joined ranking statement."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from marsad.api import queries, ranking
from marsad.model import Article, InputInfo, Page
from marsad.pipeline import content_id
from marsad.store import SQLiteStore, postings
from marsad.store.query import parse_query

WORDS = ["غزة", "رفح", "الرياض", "حماس", "المستشفى", "الوزير", "القصف", "الهدنة", "المعبر", "السفير"]
OUTLETS = ["الرياض", "عكاظ", "الوطن", "سبق"]


def _store(path: Path, n: int, seed: int = 3) -> SQLiteStore:
    rnd = random.Random(seed)
    store = SQLiteStore(path)
    for i in range(n):
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 40))) + f" خبر رقم {i}"
        day = f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        outlet = rnd.choice(OUTLETS)
        art = Article("main", rnd.choice(WORDS) + f" {i}", text, publisher=outlet, published=day)
        store.add_page(Page(content_id(text), InputInfo(path=f"/in/{i}"), day, "ar", [art], source=outlet))
    return store


FILTERS = [{}, {"date_from": "2024-03", "date_to": "2024-06"}, {"publisher": "عكاظ"},
           {"date_from": "2024-11-15"}, {"publisher": "سبق", "date_to": "2024-02"}, {"entity": "غزة"}]


@pytest.mark.parametrize(("scan", "chunk"), [(ranking.FILTER_SCAN, ranking.FILTER_CHUNK), (7, 3)])
def test_same_ids_as_the_joined_statement(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan: int,
                                          chunk: int) -> None:
    monkeypatch.setattr(ranking, "FILTER_SCAN", scan)
    monkeypatch.setattr(ranking, "FILTER_CHUNK", chunk)
    store = _store(tmp_path / "r.db", 120)
    db = store._db
    for q in ["غزة", "رفح OR السفير", "ال*", '"القصف الهدنة"', "المعبر -حماس"]:
        match = parse_query(q).fts()
        for f in FILTERS:
            for fetch in (1, 5, 21, 200):
                for collapse in (True, False):
                    stmt = queries.rank_sql(match, date_from=f.get("date_from"), date_to=f.get("date_to"),
                                            publisher=f.get("publisher"), entity=f.get("entity"), limit=fetch,
                                            collapse=collapse)
                    assert stmt is not None
                    want = [(int(a), float(r)) for a, r in db.execute(*stmt)]
                    for _ in range(2):  # the second time from the cache
                        got = ranking.search_ranked(db, match, fetch=fetch, collapse=collapse, **f)
                        assert got == want, (q, f, fetch, collapse)
    store.close()


def test_a_write_is_seen_at_once(tmp_path: Path) -> None:
    store = _store(tmp_path / "w.db", 30)
    store.flush()
    match = parse_query("السفير").fts()
    before = ranking.search_ranked(store._db, match, fetch=100, collapse=True)
    assert before
    text = "السفير السفير السفير يصل اليوم"
    art = Article("main", "السفير", text, publisher="عكاظ", published="2024-05-05")
    store.add_page(Page(content_id(text), InputInfo(path="/in/new"), "2024-05-05", "ar", [art], source="عكاظ"))
    store.flush()
    after = ranking.search_ranked(store._db, match, fetch=100, collapse=True)
    assert len(after) == len(before) + 1 and after[0][0] not in {a for a, _ in before}
    store.close()


def _statement(db: object, match: str, n: int, collapse: bool) -> list[tuple[int, float]]:
    stmt = queries.rank_sql(match, date_from=None, date_to=None, publisher=None, entity=None, limit=n,
                            collapse=collapse)
    assert stmt is not None
    return [(int(a), float(r)) for a, r in db.execute(*stmt)]  # type: ignore[attr-defined]


def _add_near_copies(store: SQLiteStore, k: int) -> None:
    """`k` pages that repeat one long text with one word changed: near-duplicates of each other."""
    base = " ".join(WORDS[i % len(WORDS)] + f" كلمة{i}" for i in range(60))
    for i in range(k):
        text = base + f" ذيل{i}"
        art = Article("main", "نسخة", text, publisher="سبق", published="2024-04-04")
        store.add_page(Page(content_id(text), InputInfo(path=f"/in/copy{i}"), "2024-04-04", "ar", [art], source="سبق"))


def _check_lists(store: SQLiteStore, *, listed: bool) -> None:
    """Every one-word query ranks as the statement does, by the lists when `listed`."""
    db = store._db
    store.flush()
    version = ranking._store_key(db)
    for word in [*WORDS, "خبر"]:
        parsed = parse_query(word)
        key, match = parsed.single_key(), parsed.fts()
        assert key
        for collapse in (True, False):
            for n in (1, 5, 21, 500):
                want = _statement(db, match, n, collapse)
                got = postings.rank(db, key, match, collapse=collapse, n=n, version=version, rank_sql=queries.RANK)
                assert (got is not None) == listed, word
                if got is not None:
                    assert got == want, (word, collapse, n)
                for f in FILTERS:
                    assert ranking.search_ranked(db, match, fetch=n, collapse=collapse, key=key, **f) == \
                        [(int(a), float(r)) for a, r in db.execute(*queries.rank_sql(
                            match, date_from=f.get("date_from"), date_to=f.get("date_to"),
                            publisher=f.get("publisher"), entity=f.get("entity"), limit=n, collapse=collapse) or ())]


def test_lists_rank_as_the_statement_and_follow_new_pages(tmp_path: Path) -> None:
    store = _store(tmp_path / "p.db", 150)
    _add_near_copies(store, 4)
    store.flush()
    assert store._db.execute("SELECT COUNT(*) FROM near_duplicates").fetchone()[0] > 0
    _check_lists(store, listed=False)  # no lists yet: the statement
    assert postings.refresh(store._db) is None  # fewer articles than MIN_DOCS: nothing built
    built = postings.refresh(store._db, min_docs=20)
    assert built is not None and built >= len(WORDS)
    _check_lists(store, listed=True)
    upto = store._db.execute("SELECT upto FROM search_postings_state").fetchone()[0]
    # Pages added since the build: scored by FTS5 itself, the lists kept while they are few.
    rnd = random.Random(9)
    for i in range(6):
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 30))) + f" جديد {i}"
        art = Article("main", rnd.choice(WORDS), text, publisher="الوطن", published="2024-07-07")
        store.add_page(Page(content_id(text), InputInfo(path=f"/in/new{i}"), "2024-07-07", "ar", [art], source="الوطن"))
    _add_near_copies(store, 6)
    store.flush()
    assert postings.refresh(store._db, min_docs=20) is None  # 12 new of 154: under REBUILD_SHARE
    _check_lists(store, listed=True)
    _store_more(store, 40)
    assert postings.refresh(store._db, min_docs=20) is not None  # rebuilt
    assert store._db.execute("SELECT upto FROM search_postings_state").fetchone()[0] > upto
    _check_lists(store, listed=True)
    store.close()


def _store_more(store: SQLiteStore, n: int) -> None:
    rnd = random.Random(11)
    for i in range(n):
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 40))) + f" إضافة {i}"
        art = Article("main", rnd.choice(WORDS), text, publisher="عكاظ", published="2024-08-08")
        store.add_page(Page(content_id(text), InputInfo(path=f"/in/more{i}"), "2024-08-08", "ar", [art], source="عكاظ"))
    store.flush()


def test_a_new_store_at_the_same_path_is_not_ranked_by_the_old_lists(tmp_path: Path) -> None:
    for seed in (1, 2):  # the same file name, another store: its own lists
        path = tmp_path / "same.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        store = _store(path, 60, seed=seed)
        store.flush()
        assert postings.refresh(store._db, min_docs=10)
        _check_lists(store, listed=True)
        store.close()
