"""`marsad fetch URL...` and `marsad watch SOURCES.toml`, as typer command functions.

Register with `app.command("fetch")(fetch_command)` and `app.command("watch")(watch_command)`.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn
from rich.table import Table

from marsad.errors import StoreError
from marsad.fetch.config import Config, ConfigError, Settings, load_config, parse_duration

if TYPE_CHECKING:  # the fetching machinery (httpx, feedparser, lxml) loads when a command runs
    from marsad.fetch.archive import Archive
    from marsad.fetch.watch import RoundReport
from marsad.pipeline import DEFAULT_MAX_BYTES, Options

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _open(db: str) -> Any:
    from marsad.store import open_store

    try:
        return open_store(db)
    except StoreError as e:
        err.print(f"[red]cannot open store {escape(db)}:[/] {escape(str(e))}")
        raise typer.Exit(1) from e


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _config(path: Path | None, **overrides: Any) -> Config:
    overrides = {k: v for k, v in overrides.items() if v is not None}
    try:
        if path is None:
            from dataclasses import replace

            return Config(settings=replace(Settings(), **overrides))
        return load_config(path, **overrides)
    except ConfigError as e:
        raise typer.BadParameter(str(e)) from e


def _print_round(report: RoundReport, n: int) -> None:
    table = Table(title=f"round {n}: {report.seconds:.1f}s, {report.requests} requests")
    for col in ("outlet", "new", "unchanged", "failed", "robots.txt", "feeds 304"):
        table.add_column(col, justify="left" if col == "outlet" else "right")
    for o in report.outlets:
        name = o.name + (f" (backed off until {o.backed_off_until})" if o.backed_off_until else "")
        table.add_row(escape(name), str(o.new), str(o.unchanged), str(len(o.failed)), str(len(o.robots)),
                      str(o.feeds_not_modified))
    out.print(table)
    for o in report.outlets:
        for url, reason in o.failed:
            out.print(f"  [yellow]failed[/] {escape(o.name)}: {escape(url)}: {escape(reason)}")
        for url in o.robots:
            out.print(f"  [cyan]robots.txt[/] {escape(o.name)}: {escape(url)}")


def fetch_command(
    urls: Annotated[list[str], typer.Argument(help="Page URLs to fetch and ingest.")],
    db: Annotated[str, typer.Option("--db", help="Store: a SQLite file path (default marsad.db).")] = "marsad.db",
    config: Annotated[Path | None, typer.Option("--config", help="Sources TOML whose [settings] apply.")] = None,
    contact: Annotated[str | None, typer.Option(help="Contact URL named in the User-Agent.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest page accepted, in bytes.")] = DEFAULT_MAX_BYTES,
    analyse: Annotated[bool, typer.Option("--analyse/--no-analyse", help="Run the extraction layers.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Fetch pages (robots.txt and politeness honoured), archive them as WARC and ingest them."""
    bad = [u for u in urls if not u.startswith(("http://", "https://"))]
    if bad:
        raise typer.BadParameter(f"not http(s) URLs: {', '.join(bad)}")
    cfg = _config(config, contact=contact)
    opts = Options(max_bytes=max_bytes, analyse=analyse)
    store = _open(db)
    from marsad.fetch.archive import Archive, store_folder
    from marsad.fetch.watch import fetch_urls

    archive = Archive(store_folder(db), cfg.settings.warc_max_bytes)
    try:
        outcomes = asyncio.run(fetch_urls(urls, cfg.settings, store, opts, archive))
    finally:
        store.close()
    for o in outcomes:
        if as_json:
            _emit({"url": o.url, "status": o.status, "reason": o.reason, "page_id": o.page_id,
                   "canonical": o.canonical})
        else:
            colour = {"new": "green", "unchanged": "blue", "robots": "cyan"}.get(o.status, "yellow")
            out.print(f"[{colour}]{o.status}[/] {escape(o.url)}" + (f": {escape(o.reason)}" if o.reason else ""))


def watch_command(
    sources: Annotated[Path, typer.Argument(help="Sources TOML: outlets with feeds and sitemaps.")],
    db: Annotated[str, typer.Option("--db", help="Store: a SQLite file path (default marsad.db).")] = "marsad.db",
    every: Annotated[str | None, typer.Option(help="Time between rounds, e.g. 15m (default: the file's).")] = None,
    once: Annotated[bool, typer.Option("--once", help="Run one round and stop.")] = False,
    rounds: Annotated[int, typer.Option(help="Stop after this many rounds (0: never).")] = 0,
    analyse: Annotated[bool, typer.Option("--analyse/--no-analyse", help="Run the extraction layers.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per round.")] = False,
) -> None:
    """Watch outlets' feeds and news sitemaps: each round fetches what is new and ingests it."""
    if not sources.is_file():
        raise typer.BadParameter(f"no such file: {sources}")
    try:
        every_s = parse_duration(every) if every is not None else None
    except ValueError as e:
        raise typer.BadParameter(str(e)) from e
    cfg = _config(sources, every=every_s)
    opts = Options(analyse=analyse)
    store = _open(db)
    from marsad.fetch.archive import Archive, store_folder

    archive = Archive(store_folder(db), cfg.settings.warc_max_bytes)
    n = 0
    try:
        while True:
            n += 1
            t0 = time.monotonic()
            report = _one_round(cfg, store, opts, archive, quiet=as_json)
            if as_json:
                _emit({"round": n, **report.to_dict()})
            else:
                _print_round(report, n)
            if once or (rounds and n >= rounds):
                break
            wait = max(0.0, cfg.settings.every - (time.monotonic() - t0))
            if not as_json:
                err.print(f"next round in {wait:.0f}s (Ctrl-C stops; nothing is lost)")
            time.sleep(wait)
    except KeyboardInterrupt:
        err.print("stopped; the next run resumes where this one was")
    finally:
        store.close()


def _one_round(cfg: Config, store: Any, opts: Options, archive: Archive, *, quiet: bool) -> RoundReport:
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        console=err, transient=True, disable=quiet)
    tasks: dict[str, TaskID] = {}
    with progress:
        for o in cfg.outlets:
            tasks[o.name] = progress.add_task(f"{o.name}: feeds", total=None)

        def events(outlet: str, event: str, detail: str) -> None:
            task = tasks.get(outlet)
            if task is None:
                return
            if event == "items":
                progress.update(task, total=int(detail), completed=0, description=f"{outlet}: pages")
            elif event in ("new", "unchanged", "failed", "robots"):
                progress.advance(task)
                if event == "failed" and not quiet:
                    url, _, reason = detail.partition("\t")
                    progress.console.print(f"[yellow]failed[/] {escape(outlet)}: {escape(url)}: {escape(reason)}")
            elif event == "backoff":
                progress.update(task, total=0, description=f"{outlet}: backed off")

        from marsad.fetch.watch import run_round

        return asyncio.run(run_round(cfg, store, opts, archive, events))
