"""The FastAPI application: REST API under /api/v1, the Arabic web UI, problem+json errors."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.api import simple_routes
from marsad.api.processes import THREADS
from marsad.api.routes import router as api_router
from marsad.api.state import StoreProvider, problem, split_bilingual
from marsad.errors import MarsadError, QueryError, StoreError
from marsad.store import open_store

log = logging.getLogger("marsad.api")
WEB = Path(__file__).resolve().parents[1] / "web"

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "title": "Problem",
    "description": "RFC 9457 problem details, with Arabic title and detail beside the English.",
    "properties": {
        "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
        "detail": {"type": "string"}, "instance": {"type": "string"}, "title_ar": {"type": "string"},
        "detail_ar": {"type": "string"},
    },
    "required": ["type", "title", "status"],
}


class ArticleIdConvertor(Convertor[int]):
    """Article ids of 1 to 18 digits without a leading zero: 1 to 10**18 - 1, within the API's
    documented bounds (1 to 2**62) and SQLite's integers."""

    regex = "[1-9][0-9]{0,17}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(int(value))


register_url_convertor("marsad_article_id", ArticleIdConvertor())


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/openapi", "/docs", "/redoc", "/static/"))


HTTP_PROTOCOL = "marsad.api.nodelay:NoDelayHTTPProtocol"  # see that module: Nagle off on every connection


def _refresh_search_lists(store: Any) -> None:
    """Bring the store's ranked search lists up to date (SQLite: `marsad.store.postings`) before
    serving; a store that cannot be written is served without (searches rank every match)."""
    refresh = getattr(store, "refresh_search_lists", None)
    if refresh is None:
        return
    t0 = time.monotonic()
    try:
        built = refresh()
    except StoreError as e:
        log.warning("%s", e)
        return
    if built is not None:
        log.info("search lists of %d words built in %.1f s", built, time.monotonic() - t0)


def create_app(db: str, token: str | None = None, *, cache: bool = True, threads: int = THREADS,
               shared_cache: str | None = None) -> FastAPI:
    """The app serving the store at `db`; POST /api/v1/pages is enabled only with a `token`.
    With `cache` (the default) search pages and article pages are remembered in bounded LRUs
    while the store is unchanged (see `StoreProvider`). The store's work runs in at most
    `threads` worker threads at once (see `THREADS`). `shared_cache`: a file for search pages
    shared with the other processes of the same server (`marsad.api.shared_cache`)."""
    probe = open_store(db)  # fail now (StoreError) rather than on the first request
    try:
        _refresh_search_lists(probe)
    finally:
        probe.close()
    provider = StoreProvider(db, cache=cache, shared=shared_cache)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        provider.close_all()

    app = FastAPI(
        title="marsad API",
        version="1",
        description="Arabic news as a structured, searchable record: articles, entities, times, figures, "
                    "quotes and PLOVER events. JSON follows CONTRACT.md; errors are application/problem+json.",
        lifespan=lifespan,
    )
    app.state.provider = provider
    app.state.token = token or None
    app.state.db = db

    from marsad.api.routes import article_endpoint as api_article
    from marsad.web.views import article_endpoint as ui_article
    from marsad.web.views import render_error
    from marsad.web.views import router as web_router

    # The two busiest pages first, as plain Starlette routes (see `article_endpoint`); any other
    # id falls through to the FastAPI routes below, which validate it as documented.
    app.add_route("/articles/{article_id:marsad_article_id}", ui_article, methods=["GET"], include_in_schema=False)
    app.add_route("/api/v1/articles/{article_id:marsad_article_id}", api_article, methods=["GET"],
                  include_in_schema=False)
    app.router.routes.extend(simple_routes.routes())  # the searches' common requests (see simple_routes)
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if _wants_html(request):
            return render_error(request, exc.status_code, detail)
        en, ar = split_bilingual(detail)
        return problem(request, exc.status_code, en, detail_ar=ar, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        where = ", ".join(".".join(str(x) for x in e["loc"]) for e in errors)
        if _wants_html(request):
            return render_error(request, 422, f"Invalid parameters: {where}")
        return problem(request, 422, f"Invalid parameters: {where}",
                       detail_ar=f"معاملات غير صالحة: {where}", errors=errors)

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> Response:
        if _wants_html(request):
            return render_error(request, 400, str(exc))
        en, ar = split_bilingual(str(exc))
        return problem(request, 400, en, detail_ar=ar)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("store error: %s", exc)
        if _wants_html(request):
            return render_error(request, 503, str(exc))
        return problem(request, 503, str(exc), detail_ar="المخزن غير متاح")

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError) -> Response:
        if _wants_html(request):
            return render_error(request, 400, str(exc))
        en, ar = split_bilingual(str(exc))
        return problem(request, 400, en, detail_ar=ar)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        if _wants_html(request):
            return render_error(request, 500, "Internal error")
        return problem(request, 500, "Internal error: see the server log", detail_ar="خطأ داخلي: راجع سجل الخادم")

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        comps = schema.setdefault("components", {}).setdefault("schemas", {})
        comps["Problem"] = PROBLEM_SCHEMA
        from marsad.api.routes import PageIn

        comps.setdefault("PageIn", PageIn.model_json_schema(ref_template="#/components/schemas/{model}"))
        # validation errors are problem+json, not HTTPValidationError
        for path_item in schema.get("paths", {}).values():
            for op in path_item.values():
                r422 = op.get("responses", {}).get("422")
                if r422:
                    r422["content"] = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        comps.pop("HTTPValidationError", None)
        comps.pop("ValidationError", None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


ENV_DB, ENV_TOKEN, ENV_CACHE, ENV_THREADS = ("MARSAD_SERVE_DB", "MARSAD_SERVE_TOKEN", "MARSAD_SERVE_CACHE",
                                             "MARSAD_SERVE_THREADS")


def app_from_env() -> FastAPI:
    """The app of `serve` in a uvicorn worker process (settings passed in the environment)."""
    return create_app(os.environ[ENV_DB], os.environ.get(ENV_TOKEN) or None,
                      cache=os.environ.get(ENV_CACHE, "1") != "0", threads=int(os.environ.get(ENV_THREADS, THREADS)))


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, *, workers: int = 1,
          cache: bool = True, threads: int = THREADS) -> None:
    """Run the app under uvicorn until interrupted, in `workers` processes (each with its own
    listening socket, connections and caches: `marsad.api.processes`) when more than one, each
    with at most `threads` worker threads."""
    import uvicorn

    if workers <= 1:
        app = create_app(db, token, cache=cache, threads=threads)
        uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, http=HTTP_PROTOCOL)
        return
    create_app(db, token, cache=cache)  # fail now, in this process, when the store cannot be opened
    from marsad.api import processes

    if processes.REUSE_PORT:
        processes.serve_processes(db, host, port, token, workers=workers, cache=cache, threads=threads)
        return
    # No SO_REUSEPORT: uvicorn's workers, sharing one listening socket.
    os.environ[ENV_DB], os.environ[ENV_CACHE], os.environ[ENV_THREADS] = db, "1" if cache else "0", str(threads)
    if token:
        os.environ[ENV_TOKEN] = token
    uvicorn.run("marsad.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info", access_log=False, http=HTTP_PROTOCOL)
