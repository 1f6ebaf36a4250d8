"""robots.txt with protego, one parsed file per origin, fetched through the polite client.

RFC 9309: a 4xx robots.txt allows everything; a 5xx or an unreachable one disallows everything
(for this client's lifetime, one round of `marsad watch`).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from protego import Protego

if TYPE_CHECKING:
    from marsad.fetch.http import PoliteClient

ROBOT_TOKEN = "marsad"


@dataclass(slots=True)
class RobotsRules:
    """What one origin's robots.txt says, or why there is none."""

    parser: Protego | None
    allow_all: bool = False
    deny_reason: str | None = None  # set when everything is disallowed for want of a robots.txt

    def allowed(self, url: str, agent: str = ROBOT_TOKEN) -> bool:
        """Whether `agent` may fetch `url`."""
        if self.deny_reason:
            return False
        if self.allow_all or self.parser is None:
            return True
        return bool(self.parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str = ROBOT_TOKEN) -> float | None:
        """The Crawl-delay for `agent`, if the file gives one."""
        if self.parser is None:
            return None
        d = self.parser.crawl_delay(agent)
        return float(d) if d is not None else None


def origin(url: str) -> str:
    """scheme://host[:port] of a URL."""
    p = urlsplit(url)
    return f"{p.scheme.lower()}://{p.netloc.lower()}"


class RobotsCache:
    """robots.txt per origin, each fetched once (concurrent askers wait for the same fetch)."""

    def __init__(self, client: PoliteClient) -> None:
        self.client = client
        self._rules: dict[str, asyncio.Task[RobotsRules]] = {}

    async def rules(self, url: str) -> RobotsRules:
        """The rules for the origin of `url`."""
        key = origin(url)
        task = self._rules.get(key)
        if task is None:
            task = asyncio.ensure_future(self._load(key))
            self._rules[key] = task
        return await task

    async def _load(self, key: str) -> RobotsRules:
        res = await self.client.get(f"{key}/robots.txt", kind="robots", check_robots=False)
        if res.status is not None and 200 <= res.status < 300:
            rules = RobotsRules(Protego.parse(res.body.decode("utf-8", "replace")))
        elif res.status is not None and 400 <= res.status < 500:
            rules = RobotsRules(None, allow_all=True)
        else:
            rules = RobotsRules(None, deny_reason=f"robots.txt unavailable ({res.error or res.status})")
        delay = rules.crawl_delay(ROBOT_TOKEN)
        if delay:
            self.client.raise_delay(urlsplit(key).netloc, delay)
        return rules

    async def allowed(self, url: str) -> tuple[bool, str | None]:
        """(allowed, reason when not) for `url`."""
        rules = await self.rules(url)
        if rules.deny_reason:
            return False, rules.deny_reason
        if not rules.allowed(url, ROBOT_TOKEN):
            return False, "disallowed by robots.txt"
        return True, None
