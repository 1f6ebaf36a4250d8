"""The searches' common requests take the plain route (`marsad.api.simple_routes`), answer as
the FastAPI route does, and every other request still reaches FastAPI's validation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from marsad.api import simple_routes as sr


@pytest.fixture(scope="module")
def plain(built: dict[str, Any]) -> Iterator[TestClient]:
    """A client over the app without its caches: every answer is computed."""
    from marsad.api.app import create_app

    with TestClient(create_app(built["db"], cache=False)) as c:
        yield c


@pytest.mark.parametrize(("qs", "ok"), [
    ("q=%D8%BA%D8%B2%D8%A9", True),
    ("q=x&from=2024&to=2024-12-31&publisher=arabi21", True),
    ("q=x&from=2024-1", False),                # FastAPI rejects it: its own 422
    ("q=x&from=%D9%A2%D9%A0%D9%A2%D9%A4", False),  # Eastern digits: left to FastAPI
    ("q=x&from=2024%0A", False),               # a trailing newline
    ("q=x&q=y", False),                         # a name given twice
    ("q=x&limit=20", False),                    # another parameter
    ("q=&from=2024", False),                    # an empty value
    ("from=2024", False),                       # no query
    ("q=" + "a" * 500, True),
    ("q=" + "a" * 501, False),
    ("q=x&publisher=" + "a" * 201, False),
])
def test_which_api_requests_are_simple(qs: str, ok: bool) -> None:
    assert (sr.simple_params(qs.encode(), sr._API) is not None) == ok


def test_simple_requests_answer_as_the_fastapi_route(plain: TestClient) -> None:
    for q in ["غزة", "حماس OR روسيا", '"وزير الخارجية"', "غز*", "-حماس", "(("]:
        for extra in ["", "&from=2024-01&to=2024-12", "&publisher=arabi21", "&from=2030"]:
            url = f"/api/v1/search?q={quote(q)}{extra}"
            assert sr.simple_params(url.split("?", 1)[1].encode(), sr._API) is not None
            fast, slow = plain.get(url), plain.get(url + "&limit=20&all=false")  # the second one through FastAPI
            assert (fast.status_code, fast.headers["content-type"], fast.content) == \
                (slow.status_code, slow.headers["content-type"], slow.content), url
            page = f"/search?q={quote(q)}{extra}"
            fast, slow = plain.get(page), plain.get(page + "&cursor=")
            assert (fast.status_code, fast.text) == (slow.status_code, slow.text), page
            assert fast.headers["content-security-policy"] == slow.headers["content-security-policy"]


def test_other_requests_still_meet_fastapi(plain: TestClient) -> None:
    bad = plain.get("/api/v1/search?q=x&from=2024-1")
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")
    assert plain.get("/api/v1/search?q=" + "a" * 501).status_code == 422
    assert plain.get("/api/v1/search?q=").status_code == 422
    assert plain.head("/api/v1/search?q=x").status_code == plain.head("/api/v1/search?q=x&limit=20").status_code
    assert plain.get("/api/v1/search?q=x&limit=1").json()["count"] <= 1


def test_simple_routes_come_first(plain: TestClient) -> None:
    from starlette.routing import Match

    for path in ["/api/v1/search", "/search"]:
        scope = {"type": "http", "method": "GET", "path": path, "root_path": "", "query_string": b"q=x"}
        first = next(r for r in plain.app.router.routes if r.matches(scope)[0] is Match.FULL)  # type: ignore[attr-defined]
        assert isinstance(first, sr.SimpleQueryRoute), path
        scope["query_string"] = b"q=x&limit=5"
        first = next(r for r in plain.app.router.routes if r.matches(scope)[0] is Match.FULL)  # type: ignore[attr-defined]
        assert not isinstance(first, sr.SimpleQueryRoute), path
