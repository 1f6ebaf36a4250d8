"""`marsad watch` rounds against local sites: what is stored, what fails and why, robots.txt,
304s, retries, caps, timeouts, versions, resume after a kill, and WARC replay."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from fetch_sites import RESET, Req, Resp, Site, article_html, atom, conditional, html_resp, news_sitemap, rss

from marsad.fetch.archive import Archive
from marsad.fetch.config import Config, Outlet, Settings, parse_config
from marsad.fetch.state import FetchState
from marsad.fetch.watch import RoundReport, run_round
from marsad.ingest import ingest
from marsad.pipeline import Options
from marsad.store import open_store

FAST = Settings(contact="https://example.org/marsad-contact", delay=0.02, concurrency=2, timeout=1.0,
                total_timeout=2.0, max_bytes=1_000_000, retries=2, backoff=0.05, max_retry_after=5.0, every=1.0,
                fail_limit=3)
OPTS = Options(analyse=False)
DATE = "Wed, 20 Nov 2024 10:00:00 GMT"


def _cp1256_page(n: int) -> bytes:
    return article_html(n, charset="windows-1256", meta_charset=False).encode("cp1256")


def build_site(site: Site) -> None:
    """Feeds (RSS, Atom, news sitemap) and the pages they point at, good and bad."""
    u = site.url
    site.routes["/robots.txt"] = Resp(200, {"Content-Type": "text/plain"},
                                      b"User-agent: *\nDisallow: /private/\n")
    for n in range(1, 5):
        site.routes[f"/news/{n}"] = conditional(article_html(n).encode(), "text/html; charset=utf-8", f'"p{n}"')
    # the same article under a second URL that names the first as canonical
    site.routes["/amp/1"] = html_resp(1, canonical=u("/news/1"))
    site.routes["/private/secret"] = html_resp(99)
    site.routes["/cp1256-latin1"] = Resp(200, {"Content-Type": "text/html; charset=iso-8859-1"}, _cp1256_page(5))
    site.routes["/cp1256-utf8"] = Resp(200, {"Content-Type": "text/html; charset=utf-8"}, _cp1256_page(6))
    calls = itertools.count()

    def too_many(req: Req) -> Resp:
        return Resp(429, {"Retry-After": "1"}, b"slow down") if next(calls) == 0 else html_resp(7)
    site.routes["/busy"] = too_many
    fails = itertools.count()

    def flaky(req: Req) -> Resp:
        return Resp(500, {"Content-Type": "text/plain"}, b"oops") if next(fails) == 0 else html_resp(8)
    site.routes["/flaky"] = flaky
    site.routes["/loop/a"] = Resp(302, {"Location": "/loop/b"})
    site.routes["/loop/b"] = Resp(302, {"Location": "/loop/a"})

    def huge() -> Iterator[bytes]:
        chunk = b"<p>" + "ا".encode() * 32_000 + b"</p>"
        for _ in range(50_000_000 // len(chunk)):
            yield chunk
    site.routes["/huge"] = lambda req: Resp(200, {"Content-Type": "text/html; charset=utf-8"}, huge())

    def stall() -> Iterator[bytes]:
        yield b"<html><head><title>"
        for _ in range(100):
            if site.stop.is_set():
                return
            time.sleep(0.05)
    site.routes["/stall"] = lambda req: Resp(200, {"Content-Type": "text/html"}, stall())
    site.routes["/rss.xml"] = conditional(rss([
        (u("/news/1?utm_source=rss&utm_medium=feed"), "g1", DATE),
        (u("/news/2#comments"), "g2", DATE),
        (u("/private/secret"), "g3", DATE),
        (u("/cp1256-latin1"), "g4", DATE),
        (u("/cp1256-utf8"), "g5", DATE),
        (u("/busy"), "g6", DATE),
        (u("/flaky"), "g7", DATE),
        (u("/loop/a"), "g8", DATE),
        (u("/huge"), "g9", DATE),
        (u("/stall"), "g10", DATE),
    ]), "application/rss+xml", '"rss1"')
    site.routes["/atom.xml"] = conditional(atom([
        (u("/news/3"), "urn:3", "2024-11-20T10:00:00Z"),
        (u("/amp/1"), "urn:amp1", "2024-11-20T10:00:00Z"),
    ]), "application/atom+xml", '"atom1"')
    site.routes["/news-sitemap.xml"] = conditional(news_sitemap([
        (u("/news/4"), "2024-11-20T09:00:00+00:00"),
        (u("/news/2"), "2024-11-20T09:00:00+00:00"),
    ]), "application/xml", '"sm1"')


def config_for(site: Site, **settings: object) -> Config:
    from dataclasses import replace

    return Config(settings=replace(FAST, **settings), outlets=(Outlet(
        name="المرصد", feeds=(site.url("/rss.xml"), site.url("/atom.xml")),
        sitemaps=(site.url("/news-sitemap.xml"),), language="ar"),))


def one_round(cfg: Config, db: Path) -> RoundReport:
    store = open_store(str(db))
    try:
        return asyncio.run(run_round(cfg, store, OPTS, Archive(db.parent, 10_000_000)))
    finally:
        store.close()


def page_texts(db: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT page_id, text FROM articles ORDER BY page_id, idx").fetchall()
    finally:
        con.close()
    out: dict[str, list[str]] = {}
    for pid, text in rows:
        out.setdefault(pid, []).append(text)
    return out


@pytest.fixture(scope="module")
def first_round(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, Path, RoundReport, RoundReport]]:
    site = Site()
    build_site(site)
    db = tmp_path_factory.mktemp("watch") / "marsad.db"
    cfg = config_for(site)
    r1 = one_round(cfg, db)
    n_log = len(site.log)
    r2 = one_round(cfg, db)
    site.first_round_log = site.log[:n_log]  # type: ignore[attr-defined]
    site.second_round_log = site.log[n_log:]  # type: ignore[attr-defined]
    yield site, db, r1, r2
    site.close()


def test_right_pages_stored_once(first_round: tuple[Site, Path, RoundReport, RoundReport]) -> None:
    site, db, r1, _ = first_round
    rep = r1.outlets[0]
    # news 1-4, two windows-1256 pages, the 429 and the 500 that recovered
    assert rep.new == 8, rep.to_dict()
    texts = page_texts(db)
    assert len(texts) == 8
    joined = "\n".join(t for ts in texts.values() for t in ts)
    for n in (1, 2, 3, 4, 5, 6, 7, 8):
        assert f"اللجنة رقم {n} " in joined, n
    # news/2 is in the RSS and the sitemap, news/1 also as /amp/1: each fetched once
    assert site.hits("/news/2") == 1 and site.hits("/news/1") == 1
    con = sqlite3.connect(db)
    sources = con.execute("SELECT COUNT(*) FROM page_sources").fetchone()[0]
    urls = {r[0] for r in con.execute("SELECT url FROM page_sources")}
    con.close()
    assert sources >= 9  # /amp/1 recorded as a second sighting of news/1
    assert any(u.endswith("/amp/1") for u in urls)


def test_failures_reported_with_reasons(first_round: tuple[Site, Path, RoundReport, RoundReport]) -> None:
    _, _, r1, _ = first_round
    reasons = {url.rsplit("/", 1)[-1]: why for url, why in r1.outlets[0].failed}
    assert set(reasons) == {"a", "huge", "stall"}, reasons
    assert "redirect loop" in reasons["a"]
    assert "too large" in reasons["huge"]
    assert "timeout" in reasons["stall"]
    assert r1.outlets[0].robots == [r1.outlets[0].robots[0]] and r1.outlets[0].robots[0].endswith("/private/secret")


def test_nothing_disallowed_fetched(first_round: tuple[Site, Path, RoundReport, RoundReport]) -> None:
    site, *_ = first_round
    assert not [r.path for r in site.log if r.path.startswith("/private/")]
    ua = {r.headers.get("user-agent") for r in site.log}
    assert ua == {"marsad/0.1.0 (+https://example.org/marsad-contact)"}


def test_retries_and_caps(first_round: tuple[Site, Path, RoundReport, RoundReport]) -> None:
    site, *_ = first_round
    busy = [r.at for r in site.log if r.path == "/busy"]
    assert len(busy) >= 2 and busy[1] - busy[0] >= 0.95  # Retry-After: 1 honoured
    assert site.hits("/flaky") >= 2
    first = [r.path for r in site.first_round_log]  # type: ignore[attr-defined]
    assert first.count("/loop/a") == 1 and first.count("/loop/b") == 1
    assert site.sent.get("/huge", 0) < 20_000_000  # cut off early, not read to the end


def test_charset_fallbacks(first_round: tuple[Site, Path, RoundReport, RoundReport]) -> None:
    _, db, *_ = first_round
    con = sqlite3.connect(db)
    rows = dict(con.execute("SELECT url, encoding FROM pages WHERE url LIKE '%cp1256%'").fetchall())
    con.close()
    assert len(rows) == 2
    assert all("1256" in (enc or "") for enc in rows.values()), rows


def test_second_round_is_cheap(first_round: tuple[Site, Path, RoundReport, RoundReport]) -> None:
    site, _, _, r2 = first_round
    rep = r2.outlets[0]
    assert rep.new == 0 and rep.feeds_not_modified == 3, rep.to_dict()
    paths = [r.path for r in site.second_round_log]  # type: ignore[attr-defined]
    # feeds answered 304; only the failed items are retried; no stored page is fetched again
    assert not [p for p in paths if p.startswith("/news/") or p in ("/busy", "/flaky", "/cp1256-utf8")]
    assert set(paths) <= {"/robots.txt", "/rss.xml", "/atom.xml", "/news-sitemap.xml", "/loop/a", "/loop/b",
                          "/huge", "/stall", "/amp/1"}
    for r in site.second_round_log:  # type: ignore[attr-defined]
        if r.path.endswith(".xml"):
            assert r.headers.get("if-none-match")


def test_warc_replays_into_identical_store(first_round: tuple[Site, Path, RoundReport, RoundReport],
                                           tmp_path: Path) -> None:
    _, db, *_ = first_round
    warcs = sorted((db.parent / "warc").glob("marsad-*.warc.gz"))
    assert warcs and (db.parent / "warc-traffic").is_dir()
    replay = tmp_path / "replay.db"
    store = open_store(str(replay))
    try:
        summary = ingest([db.parent / "warc"], store, OPTS)
    finally:
        store.close()
    assert not summary.rejected and summary.stored == len(page_texts(db))
    assert page_texts(replay) == page_texts(db)


def test_traffic_archive_has_headers(first_round: tuple[Site, Path, RoundReport, RoundReport]) -> None:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    _, db, *_ = first_round
    types: dict[str, int] = {}
    for f in sorted((db.parent / "warc-traffic").glob("*.warc.gz")):
        with open(f, "rb") as fh:
            for rec in ArchiveIterator(fh, record_types=WarcRecordType.any_type):
                types[rec.headers.get("WARC-Type")] = types.get(rec.headers.get("WARC-Type"), 0) + 1
    assert types.get("revisit", 0) >= 3  # the 304s of round two
    assert types.get("request", 0) == types.get("response", 0) + types.get("revisit", 0)


def test_changed_article_is_a_new_version(site: Site, tmp_path: Path) -> None:
    site.routes["/robots.txt"] = Resp(200, {}, b"User-agent: *\nAllow: /\n")
    version = {"n": 0}

    def page(req: Req) -> Resp:
        return html_resp(20, variant=version["n"])

    def feed(req: Req) -> Resp:
        return Resp(200, {"Content-Type": "application/rss+xml"},
                    rss([(site.url("/story"), "s1", DATE if version["n"] == 0 else "Thu, 21 Nov 2024 10:00:00 GMT")]))
    site.routes["/story"] = page
    site.routes["/feed"] = feed
    cfg = Config(settings=FAST, outlets=(Outlet(name="o", feeds=(site.url("/feed"),)),))
    db = tmp_path / "m.db"
    assert one_round(cfg, db).outlets[0].new == 1
    version["n"] = 1
    rep = one_round(cfg, db).outlets[0]
    assert rep.new == 1 and rep.versions == 1
    store = open_store(str(db))
    versions = FetchState.of_store(store).versions(site.url("/story"))
    store.close()
    assert len(versions) == 2 and versions[1]["previous_page_id"] == versions[0]["page_id"]
    assert versions[0]["page_id"] != versions[1]["page_id"]


def test_failing_outlet_is_backed_off(site: Site, tmp_path: Path) -> None:
    site.routes["/robots.txt"] = Resp(404, {}, b"")
    site.routes["/feed"] = Resp(503, {}, b"down")
    cfg = Config(settings=Settings(contact="https://example.org/c", delay=0.0, retries=0, timeout=1.0, fail_limit=3,
                                   every=60), outlets=(Outlet(name="o", feeds=(site.url("/feed"),)),))
    db = tmp_path / "m.db"
    for _ in range(3):
        assert one_round(cfg, db).outlets[0].backed_off_until is None
    hits = site.hits("/feed")
    rep = one_round(cfg, db).outlets[0]
    assert rep.backed_off_until is not None
    assert site.hits("/feed") == hits  # not hammered


def test_resume_after_kill(site: Site, tmp_path: Path) -> None:
    """Kill a round mid-way (SIGKILL to a subprocess), rerun: no duplicates, no needless refetch."""
    site.routes["/robots.txt"] = Resp(200, {}, b"User-agent: *\nAllow: /\n")
    n_pages = 12
    for n in range(n_pages):
        site.routes[f"/a/{n}"] = conditional(article_html(100 + n).encode(), "text/html; charset=utf-8", f'"a{n}"')
    site.routes["/feed"] = conditional(rss([(site.url(f"/a/{n}"), f"a{n}", DATE) for n in range(n_pages)]),
                                       "application/rss+xml", '"f1"')
    toml = tmp_path / "sources.toml"
    toml.write_text(textwrap.dedent(f"""
        [settings]
        contact = "https://example.org/c"
        delay = "0.25s"
        concurrency = 1
        timeout = 2
        [[outlet]]
        name = "o"
        feeds = ["{site.url('/feed')}"]
    """), encoding="utf-8")
    db = tmp_path / "m.db"
    code = ("import sys; from marsad.fetch.cli_fetch import watch_command; "
            "watch_command(__import__('pathlib').Path(sys.argv[1]), db=sys.argv[2], once=True, analyse=False, "
            "as_json=True)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(toml), str(db)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if sum(1 for r in site.log if r.path.startswith("/a/")) >= 4:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = {r.path for r in site.log if r.path.startswith("/a/")}
    assert 4 <= len(before) < n_pages
    con = sqlite3.connect(db)
    done = {r[0].rsplit("/", 2)[-2] + "/" + r[0].rsplit("/", 1)[-1]
            for r in con.execute("SELECT url FROM fetch_items WHERE status = 'done'")}
    con.close()
    n_log = len(site.log)
    cfg = Config(settings=FAST, outlets=(Outlet(name="o", feeds=(site.url("/feed"),)),))
    rep = one_round(cfg, db).outlets[0]
    again = [r.path for r in site.log[n_log:] if r.path.startswith("/a/")]
    assert not {p.lstrip("/") for p in again} & done  # what was finished is not fetched again
    assert len(again) == len(set(again))
    assert not rep.failed
    texts = page_texts(db)
    assert len(texts) == n_pages  # every page stored, once
    assert rep.new + rep.unchanged == n_pages


def test_politeness_gaps(make_site: object, tmp_path: Path) -> None:
    """The gaps the servers see between two requests to one host are never below the delay:
    not when some requests reach the server late (so that arrivals bunch up behind requests
    sent on time), nor from one round (one client) to the next."""
    delay = 0.1
    sites = [make_site() for _ in range(2)]  # type: ignore[operator]
    outlets = []
    for i, s in enumerate(sites):
        s.routes["/robots.txt"] = Resp(200, {}, b"User-agent: *\nAllow: /\n")
        for n in range(8):
            s.routes[f"/p/{n}"] = html_resp(200 + 10 * i + n)
            if n % 2 == 0:
                s.lag[f"/p/{n}"] = 0.04  # arrives 40 ms after it was sent
        s.routes["/feed"] = Resp(200, {"Content-Type": "application/rss+xml"},
                                 rss([(s.url(f"/p/{n}"), f"p{n}", DATE) for n in range(8)]))
        outlets.append(Outlet(name=f"o{i}", feeds=(s.url("/feed"),), delay=delay, concurrency=2))
    from dataclasses import replace

    cfg = Config(settings=replace(FAST, delay=0.0), outlets=tuple(outlets))
    db = tmp_path / "m.db"
    rep = one_round(cfg, db)
    assert sum(o.new for o in rep.outlets) == 16
    n_first = [len(s.log) for s in sites]
    rep2 = one_round(cfg, db)  # a new client at once: robots.txt and the feed again, no pages
    assert sum(o.new for o in rep2.outlets) == 0 and sum(o.unchanged for o in rep2.outlets) == 16
    for s, n in zip(sites, n_first, strict=True):
        assert len(s.log) > n  # the second round did ask this host
        arrivals = sorted(r.at for r in s.log)
        gaps = [b - a for a, b in itertools.pairwise(arrivals)]
        # timestamps are taken by the servers on arrival; the client's clock plays no part
        assert min(gaps) >= delay, [round(g, 4) for g in gaps]


def test_politeness_across_clients(site: Site) -> None:
    """A new client (each round of `marsad watch` makes one) still waits out the delay after
    the last request an earlier client made to the same host."""
    from dataclasses import replace

    from marsad.fetch.http import PoliteClient

    delay = 0.5
    site.routes["/a"] = html_resp(300)
    settings = replace(FAST, delay=delay)

    async def one() -> int | None:
        async with PoliteClient(settings) as client:
            return (await client.get(site.url("/a"), kind="other", check_robots=False)).status

    assert [asyncio.run(one()) for _ in range(3)] == [200, 200, 200]
    arrivals = sorted(r.at for r in site.log)
    assert len(arrivals) == 3
    assert min(b - a for a, b in itertools.pairwise(arrivals)) >= delay


def test_reset_connection_is_retried(site: Site) -> None:
    """A connection reset before any answer (a keep-alive connection the server dropped) is a
    failed connection: the GET is retried, and the page comes on the second try."""
    from dataclasses import replace

    from marsad.fetch.http import PoliteClient

    calls = itertools.count()
    site.routes["/r"] = lambda req: Resp(RESET) if next(calls) == 0 else html_resp(301)

    async def get() -> tuple[int | None, int, str | None]:
        async with PoliteClient(replace(FAST, retries=1)) as client:
            res = await client.get(site.url("/r"), kind="other", check_robots=False)
            return res.status, res.attempts, res.error

    assert asyncio.run(get()) == (200, 2, None)
    assert site.hits("/r") == 2


def test_config_file(tmp_path: Path) -> None:
    from marsad.fetch.config import ConfigError, load_config

    cfg = load_config(Path(__file__).resolve().parents[2] / "sources.example.toml")
    assert len(cfg.outlets) >= 10 and all(not o.verified for o in cfg.outlets)
    assert cfg.settings.agent.startswith("marsad/")
    with pytest.raises(ConfigError, match="feed or sitemap"):
        parse_config({"outlet": [{"name": "x"}]})
    with pytest.raises(ConfigError, match="unknown setting"):
        parse_config({"settings": {"evry": "1m"}})
    with pytest.raises(ConfigError, match="not an http"):
        parse_config({"outlet": [{"name": "x", "feeds": ["ftp://a"]}]})
