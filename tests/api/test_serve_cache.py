"""The server's caches (answers stay those of an uncached server, a write is seen at once) and threads."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path
from typing import Any

import pytest
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


def test_stats_follow_writes_and_rejections(built: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    shutil.copy(built["db"], db)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(str(db), token=TOKEN)) as c:
        before = c.get("/api/v1/stats").json()
        assert c.get("/api/v1/stats").json() == before  # from the cache
        r = c.post("/api/v1/pages", headers=auth, json={"text": TEXT, "title": "مكتبة في تدمر", "source": "وكالة تدمر"})
        assert r.status_code == 201, r.text
        after = c.get("/api/v1/stats").json()
        assert after["pages"] == before["pages"] + 1
        r = c.post("/api/v1/pages", headers=auth, json={"text": "   ", "title": "فارغة"})
        assert r.status_code == 201 and r.json()["summary"]["rejected"], r.text  # taken, and rejected as empty
        rejected = c.get("/api/v1/stats").json()["rejected"]
        assert sum(rejected.values()) == sum(after["rejected"].values()) + 1, rejected


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
            view = service.article_view(store, aid)
            assert view is not None
            art = view.article
            assert service.article_dict(art) == art.to_dict()
            assert service.article_record(store, aid) == service.record_of(view)
            spans += len(art.entities) + len(art.events)
        assert spans  # the store has articles with spans and events
        assert service.article_record(store, 987654) is None and service.article_view(store, 987654) is None
    finally:
        store.close()


def test_article_view_reads_what_get_page_reads(built: dict[str, Any]) -> None:
    """The article read path (one article by id) gives what the whole-page read gives."""
    from marsad.store import open_store
    from marsad.store.article_view import read_article

    store = open_store(built["db"])
    try:
        db = store._db  # type: ignore[attr-defined]
        rows = db.execute("SELECT id, page_id, idx FROM articles ORDER BY id").fetchall()
        seen = {"tags": 0, "related": 0, "others": 0}
        for aid, pid, idx in rows:
            view = read_article(db, aid)
            page = store.get_page(pid)
            assert view is not None and page is not None
            assert (view.id, view.page_id, view.index) == (aid, pid, idx)
            assert view.article == page.articles[idx]
            assert (view.page_published, view.source, view.url, view.language) == (
                page.published, page.source, page.input.url, page.language)
            assert (view.tags, view.related) == (page.tags, page.related)
            siblings = [(int(r[0]), int(r[1])) for r in db.execute(
                "SELECT id, idx FROM articles WHERE page_id = ? ORDER BY idx", (pid,))]
            assert view.others == [(i, x, page.articles[x].role, page.articles[x].title)
                                   for i, x in siblings if i != aid]
            bare = read_article(db, aid, page=False)
            assert bare is not None and bare.article == view.article and not (bare.tags or bare.others)
            seen["tags"] += len(view.tags)
            seen["related"] += len(view.related)
            seen["others"] += len(view.others)
        assert all(seen.values()), seen  # the test store exercises every part
        assert read_article(db, 987654) is None
    finally:
        store.close()


def test_article_routes_fall_through_for_other_ids(client: TestClient, built: dict[str, Any]) -> None:
    """Ids outside the fast routes' pattern reach the FastAPI routes: validated and answered as before."""
    aid = built["span_article"]
    fast, padded = client.get(f"/api/v1/articles/{aid}"), client.get(f"/api/v1/articles/00{aid}")
    assert fast.status_code == padded.status_code == 200 and fast.json() == padded.json()
    assert client.get(f"/articles/00{aid}").text == client.get(f"/articles/{aid}").text
    for bad in ("0", "-1", str(2**62 + 1), "abc"):
        r = client.get(f"/api/v1/articles/{bad}")
        assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json", bad
    r = client.get("/api/v1/articles/999999999999999999")  # 18 digits: the fast route, unknown
    assert r.status_code == 404 and r.json()["detail_ar"]
    page = client.get("/articles/999999999999999999")
    assert page.status_code == 404 and 'dir="rtl"' in page.text and page.headers["content-security-policy"]
    assert client.get("/articles/abc").status_code == 422
    assert client.post(f"/articles/{aid}").status_code == 405
    assert client.head(f"/articles/{aid}").status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/api/v1/articles/{article_id}" in schema["paths"] and "/articles/{article_id}" not in schema["paths"]


