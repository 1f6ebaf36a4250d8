"""The server's caches: answers stay those of an uncached server, and a write is seen at once."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.api.state import LRU, StoreProvider

TOKEN = "s3cret-token"
TEXT = ("افتتحت بلدية مدينة تدمر مكتبة عامة جديدة تضم آلاف الكتب، وقال رئيس البلدية إن المكتبة ستفتح "
        "أبوابها للطلاب والباحثين طوال أيام الأسبوع بعد سنوات من الانتظار في المدينة التاريخية.")
URLS = ["/api/v1/search?q=غزة", "/search?q=غزة", "/api/v1/search?q=غزة&limit=1", "/search?q=%22", "/"]


def test_lru_is_bounded() -> None:
    lru: LRU[str, int] = LRU(2)
    lru.put("a", 1)
    lru.put("b", 2)
    assert lru.get("a") == 1  # a is now the most recent
    lru.put("c", 3)
    assert lru.get("b") is None and lru.get("a") == 1 and lru.get("c") == 3 and len(lru) == 2
    off: LRU[str, int] = LRU(0)
    off.put("a", 1)
    assert off.get("a") is None


def test_cached_answers_equal_uncached(built: dict[str, Any]) -> None:
    with TestClient(create_app(built["db"])) as cached, TestClient(create_app(built["db"], cache=False)) as plain:
        ids = [h["article_id"] for h in plain.get("/api/v1/search", params={"q": "غزة", "limit": 5}).json()["results"]]
        assert ids
        urls = [*URLS, *(f"/articles/{i}" for i in ids), *(f"/api/v1/articles/{i}" for i in ids), "/articles/99999"]
        for url in urls * 2:  # the second time from the caches
            a, b = cached.get(url), plain.get(url)
            assert (a.status_code, a.headers["content-type"], a.text) == (b.status_code, b.headers["content-type"],
                                                                          b.text), url
            assert a.headers.get("content-security-policy") == b.headers.get("content-security-policy")
        provider: StoreProvider = cached.app.state.provider  # type: ignore[attr-defined]
        assert len(provider.searches) >= 2 and len(provider.articles) >= 2 * len(ids)


def test_a_write_is_seen_at_once(built: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    shutil.copy(built["db"], db)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(str(db), token=TOKEN)) as c:
        assert c.get("/api/v1/search", params={"q": "تدمر"}).json()["count"] == 0  # now cached
        page = c.get("/search", params={"q": "تدمر"}).text
        assert "وكالة تدمر" not in page
        r = c.post("/api/v1/pages", headers=auth, json={"text": TEXT, "title": "مكتبة في تدمر",
                                                         "published": "2024-12-09", "source": "وكالة تدمر"})
        assert r.status_code == 201, r.text
        hits = c.get("/api/v1/search", params={"q": "تدمر"}).json()["results"]
        assert [h["title"] for h in hits] == ["مكتبة في تدمر"]
        assert "وكالة تدمر" in c.get("/search", params={"q": "تدمر"}).text  # the publisher list too
        art = c.get(f"/api/v1/articles/{hits[0]['article_id']}").json()
        assert art["source"] == "وكالة تدمر"


def test_memory_store_is_not_cached() -> None:
    provider = StoreProvider(":memory:")
    assert provider.version() is None
    assert provider.cached(provider.searches, "k", lambda: 1) == 1 and len(provider.searches) == 0
    provider.close_all()


def test_article_dict_is_the_contract_json(built: dict[str, Any]) -> None:
    from marsad.api import service
    from marsad.store import open_store

    store = open_store(built["db"])
    try:
        ids = [int(r[0]) for r in store._db.execute("SELECT id FROM articles")]  # type: ignore[attr-defined]
        spans = 0
        for aid in ids:
            rec = service.article_record(store, aid)
            assert rec is not None
            art = rec[1].articles[rec[0]["index"]]
            assert service.article_dict(art) == art.to_dict()
            spans += len(art.entities) + len(art.events)
        assert spans  # the store has articles with spans and events
    finally:
        store.close()
