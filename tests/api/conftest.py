"""Fixtures: one store for the module's tests and a TestClient over the app."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient


def _storefix() -> Any:
    name = "marsad_tests_storefix"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("storefix.py"))
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


storefix = _storefix()
TOKEN = "s3cret-token"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The test store, built once per session."""
    return storefix.build_store(tmp_path_factory.mktemp("api") / "t.db")


@pytest.fixture(scope="session")
def client(built: dict[str, Any]) -> Iterator[TestClient]:
    """A client over the app with ingest enabled by a token."""
    from marsad.api.app import create_app

    with TestClient(create_app(built["db"], token=TOKEN)) as c:
        yield c
