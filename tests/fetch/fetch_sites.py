"""Local web sites for the fetch tests (imported by path: tests run with --import-mode=importlib): threaded HTTP servers on 127.0.0.1 with a request log,
and Arabic article pages written for them."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Resp:
    """What a route answers: a status, headers and a body (bytes, or chunks sent as they come)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Iterable[bytes] = b""


@dataclass
class Req:
    """One request the site received."""

    method: str
    path: str
    headers: dict[str, str]
    at: float


Handler = Callable[[Req], Resp]
RESET = 0  # a Resp with this status makes the server reset the connection instead of answering


class Site:
    """A web site on its own port: `routes[path]` is a Resp or a function of the request."""

    def __init__(self) -> None:
        self.routes: dict[str, Resp | Handler] = {}
        self.lag: dict[str, float] = {}  # path → seconds between receiving a request and logging it
        self.log: list[Req] = []
        self.sent: dict[str, int] = {}
        self.stop = threading.Event()
        site = self

        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                lag = site.lag.get(self.path)
                if lag:  # this request reaches the server late (a slow accept, a busy server)
                    time.sleep(lag)
                req = Req("GET", self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
                site.log.append(req)
                route = site.routes.get(self.path)
                if route is None:
                    resp = Resp(404, {"Content-Type": "text/plain"}, b"not found")
                elif callable(route):
                    resp = route(req)
                else:
                    resp = route
                if resp.status == RESET:  # drop the connection with a TCP reset, answering nothing
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    self.close_connection = True
                    return
                self.send_response(resp.status)
                for k, v in resp.headers.items():
                    self.send_header(k, v)
                if isinstance(resp.body, bytes):
                    self.send_header("Content-Length", str(len(resp.body)))
                    self.end_headers()
                    self.wfile.write(resp.body)
                    return
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                sent = 0
                try:
                    for chunk in resp.body:
                        if site.stop.is_set():
                            break
                        self.wfile.write(chunk)
                        self.wfile.flush()
                        sent += len(chunk)
                        site.sent[self.path] = sent
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        """Absolute URL of a path on this site."""
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        """How many times a path was requested."""
        return sum(1 for r in self.log if r.path == path)

    def close(self) -> None:
        """Stop serving."""
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


_SENTENCES = [
    "قال مسؤول في وزارة الصحة إن فرق الإسعاف نقلت عشرات المصابين إلى المستشفيات القريبة خلال ساعات الليل.",
    "وأوضح المتحدث باسم الدفاع المدني أن الطواقم تواصل البحث عن مفقودين تحت أنقاض المباني المدمرة.",
    "وأكدت وزارة الخارجية أن الاتصالات مع الوسطاء مستمرة من أجل التوصل إلى اتفاق شامل ينهي الأزمة.",
    "وشهدت العاصمة اجتماعا موسعا لممثلي المنظمات الإنسانية لبحث سبل إيصال المساعدات إلى المناطق المتضررة.",
    "وأشار التقرير إلى أن أسعار المواد الغذائية ارتفعت بنسبة كبيرة منذ مطلع العام الجاري في معظم المحافظات.",
    "وطالب نواب في البرلمان الحكومة بتقديم خطة واضحة لمعالجة انقطاع الكهرباء المتكرر في فصل الصيف.",
    "وذكرت مصادر محلية أن حركة المرور توقفت على الطريق الرئيسي بعد سقوط أمطار غزيرة على المنطقة.",
    "ورحبت الجامعة العربية بالخطوة ودعت الأطراف كافة إلى ضبط النفس والعودة إلى طاولة الحوار.",
]
_CITIES = ["الدوحة", "بيروت", "عمّان", "القاهرة", "الرباط", "تونس", "بغداد", "الخرطوم", "صنعاء", "دمشق"]


def article_text(n: int, variant: int = 0) -> tuple[str, list[str]]:
    """(title, paragraphs) of an Arabic article, different for every n (and variant)."""
    city = _CITIES[n % len(_CITIES)]
    title = f"تطورات جديدة في {city} بشأن الملف رقم {n}"
    paras = [f"أفاد مراسلنا في {city} يوم الأحد بأن اللجنة رقم {n} عقدت جلستها الـ{n + 3} وسط حضور واسع."]
    for i in range(4):
        paras.append(_SENTENCES[(n + i) % len(_SENTENCES)] + f" وبلغ عدد المشاركين {n * 7 + i + 11} شخصا.")
    if variant:
        paras.append(f"تحديث: أعلنت السلطات لاحقا أن عدد الضحايا ارتفع إلى {n + 40 + variant} شخصا.")
    return title, paras


def article_html(n: int, *, variant: int = 0, canonical: str | None = None, charset: str = "utf-8",
                 meta_charset: bool = True) -> str:
    """An Arabic article page in the style of examples/doha-talks.html."""
    title, paras = article_text(n, variant)
    canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>{meta}<title>{title} - المرصد الإخباري</title>{canon}
<meta property="og:site_name" content="المرصد الإخباري">
<meta property="article:published_time" content="2024-11-{(n % 27) + 1:02d}T09:30:00+03:00">
</head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav></header>
<main><article><h1>{title}</h1>
{body}
</article></main>
<footer><p>جميع الحقوق محفوظة © المرصد الإخباري 2024</p></footer>
</body></html>"""


def html_resp(n: int, **kw: Any) -> Resp:
    """A 200 response carrying article n as UTF-8 HTML."""
    return Resp(200, {"Content-Type": "text/html; charset=utf-8"}, article_html(n, **kw).encode("utf-8"))


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """RSS 2.0 with (link, guid, pubDate) items."""
    body = "".join(f"<item><title>خبر</title><link>{link}</link><guid>{guid}</guid><pubDate>{date}</pubDate></item>"
                   for link, guid, date in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>'
            f"<link>http://example.invalid/</link>{body}</channel></rss>").encode()


def atom(items: list[tuple[str, str, str]]) -> bytes:
    """Atom with (link, id, updated) entries."""
    body = "".join(f'<entry><title>خبر</title><link rel="alternate" href="{link}"/><id>{eid}</id>'
                   f"<updated>{upd}</updated></entry>" for link, eid, upd in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title>'
            f"<id>urn:x</id><updated>2024-11-20T10:00:00Z</updated>{body}</feed>").encode()


def news_sitemap(items: list[tuple[str, str]]) -> bytes:
    """A news sitemap with (loc, publication_date) entries."""
    body = "".join(f"<url><loc>{loc}</loc><news:news><news:publication><news:name>المرصد</news:name>"
                   f"<news:language>ar</news:language></news:publication><news:publication_date>{d}"
                   f"</news:publication_date><news:title>خبر</news:title></news:news></url>" for loc, d in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{body}</urlset>').encode()


def conditional(body: bytes, ctype: str, etag: str) -> Handler:
    """A route that answers 304 when If-None-Match matches `etag`."""
    def handle(req: Req) -> Resp:
        if req.headers.get("if-none-match") == etag:
            return Resp(304, {"ETag": etag})
        return Resp(200, {"Content-Type": ctype, "ETag": etag}, body)
    return handle
