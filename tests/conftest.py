"""Shared fixtures: where ../shared lives, and skipping cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


@pytest.fixture
def shared() -> Path:
    """The ../shared folder beside the checkout; the test is skipped when it is absent."""
    if not (SHARED / "examples").is_dir():
        pytest.skip(f"../shared is not beside the checkout ({SHARED}); real pages and gold live there")
    return SHARED
