"""Rounds of `marsad watch` and the page step shared with `marsad fetch`.

A round reads every due outlet's feeds and sitemaps (conditional GET), takes the items not
handled before (plus earlier failures still worth a retry), fetches each page once (politely,
robots.txt first), archives it, ingests it through `ingest_documents`, and records the outcome
in the fetch state at once. Feed validators are saved only after all their items are recorded,
so a watcher killed mid-round re-reads the feed on restart, skips what it finished and fetches
the rest.
"""

from __future__ import annotations

import asyncio
import ctypes
import gc
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from marsad.fetch.archive import Archive, Exchange
from marsad.fetch.charset import choose_charset, header_charset
from marsad.fetch.config import Config, Outlet, Settings
from marsad.fetch.feeds import Item, looks_like_feed, parse_feed
from marsad.fetch.http import FetchResult, PoliteClient
from marsad.fetch.sitemaps import parse_sitemap
from marsad.fetch.state import FetchState
from marsad.fetch.urls import canonicalize, host_of, link_canonical
from marsad.ingest import Summary, ingest_documents
from marsad.model import Page
from marsad.pipeline import Options
from marsad.read.base import RawDocument

# (outlet, event, detail): event is feed | items (detail: how many more to do) | new | unchanged |
# failed | robots (detail: the URL, and the reason after a tab when there is one) | backoff
Events = Callable[[str, str, str], None]

NEW, UNCHANGED, FAILED, ROBOTS = "new", "unchanged", "failed", "robots"


@dataclass(slots=True)
class OutletReport:
    """What one round did for one outlet."""

    name: str
    new: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    robots: list[str] = field(default_factory=list)
    versions: int = 0  # pages stored as a new version of a known URL
    feeds_read: int = 0
    feeds_not_modified: int = 0
    backed_off_until: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"outlet": self.name, "new": self.new, "unchanged": self.unchanged,
                "failed": [{"url": u, "reason": r} for u, r in self.failed],
                "skipped_robots": self.robots, "new_versions": self.versions, "feeds_read": self.feeds_read,
                "feeds_not_modified": self.feeds_not_modified, "backed_off_until": self.backed_off_until}


@dataclass(slots=True)
class RoundReport:
    """One round over every outlet."""

    outlets: list[OutletReport] = field(default_factory=list)
    seconds: float = 0.0
    requests: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"seconds": round(self.seconds, 3), "requests": self.requests,
                "outlets": [o.to_dict() for o in self.outlets]}


@dataclass(slots=True)
class PageOutcome:
    """How one page ended."""

    url: str
    status: str  # new | unchanged | failed | robots
    reason: str | None = None
    page_id: str | None = None
    canonical: str | None = None
    versioned: bool = False


