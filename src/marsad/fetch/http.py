"""The polite HTTP client: httpx async (HTTP/1.1 and HTTP/2), per-host delay and concurrency,
robots.txt, conditional GET, a streamed size cap, timeouts, a redirect limit, and retries with
exponential backoff on 429/5xx that respect Retry-After. Every exchange goes to the archive."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpx

from marsad.fetch.archive import Archive, Exchange
from marsad.fetch.config import Settings
from marsad.fetch.robots import RobotsCache
from marsad.fetch.urls import host_of

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


@dataclass(slots=True)
class FetchResult:
    """What a GET came to: a body (possibly a 304 with none) or an error with its reason."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int | None = None
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes = b""
    error: str | None = None  # reason, when the fetch failed
    attempts: int = 0
    http_version: str = ""
    fetched_at: str = ""
    exchange: Exchange | None = None  # the final exchange, for archiving as a page
    exchange_archived: bool = False

    @property
    def ok(self) -> bool:
        """A usable 2xx body."""
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        """The server said 304 to a conditional GET."""
        return self.error is None and self.status == 304


class HostGate:
    """Per-host politeness: at most `concurrency` requests at once, and each request sent at
    least `delay` after the server certainly had the previous one.

    Spacing request *starts* is not enough: a request's arrival (when the server logs it) lags
    its send by a varying amount (connection set-up, pooling, the server's own scheduling), so
    two requests sent `delay` apart can arrive closer. The first moment the client knows the
    server has received a request is when that request's response headers come back. So a
    request's turn lasts from its start until its response headers arrive (or it fails), turns
    are taken one at a time, and the next request is sent no earlier than `delay` after the
    turn ended. Then arrival(B) > send(B) >= response(A) + delay > arrival(A) + delay, whatever
    the network or the server did. Bodies still download concurrently (up to `concurrency`).
    With no delay, a turn ends when the request is sent, so requests overlap fully.
    """

    def __init__(self, host: str, delay: float, concurrency: int) -> None:
        self.host = host
        self.delay = delay
        self.concurrency = concurrency
        self.sem = asyncio.Semaphore(concurrency)
        self.lock = asyncio.Lock()  # held for a request's turn
        self.next_start = HOST_CLOCK.next_start(host)  # earlier clients' last turns count too

    async def acquire(self) -> None:
        """Wait for a slot, for the previous turn to end, and for the delay after it."""
        await self.sem.acquire()
        try:
            await self.lock.acquire()
        except BaseException:
            self.sem.release()
            raise
        try:
            while (wait := self.next_start - time.monotonic()) > 0:  # never wake early
                await asyncio.sleep(wait)
        except BaseException:
            self.lock.release()
            self.sem.release()
            raise

    def end_turn(self) -> float:
        """The request holding the turn has been answered (or gave up): start the delay and
        let the next request go after it. Returns the time (monotonic)."""
        now = time.monotonic()
        self.next_start = max(self.next_start, now + self.delay)
        HOST_CLOCK.update(self.host, self.next_start)
        self.lock.release()
        return now

    def release(self) -> None:
        """The request is over (body read or abandoned): give its slot back."""
        self.sem.release()

    def push_back(self, seconds: float) -> None:
        """No request to this host before `seconds` from now (Retry-After)."""
        self.next_start = max(self.next_start, time.monotonic() + seconds)
        HOST_CLOCK.update(self.host, self.next_start)


class HostClock:
    """When each host may next be asked, shared by every client in the process, so that the
    spacing also holds from one client to the next (each round of `marsad watch` has its own).
    Only hosts whose next allowed time is still ahead are worth keeping: past entries are
    dropped once there are more than `max_hosts`, so the table stays small."""

    def __init__(self, max_hosts: int = 1024) -> None:
        self.max_hosts = max_hosts
        self._limit = max_hosts
        self._next: dict[str, float] = {}

    def next_start(self, host: str) -> float:
        """The earliest time (monotonic) the next request to `host` may be sent."""
        return self._next.get(host, 0.0)

    def update(self, host: str, when: float) -> None:
        """Record that `host` may not be asked again before `when`."""
        nxt = self._next
        if when > nxt.get(host, 0.0):
            nxt[host] = when
        if len(nxt) > self._limit:
            now = time.monotonic()
            for h in [h for h, t in nxt.items() if t <= now]:
                del nxt[h]
            self._limit = max(self.max_hosts, 2 * len(nxt))  # many hosts still waiting: prune less often


