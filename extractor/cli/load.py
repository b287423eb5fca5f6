"""`extractor load`: put run outputs and gold labels into SQLite or PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import app
from extractor.cli.options import GoldOption, ManifestOption


@app.command("load")
def load(
    run_dirs: Annotated[list[Path], typer.Argument(
        help="Run output directories (<article_id>.json + run.json) or gold directories.",
        show_default=False, exists=True, file_okay=False,
    )],
    db: Annotated[str | None, typer.Option(
        "--db", envvar="EXTRACTOR_DB", show_default=False,
        help="SQLAlchemy database URL, e.g. sqlite:///news.db or "
        "postgresql+psycopg://user:pass@host/dbname. Default: sqlite:///extractor.db "
        "in the current directory.",
    )] = None,
    replace: Annotated[bool, typer.Option(
        "--replace/--keep-versions",
        help="What a run does to other runs' versions of the same articles: --keep-versions "
        "keeps them all (articles.is_current marks the newest by run start time); --replace "
        "deletes them, so one version per article remains. Gold and model runs never "
        "replace each other.",
    )] = False,
    gold: GoldOption = None,
    manifest: ManifestOption = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print one JSON object per loaded run instead of a table."
    )] = False,
) -> None:
    """Load runs into relational tables: runs, articles, meetings, attendees, kpis,
    directives, validation_findings.

    Each run loads in one transaction, so a failure leaves the database as it was.
    Loading the same run again changes nothing. The schema is created on first use
    and upgraded when this version of extractor is newer than the database.
    Exit code 0 when every run loaded, 1 when one failed (later runs are not tried).
    """
    from sqlalchemy.exc import SQLAlchemyError

    from extractor.db import (
        RunError,
        SchemaError,
        default_url,
        load_run,
        make_engine,
        read_manifest,
        read_run_dir,
    )

    url = db or default_url()
    try:
        engine = make_engine(url)
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        typer.echo(f"Error: cannot use database URL: {exc}", err=True)
        raise typer.Exit(2) from exc
    provinces = read_manifest(manifest) if manifest else None
    results = []
    try:
        for run_dir in run_dirs:
            try:
                run = read_run_dir(run_dir, gold=gold)
                result = load_run(engine, run, replace=replace, provinces=provinces)
            except (RunError, SchemaError, SQLAlchemyError) as exc:
                message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                typer.echo(f"Error: {run_dir}: nothing loaded: {message}", err=True)
                raise typer.Exit(1) from exc
            results.append(result)
            if as_json:
                typer.echo(json.dumps({"run_dir": str(run_dir), **result.as_dict()}))
    finally:
        engine.dispose()
    if not as_json:
        _print_table(results, engine.url.render_as_string(hide_password=True))


def _print_table(results: list, url: str) -> None:
    from rich.console import Console
    from rich.table import Table

    columns = ("articles", "meetings", "attendees", "kpis", "directives", "validation_findings")
    table = Table(title=f"Loaded into {url}", header_style="bold")
    table.add_column("run", overflow="fold")
    table.add_column("kind")
    for column in columns:
        table.add_column(column.replace("validation_", ""), justify="right")
    for r in results:
        kind = ("gold" if r.is_gold else "model") + (" (reloaded)" if r.reloaded else "")
        table.add_row(r.run_id, kind, *(str(r.rows[c]) for c in columns))
    Console().print(table)
    for r in results:
        if r.replaced_runs:
            Console().print(f"{r.run_id} replaced every article of: {', '.join(r.replaced_runs)}")
