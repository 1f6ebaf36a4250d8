"""The REST API under /api/v1: JSON following CONTRACT.md, problem+json on errors."""

from __future__ import annotations

import hmac
import json
import tempfile
from collections.abc import Hashable
from pathlib import Path
from typing import Annotated, Any, Literal, cast

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import UploadFile

from marsad.api import export, queries, service
from marsad.api.state import (
    DATE_PATTERN,
    CursorError,
    StoreProvider,
    ThreadStore,
    decode_cursor,
    encode_cursor,
    problem,
)
from marsad.plover import plover_record
from marsad.store import Store

PROBLEM = {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Bad query or cursor", **PROBLEM},
    422: {"description": "Invalid parameters", **PROBLEM},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "Not found", **PROBLEM}, 422: ERRORS[422]}

router = APIRouter(prefix="/api/v1", tags=["api"])

DateQ = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=200)]
Text = Annotated[str | None, Query(max_length=200)]


async def get_store(request: Request) -> Store:
    """A handle that uses the store of whichever thread calls it (a coroutine: resolving it
    needs no worker thread)."""
    return thread_store(request.app.state.provider)


def thread_store(provider: StoreProvider) -> Store:
    """A handle that uses the store of whichever thread calls it. The busiest endpoints take it
    from here rather than as a dependency: FastAPI's resolving one costs a fifth of an article."""
    return cast(Store, ThreadStore(provider))


StoreDep = Annotated[Store, Depends(get_store)]


def _offset(cursor: str | None) -> int:
    try:
        offset = decode_cursor(cursor)
    except CursorError as e:
        raise HTTPException(400, "The cursor is not valid: use the next_cursor of a previous answer"
                                 " — المؤشر غير صالح: استخدم next_cursor من إجابة سابقة") from e
    if offset > service.MAX_OFFSET:
        raise HTTPException(400, f"Results past {service.MAX_OFFSET} are not served: narrow the query"
                                 f" — لا تُعرض النتائج بعد {service.MAX_OFFSET}: ضيّق الاستعلام")
    return offset


def _page(items: list[Any], offset: int, limit: int) -> tuple[list[Any], str | None]:
    window = items[offset:offset + limit]
    return window, encode_cursor(offset + limit) if len(items) > offset + limit else None


@router.get("/search", responses=ERRORS, summary="Search articles", response_model=dict[str, Any])
async def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Query: words, \"phrases\", prefix*, OR, -word")],
    date_from: Annotated[DateQ, Query(alias="from")] = None,
    date_to: Annotated[DateQ, Query(alias="to")] = None,
    publisher: Text = None,
    entity: Text = None,
    event_type: Annotated[str | None, Query(pattern="^[A-Za-z]+$", max_length=20)] = None,
    limit: Limit = 20,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    mode: Annotated[str, Query(pattern="^(lexical|semantic|hybrid)$",
                               description="lexical (bm25), semantic (e5 vectors) or hybrid")] = "lexical",
    show_all: Annotated[bool, Query(alias="all", description="every copy, near-duplicates included")] = False,
) -> Response:
    """Articles matching a query, best first, with plain `snippet` and escaped `snippet_html` (<mark>)."""
    offset = _offset(cursor)
    provider: StoreProvider = request.app.state.provider
    key = ("search-json", q, date_from, date_to, publisher, entity, event_type, limit, cursor, show_all)
    version = provider.version() if mode == "lexical" else None
    body: bytes | None = provider.lookup(provider.searches, key, version)
    if body is None:
        res = await cached_search(provider, thread_store(provider), q, offset=offset, limit=limit, date_from=date_from,
                                  date_to=date_to, publisher=publisher, entity=entity, event_type=event_type,
                                  mode=mode, collapse=not show_all, version=version)
        nxt = encode_cursor(res.next_offset) if res.next_offset is not None else None
        body = bytes(JSONResponse({"query": q, "results": res.hits, "count": len(res.hits), "next_cursor": nxt}).body)
        provider.remember(provider.searches, key, version, body)
    return Response(body, media_type="application/json")


_UNREAD: Hashable = object()  # `cached_search` without a version: read it


