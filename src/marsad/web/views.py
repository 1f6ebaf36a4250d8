"""The web UI's pages: search, article, entity, figures, events and stories (Arabic, RTL)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from marsad.api import queries, service
from marsad.api.routes import cached_search, cached_stats, get_store, thread_store
from marsad.api.state import CursorError, StoreProvider, decode_cursor, encode_cursor, valid_date
from marsad.errors import QueryError
from marsad.store import Store
from marsad.web import render

TEMPLATES = Path(__file__).resolve().parent / "templates"
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True,
    auto_reload=False,  # the templates ship with the package: no stat() of each one per page
)
_env.globals.update(
    labels_ar=render.LABELS_AR, categories_ar=render.CATEGORIES_AR, qualifiers_ar=render.QUALIFIERS_AR,
    events_ar=render.EVENTS_AR, grains_ar=render.GRAINS_AR, entity_url=render.entity_url, number=render.number,
    plover_types=service.PLOVER_TYPES, figure_categories=service.FIGURE_CATEGORIES,
    entity_labels=service.ENTITY_LABELS,
)
templates = Jinja2Templates(env=_env)

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(get_store)]
Opt = Annotated[str | None, Query(max_length=500)]
FromQ = Annotated[str | None, Query(alias="from", max_length=10)]
ToQ = Annotated[str | None, Query(alias="to", max_length=10)]
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none';"
       " base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer"}


def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    """A rendered template with the security headers every UI page carries."""
    resp = templates.TemplateResponse(request, name, {"nav": name.split(".")[0], **ctx}, status_code=status)
    return _secured(resp)


def _secured(resp: HTMLResponse) -> HTMLResponse:
    """`resp` with the security headers every UI page carries."""
    resp.headers.update(SECURITY_HEADERS)
    return resp


def render_error(request: Request, status: int, detail: str) -> Response:
    """An error page in Arabic (with the English detail under it)."""
    titles = {400: "طلب غير صالح", 404: "الصفحة غير موجودة", 422: "معاملات غير صالحة", 503: "المخزن غير متاح"}
    return page(request, "error.html", status=status, status_code=status,
                title=titles.get(status, "حدث خطأ"), detail=detail)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _dates(*values: str | None) -> None:
    for v in values:
        if not valid_date(v):
            raise QueryError(f"Bad date {v!r}: use YYYY-MM-DD — تاريخ غير صالح {v!r}: استخدم الصيغة YYYY-MM-DD")


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)
async def search_view(
    request: Request, q: Opt = None, date_from: FromQ = None, date_to: ToQ = None,
    publisher: Opt = None, entity: Opt = None,
    event_type: Annotated[str | None, Query(max_length=20)] = None, cursor: Opt = None,
) -> Response:
    """The home page: the search form, results with highlighted snippets, or an overview.
    A coroutine: a search page in the cache is answered without a worker thread; the store's
    work (search, overview, publisher list) runs in the thread pool."""
    q, date_from, date_to = _clean(q), _clean(date_from), _clean(date_to)
    publisher, entity, event_type = _clean(publisher), _clean(entity), _clean(event_type)
    form = {"q": q or "", "from": date_from or "", "to": date_to or "", "publisher": publisher or "",
            "entity": entity or "", "event_type": event_type or ""}
    provider: StoreProvider = request.app.state.provider
    store = thread_store(provider)
    ctx: dict[str, Any] = {"form": form, "hits": None, "error": None, "next_url": None, "offset": 0}
    if not q:
        return await run_in_threadpool(_overview, request, store, ctx)
    key = ("search-page", *form.values(), cursor)
    version = provider.version()
    body: bytes | None = provider.lookup(provider.searches, key, version)
    if body is not None:
        return _secured(HTMLResponse(body))
    try:
        _dates(date_from, date_to)
        offset = decode_cursor(cursor)
        res = await cached_search(provider, store, q, offset=min(offset, service.MAX_OFFSET), limit=20,
                                  date_from=date_from, date_to=date_to, publisher=publisher, entity=entity,
                                  event_type=event_type, version=version)
    except (QueryError, CursorError) as e:
        ctx["error"] = str(e) if isinstance(e, QueryError) else "المؤشر غير صالح"
        ctx["publishers"] = await _publishers(provider, store, version)
        return page(request, "search.html", status=400, **ctx)
    ctx["publishers"] = await _publishers(provider, store, version)
    # snippet_html is built by service.snippet_parts from escaped text and <mark> tags only
    ctx["hits"] = [{**h, "snippet_markup": Markup(h["snippet_html"])} for h in res.hits]
    ctx["offset"] = offset
    if res.next_offset is not None:
        ctx["next_cursor"] = encode_cursor(res.next_offset)
    resp = page(request, "search.html", **ctx)
    provider.remember(provider.searches, key, version, bytes(resp.body))
    return resp


async def _publishers(provider: StoreProvider, store: Store, version: Hashable) -> list[str]:
    """The search form's publisher list: the provider's for the store's `version`, else computed
    in the thread pool."""
    known = provider.known_publishers(version)
    if known is not None:
        return known
    return await run_in_threadpool(provider.publishers, lambda: queries.publishers(queries.connection(store)))


def _overview(request: Request, store: Store, ctx: dict[str, Any]) -> Response:
    """The home page without a query: counts and the most mentioned entities."""
    ctx["publishers"] = provider_publishers(request, store)
    ctx["stats"] = cached_stats(request.app.state.provider, store)
    ctx["top"] = store.entities(top=24)
    return page(request, "search.html", **ctx)


def provider_publishers(request: Request, store: Store) -> list[str]:
    """The search form's publisher list (from the provider's cache when the store is unchanged)."""
    provider: StoreProvider = request.app.state.provider
    return provider.publishers(lambda: queries.publishers(queries.connection(store)))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_view(request: Request, article_id: int) -> Response:
    """An article with its entities, times, figures and quotes highlighted, and a side panel.
    (Most requests are answered by `article_endpoint`, registered ahead of this route.)"""
    return article_response(request.app.state.provider, article_id)


async def article_endpoint(request: Request) -> Response:
    """`article_view` as a plain Starlette endpoint: the app registers it ahead of the FastAPI
    routes for ids of 1 to 18 digits, which spares each article page FastAPI's request handling
    (parameter validation, dependency solving: more CPU than building the page). Other paths fall
    through to `article_view`, which validates them as before."""
    return article_response(request.app.state.provider, request.path_params["article_id"])


def article_response(provider: StoreProvider, article_id: int) -> Response:
    """The article page; HTTPException 404 for an unknown article. The rendered page depends on
    the article alone: it is kept in the provider's bounded cache (a popular article is rendered
    once). Built on the event loop's thread: the reads and the render are short (0.3–1 ms of CPU),
    and a worker thread would add its hand-off cost without, under the GIL, serving others sooner."""
    version = provider.version()
    body: bytes | None = provider.lookup(provider.articles, ("page", article_id), version)
    if body is None:
        html = _article_html(provider.get(), article_id)
        if html is None:
            raise HTTPException(404, f"No article {article_id} — لا توجد مقالة بهذا الرقم")
        body = html.encode()
        provider.remember(provider.articles, ("page", article_id), version, body)
    return HTMLResponse(body, headers=SECURITY_HEADERS)


def _article_html(store: Store, article_id: int) -> str | None:
    """The rendered article page, or None for an unknown article."""
    view = service.article_view(store, article_id)
    if view is None:
        return None
    art = view.article
    counts: dict[tuple[str, str], int] = Counter((e.canonical, e.label) for e in art.entities)
    entities = [(name, label, n, render.entity_url(name), render.LABELS_AR.get(label, label))
                for (name, label), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return _env.get_template("article.html").render(nav="article", v=view, art=art, entities=entities,
                                                    body=render.article_markup(art))


@router.get("/entities", response_class=HTMLResponse)
def entities_view(
    request: Request, store: StoreDep, label: Annotated[str | None, Query(max_length=8)] = None,
) -> Response:
    """The most mentioned entities, by label."""
    label = _clean(label)
    if label and label.upper() not in service.ENTITY_LABELS:
        label = None
    return page(request, "entities.html", rows=store.entities(label=label, top=200), label=label or "")


@router.get("/entities/{name:path}", response_class=HTMLResponse)
def entity_view(request: Request, store: StoreDep, name: str) -> Response:
    """An entity: mentions over time (SVG), co-occurring entities, its quotes and its events."""
    db = queries.connection(store)
    d = queries.entity_detail(db, name)
    if d is None:
        raise HTTPException(404, f"No entity {name!r} — لا يوجد كيان بهذا الاسم")
    timeline = queries.entity_timeline(db, name)
    points = render.bucket({t["date"]: t["mentions"] for t in timeline})
    chart = render.bar_chart(points, label=f"ذكر {d['canonical']} عبر الزمن", unit="ذكر")
    return page(request, "entity.html", e=d, chart=chart, timeline=timeline,
                cooccurring=queries.cooccurring(db, name), quotes=queries.quotes_by(db, d["canonical"]),
                events=store.events(actor=d["canonical"], limit=100))


@router.get("/figures", response_class=HTMLResponse)
def figures_view(
    request: Request, store: StoreDep, category: Opt = None, reported_by: Opt = None,
    date_from: FromQ = None, date_to: ToQ = None,
) -> Response:
    """Claims side by side: per category, one row per date and one column per reporter."""
    category, reported_by = _clean(category), _clean(reported_by)
    date_from, date_to = _clean(date_from), _clean(date_to)
    _dates(date_from, date_to)
    rows = store.figures(category=category, reported_by=reported_by, date_from=date_from, date_to=date_to,
                         limit=2000)
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:
        g = groups.setdefault(r["category"], {"reporters": [], "dates": defaultdict(lambda: defaultdict(list))})
        who = r["reported_by"] or ""
        if who not in g["reporters"]:
            g["reporters"].append(who)
        g["dates"][r["published"] or ""][who].append(r)
    for g in groups.values():
        g["reporters"].sort(key=lambda w: (w == "", w))
        g["dates"] = sorted(g["dates"].items(), key=lambda kv: kv[0], reverse=True)
    form = {"category": category or "", "reported_by": reported_by or "", "from": date_from or "",
            "to": date_to or ""}
    return page(request, "figures.html", groups=groups, form=form, total=len(rows))


@router.get("/events", response_class=HTMLResponse)
def events_view(
    request: Request, store: StoreDep, type_: Annotated[str | None, Query(alias="type", max_length=20)] = None,
    actor: Opt = None, location: Opt = None, country: Opt = None,
    date_from: FromQ = None, date_to: ToQ = None,
) -> Response:
    """Events: a filter form, a timeline (SVG) and a table."""
    type_, actor, location, country = _clean(type_), _clean(actor), _clean(location), _clean(country)
    date_from, date_to = _clean(date_from), _clean(date_to)
    _dates(date_from, date_to)
    rows = store.events(type_=type_, actor=actor, location=location, date_from=date_from, date_to=date_to,
                        country=country, limit=1000)
    per_day: Counter[str] = Counter(r["date"] or r["published"] for r in rows if (r["date"] or r["published"]))
    chart = render.bar_chart(render.bucket(dict(per_day)), label="الأحداث عبر الزمن", unit="حدث")
    types = Counter(r["type"] for r in rows)
    form = {"type": type_ or "", "actor": actor or "", "location": location or "", "country": country or "",
            "from": date_from or "", "to": date_to or ""}
    return page(request, "events.html", rows=rows, chart=chart, form=form, types=types.most_common())


@router.get("/stories", response_class=HTMLResponse)
def stories_view(request: Request, store: StoreDep) -> Response:
    """Stories, or a friendly page while there are none."""
    return page(request, "stories.html", data=service.stories(store), story=None)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_view(request: Request, store: StoreDep, story_id: str) -> Response:
    """One story when the store has stories, else the friendly page."""
    data = service.stories(store, limit=1000)
    story = next((s for s in data["stories"] if str(s.get("id")) == story_id), None)
    if story is None and data["stories"]:
        raise HTTPException(404, f"No story {story_id!r} — لا توجد قصة بهذا المعرّف")
    return page(request, "stories.html", data=data, story=story)
