"""`extractor validate`: check saved records against their articles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import app, usage_error


@app.command("validate")
def validate(
    paths: Annotated[list[Path], typer.Argument(
        metavar="PATH",
        help="Record files (<article_id>.json) or directories of them: run outputs or gold.",
        show_default=False,
    )],
    articles: Annotated[Path | None, typer.Option(
        "--articles", "-a", file_okay=False, metavar="DIR",
        help="Directory of article files, found by article id (run outputs also know "
        "their article through provenance.article_path).",
    )] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", metavar="", help='Print one JSON object {"findings": [...], "errors": N, "warnings": N}.'
    )] = False,
) -> None:
    """Cross-check every quote, name and figure of saved records against the article text.

    Prints the findings (a table, or JSON with --json).

    Exit code: 0 when there is no error (warnings never fail); 1 when there is at least one; 2 on bad usage, including PATHs with no record file.
    """
    from extractor.validators.files import dumps, summary, validate_paths

    try:
        reports = validate_paths(paths, articles)
    except FileNotFoundError as exc:
        raise usage_error(str(exc)) from None
    if not reports:
        raise usage_error(f"no record files (*.json) in {', '.join(map(str, paths))}")
    doc = summary(reports)
    if as_json:
        typer.echo(dumps(reports))
    else:
        _print_table(doc, len(reports))
    raise typer.Exit(1 if doc["errors"] else 0)


def _print_table(doc: dict, files: int) -> None:
    from itertools import groupby

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    for article_id, rows in groupby(doc["findings"], key=lambda f: f["article_id"]):
        table = Table(title=escape(article_id), title_justify="left", header_style="bold")
        table.add_column("severity", no_wrap=True)
        table.add_column("code", no_wrap=True)
        table.add_column("path", no_wrap=True)
        table.add_column("message", overflow="fold", ratio=1)
        for f in rows:
            colour = {"error": "red", "warning": "yellow"}.get(f["severity"], "cyan")
            table.add_row(f"[{colour}]{f['severity']}[/]", f["code"], escape(f["path"]),
                          escape(f["message"]))
        console.print(table)
    repairs = f", {doc['infos']} repair(s)" if doc.get("infos") else ""  # info: repaired records
    console.print(
        f"{doc['errors']} error(s), {doc['warnings']} warning(s){repairs} in {files} record file(s)",
        highlight=False,
    )
