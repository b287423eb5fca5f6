"""`extractor diff`: missing, extra and mismatched records per article; HTML review page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import app, usage_error

_DIR = {"exists": True, "file_okay": False, "dir_okay": True, "readable": True}


@app.command("diff")
def diff_command(
    run_dir: Annotated[
        Path,
        typer.Argument(help="Directory of <article_id>.json records to compare with gold.", **_DIR),
    ],
    gold: Annotated[Path, typer.Option(
        metavar="DIR", help="Directory of gold <article_id>.json.", **_DIR)] = Path(
        "corpus/gold"
    ),
    article: Annotated[
        str | None, typer.Option(metavar="ID", help="Only this article id.", show_default=False)
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE", help="Also write one self-contained HTML review page here.",
            dir_okay=False,
            writable=True,
        ),
    ] = None,
    articles: Annotated[
        Path, typer.Option(metavar="DIR", help="Article texts by id, for evidence highlighting.")
    ] = Path("corpus/articles"),
    show_all: Annotated[
        bool, typer.Option("--all", metavar="",
                           help="List matched records too, not only differences.")
    ] = False,
) -> None:
    """Gold and predicted records side by side, article by article."""
    from rich.console import Console

    from extractor.eval import diff_articles
    from extractor.eval.terminal import print_diff

    try:
        rc = diff_articles(
            run_dir, gold, article=article, articles_dir=articles if articles.is_dir() else None
        )
    except KeyError as exc:
        raise usage_error(exc.args[0], "--article") from None
    console = Console()
    print_diff(rc, console, show_matched=show_all)
    if html is not None:
        from extractor.eval.html import render_html

        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(render_html(rc), encoding="utf-8")
        console.print(f"wrote {html}")
