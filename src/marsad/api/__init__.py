"""`marsad serve`: the REST API under /api/v1 and the Arabic web UI, on one store."""

from __future__ import annotations

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from marsad.api import app

        return getattr(app, name)
    raise AttributeError(name)
