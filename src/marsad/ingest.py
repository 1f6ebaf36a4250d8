"""Ingest: read → build pages → store, counting everything that happens on the way.

The summary counts pages read, stored, already seen, rejected (by reason), not analysed
(by language) and removed blocks (by reason). A rejected input is recorded in the store
with its reason and the run goes on. Each page is stored in its own transaction, or, where the
store can batch them (`SQLiteStore.batch`), in its own savepoint of a transaction holding a
few of them: a page that fails is rolled back alone either way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import InputRejected
from marsad.pipeline import Options, build_page
from marsad.read import RawDocument, Rejection, iter_documents
from marsad.store.base import Store


@dataclass(slots=True)
class Summary:
    """What one ingest run did."""

    read: int = 0
    stored: int = 0
    already_seen: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    not_analysed: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form of the summary."""
        return {"read": self.read, "stored": self.stored, "already_seen": self.already_seen,
                "rejected": dict(self.rejected), "rejected_total": sum(self.rejected.values()),
                "not_analysed": dict(self.not_analysed), "removed": dict(self.removed)}

    def count_rejected(self, r: Rejection, say: Listener) -> None:
        """Count and tell an input that could not be used."""
        self.rejected[r.reason] += 1
        say("rejected", r.message(), r.path or r.source)

    def count_language(self, language: str, source: str, path: str, say: Listener) -> None:
        """Count and tell a page that is stored but not analysed (not Arabic)."""
        if language != "ar":
            self.not_analysed[language] += 1
            say("note", f"{source}: stored, not analysed (language: {language})", path)

    def count_page(self, stored: bool, source: str, path: str, removed: Iterable[str], say: Listener) -> None:
        """Count and tell a page newly stored (with its removed blocks' reasons) or already seen."""
        if stored:
            self.stored += 1
            self.removed.update(removed)
            say("stored", source, path)
        else:
            self.already_seen += 1
            say("seen", source, path)


# (event, message, path): event is stored | seen | rejected | note; path is the input file.
Listener = Callable[[str, str, str], None]


def ingest(paths: Iterable[str | Path], store: Store, opts: Options,
           listener: Listener | None = None) -> Summary:
    """Read every page under `paths` into `store`; returns the run's summary."""
    return ingest_documents(iter_documents(paths, max_bytes=opts.max_bytes), store, opts, listener)


def ingest_documents(items: Iterable[RawDocument | Rejection], store: Store, opts: Options,
                     listener: Listener | None = None) -> Summary:
    """Build and store every document of a stream (from files, a fetcher or a replay)."""
    summary = Summary()
    say = listener or (lambda event, message, path: None)
    with _batch(store):
        _ingest_items(items, store, opts, summary, say)
    return summary


def _batch(store: Store) -> AbstractContextManager[object]:
    """The store's `batch()` where it has one (through wrappers too), else nothing."""
    batch: Callable[[], AbstractContextManager[object]] | None = getattr(store, "batch", None)
    return batch() if batch is not None else nullcontext()


def _ingest_items(items: Iterable[RawDocument | Rejection], store: Store, opts: Options, summary: Summary,
                  say: Listener) -> None:
    for item in items:
        summary.read += 1
        path = item.path or item.source
        if isinstance(item, Rejection):
            _reject(store, summary, item, say)
            continue
        try:
            page = build_page(item, opts)
        except InputRejected as e:
            _reject(store, summary, Rejection(e.source, e.reason, e.detail, path), say)
            continue
        summary.count_language(page.language, item.source, path, say)
        new = store.add_page(page, source=item.source)
        summary.count_page(new, item.source, path, (r.reason for r in page.removed), say)


def _reject(store: Store, summary: Summary, r: Rejection, say: Listener) -> None:
    store.add_rejected(r.source, r.reason, r.detail)
    summary.count_rejected(r, say)
