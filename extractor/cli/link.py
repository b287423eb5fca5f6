"""`extractor link`: print who is who and which articles report the same meeting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import app, failure
from extractor.cli.options import GoldOption, ManifestOption


@app.command("link")
def link(
    run_dirs: Annotated[list[Path], typer.Argument(
        help="Run output directories or gold directories.",
        show_default=False, exists=True, file_okay=False,
    )],
    gold: GoldOption = None,
    manifest: ManifestOption = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the clusters as one JSON object (events, people).",
    )] = False,
) -> None:
    """Link records across articles: the same event in every language edition (with the figures the editions disagree on) and the same person in every article.

    The same linking runs at `extractor load`, which stores person_id, event_id and indicator_code.

    Exit code: 0; 1 when a directory cannot be read.
    """
    from extractor.db import read_manifest
    from extractor.linking import link_runs, report
    from extractor.rundir import RunError, read_run_dir

    try:
        runs = [read_run_dir(d, gold=gold) for d in run_dirs]
    except RunError as exc:
        raise failure(str(exc)) from None
    clusters = report(link_runs(runs, read_manifest(manifest) if manifest else None))
    if as_json:
        typer.echo(json.dumps(clusters, ensure_ascii=False, indent=1, default=str))
        return
    _print(clusters)


def _print(clusters: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    events = Table(title="Events", header_style="bold")
    for column in ("event", "kind", "date", "editions", "title"):
        events.add_column(column, overflow="fold", no_wrap=column in ("event", "date"))
    for e in clusters["events"]:
        editions = ", ".join(f"{m['article_id']} ({m['language']})" for m in e["meetings"])
        events.add_row(e["event_id"], "gold" if e["is_gold"] else "model",
                       e["date_text"] or "", editions, e["title"])
    console.print(events)
    for e in clusters["events"]:
        for finding in e["findings"]:
            console.print(f"[yellow]{e['event_id']}[/] {finding['message']}", highlight=False)
    people = Table(title="People", header_style="bold")
    for column in ("person", "name", "provinces", "mentions", "meetings", "spellings"):
        people.add_column(column, overflow="fold", no_wrap=column == "person")
    for p in clusters["people"]:
        spellings = sorted({a["text"] for a in p["aliases"]} - {p["canonical_name"]})
        people.add_row(p["person_id"], p["canonical_name"], ", ".join(p["provinces"]),
                       str(len(p["mentions"])), str(p["meetings"]), ", ".join(spellings))
    console.print(people)
