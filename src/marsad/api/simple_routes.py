"""The search endpoints' common requests, answered without FastAPI's request machinery.

FastAPI validates the query parameters and solves the dependencies of every request: 0.37 ms
of CPU per search on the 2-core test machine, about as much as answering a search from the cache.
Most searches carry only a query, a date range and a publisher. `SimpleQueryRoute` matches
such a request when every parameter it carries is one of a few names, given once, with a value
that FastAPI would accept as it is (a strict subset of the valid values: see `_API` and `_WEB`).
Its endpoint calls the FastAPI endpoint's own function with those values and the defaults of
the rest, so the answer is the same. Any other request (another parameter, a value to check or
to reject) does not match, and the router passes it on to the FastAPI route registered after.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from starlette.types import Scope

_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")  # state.DATE_PATTERN, whole value


def _length(lo: int, hi: int) -> Callable[[str], bool]:
    return lambda v: lo <= len(v) <= hi


def _date(v: str) -> bool:
    return _DATE.fullmatch(v) is not None


# Parameter → test of a value FastAPI accepts unchanged, for GET /api/v1/search (`routes.search`)
# and GET /search (`views.search_view`). An empty value never matches (FastAPI's own rules apply).
_API: dict[str, Callable[[str], bool]] = {"q": _length(1, 500), "from": _date, "to": _date,
                                          "publisher": _length(1, 200)}
_WEB: dict[str, Callable[[str], bool]] = {"q": _length(1, 500), "from": _length(1, 10), "to": _length(1, 10),
                                          "publisher": _length(1, 500), "entity": _length(1, 500),
                                          "event_type": _length(1, 20), "cursor": _length(1, 500)}
PARAMS_KEY = "marsad.simple_params"


def simple_params(query_string: bytes, allowed: dict[str, Callable[[str], bool]],
                  required: str = "q") -> dict[str, str] | None:
    """The parameters of a query string (parsed as Starlette parses them) when each is one of
    `allowed`, once, with a value its test accepts, and `required` is among them; else None."""
    items = QueryParams(query_string).multi_items()
    params = dict(items)
    if len(params) != len(items) or required not in params:
        return None
    for name, value in params.items():
        test = allowed.get(name)
        if test is None or not value or not test(value):
            return None
    return params


class SimpleQueryRoute(Route):
    """A GET route that matches only requests whose query string `simple_params` accepts; the
    parameters go to the endpoint in the scope (`PARAMS_KEY`)."""

    def __init__(self, path: str, endpoint: Callable[[Request], Awaitable[Response]],
                 allowed: dict[str, Callable[[str], bool]]) -> None:
        super().__init__(path, endpoint, methods=["GET"], include_in_schema=False)
        self.allowed = allowed

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http" or scope["method"] != "GET":
            return Match.NONE, {}  # HEAD and the rest: as the FastAPI route answers them
        match, child = super().matches(scope)
        if match is not Match.FULL:
            return match, child
        params = simple_params(scope.get("query_string", b""), self.allowed)
        if params is None:
            return Match.NONE, {}
        return match, {**child, PARAMS_KEY: params}


async def api_search(request: Request) -> Response:
    """GET /api/v1/search with only q, from, to and publisher: `routes.search` itself."""
    from marsad.api.routes import search

    p: dict[str, Any] = request.scope[PARAMS_KEY]
    return await search(request, p["q"], date_from=p.get("from"), date_to=p.get("to"), publisher=p.get("publisher"),
                        entity=None, event_type=None, limit=20, cursor=None, mode="lexical", show_all=False)


async def web_search(request: Request) -> Response:
    """GET /search with the form's parameters: `views.search_view` itself."""
    from marsad.web.views import search_view

    p: dict[str, Any] = request.scope[PARAMS_KEY]
    return await search_view(request, p.get("q"), date_from=p.get("from"), date_to=p.get("to"),
                             publisher=p.get("publisher"), entity=p.get("entity"), event_type=p.get("event_type"),
                             cursor=p.get("cursor"))


def routes() -> list[Route]:
    """The routes to register ahead of the FastAPI routes of the same paths."""
    return [SimpleQueryRoute("/api/v1/search", api_search, _API), SimpleQueryRoute("/search", web_search, _WEB)]