async def cached_search(provider: StoreProvider, store: Store, q: str, *, version: Hashable = _UNREAD,
                        **kw: Any) -> service.SearchPage:
    """`service.search_page`, run in the thread pool, or (lexical mode) its page remembered in the
    provider's bounded search cache while the store is unchanged (or in the cache the server's
    processes share), answered without a thread. `version`: the store's, when the caller has just
    read it (one statement less). The page it returns is shared: do not modify it."""
    if kw.get("mode", "lexical") != "lexical":
        return await run_in_threadpool(service.search_page, store, q, **kw)
    key = search_key(q, kw)
    if version is _UNREAD:
        version = provider.version()
    res: service.SearchPage | None = provider.lookup(provider.searches, key, version)
    shared = provider.shared if version is not None else None
    if res is None and shared is not None and (got := shared.get((key, version))) is not None:
        res = service.SearchPage(got["hits"], got["next_offset"])  # another process's answer
        provider.remember(provider.searches, key, version, res)
    if res is None:
        res = await run_in_threadpool(service.search_page, store, q, **kw)
        provider.remember(provider.searches, key, version, res)
        if shared is not None:
            shared.put((key, version), {"hits": res.hits, "next_offset": res.next_offset})
    return res


# `service.search_page`'s defaults, filled into a cache key: the web page and the API ask the
# same search with and without them, and must find each other's answer.
_SEARCH_DEFAULTS: dict[str, Any] = {"offset": 0, "limit": 20, "date_from": None, "date_to": None, "publisher": None,
                                    "entity": None, "event_type": None, "mode": "lexical", "collapse": True}


def search_key(q: str, kw: dict[str, Any]) -> tuple[Any, ...]:
    """The search cache's key of `service.search_page(store, q, **kw)`."""
    return ("search", q, tuple(sorted({**_SEARCH_DEFAULTS, **kw}.items())))


