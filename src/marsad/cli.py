"""The `marsad` command line: ingest, extract, search, show, stats and the analysis tools.

Every listing command takes `--json` (one JSON object per line) so scripts can read it.
Exit status: 0 when a run completed (rejected pages included), 2 for unusable arguments,
1 for a store that cannot be opened.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from marsad.cli_common import err, open_store_or_exit, out
from marsad.errors import InputRejected, MarsadError, QueryError
from marsad.pipeline import DEFAULT_MAX_BYTES, Options, build_page
from marsad.read import Rejection, iter_documents, list_files

app = typer.Typer(add_completion=False, no_args_is_help=True, help="marsad: Arabic news into a searchable record.")

DbOpt = Annotated[str, typer.Option("--db", help="Store: a SQLite file path (default marsad.db).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
HL_OPEN, HL_CLOSE = "\u27e6", "\u27e7"


def _options(published: str | None, max_bytes: int, analyse: bool) -> Options:
    try:
        return Options(published=published, max_bytes=max_bytes, analyse=analyse)
    except ValueError as e:
        raise typer.BadParameter(str(e)) from e


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _check_paths(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise typer.BadParameter(f"no such file or directory: {', '.join(missing)}")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories to read.")],
    db: DbOpt = "marsad.db",
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every page.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest page accepted, in bytes.")] = DEFAULT_MAX_BYTES,
    analyse: Annotated[bool, typer.Option("--analyse/--no-analyse", help="Run the extraction layers.")] = True,
    dedup_threshold: Annotated[float, typer.Option(help="Jaccard similarity above which articles are "
                                                        "near-duplicates.", min=0.5, max=1.0)] = 0.8,
    embed_new: Annotated[bool, typer.Option("--embed", help="Also embed new articles for semantic search "
                                                           "(needs the `semantic` extra).")] = False,
    workers: Annotated[int | None, typer.Option("--workers", min=1,
                                                help="Run on a local Dask cluster of N worker processes.")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler",
                                                  help="Run on the Dask cluster at this address (tcp://…).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Read pages and store them; prints a summary of what was stored, seen and rejected."""
    from marsad.ingest import ingest as run_ingest

    _check_paths(paths)
    opts = _options(published, max_bytes, analyse)
    if workers is not None or scheduler is not None:
        from marsad.cli_scale import run_ingest_distributed

        run_ingest_distributed(paths, db, opts, workers, scheduler, as_json, dedup_threshold=dedup_threshold)
        return
    store = open_store_or_exit(db, dedup_threshold=dedup_threshold)
    n_files = sum(1 for _ in list_files(paths))
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, transient=True, disable=as_json)
    files_seen: set[str] = set()
    with progress:
        task = progress.add_task("ingesting", total=n_files)

        def listener(event: str, message: str, path: str) -> None:
            if path not in files_seen:
                files_seen.add(path)
                progress.advance(task)
            if event == "rejected":
                err.print(f"[yellow]rejected[/] {escape(message)}")
            elif event == "note":
                err.print(f"[cyan]note[/] {escape(message)}")
            progress.update(task, description=f"ingesting: {len(files_seen)} files")

        try:
            summary = run_ingest(paths, store, opts, listener)
            if embed_new:
                from marsad.semantic import SemanticUnavailable, embed_store

                try:
                    progress.update(task, description="embedding new articles")
                    embed_store(store)
                except SemanticUnavailable as e:
                    err.print(f"[yellow]not embedded:[/] {escape(str(e))}")
        finally:
            store.close()
    if as_json:
        _emit(summary.to_dict())
        return
    out.print(summary_table(summary))


