"""`extractor load`: put run outputs and gold labels into SQLite or PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from extractor.cli.app import app, failure, usage_error
from extractor.cli.options import GoldOption, ManifestOption


@app.command("load")
def load(
    run_dirs: Annotated[list[Path], typer.Argument(
        help="Run output directories (<article_id>.json + run.json) or gold directories.",
        show_default=False, exists=True, file_okay=False,
    )],
    db: Annotated[str | None, typer.Option(
        "--db", envvar="EXTRACTOR_DB", show_default=False, metavar="URL",
        help="SQLAlchemy database URL, e.g. sqlite:///news.db or "
        "postgresql+psycopg://host/news. Default: sqlite:///extractor.db "
        "in the current directory.",
    )] = None,
    replace: Annotated[bool, typer.Option(
        "--replace/--keep-versions", metavar="",
        help="What a run does to other runs' versions of the same articles: --keep-versions "
        "keeps them all (articles.is_current marks the newest by run start time); --replace "
        "deletes them, so one version per article remains. Gold and model runs never "
        "replace each other.",
    )] = False,
    gold: GoldOption = None,
    manifest: ManifestOption = None,
    as_json: Annotated[bool, typer.Option(
        "--json", metavar="", help="Print one JSON object per loaded run instead of a table."
    )] = False,
) -> None:
    """Load runs into relational tables: runs, articles, meetings, attendees, kpis, directives, validation_findings.

    Each run loads in one transaction, so a failure leaves the database as it was. Loading the same run again changes nothing. The schema is created on first use and upgraded when this version of extractor is newer than the database.

    Exit code: 0 when every run loaded; 1 when one failed (later runs are not tried); 2 on bad usage.
    """
    from extractor.db import default_url, deferred_links, read_manifest

    engine = _engine(db or default_url())
    provinces = read_manifest(manifest) if manifest else None
    try:  # stops at the first run that fails: later runs are not tried
        with deferred_links(engine):  # links across articles: one pass after the runs
            results = [_load_one(engine, d, gold, replace, provinces, as_json) for d in run_dirs]
    finally:
        engine.dispose()
    if not as_json:
        _print_table(results, engine.url.render_as_string(hide_password=True))


def _engine(url: str) -> Any:
    from sqlalchemy.exc import SQLAlchemyError

    from extractor.db import make_engine

    try:
        return make_engine(url)
    except (SQLAlchemyError, ValueError, ImportError) as exc:
        raise usage_error(f"cannot use database URL: {exc}", "--db") from None


def _load_one(engine: Any, run_dir: Path, gold: bool | None, replace: bool,
              provinces: dict | None, as_json: bool) -> Any:
    from sqlalchemy.exc import SQLAlchemyError

    from extractor.db import SchemaError, store_run
    from extractor.rundir import RunError, read_run_dir

    try:
        run = read_run_dir(run_dir, gold=gold)
        result = store_run(engine, run, replace=replace, provinces=provinces)
    except (RunError, SchemaError, SQLAlchemyError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise failure(f"{run_dir}: nothing loaded: {message}") from None
    if as_json:
        typer.echo(json.dumps({"run_dir": str(run_dir), **result.as_dict()}))
    return result


def _print_table(results: list, url: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from extractor.schemas.registry import RECORD_TYPES

    columns = ("articles", *(t.table for t in RECORD_TYPES), "validation_findings")
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