@router.get("/pages/{page_id}", responses=NOT_FOUND, summary="One page (the contract record)")
def get_page(store: StoreDep, page_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
    """The stored page by id, unique id prefix (6+ characters) or article id."""
    ref = page_id.strip()
    # ids are ASCII letters and digits; anything else (e.g. '¹', which str.isdigit accepts) is unknown
    page = store.get_page(ref) if ref.isascii() and ref.isalnum() else None
    if page is None:
        raise HTTPException(404, f"No page {page_id!r} — لا توجد صفحة بهذا المعرّف")
    return service.page_record(store, page)


@router.get("/articles/{article_id}", responses=NOT_FOUND, summary="One article with its spans",
            response_model=dict[str, Any])
async def get_article(request: Request, article_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> Response:
    """An article: text, entities, times, figures, quotes and events as spans into its text."""
    # (Most requests are answered by `article_endpoint`, registered ahead of this route.)
    return article_response(request.app.state.provider, article_id)


async def article_endpoint(request: Request) -> Response:
    """`get_article` as a plain Starlette endpoint, registered by the app ahead of the FastAPI
    routes for ids of 1 to 18 digits (all within `get_article`'s bounds): FastAPI's validation and
    dependency solving cost more than reading the article. Other ids fall through to `get_article`."""
    return article_response(request.app.state.provider, request.path_params["article_id"])


def article_response(provider: StoreProvider, article_id: int) -> Response:
    """The article record as JSON (remembered in the provider's bounded cache while the store is
    unchanged); HTTPException 404 for an unknown article. Built on the event loop's thread, as
    the article page is (`marsad.web.views.article_response`)."""
    version = provider.version()
    body: bytes | None = provider.lookup(provider.articles, ("record", article_id), version)
    if body is None:
        rec = service.article_record(provider.get(), article_id)
        if rec is None:
            raise HTTPException(404, f"No article {article_id} — لا توجد مقالة بهذا الرقم")
        body = json_bytes(rec)
        provider.remember(provider.articles, ("record", article_id), version, body)
    return Response(body, media_type="application/json")


def json_bytes(value: Any) -> bytes:
    """`value` encoded as `JSONResponse` encodes it."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode()


@router.get("/entities", responses=ERRORS, summary="Top entities")
def list_entities(
    store: StoreDep,
    label: Annotated[Literal["PER", "ORG", "LOC", "MISC"] | None, Query()] = None,
    top: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> dict[str, Any]:
    """Canonical entities with mention and article counts, most mentioned first."""
    return {"entities": store.entities(label=label, top=top)}


EntityName = Annotated[str, PathParam(min_length=1, max_length=200)]


def _entity(store: Store, name: str) -> dict[str, Any]:
    d = queries.entity_detail(queries.connection(store), name)
    if d is None:
        raise HTTPException(404, f"No entity {name!r} — لا يوجد كيان بهذا الاسم")
    return d


@router.get("/entities/{name}", responses=NOT_FOUND, summary="One entity")
def get_entity(store: StoreDep, name: EntityName) -> dict[str, Any]:
    """An entity: label, mention count, the articles that mention it, its quotes and events."""
    d = _entity(store, name)
    db = queries.connection(store)
    d["quotes"] = queries.quotes_by(db, d["canonical"])
    d["events"] = store.events(actor=d["canonical"], limit=100)
    return d


@router.get("/entities/{name}/timeline", responses=NOT_FOUND, summary="Mentions of an entity per day")
def entity_timeline(store: StoreDep, name: EntityName) -> dict[str, Any]:
    """Mentions (and articles) per day, oldest first."""
    d = _entity(store, name)
    return {"canonical": d["canonical"], "timeline": queries.entity_timeline(queries.connection(store), name)}


@router.get("/entities/{name}/cooccurring", responses=NOT_FOUND, summary="Entities found with an entity")
def entity_cooccurring(
    store: StoreDep, name: EntityName, top: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    """Entities in the same articles, by shared articles."""
    d = _entity(store, name)
    return {"canonical": d["canonical"],
            "cooccurring": queries.cooccurring(queries.connection(store), name, top=top)}


@router.get("/figures", responses=ERRORS, summary="Reported figures")
def list_figures(
    store: StoreDep,
    category: Annotated[str | None, Query(max_length=40)] = None,
    reported_by: Text = None,
    date_from: Annotated[DateQ, Query(alias="from")] = None,
    date_to: Annotated[DateQ, Query(alias="to")] = None,
    limit: Limit = 100,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    """Figures with who reported them, grouped by category and date so claims sit side by side."""
    offset = _offset(cursor)
    rows = store.figures(category=category, reported_by=reported_by, date_from=date_from, date_to=date_to,
                         limit=offset + limit + 1)
    window, nxt = _page(rows, offset, limit)
    return {"figures": window, "count": len(window), "next_cursor": nxt}


@router.get("/events", responses=ERRORS, summary="PLOVER events")
def list_events(
    store: StoreDep,
    type_: Annotated[str | None, Query(alias="type", pattern="^[A-Za-z]+$", max_length=20)] = None,
    actor: Text = None,
    location: Text = None,
    date_from: Annotated[DateQ, Query(alias="from")] = None,
    date_to: Annotated[DateQ, Query(alias="to")] = None,
    country: Text = None,
    shape: Annotated[Literal["marsad", "plover"], Query(description="`plover`: PLOVER JSON events")] = "marsad",
    limit: Limit = 100,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    """Events, newest first, filtered by type, actor (source or target), location, date and country
    (of an actor or of the place)."""
    offset = _offset(cursor)
    rows = store.events(type_=type_, actor=actor, location=location, date_from=date_from, date_to=date_to,
                        country=country, limit=offset + limit + 1)
    window, nxt = _page(rows, offset, limit)
    if shape == "plover":
        window = [plover_record(e) for e in window]
    return {"events": window, "count": len(window), "shape": shape, "next_cursor": nxt}


@router.get("/stories", summary="Stories (groups of articles about one story)")
def list_stories(
    store: StoreDep,
    date_from: Annotated[DateQ, Query(alias="from")] = None,
    date_to: Annotated[DateQ, Query(alias="to")] = None,
    entity: Text = None,
    limit: Limit = 50,
) -> dict[str, Any]:
    """Stories (largest first), or an empty list with a note while the store has none."""
    return service.stories(store, limit, date_from=date_from, date_to=date_to, entity=entity)


@router.get("/stats", summary="What the store holds")
def stats(request: Request, store: StoreDep) -> dict[str, Any]:
    """Counts and ranges of pages, articles, annotations and rejections."""
    return cached_stats(request.app.state.provider, store)


def cached_stats(provider: StoreProvider, store: Store) -> dict[str, Any]:
    """`store.stats()` (a dozen counts over the whole store: 170 ms on 30,000 articles), kept while
    the store is unchanged and no page was rejected since (rejections leave the content version
    as it was). The dict returned is shared: do not modify it."""
    if provider.version() is None:
        return store.stats()
    rejected = queries.connection(store).execute("SELECT MAX(rowid) FROM rejected").fetchone()[0]
    return provider.cached(provider.searches, ("stats", rejected), store.stats)


@router.get(
    "/export", responses=ERRORS, summary="Export a listing as CSV, JSON Lines or Parquet",
    response_class=Response,
)
def export_rows(
    request: Request,
    what: Annotated[Literal["articles", "entities", "figures", "events"], Query()],
    format_: Annotated[Literal["csv", "jsonl", "parquet"], Query(alias="format")] = "jsonl",
    date_from: Annotated[DateQ, Query(alias="from")] = None,
    date_to: Annotated[DateQ, Query(alias="to")] = None,
    publisher: Text = None,
    label: Annotated[Literal["PER", "ORG", "LOC", "MISC"] | None, Query()] = None,
    category: Annotated[str | None, Query(max_length=40)] = None,
    reported_by: Text = None,
    type_: Annotated[str | None, Query(alias="type", pattern="^[A-Za-z]+$", max_length=20)] = None,
    actor: Text = None,
    location: Text = None,
    country: Text = None,
    limit: Annotated[int, Query(ge=1, le=1_000_000)] = 100_000,
) -> Response:
    """Stream a listing's rows; filters as in the matching listing endpoint."""
    filters = {"date_from": date_from, "date_to": date_to, "publisher": publisher, "label": label,
               "category": category, "reported_by": reported_by, "type_": type_, "actor": actor,
               "location": location, "country": country}
    return export.respond(request.app.state.provider, what, format_, filters, limit)


class PageIn(BaseModel):
    """A page to ingest: its text or HTML and what is known about it."""

    text: str | None = Field(None, max_length=5_000_000)
    html: str | None = Field(None, max_length=5_000_000)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    source: str | None = Field(None, max_length=500)


_POST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": PageIn.model_json_schema(ref_template="#/components/schemas/{model}")},
            "multipart/form-data": {"schema": {
                "type": "object",
                "properties": {"file": {"type": "array", "items": {"type": "string", "format": "binary"}}},
            }},
        },
    }
}