class _Recorder:
    """The store, with the id of the last page handed to add_page remembered."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.page_id: str | None = None

    def add_page(self, page: Page, *, source: str | None = None) -> bool:
        self.page_id = page.id
        return bool(self._store.add_page(page, source=source))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class Fetcher:
    """Fetch → archive → ingest → record, for one page at a time (many at once under asyncio)."""

    def __init__(self, client: PoliteClient, store: Any, state: FetchState, opts: Options,
                 archive: Archive | None, threaded: bool = False) -> None:
        self.client = client
        self.store = store
        self.state = state
        self.opts = opts
        self.archive = archive
        self.done: dict[str, PageOutcome] = {}  # canonical URL → outcome, this round
        # With `threaded`, pages are built and stored in one worker thread with its own
        # connection to the store file, so the event loop keeps sending requests meanwhile; off
        # by default: two writers on one SQLite file wait on each other's locks, which costs
        # more than it saves (politeness holds either way: see HostGate).
        self._pool: ThreadPoolExecutor | None = None
        self._local = threading.local()
        path = getattr(store, "path", None)
        if threaded and isinstance(path, str) and path not in ("", ":memory:"):
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="marsad-ingest")
            self._path = path
        self._inflight: dict[str, asyncio.Future[PageOutcome]] = {}

    def _ingest_sync(self, doc: RawDocument, store: Any) -> tuple[Summary, str | None]:
        rec = _Recorder(store)
        summary = ingest_documents([doc], rec, self.opts)
        return summary, rec.page_id

    def _worker_store(self) -> Any:
        st = getattr(self._local, "store", None)
        if st is None:
            from marsad.store import open_store

            st = self._local.store = open_store(self._path)
        return st

    async def _run_ingest(self, doc: RawDocument) -> tuple[Summary, str | None]:
        if self._pool is None:
            return self._ingest_sync(doc, self.store)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: self._ingest_sync(doc, self._worker_store()))

    def close(self) -> None:
        """Flush and close the worker's store connection and stop the worker."""
        if self._pool is None:
            return

        def done() -> None:
            st = getattr(self._local, "store", None)
            if st is not None:
                st.close()
                self._local.store = None
        self._pool.submit(done).result()
        self._pool.shutdown()
        self._pool = None

    async def page(self, url: str, outlet: str | None = None, language: str | None = None) -> PageOutcome:
        """Fetch and ingest one page, once per round per canonical URL."""
        canon = self.state.canonical_of(canonicalize(url))
        if canon in self.done:
            return PageOutcome(url, UNCHANGED if self.done[canon].status != FAILED else FAILED,
                               self.done[canon].reason, self.done[canon].page_id, canon)
        fut = self._inflight.get(canon)
        if fut is not None:
            first = await asyncio.shield(fut)
            return PageOutcome(url, UNCHANGED if first.status == NEW else first.status, first.reason,
                               first.page_id, canon)
        fut = asyncio.get_running_loop().create_future()
        self._inflight[canon] = fut
        try:
            outcome = await self._page(url, canon, outlet, language)
        except BaseException as e:
            fut.set_exception(e)
            fut.exception()  # mark retrieved
            raise
        finally:
            self._inflight.pop(canon, None)
        fut.set_result(outcome)
        self.done[canon] = outcome
        if outcome.canonical:
            self.done.setdefault(outcome.canonical, outcome)
        return outcome

    async def _page(self, url: str, canon: str, outlet: str | None, language: str | None) -> PageOutcome:
        prev = self.state.page(canon)
        etag, modified = (prev[1], prev[2]) if prev else (None, None)
        res = await self.client.get(canon, etag=etag, last_modified=modified, kind="page")
        if res.not_modified:
            self.state.page_fetched(canon, canon, None, etag, modified, outlet, language)
            return PageOutcome(url, UNCHANGED, "not modified (304)", prev[0] if prev else None, canon)
        if res.error:
            if res.error.startswith("robots: "):
                return PageOutcome(url, ROBOTS, res.error[len("robots: "):], canonical=canon)
            return PageOutcome(url, FAILED, res.error, canonical=canon)
        return await self._ingest(url, canon, res, outlet, language)

    async def _ingest(self, url: str, canon: str, res: FetchResult, outlet: str | None,
                language: str | None) -> PageOutcome:
        ctype = res.headers.get("content-type", "")
        low = ctype.lower()
        if ctype and "html" not in low and "text" not in low:
            self.client._archive_other(res)
            return PageOutcome(url, FAILED, f"not a web page ({ctype.split(';')[0]})", canonical=canon)
        if not res.body.strip():
            self.client._archive_other(res)
            return PageOutcome(url, FAILED, "empty response", canonical=canon)
        final = canonicalize(res.final_url)
        rel = link_canonical(res.body, res.final_url) or final
        charset = choose_charset(res.body, ctype)
        if self.archive is not None and res.exchange is not None:
            self.archive.page(_with_charset(res.exchange, ctype, charset))
            res.exchange_archived = True
        meta = {"url": res.final_url, "charset": charset,
                "fetched": res.exchange.date if res.exchange else res.fetched_at}
        doc = RawDocument(source=rel, format="html", data=res.body, meta=meta)
        summary, page_id = await self._run_ingest(doc)
        etag = res.headers.get("etag")
        modified = res.headers.get("last-modified")
        for alias in {canon, final}:
            if alias != rel:
                self.state.page_fetched(alias, rel, None, None, None, outlet, language)
        versioned = self.state.page_fetched(rel, rel, page_id, etag, modified, outlet, language)
        if summary.rejected:
            reason = next(iter(summary.rejected))
            return PageOutcome(url, FAILED, f"rejected by the pipeline: {reason}", canonical=rel)
        status = NEW if summary.stored else UNCHANGED
        return PageOutcome(url, status, None, page_id, rel, versioned and bool(summary.stored))


