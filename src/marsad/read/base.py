"""The raw document that readers yield, and the rejection that stands for one they could not read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class RawDocument:
    """One page as read: bytes still to decode, or text a record already carried.

    `source` names it for people (a path, `path:line` for a JSONL record, `path#n` for a WARC
    record). `meta` holds what the container said: url, title, published, source (outlet),
    author, charset.
    """

    source: str
    format: str  # txt | html | jsonl | warc
    data: bytes | None = None
    text: str | None = None
    html: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    path: str | None = None


@dataclass(slots=True)
class Rejection:
    """An input that cannot be used, with a short reason code and a human detail."""

    source: str
    reason: str
    detail: str = ""
    path: str | None = None  # the file it came from, when the source is a record inside one

    def message(self) -> str:
        """One line naming the input and the reason."""
        return f"{self.source}: {self.reason}" + (f" ({self.detail})" if self.detail else "")
