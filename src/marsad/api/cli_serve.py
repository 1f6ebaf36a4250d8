"""The `marsad serve` command, for the lead to register: `app.command("serve")(serve_command)`."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from marsad.api.processes import THREADS


def serve_command(
    db: Annotated[str, typer.Option("--db", help="Store: a SQLite file path (default marsad.db).")] = "marsad.db",
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="MARSAD_TOKEN", help="Bearer token that enables POST /api/v1/pages (env MARSAD_TOKEN)."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Server processes (each with its own connections and caches).",
                                         min=1, max=64)] = 1,
    threads: Annotated[int, typer.Option(help="Worker threads per process for the store's work (searches, pages).",
                                         min=1, max=256)] = THREADS,
) -> None:
    """Serve the store: REST API under /api/v1 (OpenAPI at /docs) and the Arabic web UI at /."""
    from marsad.api.app import serve
    from marsad.errors import StoreError

    if db != ":memory:" and "://" not in db and not os.path.exists(db):
        typer.echo(f"no store at {db}: run `marsad ingest PATH --db {db}` first", err=True)
        raise typer.Exit(1)
    try:
        serve(db, host, port, token, workers=workers, threads=threads)
    except StoreError as e:
        typer.echo(f"cannot open store {db}: {e}", err=True)
        raise typer.Exit(1) from e
