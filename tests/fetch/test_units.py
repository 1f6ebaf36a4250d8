"""URL identity, charset checks, feed and sitemap parsing, Retry-After, and the CLI commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from fetch_sites import Resp, Site, article_html, atom, html_resp, news_sitemap, rss

from marsad.fetch.charset import choose_charset, looks_like_mojibake
from marsad.fetch.cli_fetch import fetch_command, watch_command
from marsad.fetch.feeds import parse_feed
from marsad.fetch.http import retry_after
from marsad.fetch.sitemaps import parse_sitemap
from marsad.fetch.urls import canonicalize, link_canonical


def test_canonicalize() -> None:
    assert canonicalize("HTTPS://Www.Example.COM:443/a/b?utm_source=x&b=2&a=1&fbclid=z#frag") == \
        "https://www.example.com/a/b?a=1&b=2"
    assert canonicalize("http://example.com") == "http://example.com/"
    assert canonicalize("/x?gclid=1", base="http://h.org/y") == "http://h.org/x"


def test_link_canonical() -> None:
    html = b'<html><head><link href="/news/1?utm_medium=x" rel="canonical"></head><body></body></html>'
    assert link_canonical(html, "http://h.org/amp/1") == "http://h.org/news/1"
    assert link_canonical(b"<html><head></head></html>", "http://h.org/") is None


def test_charset_choice() -> None:
    cp = article_html(3, meta_charset=False).encode("cp1256")
    assert looks_like_mojibake(cp.decode("latin-1"))
    assert choose_charset(cp, "text/html; charset=iso-8859-1") is None  # contradicted: detect
    assert choose_charset(cp, "text/html; charset=utf-8") is None
    good = article_html(3).encode()
    assert choose_charset(good, "text/html; charset=UTF-8") == "UTF-8"
    assert choose_charset(good, "text/html") == "utf-8"  # from <meta charset>


def test_feeds_and_sitemaps() -> None:
    items, problem = parse_feed(rss([("http://h/1", "g1", "Wed, 20 Nov 2024 10:00:00 GMT")]), "http://h/")
    assert problem is None and items[0].url == "http://h/1" and items[0].updated == "2024-11-20T10:00:00+00:00"
    items, _ = parse_feed(atom([("http://h/2", "urn:2", "2024-11-20T10:00:00Z")]), "http://h/")
    assert items[0].id == "urn:2"
    items, children, problem = parse_sitemap(news_sitemap([("http://h/3", "2024-11-20T09:00:00+00:00")]))
    assert problem is None and not children and items[0].published == "2024-11-20T09:00:00+00:00"
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://h/a.xml</loc>'
             b"<lastmod>2024-01-01</lastmod></sitemap><sitemap><loc>http://h/b.xml</loc><lastmod>2024-02-01</lastmod>"
             b"</sitemap></sitemapindex>")
    _, children, _ = parse_sitemap(index)
    assert [c[0] for c in children] == ["http://h/b.xml", "http://h/a.xml"]
    assert parse_feed(b"<html>nope", "http://h/")[1]


def test_retry_after() -> None:
    assert retry_after("7") == 7.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after("soon") is None


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("fetch")(fetch_command)
    app.command("watch")(watch_command)
    return app


def test_fetch_command(site: Site, tmp_path: Path) -> None:
    site.routes["/robots.txt"] = Resp(200, {}, b"User-agent: marsad\nDisallow: /no/\n")
    site.routes["/p"] = html_resp(50)
    site.routes["/no/p"] = html_resp(51)
    db = tmp_path / "m.db"
    res = CliRunner().invoke(_app(), ["fetch", site.url("/p"), site.url("/no/p"), site.url("/missing"),
                                      "--db", str(db), "--no-analyse", "--json"])
    assert res.exit_code == 0, res.output
    rows = {r["url"].rsplit(":", 1)[-1].split("/", 1)[-1]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["p"]["status"] == "new"
    assert rows["no/p"]["status"] == "robots"
    assert rows["missing"]["status"] == "failed" and rows["missing"]["reason"] == "HTTP 404"
    assert site.hits("/no/p") == 0
    assert list((tmp_path / "warc").glob("marsad-*.warc.gz"))


def test_watch_command(site: Site, tmp_path: Path) -> None:
    site.routes["/robots.txt"] = Resp(404, {}, b"")
    site.routes["/p"] = html_resp(60)
    site.routes["/rss"] = Resp(200, {"Content-Type": "application/rss+xml"},
                               rss([(site.url("/p"), "p", "Wed, 20 Nov 2024 10:00:00 GMT")]))
    toml = tmp_path / "s.toml"
    toml.write_text(f'[settings]\ncontact = "https://example.org/c"\ndelay = 0\n[[outlet]]\nname = "x"\n'
                    f'feeds = ["{site.url("/rss")}"]\n', encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(_app(), ["watch", str(toml), "--db", str(tmp_path / "m.db"), "--once", "--no-analyse"])
    assert res.exit_code == 0, res.output
    assert "round 1" in res.output and "x" in res.output
    res = runner.invoke(_app(), ["watch", str(toml), "--db", str(tmp_path / "m.db"), "--rounds", "2",
                                 "--every", "0s", "--no-analyse", "--json"])
    rounds = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["outlets"][0]["new"] for r in rounds] == [0, 0]
    assert site.hits("/p") == 1
    bad = tmp_path / "bad.toml"
    bad.write_text("[[outlet]]\nname = 'x'\n", encoding="utf-8")
    res = runner.invoke(_app(), ["watch", str(bad), "--once"])
    assert res.exit_code == 2
