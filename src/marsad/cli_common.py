"""What every `marsad` command module shares: the consoles and opening a store for a command."""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from marsad.errors import StoreError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def open_store_or_exit(db: str, **options: Any) -> Any:
    """The store at `db`; a store that cannot be opened ends the command with exit status 1."""
    from marsad.store import open_store

    try:
        return open_store(db, **options)
    except StoreError as e:
        err.print(f"[red]cannot open store {escape(db)}:[/] {escape(str(e))}")
        raise typer.Exit(1) from e