def summary_table(summary: Any) -> Table:
    """The closing summary of an ingest run, as a table (also used by `--workers` runs)."""
    table = Table(title="ingest summary", show_header=False)
    table.add_row("pages read", str(summary.read))
    table.add_row("stored", str(summary.stored))
    table.add_row("skipped, already seen", str(summary.already_seen))
    table.add_row("rejected", str(sum(summary.rejected.values())))
    for reason, n in summary.rejected.most_common():
        table.add_row(f"  rejected: {reason}", str(n))
    for code, n in summary.not_analysed.most_common():
        table.add_row(f"  stored, not analysed ({code})", str(n))
    table.add_row("blocks removed", str(sum(summary.removed.values())))
    for reason, n in summary.removed.most_common():
        table.add_row(f"  removed: {reason}", str(n))
    return table


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories to read.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest page accepted, in bytes.")] = DEFAULT_MAX_BYTES,
    analyse: Annotated[bool, typer.Option("--analyse/--no-analyse", help="Run the extraction layers.")] = True,
    pretty: Annotated[bool, typer.Option(help="Indent the JSON (for a single page).")] = False,
) -> None:
    """Print each page's record (see CONTRACT.md) as JSON Lines, without touching a store."""
    _check_paths(paths)
    opts = _options(published, max_bytes, analyse)
    for item in iter_documents(paths, max_bytes=opts.max_bytes):
        if isinstance(item, Rejection):
            err.print(f"[yellow]rejected[/] {escape(item.message())}")
            continue
        try:
            page = build_page(item, opts)
        except InputRejected as e:
            err.print(f"[yellow]rejected[/] {escape(str(e))}")
            continue
        sys.stdout.write(json.dumps(page.to_dict(), ensure_ascii=False, indent=2 if pretty else None) + "\n")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", prefix*, OR, -word.')],
    db: DbOpt = "marsad.db",
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date YYYY-MM-DD.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Only this publisher or outlet.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles that mention this entity.")] = None,
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 20,
    show_all: Annotated[bool, typer.Option("--all", help="Show every copy, near-duplicates included.")] = False,
    semantic: Annotated[bool, typer.Option("--semantic", help="Rank by meaning (embeddings), any language.")] = False,
    mode: Annotated[str, typer.Option(help="lexical, semantic or hybrid (bm25 and vectors fused).")] = "lexical",
    as_json: JsonOpt = False,
) -> None:
    """Search stored articles (Arabic-aware: folding and clitics), ranked by bm25, duplicates collapsed."""
    from marsad.semantic import SemanticUnavailable
    from marsad.semantic import search as vector_search

    mode = "semantic" if semantic else mode
    if mode not in ("lexical", "semantic", "hybrid"):
        raise typer.BadParameter(f"--mode must be lexical, semantic or hybrid, not {mode!r}")
    store = open_store_or_exit(db)
    filters = {"date_from": date_from, "date_to": date_to, "publisher": publisher, "entity": entity}
    try:
        if mode == "lexical":
            hits = store.search(query, limit=limit, collapse=not show_all, **filters)
        else:
            hits = vector_search(store, query, mode=mode, limit=limit, collapse=not show_all, **filters)
    except SemanticUnavailable as e:
        err.print(f"[red]{escape(str(e))}[/]")
        raise typer.Exit(2) from e
    except QueryError as e:
        err.print(f"[red]bad query:[/] {escape(str(e))}")
        raise typer.Exit(2) from e
    finally:
        store.close()
    if as_json:
        for h in hits:
            d = h.to_dict() if hasattr(h, "to_dict") else dict(h.__dict__)
            d["snippet"] = d.get("snippet", "").replace(HL_OPEN, "").replace(HL_CLOSE, "")
            _emit(d)
        return
    if not hits:
        out.print("no results")
        return
    for h in hits:
        snippet = escape(h.snippet).replace(HL_OPEN, "[bold yellow]").replace(HL_CLOSE, "[/]")
        out.print(f"[bold]{h.article_id}[/] {escape(h.title or '')}  [dim]{h.published or '-'} · "
                  f"{escape(h.publisher or '-')} · page {h.page_id}[/]")
        out.print(f"    {snippet}")


