"""Load test of `marsad serve` on loopback: search and article-page latency at 20 concurrent clients.

    .venv/bin/python bench/bench_serve.py [--db /tmp/snn.db] [--limit N] [--analyse] [--requests 2000]
        [--clients 20] [--workers 1] [--threads N] [--no-cache] [--runs 3] [--build-only] [--generator auto|wrk|python]
        [--query-pool 2000 [--zipf 1.0]]

Builds the store from SaudiNewsNet (`../shared/data/saudinewsnet/saudinewsnet.jsonl.gz`, ingested
with `Options(analyse=False)`, or with the analysis with `--analyse`; `--limit` records or all)
unless `--db` exists, starts the server in its own process (uvicorn, `--workers` processes, caches
on unless `--no-cache`) on a free port, warms it up, then, `--runs` times, runs a fixed number of
requests per kind from `--clients` concurrent keep-alive connections: searches (a fixed mix of
queries, filters and pages; or, with `--query-pool N`, a stream drawn from N distinct queries built
from the store's titles with Zipf popularity, which is what a result cache really sees), UI article
pages and API article records (random articles). Reports
p50/p95/p99 (medians over the runs), errors, the server's CPU time per request and the load
average, and writes bench/results/serve.md. Targets: search p95 < 100 ms, article page p95 < 50 ms,
no errors. The load generator is `wrk` (one thread, a Lua script walking the list of URLs) when
it is installed (`apt-get install wrk`), else a minimal asyncio HTTP/1.1 client (`_Conn`; httpx cost
more CPU per request than the server on the 2-core test machine); the results say which.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import platform
import random
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from marsad.api.app import THREADS

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
QUERIES = [
    "السعودية", "الرياض", "وزير الخارجية", '"مجلس الوزراء"', "النفط", "اليمن", "الحوثي", "مستشفى", "جامعة*",
    "الهلال OR النصر", "أمطار", "حادث مرور", '"ولي العهد"', "سوريا -روسيا", "الأمن", "مكة", "التعليم", "الاتحاد",
]


def query_pool(db: Path, size: int, seed: int = 11) -> list[str]:
    """`size` distinct queries built from the store's own article titles, as an analyst might type
    them: one word (60 %), two words (20 %), a quoted two-word phrase (15 %), a word's first four
    letters with `*` (5 %). Words are drawn from titles picked at random, so common words are
    as likely to be drawn as they are common (broad queries are in the pool, not only rare ones);
    the 60 commonest title words (prepositions, particles: nobody's query) are left out."""
    rnd = random.Random(seed)
    con = sqlite3.connect(db)
    titles = [t.split() for (t,) in con.execute("SELECT title FROM articles WHERE title IS NOT NULL ORDER BY id")]
    con.close()
    common = {w for w, _ in Counter(w for t in titles for w in t).most_common(60)}
    pool: dict[str, None] = {}
    while len(pool) < size:
        ws = [w for w in titles[rnd.randrange(len(titles))] if len(w) >= 3 and w.isalpha() and w not in common]
        if not ws:
            continue
        kind = rnd.random()
        i = rnd.randrange(len(ws))
        if kind < 0.60 or len(ws) < 2:
            q = ws[i] if kind < 0.95 or len(ws[i]) < 5 else ws[i][:4] + "*"
        elif kind < 0.80:
            q = " ".join(rnd.sample(ws, 2))
        elif kind < 0.95:
            j = min(i, len(ws) - 2)
            q = f'"{ws[j]} {ws[j + 1]}"'
        else:
            q = ws[i][:4] + "*" if len(ws[i]) >= 5 else ws[i]
        pool[q] = None
    return list(pool)


def search_stream(queries: list[str], n: int, rnd: random.Random, zipf: float) -> list[str]:
    """`n` search URLs: the i-th most popular query of the pool (popularity in a random order,
    independent of how broad the query is) asked with weight 1/i**zipf, as query logs are;
    1 in 5 with a date range, 1 in 7 with a publisher (both part of the cache key), a third
    through the HTML page. With `zipf` 0 the queries go round in order (the fixed mix)."""
    order = list(queries)
    weights = None
    if zipf:
        rnd.shuffle(order)
        weights = [1 / (i + 1) ** zipf for i in range(len(order))]
    urls = []
    for i in range(n):
        q = rnd.choices(order, weights)[0] if weights else order[i % len(order)]
        params: dict[str, str] = {"q": q, "limit": "20"}
        if (rnd.randrange(5) == 0) if weights else i % 5 == 1:
            params["from"], params["to"] = "2015-06", "2015-12"
        if (rnd.randrange(7) == 0) if weights else i % 7 == 2:
            params["publisher"] = "alriyadh"
        url = str(httpx.URL("/api/v1/search", params=params))
        third = rnd.randrange(3) == 0 if weights else i % 3 == 0
        urls.append(url.replace("/api/v1/search", "/search") if third else url)
    return urls


def repeats(urls: list[str], seen: set[str]) -> float:
    """The share of `urls` asked before (in `seen`, which grows): the best a result cache can do."""
    hits = 0
    for u in urls:
        hits += u in seen
        seen.add(u)
    return hits / len(urls) if urls else 0.0


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


def build(db: Path, limit: int | None, analyse: bool = False) -> float:
    """Ingest the corpus into `db` (with the analysis when `analyse`); returns seconds taken."""
    from marsad.ingest import ingest_documents
    from marsad.pipeline import Options
    from marsad.store import open_store

    t0 = time.perf_counter()
    store = open_store(str(db))
    ingest_documents(_records(limit), store, Options(analyse=analyse))
    store.close()
    return time.perf_counter() - t0


def pct(xs: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of `xs`, in ms."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))] * 1000


class _Conn:
    """One keep-alive HTTP/1.1 connection doing plain GETs: the load generator's client.

    httpx cost ~6 ms of CPU per request on the 2-core test machine, three times the server's
    work, so at 20 clients the generator itself was the bottleneck; this costs a few tenths."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """The status of GET `path`, its body read whole."""
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.reader, self.writer
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in head[1:] if h)}
        if "content-length" in headers:
            await reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                await reader.readexactly(size + 2)
            await reader.readuntil(b"\r\n")
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status

    def close(self) -> None:
        """Drop the connection (the next GET opens a new one)."""
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run_kind(base: str, urls: list[str], clients: int) -> tuple[list[float], int, float]:
    """Fetch every URL with `clients` concurrent keep-alive connections; (latencies, errors, seconds)."""
    host, port = httpx.URL(base).host, httpx.URL(base).port or 80
    queue: asyncio.Queue[str] = asyncio.Queue()
    for u in urls:
        queue.put_nowait(u)
    lat: list[float] = []
    errors = 0

    async def worker() -> None:
        nonlocal errors
        conn = _Conn(host, port)
        while True:
            try:
                u = queue.get_nowait()
            except asyncio.QueueEmpty:
                conn.close()
                return
            t = time.perf_counter()
            why = ""
            try:
                status = await asyncio.wait_for(conn.get(u), 30)
                if status != 200:
                    why = f"HTTP {status}"
            except (TimeoutError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                    ValueError, IndexError) as e:
                why = type(e).__name__
                conn.close()
            lat.append(time.perf_counter() - t)
            if why:
                errors += 1
                print(f"error: {why} on {u}", file=sys.stderr)

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return lat, errors, time.perf_counter() - t0


WRK_LUA = r"""
-- Each connection sends the next URL of the list; once every URL was answered the thread stops
-- and writes the flag file (wrk itself runs for its whole -d: the bench then interrupts it).
local threads = {}
function setup(thread) table.insert(threads, thread) end
local paths, n, sent, done_, flag = {}, 0, 0, 0, nil
bad = 0
function init(args)
  for line in io.lines(args[1]) do n = n + 1; paths[n] = line end
  flag = args[2]
end
function request()
  sent = sent + 1
  return wrk.format("GET", paths[((sent - 1) % n) + 1])
end
function response(status, headers, body)
  done_ = done_ + 1
  if status ~= 200 then bad = bad + 1 end
  if done_ == n then
    local f = io.open(flag, "w"); f:write("done"); f:close()
    wrk.thread:stop()
  end
end
function done(summary, latency, requests)
  local e, bad = summary.errors, 0
  for _, t in ipairs(threads) do bad = bad + t:get("bad") end
  io.write(string.format(
    "WRK {\"requests\": %d, \"errors\": %d, \"p50\": %d, \"p95\": %d, \"p99\": %d, \"max\": %d}\n",
    summary.requests, e.connect + e.read + e.write + e.timeout + bad,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


def run_wrk(wrk: str, base: str, urls: list[str], clients: int) -> dict[str, float]:
    """Fetch the URLs (each once, in order, spread over the connections) with `wrk`: one thread,
    `clients` keep-alive connections. Its figures (latencies in ms) in `_stats`'s shape, less CPU;
    errors are failed connections, reads and writes, time-outs and statuses other than 200. (wrk
    may count a response or two more than the list: those that arrive with the last one.)"""
    with tempfile.TemporaryDirectory(prefix="marsad-wrk-") as tmp:
        script, paths, flag = Path(tmp) / "urls.lua", Path(tmp) / "urls.txt", Path(tmp) / "done"
        script.write_text(WRK_LUA, encoding="utf-8")
        paths.write_text("\n".join(urls) + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        proc = subprocess.Popen([wrk, "-t1", f"-c{clients}", "-d600s", "--timeout", "30s", "-s", str(script), base,
                                 "--", str(paths), str(flag)], stdout=subprocess.PIPE, text=True)
        while not flag.exists() and proc.poll() is None and time.perf_counter() - t0 < 600:
            time.sleep(0.002)
        secs = time.perf_counter() - t0
        proc.send_signal(signal.SIGINT)  # wrk prints its summary (and runs `done`) when interrupted
        out = proc.communicate(timeout=60)[0]
    line = next((x for x in out.splitlines() if x.startswith("WRK ")), None)
    if line is None:
        sys.exit(f"wrk gave no summary:\n{out}")
    w = json.loads(line[4:])
    return {"requests": w["requests"], "errors": w["errors"], "p50": w["p50"] / 1000, "p95": w["p95"] / 1000,
            "p99": w["p99"] / 1000, "max": w["max"] / 1000, "rps": w["requests"] / secs}


def _server_stack() -> str:
    """What uvicorn will run on in the server process (same interpreter): its HTTP parser and loop."""
    import importlib.util

    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return f"{http} + {loop}"


def _load() -> str:
    """The 1-minute load average, as `uptime` shows it."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children (Linux /proc; 0 elsewhere)."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            total += _cpu(int(child))
    except (OSError, ValueError, IndexError):
        pass
    return total


def _stats(lat: list[float], errors: int, secs: float, cpu: float) -> dict[str, float]:
    return {"requests": len(lat), "errors": errors, "p50": pct(lat, 50), "p95": pct(lat, 95), "p99": pct(lat, 99),
            "max": max(lat) * 1000 if lat else float("nan"), "rps": len(lat) / secs if secs else float("nan"),
            "cpu": cpu / len(lat) * 1000 if lat else float("nan")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="/tmp/marsad-bench-serve.db")
    ap.add_argument("--limit", type=int, default=None, help="ingest only the first N records")
    ap.add_argument("--requests", type=int, default=2000, help="requests per kind")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--workers", type=int, default=1, help="server processes (`marsad serve --workers`)")
    ap.add_argument("--threads", type=int, default=None, help="worker threads per process (default: marsad's)")
    ap.add_argument("--no-cache", action="store_true", help="serve without the search and article caches")
    ap.add_argument("--runs", type=int, default=1, help="measure this many times; the table gives medians")
    ap.add_argument("--analyse", action="store_true", help="build the store with the analysis (entities, …)")
    ap.add_argument("--build-only", action="store_true", help="build the store and stop")
    ap.add_argument("--generator", choices=("auto", "wrk", "python"), default="auto",
                    help="load generator: wrk (when installed, the default) or the asyncio client")
    ap.add_argument("--query-pool", type=int, default=0,
                    help="draw searches from this many distinct queries built from the store's titles,"
                         " with Zipf popularity (0: the fixed mix of 18 queries, in turn)")
    ap.add_argument("--zipf", type=float, default=1.0, help="the popularity exponent with --query-pool")
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "serve.md"))
    args = ap.parse_args()
    db = Path(args.db)
    ingest_s = None
    if not db.exists():
        if not CORPUS.exists():
            sys.exit(f"no store at {db} and no corpus at {CORPUS}")
        ingest_s = build(db, args.limit, args.analyse)
        print(f"built {db} in {ingest_s:.0f} s", file=sys.stderr)
    if args.build_only:
        return
    wrk = shutil.which("wrk") if args.generator != "python" else None
    if args.generator == "wrk" and wrk is None:
        sys.exit("--generator wrk: wrk is not installed (apt-get install wrk)")
    generator = "wrk 1 thread (Lua script over the URL list)" if wrk else "asyncio client (`_Conn`)"
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    n_pages = con.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
    n_entities = con.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    con.close()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    cache = not args.no_cache
    log = tempfile.NamedTemporaryFile("w+", prefix="marsad-bench-serve-", suffix=".log", delete=False)  # noqa: SIM115
    server = subprocess.Popen(
        [sys.executable, "-c", f"from marsad.api.app import serve; serve({str(db)!r}, '127.0.0.1', {port}, None"
                               + (f", workers={args.workers}" if args.workers != 1 else "")
                               + (f", threads={args.threads}" if args.threads else "")
                               + ("" if cache else ", cache=False") + ")"],
        stdout=subprocess.DEVNULL, stderr=log,
    )
    runs: list[dict[str, dict[str, float]]] = []
    loads: list[str] = []
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/v1/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        rnd = random.Random(7)
        pool = query_pool(db, args.query_pool) if args.query_pool else QUERIES
        zipf = args.zipf if args.query_pool else 0.0
        seen: set[str] = set()
        warm = search_stream(pool, 200, rnd, zipf)
        repeats(warm, seen)
        asyncio.run(run_kind(base, warm + [f"/articles/{rnd.choice(ids)}" for _ in range(200)],
                             args.clients))  # warm-up
        shares: list[float] = []
        for _ in range(args.runs):
            search_urls = search_stream(pool, args.requests, rnd, zipf)  # Zipf: the stream goes on; else the same mix
            shares.append(repeats(search_urls, seen))
            article_ui = [f"/articles/{rnd.choice(ids)}" for _ in range(args.requests)]
            article_api = [f"/api/v1/articles/{rnd.choice(ids)}" for _ in range(args.requests)]
            load = _load()
            run = {}
            for name, urls in (("search", search_urls), ("article page (UI)", article_ui),
                               ("article record (API)", article_api)):
                cpu0 = _cpu(server.pid)
                if wrk:
                    run[name] = run_wrk(wrk, base, urls, args.clients)
                    run[name]["cpu"] = (_cpu(server.pid) - cpu0) / run[name]["requests"] * 1000
                else:
                    lat, errors, secs = asyncio.run(run_kind(base, urls, args.clients))
                    run[name] = _stats(lat, errors, secs, _cpu(server.pid) - cpu0)
            runs.append(run)
            loads.append(f"{load}→{_load()}")
            print(f"run {len(runs)}: load {loads[-1]}; " + "; ".join(
                f"{k} p50 {v['p50']:.1f} p95 {v['p95']:.1f} cpu {v['cpu']:.1f}" for k, v in run.items()),
                  file=sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
    if any(r[name]["errors"] for r in runs for name in r):
        print(f"errors: see the server's log {log.name}", file=sys.stderr)
    else:
        os.unlink(log.name)
    med = {name: {k: statistics.median(r[name][k] for r in runs) for k in runs[0][name]} for name in runs[0]}
    analysed = f"with the analysis ({n_entities} entities)" if n_entities else "ingested with `Options(analyse=False)`"
    lines = [
        f"## Run of {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC",
        "",
        f"- command: `.venv/bin/python bench/bench_serve.py {' '.join(sys.argv[1:])}`".rstrip(),
        f"- machine: {platform.machine()}, {os.cpu_count()} CPU cores ({platform.processor() or platform.platform()}),"
        f" Python {platform.python_version()}; server and load generator on the same machine (loopback)",
        f"- store: SaudiNewsNet, {n_pages} pages / {len(ids)} articles, {analysed}"
        + (f" ({args.limit} records)" if args.limit else "")
        + (f", built in {ingest_s:.0f} s" if ingest_s else " (pre-built)") + f"; {db.stat().st_size / 1e6:.0f} MB",
        f"- server: uvicorn ({_server_stack()}), {args.workers} process{'es' if args.workers > 1 else ''}"
        f" ({args.threads or THREADS} worker threads each),"
        f" caches {'on' if cache else 'off'}; {args.clients} concurrent keep-alive connections,"
        f" {args.requests} requests per kind after 400 warm-up requests",
        f"- load generator: {generator}",
        ("- searches: a fixed mix of 18 queries (words, phrases, prefix, OR, exclusion), 1 in 5 with a date range,"
         " 1 in 7 with a publisher; one third through the HTML page `/search`, the rest `/api/v1/search`"
         if not zipf else
         f"- searches: drawn from a pool of {len(pool)} distinct queries built from the store's titles (one word,"
         " two words, a quoted phrase, a prefix), Zipf popularity (exponent"
         f" {zipf}) in a random order independent of breadth; 1 in 5 with a date range, 1 in 7 with a publisher,"
         " a third through the HTML page `/search`; each run continues the stream (new draws)"),
        f"- searches asked before in the stream (warm-up included), the most a result cache can answer, per run:"
        f" {', '.join(f'{x:.0%}' for x in shares)}",
        f"- runs: {len(runs)} (the table gives the median of each figure); 1-minute load average before→after"
        f" each run: {', '.join(loads)}",
        "",
        "| kind | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s | server CPU ms/req |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, m in med.items():
        lines.append(f"| {name} | {m['requests']:.0f} | {m['errors']:.0f} | {m['p50']:.1f} | {m['p95']:.1f}"
                     f" | {m['p99']:.1f} | {m['max']:.1f} | {m['rps']:.0f} | {m['cpu']:.1f} |")
    s95, a95 = med["search"]["p95"], med["article page (UI)"]["p95"]
    errs = sum(r[name]["errors"] for r in runs for name in r)
    lines += ["", f"Targets: search p95 < 100 ms: {'met' if s95 < 100 else 'NOT met'} ({s95:.1f} ms);"
                  f" article page p95 < 50 ms: {'met' if a95 < 50 else 'NOT met'} ({a95:.1f} ms);"
                  f" no errors: {'met' if errs == 0 else f'NOT met ({errs:.0f})'}.", ""]
    text = "\n".join(lines)
    print(text)
    write_results(Path(args.out), text)


TITLE = "# `marsad serve` load test (issue #7)"


def write_results(out: Path, section: str) -> None:
    """Put `section` at the top of `out`, under its title, keeping the earlier sections below."""
    earlier = out.read_text(encoding="utf-8") if out.exists() else ""
    if earlier.startswith("# "):
        earlier = earlier.split("\n", 1)[1] if "\n" in earlier else ""
    earlier = earlier.strip()
    out.write_text(f"{TITLE}\n\n{section.rstrip()}\n" + (f"\n---\n\n{earlier}\n" if earlier else ""),
                   encoding="utf-8")


if __name__ == "__main__":
    main()