def _with_charset(ex: Exchange, ctype: str, charset: str | None) -> Exchange:
    """The exchange as archived for replay: when the served charset was contradicted by the
    bytes, Content-Type names the charset used (or none, for detection), and the served value
    is kept in X-Marsad-Original-Content-Type, so a replay decodes the page as we did."""
    served = header_charset(ctype)
    if not served or (charset and served.lower() == charset.lower()):
        return ex
    fixed = ctype.split(";")[0].strip() + (f"; charset={charset}" if charset else "")
    headers: list[tuple[str, str]] = []
    for k, v in ex.response_headers:
        if k.lower() == "content-type":
            headers += [("X-Marsad-Original-Content-Type", v), (k, fixed)]
        else:
            headers.append((k, v))
    return replace(ex, response_headers=headers)


def _quiet(outlet: str, event: str, detail: str) -> None:
    return None


async def _read_listing(client: PoliteClient, state: FetchState, outlet: Outlet, url: str, kind: str,
                        report: OutletReport, s: Settings, validators: dict[str, tuple[str, str | None, str | None]],
                        depth: int = 0) -> list[tuple[str, Item]]:
    """Items of one feed or sitemap (following a sitemap index one level down)."""
    fs = state.feed(url)
    if not FetchState.due(fs.next_allowed):
        report.failed.append((url, f"backed off until {fs.next_allowed} after {fs.error_streak} failures"))
        return []
    res = await client.get(url, etag=fs.etag, last_modified=fs.last_modified, kind=kind)
    if res.not_modified:
        report.feeds_not_modified += 1
        validators[url] = (kind, fs.etag, fs.last_modified)
        return []
    if res.error:
        if res.error.startswith("robots: "):
            report.robots.append(url)
        else:
            report.failed.append((url, res.error))
            state.feed_failed(url, outlet.name, kind, res.error, fail_limit=s.fail_limit, every=s.every,
                              cap=s.max_backoff)
        return []
    report.feeds_read += 1
    items: list[Item]
    problem: str | None
    children: list[tuple[str, str | None]] = []
    if kind == "feed" or looks_like_feed(res.body):
        items, problem = parse_feed(res.body, res.final_url, s.max_items)
    else:
        items, children, problem = parse_sitemap(res.body, s.max_items)
    if problem:
        report.failed.append((url, problem))
        state.feed_failed(url, outlet.name, kind, problem, fail_limit=s.fail_limit, every=s.every, cap=s.max_backoff)
        return []
    validators[url] = (kind, res.headers.get("etag"), res.headers.get("last-modified"))
    found = [(url, it) for it in items]
    if depth == 0:
        for child, _lastmod in children[: s.max_child_sitemaps]:
            found += await _read_listing(client, state, outlet, child, "sitemap", report, s, validators, depth + 1)
    return found


async def _outlet_round(fetcher: Fetcher, outlet: Outlet, s: Settings, report: OutletReport,
                        events: Events) -> None:
    state, client = fetcher.state, fetcher.client
    streak, nxt = state.outlet_wait(outlet.name)
    if not FetchState.due(nxt):
        report.backed_off_until = nxt
        events(outlet.name, "backoff", f"{nxt}\t{streak} failed rounds in a row")
        return
    validators: dict[str, tuple[str, str | None, str | None]] = {}
    listings = [(u, "feed") for u in outlet.feeds] + [(u, "sitemap") for u in outlet.sitemaps]
    found_lists = await asyncio.gather(*(_read_listing(client, state, outlet, u, k, report, s, validators)
                                         for u, k in listings))
    events(outlet.name, "feed", str(len(listings)))
    # page URL → the (feed, item key) listings that point at it
    todo: dict[str, list[tuple[str, str]]] = {}
    seen_keys: set[tuple[str, str]] = set()
    for found in found_lists:
        for feed_url, item in found:
            if (feed_url, item.key) in seen_keys:
                continue
            seen_keys.add((feed_url, item.key))
            known = state.item(feed_url, item.key)
            if known is not None and (known[0] != "failed" or known[1] >= s.item_retries):
                report.unchanged += 1
                continue
            todo.setdefault(item.url, []).append((feed_url, item.key))
    for feed_url in list(outlet.feeds) + list(outlet.sitemaps) + [u for u in validators if u not in outlet.feeds]:
        for key, url in state.failed_items(feed_url, s.item_retries):
            if (feed_url, key) not in seen_keys:
                seen_keys.add((feed_url, key))
                todo.setdefault(url, []).append((feed_url, key))
    events(outlet.name, "items", str(len(todo)))
    any_ok = bool(validators)
    last_error: str | None = report.failed[-1][1] if report.failed else None

    async def one(url: str, listings: list[tuple[str, str]]) -> PageOutcome:
        for h in {host_of(url)}:
            client.set_limits(h, outlet.delay, outlet.concurrency)
        out = await fetcher.page(url, outlet.name, outlet.language)
        status = {NEW: "done", UNCHANGED: "done", ROBOTS: "robots"}.get(out.status, "failed")
        for feed_url, key in listings:
            state.item_done(feed_url, key, url, status, out.reason)
        if out.status == NEW:
            report.new += 1
            report.versions += int(out.versioned and out.page_id is not None and _had_previous(state, out))
        elif out.status == UNCHANGED:
            report.unchanged += 1
        elif out.status == ROBOTS:
            report.robots.append(url)
        else:
            report.failed.append((url, out.reason or "failed"))
        events(outlet.name, out.status, url + (f"\t{out.reason}" if out.reason else ""))
        return out

    outcomes = await asyncio.gather(*(one(u, ls) for u, ls in todo.items()))
    any_ok = any_ok or any(o.status in (NEW, UNCHANGED) for o in outcomes)
    for feed_url, (kind, etag, modified) in validators.items():
        state.feed_ok(feed_url, outlet.name, kind, etag, modified)
    if report.failed and not last_error:
        last_error = report.failed[-1][1]
    state.outlet_result(outlet.name, any_ok or not report.failed, last_error, fail_limit=s.fail_limit,
                        every=s.every, cap=s.max_backoff)