@app.command()
def show(
    ref: Annotated[str, typer.Argument(help="A page id (or a prefix of it) or an article id.")],
    db: DbOpt = "marsad.db",
    as_json: JsonOpt = False,
) -> None:
    """Print one stored page: its articles, related headlines, tags and removed blocks."""
    store = open_store_or_exit(db)
    try:
        page = store.get_page(ref)
    finally:
        store.close()
    if page is None:
        err.print(f"[red]no page or article {escape(ref)}[/]")
        raise typer.Exit(1)
    if as_json:
        _emit(page.to_dict())
        return
    out.print(f"[bold]page {page.id}[/]  {escape(page.input.path or page.input.url or '')}  "
              f"[dim]{page.published or '-'} · {page.language} · {page.input.encoding}[/]")
    for a in page.articles:
        out.rule(f"{a.role}: {escape(a.title or '')}")
        if a.publisher:
            out.print(f"[dim]publisher: {escape(a.publisher)}[/]")
        out.print(escape(a.text))
        counts = {k: len(getattr(a, k)) for k in ("entities", "times", "figures", "quotes", "events")}
        out.print(f"[dim]{' · '.join(f'{k}: {v}' for k, v in counts.items())}[/]")
    if page.related:
        out.rule("related")
        for r in page.related:
            out.print(f"• {escape(r)}")
    if page.tags:
        out.rule("tags")
        out.print(" · ".join(escape(t) for t in page.tags))
    if page.removed:
        out.rule("removed")
        for r in page.removed:
            out.print(f"[dim]{r.reason}[/]: {escape(r.text[:120])}")


@app.command()
def stats(db: DbOpt = "marsad.db", as_json: JsonOpt = False) -> None:
    """Summarise the store."""
    store = open_store_or_exit(db)
    try:
        s = store.stats()
    finally:
        store.close()
    if as_json:
        _emit(s)
        return
    table = Table(title=f"store {db}", show_header=False)
    for k, v in s.items():
        table.add_row(k, json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else str(v))
    out.print(table)


@app.command()
def rejected(db: DbOpt = "marsad.db", limit: int = 100, as_json: JsonOpt = False) -> None:
    """List rejected inputs with their reasons."""
    store = open_store_or_exit(db)
    try:
        rows = store.rejected(limit=limit)
    finally:
        store.close()
    for r in rows:
        if as_json:
            _emit(r)
        else:
            out.print(f"{escape(str(r.get('input')))}: [yellow]{escape(str(r.get('reason')))}[/] "
                      f"{escape(str(r.get('detail') or ''))}")


# -- listings over annotations ---------------------------------------------------------------

@app.command()
def entities(
    db: DbOpt = "marsad.db",
    label: Annotated[str | None, typer.Option(help="PER, ORG, LOC or MISC.")] = None,
    top: Annotated[int, typer.Option(help="How many to list.")] = 50,
    as_json: JsonOpt = False,
) -> None:
    """Canonical entities with their mention counts across the store."""
    store = open_store_or_exit(db)
    try:
        rows = store.entities(label=label, top=top)
    finally:
        store.close()
    _rows(rows, as_json, ("canonical", "label", "mentions", "articles"))


@app.command()
def figures(
    db: DbOpt = "marsad.db",
    category: Annotated[str | None, typer.Option(help="killed, injured, casualties, missing, …")] = None,
    reported_by: Annotated[str | None, typer.Option("--reported-by", help="Only figures claimed by this name.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date YYYY-MM-DD.")] = None,
    limit: int = 100,
    as_json: JsonOpt = False,
) -> None:
    """Figures with their article, date and reporter; competing claims side by side."""
    store = open_store_or_exit(db)
    try:
        rows = store.figures(category=category, reported_by=reported_by, date_from=date_from, date_to=date_to,
                             limit=limit)
    finally:
        store.close()
    _rows(rows, as_json, ("category", "published", "value", "qualifier", "reported_by", "publisher", "article_id"))


