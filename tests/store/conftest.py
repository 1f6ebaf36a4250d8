"""Fixtures shared by the store tests: an opened store per backend, and a page builder."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from marsad.model import Article, InputInfo, Page
from marsad.store import Store, open_store

# Backends the store tests run against; a PostgreSQL entry joins when that backend exists.
BACKENDS = ["sqlite"]


def _open(backend: str, tmp_path: Path) -> Store:
    if backend == "sqlite":
        return open_store(str(tmp_path / "marsad.db"))
    raise AssertionError(backend)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store(backend: str, tmp_path: Path) -> Iterator[Store]:
    s = _open(backend, tmp_path)
    yield s
    s.close()


@pytest.fixture
def reopen(backend: str, tmp_path: Path) -> Callable[[], Store]:
    """Open another handle on the same store as the `store` fixture."""
    return lambda: _open(backend, tmp_path)


PageMaker = Callable[..., Page]


@pytest.fixture
def make_page() -> PageMaker:
    """Build a page with one main article (and optional extra articles) by hand."""

    def make(
        text: str,
        *,
        title: str | None = None,
        published: str | None = None,
        article_published: str | None = None,
        source: str | None = None,
        publisher: str | None = None,
        path: str | None = None,
        url: str | None = None,
        extra: list[Article] | None = None,
        **article_fields: Any,
    ) -> Page:
        body = (title or "") + "\n" + text + "".join(a.text for a in extra or [])
        pid = hashlib.sha256(body.encode()).hexdigest()[:32]
        main = Article(
            role="main", title=title, text=text, publisher=publisher, published=article_published,
            **article_fields,
        )
        return Page(
            id=pid,
            input=InputInfo(path=path or f"/in/{pid[:8]}.txt", url=url, format="txt", encoding="utf-8"),
            published=published,
            language="ar",
            articles=[main, *(extra or [])],
            source=source,
        )

    return make