HOST_CLOCK = HostClock()


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class _TooLarge(Exception):
    pass


class PoliteClient:
    """An httpx AsyncClient behind per-host gates, robots.txt and the archive.

    `log` keeps (host, monotonic send time, url) of every request made, for checks and benchmarks.
    """

    def __init__(self, settings: Settings, archive: Archive | None = None,
                 transport: httpx.AsyncBaseTransport | None = None,
                 sleep: Callable[[float], object] | None = None) -> None:
        self.settings = settings
        self.archive = archive
        timeout = httpx.Timeout(settings.timeout)
        self.client = httpx.AsyncClient(
            http2=True, follow_redirects=False, timeout=timeout, transport=transport, trust_env=False,
            headers={"User-Agent": settings.agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=100),
        )
        self.gates: dict[str, HostGate] = {}
        self._limits: dict[str, tuple[float, int]] = {}
        self.robots = RobotsCache(self)
        self.log: list[tuple[str, float, str]] = []

    async def aclose(self) -> None:
        """Close connections."""
        await self.client.aclose()

    async def __aenter__(self) -> PoliteClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- per-host limits ----------------------------------------------------------------------

    def set_limits(self, host: str, delay: float | None, concurrency: int | None) -> None:
        """Limits for one host (before its first request); None keeps the defaults."""
        if host in self._limits:
            return
        self._limits[host] = (self.settings.delay if delay is None else delay,
                              self.settings.concurrency if concurrency is None else concurrency)

    def raise_delay(self, host: str, delay: float) -> None:
        """Honour a robots.txt Crawl-delay (capped) when longer than the configured delay."""
        delay = min(delay, self.settings.max_crawl_delay)
        gate = self.gate(host)
        gate.delay = max(gate.delay, delay)

    def gate(self, host: str) -> HostGate:
        """The gate of a host, made on first use."""
        g = self.gates.get(host)
        if g is None:
            delay, conc = self._limits.get(host, (self.settings.delay, self.settings.concurrency))
            g = self.gates[host] = HostGate(host, delay, conc)
        return g

    # -- fetching -------------------------------------------------------------------------------

    async def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                  kind: str = "page", check_robots: bool = True) -> FetchResult:
        """GET `url` politely, following up to `max_redirects` redirects (each hop checked
        against robots.txt and archived). `kind` is "page" (the final 2xx is archived by the
        caller as a page, once it is handed to ingest) or anything else (archived here)."""
        s = self.settings
        seen: list[str] = []
        current = url
        attempts = 0
        while True:
            if check_robots:
                ok, why = await self.robots.allowed(current)
                if not ok:
                    return FetchResult(url, current, error=f"robots: {why}", attempts=attempts)
            headers: dict[str, str] = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            res = await self._get_retrying(current, headers)
            attempts += res.attempts
            res.url = url
            res.attempts = attempts
            if res.error is None and res.status in REDIRECT_STATUS:
                loc = res.headers.get("location")
                seen.append(current)
                self._archive_other(res)
                if not loc:
                    res.error = f"redirect {res.status} without Location"
                    return res
                target = urljoin(current, loc)
                if target in seen:
                    res.error = f"redirect loop ({len(seen)} hops back to {target})"
                    return res
                if len(seen) > s.max_redirects:
                    res.error = f"too many redirects (more than {s.max_redirects})"
                    return res
                current = target
                etag = last_modified = None  # validators belong to the first URL
                continue
            if res.error is None and not (200 <= (res.status or 0) < 300) and res.status != 304:
                res.error = f"HTTP {res.status}"
            if kind != "page" or not res.ok:
                self._archive_other(res)
            return res

    def _archive_other(self, res: FetchResult) -> None:
        if self.archive is not None and res.exchange is not None and not res.exchange_archived:
            self.archive.other(res.exchange)
            res.exchange_archived = True

    async def _get_retrying(self, url: str, headers: dict[str, str]) -> FetchResult:
        s = self.settings
        host = host_of(url)
        gate = self.gate(host)
        res = FetchResult(url, url)
        for attempt in range(s.retries + 1):
            res = await self._once(url, headers, gate)
            res.attempts = attempt + 1
            retryable = res.status in RETRY_STATUS or res.error == "connection failed"
            if not retryable or attempt == s.retries:
                break
            self._archive_other(res)  # the failed attempt is kept too
            wait = s.backoff * (2 ** attempt) * (1 + random.random() * 0.1)
            ra = retry_after(res.headers.get("retry-after")) if res.status in (429, 503) else None
            if ra is not None:
                if ra > s.max_retry_after:
                    gate.push_back(min(ra, s.max_backoff))
                    res.error = f"HTTP {res.status}, Retry-After {ra:.0f}s is over the limit {s.max_retry_after:.0f}s"
                    return res
                wait = max(wait, ra)
                gate.push_back(ra)
            await asyncio.sleep(wait)
        if res.error is None and res.status in RETRY_STATUS:
            res.error = f"HTTP {res.status} after {res.attempts} attempts"
        return res

    async def _once(self, url: str, headers: dict[str, str], gate: HostGate) -> FetchResult:
        s = self.settings
        host = host_of(url)
        await gate.acquire()
        turn = [True]
        sent_at: list[float] = []

        def end_turn() -> None:
            if turn[0]:
                turn[0] = False
                gate.end_turn()

        async def trace(event: str, info: object) -> None:
            if event.endswith("send_request_headers.started") and not sent_at:
                sent_at.append(time.monotonic())
                if gate.delay <= 0:
                    end_turn()  # nothing to space: let the next request overlap this one
            elif event.endswith("receive_response_headers.complete"):
                end_turn()  # the server has surely seen this request: the delay starts now

        res = FetchResult(url, url, fetched_at=_now())
        ex = Exchange(url=url, date=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        res.exchange = ex
        buf = bytearray()
        try:
            async with asyncio.timeout(s.total_timeout):
                request = self.client.build_request("GET", url, headers=headers, extensions={"trace": trace})
                ex.request_headers = [(k.decode("latin-1"), v.decode("latin-1"))
                                      for k, v in request.headers.raw]
                response = await self.client.send(request, stream=True)
                end_turn()  # (for transports that do not trace)
                try:
                    res.status = response.status_code
                    res.headers = response.headers
                    res.http_version = response.http_version
                    ex.status, ex.reason = response.status_code, response.reason_phrase
                    ex.http_version = response.http_version
                    ex.request_headers = [(k.decode("latin-1"), v.decode("latin-1"))
                                          for k, v in response.request.headers.raw]
                    ex.response_headers = [(k.decode("latin-1"), v.decode("latin-1"))
                                           for k, v in response.headers.raw]
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > s.max_bytes:
                        raise _TooLarge(f"too large: Content-Length {declared} > cap {s.max_bytes}")
                    async for chunk in response.aiter_bytes():
                        buf += chunk
                        if len(buf) > s.max_bytes:
                            del buf[s.max_bytes:]
                            raise _TooLarge(f"too large: body cut at the cap of {s.max_bytes} bytes")
                finally:
                    await response.aclose()
        except _TooLarge as e:
            res.error = str(e)
            ex.truncated = "length"
        except TimeoutError:
            res.error = f"timeout: no complete response within {s.total_timeout:g}s"
            ex.truncated = "time"
        except httpx.TimeoutException as e:
            res.error = f"timeout ({type(e).__name__})"
            ex.truncated = "time"
        except (httpx.ConnectError, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError) as e:
            # before a status line (a reset keep-alive connection, a refused one) the GET is
            # simply retried; after it, the body is cut
            why = str(e) or type(e).__name__
            res.error = "connection failed" if res.status is None else f"connection broken: {why}"
            ex.truncated = "disconnect" if res.status is not None else None
            res.headers = httpx.Headers()
        except httpx.HTTPError as e:
            res.error = f"{type(e).__name__}: {e}"
        finally:
            end_turn()
            gate.release()
            self.log.append((host, sent_at[0] if sent_at else time.monotonic(), url))
        res.body = bytes(buf)
        ex.body = res.body
        if res.error == "connection failed":
            res.exchange = None  # nothing came back to archive
        return res
