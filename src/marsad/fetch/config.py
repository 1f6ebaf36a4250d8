"""The sources file of `marsad watch`: outlets, their feeds and sitemaps, and fetch settings (TOML).

```toml
[settings]
contact = "https://example.org/marsad"   # named in the User-Agent; required
every = "15m"                             # time between rounds
delay = 1.0                               # default seconds between requests to one host
concurrency = 2                           # default requests at once to one host

[[outlet]]
name = "Al Jazeera"
language = "ar"
feeds = ["https://www.aljazeera.net/aljazeerarss/..."]
sitemaps = ["https://www.aljazeera.net/news-sitemap.xml"]
delay = 2.0                               # optional, overrides settings.delay for its hosts
concurrency = 1
verified = false
```
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from marsad import __version__

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}


class ConfigError(ValueError):
    """A sources file that cannot be used; the message names the file and the field."""


def parse_duration(value: str | float | int) -> float:
    """Seconds from `90`, `"90s"`, `"15m"`, `"2h"`, `"1d"` or `"250ms"`."""
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError(f"a duration cannot be negative: {value!r}")
        return float(value)
    m = _DURATION.match(str(value))
    if not m:
        raise ValueError(f"not a duration (use e.g. 90s, 15m, 2h): {value!r}")
    return float(m[1]) * _UNITS[m[2]]


@dataclass(frozen=True, slots=True)
class Settings:
    """How to fetch: identity, limits, timeouts, retries, archive and backoff."""

    contact: str = "https://github.com/marsad/marsad"
    user_agent: str = ""  # built from contact when empty
    every: float = 900.0
    delay: float = 1.0
    concurrency: int = 2
    timeout: float = 20.0  # connect / read / write timeout, seconds
    total_timeout: float = 60.0  # whole response, seconds (a page that never finishes)
    max_bytes: int = 5_000_000  # response size cap, bytes
    max_redirects: int = 5
    retries: int = 3  # extra attempts on 429, 5xx and connection errors
    backoff: float = 1.0  # first retry waits this long, doubling each time
    max_retry_after: float = 300.0  # a longer Retry-After is a failure, not a wait
    max_crawl_delay: float = 60.0  # cap on robots.txt Crawl-delay
    warc_max_bytes: int = 100_000_000  # rotate WARC files past this size
    fail_limit: int = 10  # failures in a row before an outlet or feed is backed off
    max_backoff: float = 7 * 86400.0
    item_retries: int = 3  # rounds a failed item is retried before it is given up
    max_items: int = 500  # items taken from one feed per round
    max_child_sitemaps: int = 5

    @property
    def agent(self) -> str:
        """The User-Agent header: names marsad and how to reach whoever runs it."""
        return self.user_agent or f"marsad/{__version__} (+{self.contact})"


@dataclass(frozen=True, slots=True)
class Outlet:
    """One news outlet: where its new items are listed and how gently to ask."""

    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    language: str | None = None
    delay: float | None = None
    concurrency: int | None = None
    verified: bool = False

    def hosts(self) -> set[str]:
        """The hosts (netlocs) its feeds and sitemaps live on."""
        return {urlsplit(u).netloc.lower() for u in (*self.feeds, *self.sitemaps)}


@dataclass(frozen=True, slots=True)
class Config:
    """A whole sources file."""

    settings: Settings = field(default_factory=Settings)
    outlets: tuple[Outlet, ...] = ()


_SETTING_TYPES = frozenset(f.name for f in fields(Settings))
_DURATIONS = {"every", "delay", "timeout", "total_timeout", "backoff", "max_retry_after", "max_crawl_delay",
              "max_backoff"}
_INTS = {"concurrency", "max_bytes", "max_redirects", "retries", "warc_max_bytes", "fail_limit", "item_retries",
         "max_items", "max_child_sitemaps"}


def _url(value: Any, where: str) -> str:
    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc:
        raise ConfigError(f"{where}: not an http(s) URL: {value!r}")
    return value


def _settings(raw: dict[str, Any], where: str) -> Settings:
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _SETTING_TYPES:
            raise ConfigError(f"{where}: unknown setting {key!r} (known: {', '.join(sorted(_SETTING_TYPES))})")
        try:
            if key in _DURATIONS:
                values[key] = parse_duration(value)
            elif key in _INTS:
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ValueError(f"must be a whole number ≥ 0, not {value!r}")
                values[key] = value
            elif not isinstance(value, str):
                raise ValueError(f"must be a string, not {value!r}")
            else:
                values[key] = value
        except ValueError as e:
            raise ConfigError(f"{where}: setting {key}: {e}") from e
    if "contact" in values:
        _url(values["contact"], f"{where}: setting contact")
    s = Settings(**values)
    if s.concurrency < 1 or s.max_bytes < 1:
        raise ConfigError(f"{where}: concurrency and max_bytes must be at least 1")
    return s


def _outlet(raw: Any, where: str) -> Outlet:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: an outlet must be a table")
    known = {"name", "feeds", "sitemaps", "language", "delay", "concurrency", "verified", "homepage", "notes"}
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)} (known: {sorted(known)})")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: every outlet needs a name")
    where = f"{where} ({name})"
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("feeds", "sitemaps"):
        value = raw.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise ConfigError(f"{where}: {key} must be a list of URLs")
        lists[key] = tuple(_url(u, f"{where}: {key}") for u in value)
    if not lists["feeds"] and not lists["sitemaps"]:
        raise ConfigError(f"{where}: give at least one feed or sitemap URL")
    try:
        delay = parse_duration(raw["delay"]) if "delay" in raw else None
    except ValueError as e:
        raise ConfigError(f"{where}: delay: {e}") from e
    conc = raw.get("concurrency")
    if conc is not None and (isinstance(conc, bool) or not isinstance(conc, int) or conc < 1):
        raise ConfigError(f"{where}: concurrency must be a whole number ≥ 1")
    lang = raw.get("language")
    if lang is not None and not isinstance(lang, str):
        raise ConfigError(f"{where}: language must be a string such as \"ar\"")
    return Outlet(name=name.strip(), feeds=lists["feeds"], sitemaps=lists["sitemaps"], language=lang,
                  delay=delay, concurrency=conc, verified=bool(raw.get("verified", False)))


def parse_config(data: dict[str, Any], where: str = "sources") -> Config:
    """A Config from parsed TOML; raises ConfigError naming what is wrong."""
    unknown = set(data) - {"settings", "outlet", "outlets"}
    if unknown:
        raise ConfigError(f"{where}: unknown top-level keys {sorted(unknown)} (use [settings] and [[outlet]])")
    settings = _settings(data.get("settings", {}), f"{where} [settings]")
    raw_outlets = list(data.get("outlet", [])) + list(data.get("outlets", []))
    outlets = tuple(_outlet(o, f"{where} outlet #{i}") for i, o in enumerate(raw_outlets, start=1))
    names = [o.name for o in outlets]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ConfigError(f"{where}: outlet names must be unique: {sorted(dupes)}")
    return Config(settings=settings, outlets=outlets)


def load_config(path: str | Path, **overrides: Any) -> Config:
    """Read and validate a sources TOML file; `overrides` replace settings (e.g. every=60)."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"cannot read {p}: {e}") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: not valid TOML: {e}") from e
    cfg = parse_config(data, str(p))
    if overrides:
        cfg = replace(cfg, settings=replace(cfg.settings, **overrides))
    return cfg
