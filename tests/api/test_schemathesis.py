"""Property-based run of the OpenAPI schema against the ASGI app: no input gives a 5xx."""

from __future__ import annotations

from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from marsad.api.app import create_app  # noqa: E402

MAX_EXAMPLES = 12


def _content_type(response: Any) -> str:
    value = response.headers.get("content-type", "")
    return str(value[0] if isinstance(value, list) and value else value)


def test_no_server_errors(built: dict[str, Any]) -> None:
    """Every operation, with generated parameters (bounded), answers below 500, and every
    error it answers is application/problem+json."""
    app = create_app(str(built["db"]), token="schemathesis-token")
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    ran = 0
    for result in schema.get_all_operations():
        op = result.ok()

        @given(case=op.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case: Any) -> None:
            response = case.call()
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.path} {case.query} -> {response.status_code}: "
                                f"{response.text[:300]}")
            elif response.status_code >= 400 and not _content_type(response).startswith("application/problem+json"):
                failures.append(f"{case.method} {case.path} -> {response.status_code} not problem+json")

        run()
        ran += 1
    assert ran >= 13
    assert not failures, "\n".join(failures[:10])
