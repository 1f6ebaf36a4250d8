"""Benchmark `marsad watch` rounds against local sites: throughput and per-host politeness.

20 hosts (20 ports on 127.0.0.1, served from a separate process so server-side timestamps are
not disturbed by the client) with 100 Arabic pages each (2,000 in all). Round 1 fetches and
ingests all of them; each later round adds `--new` pages per host to every feed (simulated new
items) and fetches only those. Reports pages/s, the smallest gap between two requests to one
host as the server saw it (must be ≥ the configured delay), the client's RSS per round (and its
slope over the second half of the run), and the machine's load average (other jobs share it).

    .venv/bin/python bench/bench_watch.py --rounds 20 --out bench/results/watch.md
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import multiprocessing as mp
import os
import platform
import statistics
import sys
import tempfile
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fetch"))
import itertools

from fetch_sites import article_html, rss

from marsad.fetch.archive import Archive
from marsad.fetch.config import Config, Outlet, Settings
from marsad.fetch.watch import run_round
from marsad.pipeline import Options
from marsad.store import open_store

DATE = "Wed, 20 Nov 2024 10:00:00 GMT"


class _QuietServer(ThreadingHTTPServer):
    """A threaded server that does not print a traceback when a client drops a keep-alive connection."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore connections reset by the client (it closes its pool after every round)."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(n_hosts: int, per_host: int, new_per_round: int, ports: Any, ready: Any) -> None:
    """Run the hosts (in a child process) until killed; /__round bumps the round, /__log dumps."""
    state = {"round": 1}
    logs: dict[int, list[float]] = {}

    def make(host: int) -> ThreadingHTTPServer:
        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def _send(self, code: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                port = self.server.server_address[1]
                if self.path == "/__round":
                    state["round"] += 1
                    return self._send(200, b"ok", "text/plain")
                if self.path == "/__log":
                    return self._send(200, json.dumps(logs).encode(), "application/json")
                logs.setdefault(host, []).append(time.monotonic())
                total = per_host + (state["round"] - 1) * new_per_round
                if self.path == "/robots.txt":
                    return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                if self.path == "/feed":
                    etag = f'"r{state["round"]}"'
                    if self.headers.get("If-None-Match") == etag:
                        return self._send(304, b"", "application/rss+xml", {"ETag": etag})
                    base = f"http://127.0.0.1:{port}"
                    items = [(f"{base}/p/{i}", f"h{host}-{i}", DATE) for i in range(max(0, total - 150), total)]
                    return self._send(200, rss(items), "application/rss+xml", {"ETag": etag})
                if self.path.startswith("/p/"):
                    i = int(self.path[3:])
                    body = article_html(host * 100_000 + i).encode()
                    return self._send(200, body, "text/html; charset=utf-8", {"ETag": f'"{host}-{i}"'})
                return self._send(404, b"no", "text/plain")

        return _QuietServer(("127.0.0.1", 0), H)

    import threading

    servers = [make(h) for h in range(n_hosts)]
    for s in servers:
        s.daemon_threads = True
        threading.Thread(target=s.serve_forever, daemon=True).start()
        ports.append(s.server_address[1])
    ready.set()
    while True:
        time.sleep(3600)


def host_gaps(log: dict[str, list[float]]) -> list[float]:
    """Every gap between two consecutive requests to one host, as the servers timed them."""
    gaps: list[float] = []
    for times in log.values():
        times = sorted(times)
        gaps += [b - a for a, b in itertools.pairwise(times)]
    return gaps


def slope(rows: list[tuple[int, float]]) -> float:
    """Least-squares slope of (round, MiB) points, in MiB per 100 rounds."""
    if len(rows) < 2:
        return float("nan")
    mx = statistics.fmean(r for r, _ in rows)
    my = statistics.fmean(m for _, m in rows)
    den = sum((r - mx) ** 2 for r, _ in rows)
    return 100 * sum((r - mx) * (m - my) for r, m in rows) / den if den else float("nan")


def load() -> str:
    """The 1, 5 and 15-minute load averages, as `uptime` shows them."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--per-host", type=int, default=100)
    ap.add_argument("--new", type=int, default=5, help="new pages per host per later round")
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--minutes", type=float, default=0.0, help="keep running rounds until this long has passed")
    ap.add_argument("--delay", type=float, default=0.05)
    ap.add_argument("--concurrency", type=int, default=2)
    ap.add_argument("--analyse", action="store_true")
    ap.add_argument("--threaded", action="store_true", help="build and store pages in a worker thread")
    ap.add_argument("--out", default="")
    args = ap.parse_args()

    mgr = mp.Manager()
    ports = mgr.list()
    ready = mgr.Event()
    proc = mp.Process(target=serve, args=(args.hosts, args.per_host, args.new, ports, ready), daemon=True)
    proc.start()
    ready.wait(30)
    ports = list(ports)
    tmp = Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    db = tmp / "marsad.db"
    outlets = tuple(Outlet(name=f"host{i}", feeds=(f"http://127.0.0.1:{p}/feed",), delay=args.delay,
                           concurrency=args.concurrency) for i, p in enumerate(ports))
    cfg = Config(Settings(contact="https://example.org/bench", delay=args.delay, concurrency=args.concurrency,
                          timeout=10, total_timeout=30, max_items=1000), outlets)
    opts = Options(analyse=args.analyse)
    me = psutil.Process()
    rows = []
    loads = [load()]
    load_max = max(os.getloadavg()[0], 0.0)
    store = open_store(str(db))
    archive = Archive(tmp, 100_000_000)
    try:
        started = time.monotonic()
        for r in range(1, args.rounds + 1):
            if args.minutes and time.monotonic() - started >= args.minutes * 60:
                break
            if r > 1:
                urllib.request.urlopen(f"http://127.0.0.1:{ports[0]}/__round").read()
            t0 = time.monotonic()
            rep = asyncio.run(run_round(cfg, store, opts, archive, threaded=args.threaded))
            dt = time.monotonic() - t0
            new = sum(o.new for o in rep.outlets)
            failed = sum(len(o.failed) for o in rep.outlets)
            for o in rep.outlets:
                for url, why in o.failed:
                    print(f"  failed {url}: {why}", flush=True)
            gc.collect()  # RSS of what is alive, not of garbage waiting for the cyclic collector
            rows.append((r, new, failed, rep.requests, dt, new / dt if dt else 0.0, me.memory_info().rss / 2**20))
            load_max = max(load_max, os.getloadavg()[0])
            print(f"round {r}: {new} new, {failed} failed, {rep.requests} requests, {dt:.2f}s, "
                  f"{rows[-1][5]:.1f} pages/s, RSS {rows[-1][6]:.1f} MiB, load {load()}", flush=True)
    finally:
        store.close()
    loads.append(load())
    log = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{ports[0]}/__log").read())
    gaps = host_gaps(log)
    gap = min(gaps) if gaps else float("nan")
    below = sum(1 for g in gaps if g < args.delay)
    proc.kill()
    pages = sum(r[1] for r in rows)
    later = [r[5] for r in rows[1:]]
    median_later = statistics.median(later) if later else float("nan")
    mid = rows[(len(rows) - 1) // 2]
    half = [(r[0], r[6]) for r in rows[len(rows) // 2:]]
    rss_slope = slope(half)
    warc = sum(f.stat().st_size for f in tmp.rglob("*.warc.gz"))
    print(f"min per-host gap {gap * 1000:.1f} ms (configured {args.delay * 1000:.0f} ms), {below} gaps below it; "
          f"{pages} pages; WARC {warc / 2**20:.1f} MiB; median pages/s after round 1 {median_later:.1f}; "
          f"RSS {rows[0][6]:.1f} / {mid[6]:.1f} / {rows[-1][6]:.1f} MiB, second-half slope {rss_slope:+.2f} MiB "
          f"per 100 rounds; load {loads[0]} -> {loads[-1]} (highest 1-min {load_max:.2f})")
    if args.out:
        cpu = platform.processor() or platform.machine()
        sizes = "".join(f" --{k.replace('_', '-')} {v}" for k, v, d in
                        (("hosts", args.hosts, 20), ("per_host", args.per_host, 100), ("new", args.new, 5)) if v != d)
        lines = [
            "# marsad watch benchmark",
            "",
            f"Machine: {platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs "
            f"({len(os.sched_getaffinity(0))} usable), Python {platform.python_version()}.",
            f"Command: `.venv/bin/python bench/bench_watch.py{sizes} --rounds {args.rounds}"
            f"{f' --minutes {args.minutes:g}' if args.minutes else ''} --delay {args.delay} "
            f"--concurrency {args.concurrency}{' --analyse' if args.analyse else ''}"
            f"{' --threaded' if args.threaded else ''} --out {args.out}`",
            "",
            f"{args.hosts} hosts (ports on 127.0.0.1, served by a separate process), {args.per_host} Arabic pages "
            f"each in round 1 ({args.hosts * args.per_host} pages), then {args.new} new pages per host per round "
            f"(feeds change their ETag each round). Per-host delay {args.delay * 1000:.0f} ms, concurrency "
            f"{args.concurrency}; extraction layers {'on' if args.analyse else 'off (`Options(analyse=False)`)'}; "
            "robots.txt, conditional GET, WARC archiving and the store all on.",
            "",
            f"Load average (`uptime`; other jobs share this machine): {loads[0]} at the start, {loads[-1]} at "
            f"the end, highest 1-minute value seen after a round {load_max:.2f}.",
            "",
            f"- Round 1: **{rows[0][1]} pages in {rows[0][4]:.1f} s = {rows[0][5]:.1f} pages/s** fetched and "
            f"ingested ({rows[0][3]} requests).",
            f"- Later rounds: median **{median_later:.1f} pages/s** over rounds 2-{rows[-1][0]}.",
            f"- Politeness: smallest gap between two requests to one host, as the servers logged them: "
            f"**{gap * 1000:.1f} ms** (configured {args.delay * 1000:.0f} ms), {below} gaps below the delay, over "
            f"{sum(map(len, log.values()))} requests (median gap {statistics.median(gaps) * 1000:.1f} ms).",
            f"- Memory: RSS {rows[0][6]:.1f} MiB after round 1, {mid[6]:.1f} MiB after round {mid[0]} (middle), "
            f"{rows[-1][6]:.1f} MiB after round {rows[-1][0]}; slope over the second half "
            f"{rss_slope:+.2f} MiB per 100 rounds.",
            f"- WARC written: {warc / 2**20:.1f} MiB for {pages} pages.",
            f"- Duration: {len(rows)} rounds back to back, {sum(r[4] for r in rows) / 60:.1f} minutes of rounds; "
            "rounds are not spaced by `--every`.",
            "",
            "| round | new pages | failed | requests | seconds | pages/s | RSS MiB |",
            "|---:|---:|---:|---:|---:|---:|---:|",
        ]
        lines += [f"| {r} | {n} | {f} | {q} | {dt:.2f} | {ps:.1f} | {rss:.1f} |" for r, n, f, q, dt, ps, rss in rows]
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