def _had_previous(state: FetchState, out: PageOutcome) -> bool:
    versions = state.versions(out.canonical or out.url)
    return bool(versions and versions[-1]["previous_page_id"])


async def run_round(cfg: Config, store: Any, opts: Options, archive: Archive | None,
                    events: Events | None = None, client: PoliteClient | None = None,
                    threaded: bool = False) -> RoundReport:
    """One round over every outlet of `cfg`; returns what each outlet got (`threaded`: build
    and store pages in a worker thread with its own store connection)."""
    t0 = time.monotonic()
    say = events or _quiet
    state = FetchState.of_store(store)
    own = client is None
    pc = client or PoliteClient(cfg.settings, archive)
    try:
        for outlet in cfg.outlets:
            for h in {host_of(u) for u in (*outlet.feeds, *outlet.sitemaps)}:  # keyed as the gates are
                pc.set_limits(h, outlet.delay, outlet.concurrency)
        fetcher = Fetcher(pc, store, state, opts, archive, threaded)
        reports = [OutletReport(o.name) for o in cfg.outlets]
        try:
            await asyncio.gather(*(_outlet_round(fetcher, o, cfg.settings, r, say)
                                   for o, r in zip(cfg.outlets, reports, strict=True)))
        finally:
            fetcher.close()
    finally:
        if own:
            await pc.aclose()
    flush = getattr(store, "flush", None)
    if callable(flush):
        flush()
    release_memory()
    return RoundReport(reports, time.monotonic() - t0, len(pc.log))


def release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the OS (glibc `malloc_trim`).

    A watch runs for hours and each round allocates and frees many small objects in short-lived
    threads; without the trim, glibc keeps the freed pages and the resident size creeps up
    although the live data stays flat (measured in bench/results/watch.md).
    """
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _libc() -> Any:
    try:
        lib = ctypes.CDLL("libc.so.6")
        lib.malloc_trim  # noqa: B018 (glibc only)
    except (OSError, AttributeError):
        return None
    return lib


_LIBC = _libc()


async def fetch_urls(urls: list[str], settings: Settings, store: Any, opts: Options, archive: Archive | None,
                     events: Events | None = None) -> list[PageOutcome]:
    """Fetch and ingest the given URLs (robots.txt and politeness honoured)."""
    say = events or _quiet
    state = FetchState.of_store(store)
    async with PoliteClient(settings, archive) as client:
        fetcher = Fetcher(client, store, state, opts, archive)

        async def one(u: str) -> PageOutcome:
            out = await fetcher.page(u)
            say("", out.status, u + (f"\t{out.reason}" if out.reason else ""))
            return out

        try:
            outcomes = list(await asyncio.gather(*(one(u) for u in urls)))
        finally:
            fetcher.close()
    flush = getattr(store, "flush", None)
    if callable(flush):
        flush()
    return outcomes
