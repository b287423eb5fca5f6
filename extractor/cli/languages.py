"""`extractor languages`: which languages have which kinds of knowledge, as data files."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from extractor.cli.app import app


@app.command("languages")
def languages_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON rows.")] = False,
) -> None:
    """Print, per language, how many entries each kind of data file holds.

    The files are extractor/languages/<code>/<kind>.json; 'mul' holds what no one language owns.
    """
    from extractor.languages import coverage_table, format_table

    rows = coverage_table()
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
    else:
        typer.echo(format_table(rows), nl=False)
