"""Fixtures for the fetch tests: local sites on 127.0.0.1 (see fetch_sites.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fetch_sites import Site


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


@pytest.fixture
def make_site() -> Iterator[Callable[[], Site]]:
    made: list[Site] = []

    def make() -> Site:
        s = Site()
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()
