"""Command helpers for scale: distributed ingest and exports, ready to be wired into the CLI.

`marsad ingest … --workers N | --scheduler URL` calls `run_ingest_distributed`; `marsad export`
is `export_command`. Both print to stderr while working and follow the CLI's exit codes
(2 for unusable arguments, 1 for a store that cannot be opened).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from marsad.cli_common import err, open_store_or_exit, out
from marsad.errors import MarsadError
from marsad.pipeline import Options


def run_ingest_distributed(paths: list[Path], db: str, opts: Options, workers: int | None,
                           scheduler: str | None, as_json: bool, *, dedup_threshold: float | None = None) -> None:
    """`marsad ingest --workers N | --scheduler URL`: the pipeline on Dask, live counts per stage
    (partitions, pages built, written by the workers (PostgreSQL), stored, seen, rejected) and
    the summary."""
    from marsad.distributed import ingest_distributed

    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise typer.BadParameter(f"no such file or directory: {', '.join(missing)}")
    if workers is not None and workers < 1:
        raise typer.BadParameter("--workers must be at least 1")
    store = open_store_or_exit(db, **({} if dedup_threshold is None else {"dedup_threshold": dedup_threshold}))
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                        transient=True, disable=as_json)
    counts = {"planned": 0, "built": 0, "written": 0, "stored": 0, "seen": 0, "rejected": 0}

    with progress:
        task = progress.add_task("starting the cluster", total=None)

        def stage(name: str, n: int) -> None:
            counts[name] = counts.get(name, 0) + n
            written = f" · written {counts['written']}" if counts["written"] else ""
            progress.update(task, description=(
                f"partitions {counts['planned']} · built {counts['built']}{written} · stored {counts['stored']}"
                f" · seen {counts['seen']} · rejected {counts['rejected']}"))

        def listener(event: str, message: str, path: str) -> None:
            if event == "rejected":
                err.print(f"[yellow]rejected[/] {escape(message)}")
            elif event == "note":
                err.print(f"[cyan]note[/] {escape(message)}")

        def info(message: str) -> None:
            err.print(f"[cyan]{escape(message)}[/]")

        try:
            summary = ingest_distributed([str(p) for p in paths], store, opts, workers=workers, scheduler=scheduler,
                                         listener=listener, stage=stage, info=info)
        except MarsadError as e:
            err.print(f"[red]ingest failed:[/] {escape(str(e))}")
            raise typer.Exit(1) from e
        finally:
            store.close()
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict(), ensure_ascii=False) + "\n")
        return
    from marsad.cli import summary_table

    out.print(summary_table(summary))


KindArg = Annotated[str, typer.Argument(help="What to export: articles, entities, figures or events.")]
FormatOpt = Annotated[str, typer.Option("--format", help="parquet, jsonl, csv; for events also plover-json, tsv.")]
OutOpt = Annotated[Path, typer.Option("--out", help="Folder to write into (created if missing).")]
DbOpt = Annotated[str, typer.Option("--db", help="Store: a SQLite file path or a postgresql:// URL.")]


def export_command(kind: KindArg, fmt: FormatOpt = "jsonl", out_dir: OutOpt = Path("export"),
                   db: DbOpt = "marsad.db") -> None:
    """Export articles, entities, figures or events, streamed from the store, to files under --out."""
    from marsad.export import EVENT_ONLY, FORMATS, KINDS, ExportError, export

    if kind not in KINDS:
        raise typer.BadParameter(f"unknown export {kind!r}: choose one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt in EVENT_ONLY and kind != "events":
        raise typer.BadParameter(f"the {fmt} format is for events only")
    if "://" not in db and not Path(db).exists():
        err.print(f"[red]cannot open store {escape(db)}:[/] no such file")
        raise typer.Exit(1)
    store = open_store_or_exit(db)
    try:
        result = export(store, kind, fmt, out_dir)
    except ExportError as e:
        err.print(f"[red]export failed:[/] {escape(str(e))}")
        raise typer.Exit(1) from e
    finally:
        store.close()
    err.print(f"exported {result['rows']} {kind} → {escape(result['path'])}")


def make_app() -> typer.Typer:
    """A small app with `ingest` (distributed when --workers/--scheduler are given) and `export`,
    as the main CLI wires them; used by the tests and the benchmark."""
    from marsad.pipeline import DEFAULT_MAX_BYTES

    app = typer.Typer(add_completion=False)

    @app.command()
    def ingest(
        paths: Annotated[list[Path], typer.Argument()],
        db: DbOpt = "marsad.db",
        analyse: Annotated[bool, typer.Option("--analyse/--no-analyse")] = True,
        max_bytes: Annotated[int, typer.Option()] = DEFAULT_MAX_BYTES,
        workers: Annotated[int | None, typer.Option("--workers")] = None,
        scheduler: Annotated[str | None, typer.Option("--scheduler")] = None,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        opts = Options(max_bytes=max_bytes, analyse=analyse)
        if workers is not None or scheduler is not None:
            run_ingest_distributed(paths, db, opts, workers, scheduler, as_json)
            return
        from marsad.ingest import ingest as run_ingest

        store = open_store_or_exit(db)
        try:
            summary = run_ingest(paths, store, opts)
        finally:
            store.close()
        if as_json:
            sys.stdout.write(json.dumps(summary.to_dict(), ensure_ascii=False) + "\n")

    app.command("export")(export_command)
    return app