@app.command()
def events(
    db: DbOpt = "marsad.db",
    type_: Annotated[str | None, typer.Option("--type", help="A PLOVER type, e.g. CONSULT.")] = None,
    actor: Annotated[str | None, typer.Option(help="Source or target actor.")] = None,
    location: Annotated[str | None, typer.Option(help="Where it happened.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option(help="A country of an actor or of the place, e.g. روسيا.")] = None,
    limit: int = 100,
    as_json: JsonOpt = False,
) -> None:
    """PLOVER events: who did what to whom, where and when."""
    store = open_store_or_exit(db)
    try:
        rows = store.events(type_=type_, actor=actor, location=location, date_from=date_from, date_to=date_to,
                            country=country, limit=limit)
    finally:
        store.close()
    _rows(rows, as_json, ("date", "type", "source", "target", "location", "negated", "publisher", "article_id"))


@app.command()
def embed(
    db: DbOpt = "marsad.db",
    batch: Annotated[int, typer.Option(help="Articles embedded per call.")] = 16,
    limit: Annotated[int | None, typer.Option(help="Embed at most this many articles.")] = None,
) -> None:
    """Compute e5 vectors for stored articles that have none (needs the `semantic` extra)."""
    from marsad.semantic import SemanticUnavailable, embed_store

    store = open_store_or_exit(db)
    try:
        with Progress(SpinnerColumn(), TextColumn("embedding"), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True) as progress:
            task = progress.add_task("embed", total=limit)
            n = embed_store(store, batch=batch, limit=limit, progress=lambda k: progress.advance(task, k))
    except SemanticUnavailable as e:
        err.print(f"[red]{escape(str(e))}[/]")
        raise typer.Exit(2) from e
    finally:
        store.close()
    out.print(f"embedded {n} articles")


@app.command()
def duplicates(db: DbOpt = "marsad.db", limit: int = 100, as_json: JsonOpt = False) -> None:
    """Near-duplicate groups: the original article, its copies and their similarity."""
    store = open_store_or_exit(db)
    try:
        groups = store.duplicates(limit=limit)
    finally:
        store.close()
    if as_json:
        for g in groups:
            _emit(g)
        return
    if not groups:
        out.print("no duplicates")
    for g in groups:
        o = g["original"]
        out.print(f"[bold]{o['article_id']}[/] {escape(o['title'] or '')} [dim]{o['published'] or '-'} · "
                  f"{escape(o['publisher'] or '-')}[/]")
        for m in g["members"]:
            out.print(f"    {m['kind']} {m['similarity']:.2f}  {m['article_id']} {escape(m['title'] or '')} "
                      f"[dim]{m['published'] or '-'} · {escape(m['publisher'] or '-')} · {m['role']}[/]")


@app.command()
def stories(
    db: DbOpt = "marsad.db",
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date YYYY-MM-DD.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only stories that mention this entity.")] = None,
    limit: int = 50,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Cluster the whole store again first (after "
                                                            "`marsad embed`, vectors join the signals).")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Stories told by several articles and outlets, largest first."""
    store = open_store_or_exit(db)
    try:
        if rebuild:
            err.print(f"stories rebuilt: {store.rebuild_stories()}")
        rows = store.stories(date_from=date_from, date_to=date_to, entity=entity, limit=limit)
    finally:
        store.close()
    if as_json:
        for r in rows:
            _emit(r)
        return
    if not rows:
        out.print("no stories")
    for r in rows:
        out.print(f"[bold]story {r['id']}[/] ({r['size']} articles, {r['first_date']} → {r['last_date']}): "
                  f"{escape(r['label'] or '')}")
        out.print(f"    [dim]outlets: {escape('، '.join(r['outlets']))}[/]")


def _rows(rows: list[dict[str, Any]], as_json: bool, columns: tuple[str, ...]) -> None:
    if as_json:
        for r in rows:
            _emit(r)
        return
    if not rows:
        out.print("nothing found")
        return
    table = Table(*columns)
    for r in rows:
        cells = []
        for c in columns:
            v = r.get(c)
            cells.append(escape("، ".join(v) if isinstance(v, list) else "" if v is None else str(v)))
        table.add_row(*cells)
    out.print(table)


# -- evaluation and parsing ----------------------------------------------------------------------

eval_app = typer.Typer(no_args_is_help=True, help="Score a layer against gold data.")
parse_app = typer.Typer(no_args_is_help=True, help="Parse text lines on stdin, one JSON line out per input.")
app.add_typer(eval_app, name="eval")
app.add_typer(parse_app, name="parse")


def _gold_files(paths: list[Path]) -> list[Path]:
    files = [f for f in list_files(paths) if f.name.endswith(".expected.json")]
    if not files:
        raise typer.BadParameter("no *.expected.json gold files under the given paths")
    return files


@eval_app.command("ner")
def eval_ner(gold: Annotated[Path, typer.Argument(help="A CoNLL file: token TAG per line, BIO tags.")],
             as_json: JsonOpt = False) -> None:
    """Tag the gold file's own tokens; precision, recall and F1 per type and micro (CoNLL-style)."""
    from marsad.extract.ner_eval import evaluate, format_report

    _check_paths([gold])
    result = evaluate(str(gold))
    _emit(result) if as_json else out.print(format_report(result))


@eval_app.command("times")
def eval_times(gold: Annotated[Path, typer.Argument(help='JSONL of {"text", "reference", "value", "grain"}.')],
               as_json: JsonOpt = False) -> None:
    """Score the time parser on expressions with their expected value and grain."""
    from marsad.extract.times_eval import evaluate, format_report

    _check_paths([gold])
    result = evaluate(gold)
    _emit(result) if as_json else out.print(format_report(result))


@eval_app.command("figures")
def eval_figures(gold: Annotated[list[Path], typer.Argument(help="Gold pages (*.expected.json) or folders.")],
                 as_json: JsonOpt = False) -> None:
    """Precision and recall of figures (value, category, qualifier) and quotes (speaker) on gold pages."""
    from marsad.extract.entities import extract_entities
    from marsad.extract.figures_eval import evaluate_figures, evaluate_quotes, format_report

    _check_paths(gold)
    files = _gold_files(gold)
    figs = evaluate_figures(files, entities=extract_entities)
    quotes = evaluate_quotes(files, entities=extract_entities)
    _emit({"figures": figs, "quotes": quotes}) if as_json else out.print(format_report(figs, quotes))


@eval_app.command("quotes")
def eval_quotes(gold: Annotated[list[Path], typer.Argument(help="Gold pages (*.expected.json) or folders.")],
                as_json: JsonOpt = False) -> None:
    """Precision and recall of quotes and their speakers on gold pages."""
    eval_figures(gold, as_json)


@eval_app.command("events")
def eval_events(gold: Annotated[list[Path], typer.Argument(help="Gold pages (*.expected.json) or folders.")],
                as_json: JsonOpt = False,
                by_type: Annotated[bool, typer.Option("--by-type", help="Triples of each PLOVER type too.")] = False,
                details: Annotated[bool, typer.Option("--details", help="Every missed and extra event.")] = False,
                ) -> None:
    """Precision and recall of (type, source, target), whole events (place and date too, as check_gold.py
    tests them), location and date on gold pages."""
    from marsad.extract.events_eval import evaluate, format_report

    _check_paths(gold)
    result = evaluate(_gold_files(gold))
    _emit(result) if as_json else out.print(format_report(result, details=details, by_type=by_type))


@parse_app.command("times")
def parse_times(reference: Annotated[str | None, typer.Option(help="ISO date or datetime relative "
                                                                  "expressions resolve against.")] = None) -> None:
    """Text lines, or JSON lines {"text", "reference"}, on stdin → {"text", "times": [...]} per line."""
    from marsad.extract.times import parse_times_line

    for line in sys.stdin:
        if line.strip():
            _emit(parse_times_line(line, reference))


@parse_app.command("numbers")
def parse_numbers() -> None:
    """Text lines, or JSON lines {"text"}, on stdin → {"text", "numbers": [{text, value, start, end}]}."""
    from dataclasses import asdict

    from marsad.extract.numbers import find_numbers

    for line in sys.stdin:
        if not line.strip():
            continue
        text = line.rstrip("\n")
        if text.lstrip().startswith("{"):
            with contextlib.suppress(json.JSONDecodeError, AttributeError):
                text = str(json.loads(text).get("text", ""))
        _emit({"text": text, "numbers": [asdict(n) for n in find_numbers(text)]})


def _register_optional_commands() -> None:
    """Commands whose modules live apart from this file: serve, export, fetch and watch."""
    from marsad.api.cli_serve import serve_command
    from marsad.cli_scale import export_command
    from marsad.fetch.cli_fetch import fetch_command, watch_command

    app.command("serve")(serve_command)
    app.command("export")(export_command)
    app.command("fetch")(fetch_command)
    app.command("watch")(watch_command)


_register_optional_commands()


def main() -> None:
    """Console-script entry point: MarsadError becomes a message, never a traceback."""
    try:
        app()
    except MarsadError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        sys.exit(1)


if __name__ == "__main__":
    main()
