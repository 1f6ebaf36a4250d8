"""Load test of `marsad serve` on loopback: search and article-page latency at 20 concurrent clients.

    .venv/bin/python bench/bench_serve.py [--db /tmp/snn.db] [--limit N] [--requests 2000] [--clients 20]

Builds the store from SaudiNewsNet (`../shared/data/saudinewsnet/saudinewsnet.jsonl.gz`, ingested
with `Options(analyse=False)`, `--limit` records or all) unless `--db` exists, starts the server in
its own process (uvicorn, one worker) on a free port, warms it up, then runs a fixed number of
requests per kind from `--clients` concurrent httpx clients: searches (a fixed mix of queries,
filters and pages), UI article pages and API article records. Reports p50/p95/p99 and errors, and
writes bench/results/serve.md. Targets: search p95 < 100 ms, article page p95 < 50 ms, no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import platform
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
QUERIES = [
    "السعودية", "الرياض", "وزير الخارجية", '"مجلس الوزراء"', "النفط", "اليمن", "الحوثي", "مستشفى", "جامعة*",
    "الهلال OR النصر", "أمطار", "حادث مرور", '"ولي العهد"', "سوريا -روسيا", "الأمن", "مكة", "التعليم", "الاتحاد",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _records(limit: int | None) -> Iterator[Any]:
    from marsad.read import RawDocument

    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                return
            rec = json.loads(line)
            text = rec.get("content") or rec.get("text")
            if not text:
                continue
            yield RawDocument(source=f"{CORPUS.name}:{i + 1}", format="jsonl", text=text,
                              meta={"url": rec.get("url"), "title": rec.get("title"),
                                    "published": rec.get("date_extracted") or rec.get("date"),
                                    "source": rec.get("source")})


def build(db: Path, limit: int | None) -> float:
    """Ingest the corpus into `db`; returns seconds taken."""
    from marsad.ingest import ingest_documents
    from marsad.pipeline import Options
    from marsad.store import open_store

    t0 = time.perf_counter()
    store = open_store(str(db))
    ingest_documents(_records(limit), store, Options(analyse=False))
    store.close()
    return time.perf_counter() - t0


def pct(xs: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of `xs`, in ms."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))] * 1000


async def run_kind(base: str, urls: list[str], clients: int) -> tuple[list[float], int, float]:
    """Fetch every URL with `clients` concurrent connections; (latencies, errors, seconds)."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    lat: list[float] = []
    errors = 0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while True:
            try:
                u = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            t = time.perf_counter()
            try:
                r = await client.get(u)
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            lat.append(time.perf_counter() - t)
            errors += not ok

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    t0 = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    return lat, errors, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="/tmp/marsad-bench-serve.db")
    ap.add_argument("--limit", type=int, default=None, help="ingest only the first N records")
    ap.add_argument("--requests", type=int, default=2000, help="requests per kind")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "serve.md"))
    args = ap.parse_args()
    db = Path(args.db)
    ingest_s = None
    if not db.exists():
        if not CORPUS.exists():
            sys.exit(f"no store at {db} and no corpus at {CORPUS}")
        ingest_s = build(db, args.limit)
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    n_pages = con.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
    con.close()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-c", f"from marsad.api.app import serve; serve({str(db)!r}, '127.0.0.1', {port}, None)"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        for _ in range(200):
            try:
                if httpx.get(base + "/api/v1/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        rnd = random.Random(7)
        search_urls = []
        for i in range(args.requests):
            q = QUERIES[i % len(QUERIES)]
            params: dict[str, str] = {"q": q, "limit": "20"}
            if i % 5 == 1:
                params["from"], params["to"] = "2015-06", "2015-12"
            if i % 7 == 2:
                params["publisher"] = "alriyadh"
            url = str(httpx.URL("/api/v1/search", params=params))
            search_urls.append(url if i % 3 else url.replace("/api/v1/search", "/search"))  # a third through the UI
        article_ui = [f"/articles/{rnd.choice(ids)}" for _ in range(args.requests)]
        article_api = [f"/api/v1/articles/{rnd.choice(ids)}" for _ in range(args.requests)]
        asyncio.run(run_kind(base, search_urls[:200] + article_ui[:200], args.clients))  # warm-up
        results = {}
        for name, urls in (("search", search_urls), ("article page (UI)", article_ui),
                           ("article record (API)", article_api)):
            results[name] = asyncio.run(run_kind(base, urls, args.clients))
    finally:
        server.terminate()
        server.wait(timeout=10)
    lines = [
        "# `marsad serve` load test",
        "",
        f"- command: `.venv/bin/python bench/bench_serve.py {' '.join(sys.argv[1:])}`".rstrip(),
        f"- machine: {platform.machine()}, {os.cpu_count()} CPU cores ({platform.processor() or platform.platform()}),"
        f" Python {platform.python_version()}; server and load generator on the same machine (loopback)",
        f"- store: SaudiNewsNet, {n_pages} pages / {len(ids)} articles, ingested with `Options(analyse=False)`"
        + (f" ({args.limit} records)" if args.limit else " (the whole corpus)")
        + (f" in {ingest_s:.0f} s" if ingest_s else " (pre-built)") + f"; {db.stat().st_size / 1e6:.0f} MB",
        f"- server: uvicorn, 1 process, sync endpoints in its thread pool (one SQLite connection per thread);"
        f" {args.clients} concurrent httpx clients, {args.requests} requests per kind after 400 warm-up requests",
        "- searches: a fixed mix of 18 queries (words, phrases, prefix, OR, exclusion), 1 in 5 with a date range,"
        " 1 in 7 with a publisher; one third through the HTML page `/search`, the rest `/api/v1/search`",
        "",
        "| kind | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, (lat, errors, secs) in results.items():
        lines.append(f"| {name} | {len(lat)} | {errors} | {pct(lat, 50):.1f} | {pct(lat, 95):.1f} | {pct(lat, 99):.1f}"
                     f" | {max(lat) * 1000:.1f} | {len(lat) / secs:.0f} |")
    s95 = pct(results["search"][0], 95)
    a95 = pct(results["article page (UI)"][0], 95)
    errs = sum(e for _, e, _ in results.values())
    lines += ["", f"Targets: search p95 < 100 ms: {'met' if s95 < 100 else 'NOT met'} ({s95:.1f} ms);"
                  f" article page p95 < 50 ms: {'met' if a95 < 50 else 'NOT met'} ({a95:.1f} ms);"
                  f" no errors: {'met' if errs == 0 else f'NOT met ({errs})'}.", ""]
    text = "\n".join(lines)
    print(text)
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"mean search {statistics.mean(results['search'][0]) * 1000:.1f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
