"""URL identity: canonical form (tracking parameters, host case, fragments) and `<link rel=canonical>`."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track a click, never name a different page.
TRACKING = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid", "mc_cid",
    "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "ocid", "cmpid", "s_cid", "ncid", "at_medium", "at_campaign",
    "at_custom1", "at_custom2", "at_custom3", "at_custom4", "ref_src", "ref_url", "xtor", "spm", "smid",
    "wt_mc", "guccounter", "amp_js_v", "usqp", "outputType",
})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_LINK = re.compile(rb"<link\b[^>]*>", re.I)
_ATTR = re.compile(rb"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def is_tracking(name: str) -> bool:
    """Whether a query parameter is a tracking one (utm_*, fbclid, gclid, …)."""
    low = name.lower()
    return low.startswith(("utm_", "pk_", "mtm_", "hmb_")) or low in TRACKING or name in TRACKING


def canonicalize(url: str, base: str | None = None) -> str:
    """The canonical form of `url`: scheme and host lower-cased, default port, fragment and
    tracking parameters dropped, remaining parameters sorted, empty path made `/`."""
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    query.sort()
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def host_of(url: str) -> str:
    """The host (with port when not the default) that per-host limits apply to."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.port is not None and _DEFAULT_PORTS.get(parts.scheme.lower()) != parts.port:
        return f"{host}:{parts.port}"
    return host


def link_canonical(html: bytes, base: str) -> str | None:
    """The page's `<link rel="canonical" href>` made absolute and canonical, when it names an
    http(s) URL; None when absent."""
    head = html[:200_000]
    end = head.lower().find(b"</head>")
    if end > 0:
        head = head[:end]
    for tag in _LINK.finditer(head):
        attrs = {m[1].lower(): (m[2] or m[3] or m[4] or b"") for m in _ATTR.finditer(tag.group(0))}
        if b"canonical" not in attrs.get(b"rel", b"").lower().split():
            continue
        href = attrs.get(b"href", b"").decode("utf-8", "replace").strip()
        if not href:
            return None
        target = urljoin(base, href)
        if urlsplit(target).scheme not in ("http", "https"):
            return None
        return canonicalize(target)
    return None
