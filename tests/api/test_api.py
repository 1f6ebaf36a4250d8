"""The REST API and the HTML pages over a store of examples/, a hand-made page and an XSS page."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.api.cli_serve import serve_command
from marsad.api.state import decode_cursor, encode_cursor

TOKEN = "s3cret-token"
PROBLEM = "application/problem+json"
EVIL = '<img src=x onerror="window.__xss=4">'


def problem(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status and body["title"] and body["title_ar"] and "detail" in body
    return body


# -- OpenAPI ---------------------------------------------------------------------------------

def test_openapi_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = [p for p in spec["paths"] if p.startswith("/api/v1")]
    for p in ("/api/v1/search", "/api/v1/pages/{page_id}", "/api/v1/articles/{article_id}", "/api/v1/entities",
              "/api/v1/entities/{name}", "/api/v1/entities/{name}/timeline", "/api/v1/entities/{name}/cooccurring",
              "/api/v1/figures", "/api/v1/events", "/api/v1/stories", "/api/v1/stats", "/api/v1/export",
              "/api/v1/pages"):
        assert p in paths
    assert "Problem" in spec["components"]["schemas"]
    assert not any(p.startswith("/articles") for p in spec["paths"])  # the UI is not in the API schema
    assert client.get("/docs").status_code == 200


# -- search ----------------------------------------------------------------------------------

def test_search_hits_have_plain_and_marked_snippets(client: TestClient) -> None:
    r = client.get("/api/v1/search", params={"q": "غزة"})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] >= 2 and body["results"]
    for h in body["results"]:
        assert "<mark>" in h["snippet_html"] and "<mark>" not in h["snippet"]
        assert {"article_id", "page_id", "title", "published", "publisher", "role", "score"} <= set(h)


def test_search_snippet_html_escapes_page_content(client: TestClient, built: dict[str, Any]) -> None:
    hits = client.get("/api/v1/search", params={"q": "حلب"}).json()["results"]
    hit = next(h for h in hits if h["article_id"] == built["xss_article"])
    assert "<script>" in hit["snippet"]  # the plain snippet is the text as it is
    assert "<script" not in hit["snippet_html"] and "<img" not in hit["snippet_html"]
    assert "&lt;script&gt;" in hit["snippet_html"] and "<mark>حلب</mark>" in hit["snippet_html"]


def test_search_filters(client: TestClient, built: dict[str, Any]) -> None:
    def ids(**params: str) -> set[int]:
        r = client.get("/api/v1/search", params={"q": "غزة", **params})
        assert r.status_code == 200, r.text
        return {h["article_id"] for h in r.json()["results"]}

    every = ids()
    assert built["span_article"] in every
    assert ids(event_type="ASSAULT") == {built["span_article"]}
    assert ids(event_type="PROTEST") == set()
    assert built["span_article"] in ids(publisher="وكالة الاختبار")
    assert ids(publisher="وكالة الاختبار") <= every
    assert built["span_article"] in ids(entity="أحمد المنصوري")
    assert ids(**{"from": "2024-12-05", "to": "2024-12-05"}) == {built["span_article"]}
    assert ids(**{"from": "2030"}) == set()


def test_search_cursor_pagination(client: TestClient) -> None:
    full = [h["article_id"] for h in client.get("/api/v1/search", params={"q": "في", "limit": 50}).json()["results"]]
    assert len(full) >= 4
    seen: list[int] = []
    cursor = None
    for _ in range(20):
        params = {"q": "في", "limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/v1/search", params=params).json()
        seen += [h["article_id"] for h in body["results"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == full


def test_cursor_is_opaque_and_checked(client: TestClient) -> None:
    assert decode_cursor(encode_cursor(40)) == 40
    assert decode_cursor(None) == 0
    problem(client.get("/api/v1/search", params={"q": "غزة", "cursor": "not-a-cursor!"}), 400)
    problem(client.get("/api/v1/search", params={"q": "غزة", "cursor": encode_cursor(10**9)}), 400)


def test_bad_query_is_a_bilingual_400(client: TestClient) -> None:
    body = problem(client.get("/api/v1/search", params={"q": '"غزة'}), 400)
    assert "quote" in body["detail"].lower() and body["detail_ar"]
    problem(client.get("/api/v1/search", params={"q": "OR"}), 400)


def test_validation_errors_are_problem_json(client: TestClient) -> None:
    body = problem(client.get("/api/v1/search", params={"q": "غزة", "from": "yesterday"}), 422)
    assert body["errors"][0]["loc"] == ["query", "from"]
    problem(client.get("/api/v1/search"), 422)
    problem(client.get("/api/v1/search", params={"q": "x", "limit": 0}), 422)
    problem(client.get("/api/v1/articles/abc"), 422)
    problem(client.get("/api/v1/export", params={"what": "everything"}), 422)


# -- records ---------------------------------------------------------------------------------

def test_page_record_follows_the_contract(client: TestClient, built: dict[str, Any]) -> None:
    r = client.get(f"/api/v1/pages/{built['xss_page']}")
    assert r.status_code == 200
    page = r.json()
    for key in ("id", "input", "published", "language", "articles", "related", "tags", "removed"):
        assert key in page
    art = page["articles"][0]
    assert art["id"] == built["xss_article"] and art["role"] == "main"
    for key in ("title", "publisher", "published", "text", "entities", "times", "figures", "quotes", "events"):
        assert key in art
    assert client.get(f"/api/v1/pages/{built['xss_page'][:8]}").json()["id"] == built["xss_page"]  # prefix
    problem(client.get("/api/v1/pages/ffffffffffffffffffff"), 404)


def test_article_with_spans(client: TestClient, built: dict[str, Any]) -> None:
    a = client.get(f"/api/v1/articles/{built['span_article']}").json()
    assert a["id"] == built["span_article"] and a["page_id"] == "span0000000000000001"
    text = a["text"]
    for kind in ("entities", "times", "figures", "quotes", "events"):
        assert a[kind], kind
    for e in a["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert a["figures"][0]["value"] == 27 and a["quotes"][0]["speaker"] == "أحمد المنصوري"
    body = problem(client.get("/api/v1/articles/987654"), 404)
    assert body["detail_ar"]


# -- entities ----------------------------------------------------------------------------------

def test_entities_listing_and_label(client: TestClient) -> None:
    ents = client.get("/api/v1/entities", params={"top": 500}).json()["entities"]
    assert any(e["canonical"] == "غزة" for e in ents)
    locs = client.get("/api/v1/entities", params={"label": "LOC"}).json()["entities"]
    assert locs and all(e["label"] == "LOC" for e in locs)
    problem(client.get("/api/v1/entities", params={"label": "XYZ"}), 422)


def test_entity_detail_timeline_cooccurring(client: TestClient, built: dict[str, Any]) -> None:
    d = client.get("/api/v1/entities/" + quote("أحمد المنصوري", safe="")).json()
    assert d["label"] == "PER" and d["mentions"] >= 1
    assert built["span_article"] in [a["id"] for a in d["articles"]]
    assert [q["text"] for q in d["quotes"]] == ["الوضع كارثي"]
    g = client.get("/api/v1/entities/" + quote("غزة", safe="")).json()
    assert g["events"] and all("غزة" in e["source"] + e["target"] for e in g["events"])
    tl = client.get("/api/v1/entities/" + quote("غزة", safe="") + "/timeline").json()["timeline"]
    assert tl and tl == sorted(tl, key=lambda x: x["date"]) and sum(x["mentions"] for x in tl) == g["mentions"]
    co = client.get("/api/v1/entities/" + quote("أحمد المنصوري", safe="") + "/cooccurring").json()["cooccurring"]
    assert {"وزارة الصحة", "غزة", "رفح"} <= {c["canonical"] for c in co}
    problem(client.get("/api/v1/entities/" + quote("لا أحد هنا", safe="")), 404)
    problem(client.get("/api/v1/entities/" + quote("لا أحد هنا", safe="") + "/timeline"), 404)


# -- figures, events, stories, stats -------------------------------------------------------------

def test_figures_filters_and_cursor(client: TestClient) -> None:
    body = client.get("/api/v1/figures", params={"category": "killed"}).json()
    assert body["figures"] and all(f["category"] == "killed" for f in body["figures"])
    rep = client.get("/api/v1/figures", params={"reported_by": "وزارة الصحة"}).json()["figures"]
    assert any(f["value"] == 27 for f in rep)
    assert client.get("/api/v1/figures", params={"from": "2099-01-01"}).json()["figures"] == []
    allf = client.get("/api/v1/figures", params={"limit": 200}).json()["figures"]
    page1 = client.get("/api/v1/figures", params={"limit": 3}).json()
    page2 = client.get("/api/v1/figures", params={"limit": 3, "cursor": page1["next_cursor"]}).json()
    assert page1["figures"] + page2["figures"] == allf[:6]


def test_events_and_plover_shape(client: TestClient) -> None:
    ev = client.get("/api/v1/events", params={"type": "ASSAULT", "limit": 200}).json()
    mine = [e for e in ev["events"] if e["page_id"] == "span0000000000000001"]
    assert len(mine) == 2 and all(e["type"] == "ASSAULT" for e in ev["events"])
    dates = [e["date"] or e["published"] or "" for e in ev["events"]]
    assert dates == sorted(dates, reverse=True)
    assert client.get("/api/v1/events", params={"actor": "إسرائيل"}).json()["count"] >= 1
    assert client.get("/api/v1/events", params={"location": "رفح"}).json()["count"] >= 1
    early = client.get("/api/v1/events", params={"to": "2024-12-04", "limit": 200}).json()["events"]
    assert all((e["date"] or e["published"]) <= "2024-12-04" for e in early)
    pl = client.get("/api/v1/events", params={"shape": "plover", "actor": "إسرائيل", "limit": 200}).json()
    e = next(x for x in pl["events"] if x["citation"]["page_id"] == "span0000000000000001")
    assert pl["shape"] == "plover" and e["event_type"] == "ASSAULT" and e["source_actor"] == ["إسرائيل"]
    assert e["target_actor"] == ["غزة"] and e["date"] == "2024-12-05" and e["date_source"] == "event"
    assert e["location"] == {"name": "غزة", "country": "فلسطين"}
    assert (e["source_country"], e["target_country"]) == (["إسرائيل"], ["فلسطين"])
    by_country = client.get("/api/v1/events", params={"country": "فلسطين", "limit": 200}).json()["events"]
    assert any(x["page_id"] == "span0000000000000001" for x in by_country)
    assert all("فلسطين" in [*x["source_country"], *x["target_country"], x["location_country"]] for x in by_country)
    problem(client.get("/api/v1/events", params={"shape": "cameo"}), 422)


def test_stories_and_stats(client: TestClient, built: dict[str, Any]) -> None:
    s = client.get("/api/v1/stories").json()
    assert isinstance(s["stories"], list)
    if not s["stories"]:
        assert s["note"]
    st = client.get("/api/v1/stats").json()
    assert sum(st["articles"].values()) == built["articles"] and st["annotations"]["events"] >= 2


# -- exports -----------------------------------------------------------------------------------

@pytest.mark.parametrize("what", ["articles", "entities", "figures", "events"])
def test_exports_in_three_formats(client: TestClient, what: str) -> None:
    counts = {}
    r = client.get("/api/v1/export", params={"what": what, "format": "jsonl"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in r.text.splitlines()]
    counts["jsonl"] = len(rows)
    r = client.get("/api/v1/export", params={"what": what, "format": "csv"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    counts["csv"] = len(table)
    r = client.get("/api/v1/export", params={"what": what, "format": "parquet"})
    assert r.status_code == 200
    pt = pq.read_table(io.BytesIO(r.content))
    counts["parquet"] = pt.num_rows
    assert counts["jsonl"] == counts["csv"] == counts["parquet"] > 0, counts
    if what == "articles":
        assert set(pt.column("id").to_pylist()) == {x["id"] for x in rows}
        assert any("حلب" in (t or "") for t in pt.column("text").to_pylist())
    if what == "events":
        assert any(pt.column("source").to_pylist()) and any(json.loads(r["source"]) for r in table)


def test_export_filters(client: TestClient) -> None:
    r = client.get("/api/v1/export", params={"what": "articles", "from": "2024-12-05", "to": "2024-12-06"})
    dates = {json.loads(x)["published"] for x in r.text.splitlines()}
    assert dates and dates <= {"2024-12-05", "2024-12-06"}
    r = client.get("/api/v1/export", params={"what": "articles", "limit": 3})
    assert len(r.text.splitlines()) == 3
    r = client.get("/api/v1/export", params={"what": "events", "type": "ASSAULT", "actor": "إسرائيل"})
    rows = [json.loads(x) for x in r.text.splitlines()]
    assert rows and all(x["type"] == "ASSAULT" and "إسرائيل" in x["source"] + x["target"] for x in rows)


# -- POST /pages -------------------------------------------------------------------------------

@pytest.fixture
def writable(built: dict[str, Any], tmp_path: Path) -> str:
    db = tmp_path / "w.db"
    shutil.copy(built["db"], db)
    return str(db)


PAGE_TEXT = ("أعلنت السلطات المحلية في مدينة حمص افتتاح مستشفى جديد يضم مئتي سرير، وقال مدير الصحة إن "
             "المستشفى سيخدم سكان الريف الشرقي الذين كانوا يقطعون مسافات طويلة للعلاج في المدن الأخرى.")


IDLIB_TEXT = ("شهدت محافظة إدلب أمس تساقطا كثيفا للثلوج أدى إلى إغلاق عدد من الطرق الرئيسية بين القرى، "
              "فيما دعت فرق الدفاع المدني السكان إلى تجنب التنقل إلا للضرورة القصوى حتى تتحسن الأحوال الجوية.")


def test_post_is_disabled_without_a_token(built: dict[str, Any]) -> None:
    with TestClient(create_app(built["db"])) as c:
        body = problem(c.post("/api/v1/pages", json={"text": PAGE_TEXT}), 403)
        assert "token" in body["detail"]


def test_post_needs_the_bearer_token(writable: str) -> None:
    with TestClient(create_app(writable, token=TOKEN)) as c:
        r = c.post("/api/v1/pages", json={"text": PAGE_TEXT})
        problem(r, 401)
        assert r.headers["www-authenticate"] == "Bearer"
        problem(c.post("/api/v1/pages", json={"text": PAGE_TEXT}, headers={"Authorization": "Bearer wrong"}), 401)
        problem(c.post("/api/v1/pages", json={"text": PAGE_TEXT}, headers={"Authorization": TOKEN}), 401)


def test_post_json_page_is_ingested_and_searchable(writable: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(writable, token=TOKEN)) as c:
        r = c.post("/api/v1/pages", headers=auth, json={
            "text": PAGE_TEXT, "url": "https://example.org/homs", "title": "مستشفى جديد في حمص",
            "published": "2024-12-09", "source": "وكالة حمص"})
        assert r.status_code == 201, r.text
        out = r.json()
        assert out["summary"]["stored"] == 1 and out["pages"][0]["new"]
        pid = out["pages"][0]["id"]
        page = c.get(f"/api/v1/pages/{pid}").json()
        assert page["published"] == "2024-12-09" and page["input"]["url"] == "https://example.org/homs"
        hits = c.get("/api/v1/search", params={"q": "حمص"}).json()["results"]
        assert any(h["page_id"] == pid for h in hits)
        again = c.post("/api/v1/pages", headers=auth, json={"text": PAGE_TEXT}).json()
        assert again["summary"]["already_seen"] == 1
        problem(c.post("/api/v1/pages", headers=auth, json={"url": "https://x"}), 422)
        problem(c.post("/api/v1/pages", headers=auth, json={"text": "x", "published": "9 May"}), 422)
        problem(c.post("/api/v1/pages", headers=auth, content=b"{not json", ), 415)
        problem(c.post("/api/v1/pages", headers={**auth, "Content-Type": "application/json"}, content=b"{bad"), 422)


def test_post_multipart_files(writable: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    html = ("<html><head><title>قمة في عمّان</title></head><body><article><h1>قمة في عمّان</h1><p>"
            + PAGE_TEXT.replace("حمص", "عمّان") + "</p></article></body></html>").encode()
    with TestClient(create_app(writable, token=TOKEN)) as c:
        r = c.post("/api/v1/pages", headers=auth, files=[
            ("file", ("amman.html", html, "text/html")),
            ("file", ("idlib.txt", IDLIB_TEXT.encode(), "text/plain")),
            ("file", ("empty.txt", b"", "text/plain")),
        ])
        assert r.status_code == 201, r.text
        out = r.json()
        assert out["summary"]["stored"] == 2 and out["summary"]["rejected_total"] == 1
        assert {p["source"] for p in out["pages"]} == {"upload:amman.html", "upload:idlib.txt"}
        assert c.get("/api/v1/search", params={"q": "إدلب"}).json()["count"] == 1
        problem(c.post("/api/v1/pages", headers=auth, files={"note": (None, "no file here")}), 422)
        problem(c.post("/api/v1/pages", headers=auth, data={"x": "1"}), 415)


# -- HTML pages --------------------------------------------------------------------------------

def html_ok(r: Any) -> str:
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    text = r.text
    assert '<html lang="ar" dir="rtl">' in text
    return text


def assert_inert(text: str) -> None:
    assert "<script>window" not in text and "window.__xss=1;alert" not in text.replace("&#34;", '"').split(
        "&lt;script&gt;")[0]
    assert "<img src=x" not in text and "<img" not in text
    assert 'onerror="' not in text
    assert "javascript:" not in text


def test_home_and_search_pages(client: TestClient) -> None:
    home = html_ok(client.get("/"))
    assert "الأكثر ذكرًا" in home and 'action="/search"' in home
    res = html_ok(client.get("/search", params={"q": "غزة"}))
    assert "<mark>" in res and "/articles/" in res
    filtered = html_ok(client.get("/search", params={"q": "غزة", "event_type": "ASSAULT", "from": "2024-12-01"}))
    assert filtered.count('class="hit card"') == 1
    bad = client.get("/search", params={"q": '"غزة'})
    assert bad.status_code == 400 and "تعذّر البحث" in bad.text


def test_search_page_is_inert(client: TestClient) -> None:
    text = html_ok(client.get("/search", params={"q": "حلب"}))
    assert "&lt;script&gt;" in text
    assert '<script>alert("xss")' not in text and "<img src=x onerror" not in text
    assert_inert(text.replace('<script src="/static/app.js" defer></script>', ""))
    for q in ('"><script>alert(1)</script>', "<script>alert(1)</script> غزة"):
        echo = client.get("/search", params={"q": q, "publisher": EVIL, "entity": EVIL})
        assert echo.status_code in (200, 400) and 'dir="rtl"' in echo.text
        assert "<script>alert(1)" not in echo.text and "<img src" not in echo.text


def test_article_page_marks_spans(client: TestClient, built: dict[str, Any]) -> None:
    text = html_ok(client.get(f"/articles/{built['span_article']}"))
    for cls in ("span ent ent-ORG", "span ent ent-LOC", "span ent ent-PER", "span tm", "span fig", "span quote"):
        assert f'class="{cls}' in text, cls
    assert 'href="/entities/%D8%BA%D8%B2%D8%A9"' in text  # غزة links to its entity page
    assert "side" in text and "الاقتباسات" in text and "اعتداء" in text
    assert_inert(text.replace('<script src="/static/app.js" defer></script>', ""))


def test_xss_article_page_is_inert(client: TestClient, built: dict[str, Any]) -> None:
    text = html_ok(client.get(f"/articles/{built['xss_article']}"))
    assert "&lt;script&gt;window.__xss=" in text and "&lt;img src=x onerror=" in text
    assert_inert(text.replace('<script src="/static/app.js" defer></script>', ""))


def test_entity_page(client: TestClient) -> None:
    text = html_ok(client.get("/entities/" + quote("غزة", safe="")))
    assert "<svg" in text and 'class="bar"' in text and "يرد معه" in text
    per = html_ok(client.get("/entities/" + quote("أحمد المنصوري", safe="")))
    assert "الوضع كارثي" in per
    evil = html_ok(client.get("/entities/" + quote(EVIL, safe="")))
    assert_inert(evil.replace('<script src="/static/app.js" defer></script>', ""))
    assert client.get("/entities/" + quote("لا أحد", safe="")).status_code == 404
    html_ok(client.get("/entities", params={"label": "PER"}))


def test_figures_events_stories_pages(client: TestClient) -> None:
    fig = html_ok(client.get("/figures", params={"category": "killed"}))
    assert "وزارة الصحة" in fig and "claims" in fig
    ev = html_ok(client.get("/events"))
    assert "<svg" in ev and "اعتداء" in ev and "<img" not in ev
    assert "<svg" in html_ok(client.get("/events", params={"type": "ASSAULT", "actor": "إسرائيل"}))
    assert "القصص" in html_ok(client.get("/stories"))
    assert client.get("/stories/does-not-exist").status_code in (200, 404)
    assert client.get("/figures", params={"from": "bad"}).status_code == 400


def test_unknown_pages(client: TestClient) -> None:
    r = client.get("/no/such/page")
    assert r.status_code == 404 and 'dir="rtl"' in r.text
    problem(client.get("/api/v1/no-such"), 404)
    assert client.get("/static/style.css").status_code == 200


def test_concurrent_requests_use_their_own_connections(client: TestClient, built: dict[str, Any]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    urls = ["/api/v1/search?q=غزة", f"/articles/{built['span_article']}", "/api/v1/stats",
            "/entities/" + quote("غزة", safe=""), "/api/v1/events", "/search?q=حلب"] * 8
    with ThreadPoolExecutor(16) as pool:
        codes = list(pool.map(lambda u: client.get(u).status_code, urls))
    assert codes == [200] * len(urls)


# -- the CLI command ---------------------------------------------------------------------------

def test_serve_command_registers(monkeypatch: pytest.MonkeyPatch, built: dict[str, Any], tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    app = typer.Typer()
    app.command("serve")(serve_command)
    app.command("noop")(lambda: None)
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr("marsad.api.app.serve", lambda *a, **kw: calls.append((*a, kw)))
    monkeypatch.setenv("MARSAD_TOKEN", "from-env")
    r = CliRunner().invoke(app, ["serve", "--db", built["db"], "--port", "8123"])
    assert r.exit_code == 0, r.output
    assert calls == [(built["db"], "127.0.0.1", 8123, "from-env", {"workers": 1, "threads": 4})]
    r = CliRunner().invoke(app, ["serve", "--db", built["db"], "--workers", "2", "--threads", "8"])
    assert r.exit_code == 0, r.output
    assert calls[-1][-1] == {"workers": 2, "threads": 8}
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code == 1 and "no store" in r.output
    assert "--token" in CliRunner().invoke(app, ["serve", "--help"]).output


def test_search_modes(client: TestClient) -> None:
    lexical = client.get("/api/v1/search", params={"q": "الدوحة", "mode": "lexical"})
    assert lexical.status_code == 200 and lexical.json()["count"] >= 1
    assert client.get("/api/v1/search", params={"q": "الدوحة", "mode": "fuzzy"}).status_code == 422
    semantic = client.get("/api/v1/search", params={"q": "talks in Doha", "mode": "semantic"})
    # Without stored vectors (no `marsad embed` ran) a semantic search finds nothing, and says so cleanly.
    assert semantic.status_code in (200, 400)
    everything = client.get("/api/v1/search", params={"q": "الدوحة", "all": "true"})
    assert everything.status_code == 200 and everything.json()["count"] >= lexical.json()["count"]