def test_article_markup_escapes_and_keeps_spans_clear_of_quote_edges() -> None:
    import random

    from marsad.model import Article, Entity
    from marsad.web import render

    text = 'قال "أحمد" إن <b>غزة</b> & رفح ' * 3
    art = Article(role="main", title=None, text=text,
                  entities=[Entity(text="غزة", label="LOC", canonical='غزة"><x', start=14, end=17)])
    out = str(render.article_markup(art))
    assert "<b>" not in out and "&lt;b&gt;" in out and "&amp;" in out and "&#34;" in out
    assert 'href="/entities/%D8%BA%D8%B2%D8%A9%22%3E%3Cx"' in out and 'title="مكان: غزة&#34;&gt;&lt;x"' in out
    assert str(render.article_markup(Article(role="main", title=None, text="نص بلا رموز"))) == "نص بلا رموز"

    rnd = random.Random(5)
    for _ in range(300):  # the bisection keeps exactly the spans the pairwise rule keeps
        quotes = render._pick([render._Span(s, s + rnd.randint(1, 30), "", "") for s in
                               (rnd.randint(0, 200) for _ in range(rnd.randint(0, 6)))])
        spans = [render._Span(s, s + rnd.randint(1, 12), "", "") for s in
                 (rnd.randint(0, 220) for _ in range(rnd.randint(0, 25)))]
        expect = [s for s in spans if not any(q.start < s.end and s.start < q.end
                                              and not (q.start <= s.start and s.end <= q.end) for q in quotes)]
        assert render._outside_quotes(spans, quotes) == expect


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries `service.search_page` computes from now on (each call's `q`, in order)."""
    from marsad.api import service

    calls: list[str] = []
    real = service.search_page

    @functools.wraps(real)  # its signature stays the real one's
    def counted(store: Any, q: str, **kw: Any) -> service.SearchPage:
        calls.append(q)
        return real(store, q, **kw)

    monkeypatch.setattr(service, "search_page", counted)
    return calls


def test_web_page_and_api_share_one_search(built: dict[str, Any], searched: list[str]) -> None:
    import inspect

    from marsad.api import routes, service

    params = inspect.signature(service.search_page).parameters
    assert {k: p.default for k, p in params.items() if k not in ("store", "q")} == routes._SEARCH_DEFAULTS
    calls = searched
    with TestClient(create_app(built["db"])) as c:
        api = c.get("/api/v1/search", params={"q": "غزة"}).json()
        page = c.get("/search", params={"q": "غزة"}).text  # the API's search, rendered
        c.get("/api/v1/search", params={"q": "غزة", "limit": 5})  # another page size: another search
    assert calls == ["غزة", "غزة"]
    assert api["results"] and api["results"][0]["title"] in page


def test_worker_threads_are_bounded(built: dict[str, Any]) -> None:
    import anyio.to_thread

    with TestClient(create_app(built["db"], threads=3)) as c:
        assert c.portal is not None
        assert c.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens) == 3
        assert c.get("/api/v1/search", params={"q": "غزة"}).status_code == 200


def test_processes_share_search_pages(built: dict[str, Any], tmp_path: Path, searched: list[str]) -> None:
    calls = searched
    shared = str(tmp_path / "searches.db")
    with TestClient(create_app(built["db"], shared_cache=shared)) as a, \
            TestClient(create_app(built["db"], shared_cache=shared)) as b:  # two processes' apps
        first = a.get("/api/v1/search", params={"q": "غزة"}).json()
        assert b.get("/api/v1/search", params={"q": "غزة"}).json() == first  # b takes a's page
        assert first["results"] and calls == ["غزة"]
        b.get("/search", params={"q": "غزة", "from": "2024-01"})  # another search: computed
        assert calls == ["غزة", "غزة"]


def test_shared_cache_is_bounded_and_best_effort(tmp_path: Path, monkeypatch: Any) -> None:
    from marsad.api import shared_cache
    from marsad.api.shared_cache import SharedCache

    monkeypatch.setattr(shared_cache, "MAX_ROWS", 5)
    monkeypatch.setattr(shared_cache, "TRIM_EVERY", 2)
    cache = SharedCache(str(tmp_path / "s.db"))
    for i in range(20):
        cache.put(("k", i), {"hits": [{"title": f"خبر {i}"}], "next_offset": None})
    assert cache.get(("k", 19)) == {"hits": [{"title": "خبر 19"}], "next_offset": None}
    assert cache.get(("k", 0)) is None and cache.get(("other", 1)) is None
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database, " * 100)
    bad = SharedCache(str(broken))  # a file SQLite cannot use: misses, never errors
    bad.put(("k", 1), {"hits": [], "next_offset": None})
    assert bad.get(("k", 1)) is None
