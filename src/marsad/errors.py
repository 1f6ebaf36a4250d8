"""One exception hierarchy; third-party errors are translated into it at the boundary."""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""


class LanguageDataError(MarsadError):
    """A language data file is missing or malformed."""


class InputRejected(MarsadError):
    """One input (file, record, WARC record) cannot be used; `reason` is a short code."""

    def __init__(self, source: str, reason: str, detail: str = "") -> None:
        self.source = source
        self.reason = reason
        self.detail = detail
        super().__init__(f"{source}: {reason}" + (f" ({detail})" if detail else ""))


class QueryError(MarsadError):
    """A search query that cannot be run; the message says why, for the user."""


class StoreError(MarsadError):
    """A store that cannot be opened or written."""