def _check_token(request: Request) -> None:
    token: str | None = request.app.state.token
    if not token:
        raise HTTPException(403, "Ingest over the API is disabled: start the server with --token"
                                 " — الإدخال عبر الواجهة معطّل: شغّل الخادم مع --token")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "A valid 'Authorization: Bearer <token>' header is required"
                                 " — يلزم ترويسة Authorization: Bearer صالحة",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post(
    "/pages", status_code=201, openapi_extra=_POST_BODY, summary="Ingest pages (token required)",
    responses={401: {"description": "No or wrong token", **PROBLEM}, 403: {"description": "Disabled", **PROBLEM},
               415: {"description": "Unsupported body", **PROBLEM}, 422: ERRORS[422]},
)
async def post_pages(request: Request) -> JSONResponse:
    """Ingest one page (JSON `{text|html, url, title, published, source}`) or uploaded files (multipart)."""
    _check_token(request)
    provider: StoreProvider = request.app.state.provider
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        try:
            body = PageIn.model_validate(json.loads(await request.body()))
        except (ValueError, ValidationError) as e:
            errors = e.errors(include_url=False, include_context=False) if isinstance(e, ValidationError) else []
            return problem(request, 422, f"The body is not a valid page: {_short(e)}",
                           detail_ar="جسم الطلب ليس صفحة صالحة", errors=json.loads(json.dumps(errors, default=str)))
        if not (body.text or body.html):
            return problem(request, 422, "Give 'text' or 'html'", detail_ar="أرسل النص (text) أو HTML")
        result = await run_in_threadpool(export.ingest_json, provider, body.model_dump())
    elif ctype == "multipart/form-data":
        form = await request.form()
        uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
        if not uploads:
            return problem(request, 422, "Upload at least one file", detail_ar="ارفع ملفا واحدا على الأقل")
        with tempfile.TemporaryDirectory(prefix="marsad-upload-") as tmp:
            paths, names = [], []
            for i, up in enumerate(uploads):
                name = Path(up.filename or "").name or f"upload-{i}.txt"
                p = Path(tmp) / f"{i:04d}-{name}"
                p.write_bytes(await up.read())
                paths.append(p)
                names.append(name)
            result = await run_in_threadpool(export.ingest_files, provider, paths, names)
    else:
        return problem(request, 415, "Send application/json or multipart/form-data",
                       detail_ar="أرسل application/json أو multipart/form-data")
    return JSONResponse(result, status_code=201)


def _short(e: Exception) -> str:
    s = str(e).splitlines()
    return s[0][:200] if s else type(e).__name__
