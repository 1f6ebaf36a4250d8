"""Fixtures shared by the store tests: an opened store per backend, and a page builder."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from marsad.model import Article, InputInfo, Page
from marsad.store import Store, open_store

# Backends the store tests run against: PostgreSQL when MARSAD_TEST_PG names a server (a URL
# of a database the tests may create databases beside; `.ci/postgres.sh` starts one).
PG_ENV = "MARSAD_TEST_PG"
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(
        not os.environ.get(PG_ENV), reason=f"PostgreSQL tests need a server: set {PG_ENV}=postgresql://… "
                                           "(source .ci/postgres.sh to start one)")),
]


def fresh_pg_database() -> str:
    """A new, empty database on the MARSAD_TEST_PG server; its URL (dropped at session end)."""
    import psycopg

    base = os.environ[PG_ENV]
    name = f"marsad_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    _PG_DATABASES.append(name)
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path="/" + name))


_PG_DATABASES: list[str] = []


@pytest.fixture(scope="session", autouse=True)
def _drop_pg_databases() -> Iterator[None]:
    yield
    if not _PG_DATABASES:
        return
    import psycopg

    with psycopg.connect(os.environ[PG_ENV], autocommit=True) as conn:
        for name in _PG_DATABASES:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_url(backend: str, tmp_path: Path) -> str:
    """Where this test's store lives: a file, or a fresh PostgreSQL database."""
    if backend == "sqlite":
        return str(tmp_path / "marsad.db")
    if backend == "postgresql":
        return fresh_pg_database()
    raise AssertionError(backend)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture
def reopen(store_url: str) -> Callable[[], Store]:
    """Open another handle on the same store as the `store` fixture."""
    return lambda: open_store(store_url)


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


@pytest.fixture
def pg_url() -> str:
    """A fresh PostgreSQL database (skips without MARSAD_TEST_PG)."""
    if not os.environ.get(PG_ENV):
        pytest.skip(f"PostgreSQL tests need a server: set {PG_ENV}=postgresql://…")
    return fresh_pg_database()
