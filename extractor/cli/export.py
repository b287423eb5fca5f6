"""`extractor export`: write runs as table files (JSON Lines, CSV or Parquet)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import app, failure
from extractor.cli.options import GoldOption, ManifestOption


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command("export")
def export(
    run_dirs: Annotated[list[Path], typer.Argument(
        help="Run output directories or gold directories.",
        show_default=False, exists=True, file_okay=False,
    )],
    fmt: Annotated[Format, typer.Option(
        "--format", "-f", case_sensitive=False, metavar="FORMAT", show_default=False,
        help="File format of the tables: jsonl (the default), csv or parquet."
    )] = Format.jsonl,
    out: Annotated[Path, typer.Option(
        "--out", "-o", file_okay=False, metavar="DIR",
        help="Directory for the files (created if needed)."
    )] = Path("export"),
    gold: GoldOption = None,
    manifest: ManifestOption = None,
) -> None:
    """Write one file per table (runs, articles, meetings, attendees, kpis, directives, validation_findings) with the same columns and keys as `extractor load`'s tables.

    Exit code: 0 when every file was written; 1 when a run could not be read or written; 2 on bad usage.
    """
    from extractor.db import read_manifest
    from extractor.export import export as export_runs
    from extractor.rundir import RunError, read_run_dir

    try:
        runs = [read_run_dir(d, gold=gold) for d in run_dirs]
        written = export_runs(runs, out, fmt.value,
                              read_manifest(manifest) if manifest else None)
    except (RunError, OSError) as exc:
        raise failure(str(exc)) from None
    for table, path in written.items():
        typer.echo(f"{table}\t{path}")
