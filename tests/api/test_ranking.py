"""A search's ranked ids from `marsad.api.ranking` are those of the joined ranking statement."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from marsad.api import queries, ranking
from marsad.model import Article, InputInfo, Page
from marsad.pipeline import content_id
from marsad.store import SQLiteStore
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
