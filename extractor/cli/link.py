"""`extractor link`: print who is who and which articles report the same meeting, or lock
a link in the database (`--merge`, `--split`); `extractor relink`: recompute the links."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import app, failure, usage_error
from extractor.cli.options import GoldOption, ManifestOption

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="EXTRACTOR_DB", show_default=False, metavar="URL",
    help="SQLAlchemy database URL (default: sqlite:///extractor.db in the current directory).",
)]
_REFS = ("two person ids, event ids, mentions (<meeting_id>:<position>) or meeting ids")


@app.command("link")
def link(
    run_dirs: Annotated[list[Path] | None, typer.Argument(
        help="Run output directories or gold directories (not with --merge/--split).",
        show_default=False, exists=True, file_okay=False,
    )] = None,
    gold: GoldOption = None,
    manifest: ManifestOption = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the clusters as one JSON object (events, people).",
    )] = False,
    merge: Annotated[tuple[str, str] | None, typer.Option(
        "--merge", show_default=False, metavar="ID ID",
        help=f"In the database: lock these two as one person or one event ({_REFS}).",
    )] = None,
    split: Annotated[tuple[str, str] | None, typer.Option(
        "--split", show_default=False, metavar="ID ID",
        help=f"In the database: lock these two as two people or two events ({_REFS}).",
    )] = None,
    db: DbOption = None,
) -> None:
    """Link records across articles: the same event in every language edition (with the figures the editions disagree on) and the same person in every article.

    The same linking runs at `extractor load`, which stores person_id, event_id and indicator_code. With --merge or --split, a reviewer's decision is stored in the database (link_locks) and applied at once; later loads and `extractor relink` keep it.

    Exit code: 0; 1 when a directory cannot be read or an id is unknown; 2 on bad usage.
    """
    if merge or split:
        if run_dirs or (merge and split):
            raise usage_error("give either run directories, --merge or --split", "--merge")
        _lock(db, merge or split, same=bool(merge))
        return
    if not run_dirs:
        raise usage_error("give run directories, --merge or --split")
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


def _lock(db: str | None, pair: tuple[str, str], *, same: bool) -> None:
    from extractor.db import default_url, ensure_schema, lock, make_engine
    from extractor.db.schema import writing

    engine = make_engine(db or default_url())
    try:
        ensure_schema(engine)
        with writing(engine) as conn:
            report = lock(conn, *pair, same=same)
    except (KeyError, ValueError) as exc:
        raise failure(str(exc.args[0])) from None
    finally:
        engine.dispose()
    typer.echo(f"{'merged' if same else 'split'}: {pair[0]} {pair[1]} "
               f"({report.mentions} mentions and {report.meetings} meetings relinked)")


@app.command("relink")
def relink(db: DbOption = None) -> None:
    """Recompute every link in the database (person_id, event_id, people, events), one name family and one event neighbourhood at a time, keeping the ids already given and reviewers' locks. For after a change of the linking rules; loads link what they add on their own.

    Exit code: 0; 1 when the database cannot be used.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from extractor.db import default_url, ensure_schema, make_engine
    from extractor.db import relink as relink_all
    from extractor.db.schema import writing

    engine = make_engine(db or default_url())
    try:
        ensure_schema(engine)
        with writing(engine) as conn:
            report = relink_all(conn)
    except SQLAlchemyError as exc:
        raise failure(str(exc).splitlines()[0]) from None
    finally:
        engine.dispose()
    typer.echo(f"relinked: {report.families} name families ({report.mentions} mentions), "
               f"{report.closures} event neighbourhoods ({report.meetings} meetings), "
               f"{report.moved} mentions and {report.events_changed} meetings changed id")
