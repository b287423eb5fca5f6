"""`extractor review`: a local web app that turns a run into gold, re-scored at each save."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import app

_DIR = {"exists": True, "file_okay": False, "dir_okay": True, "readable": True}


@app.command("review")
def review_command(
    run_dir: Annotated[
        Path, typer.Argument(help="Directory of <article_id>.json records to review.", **_DIR)
    ],
    gold: Annotated[
        Path,
        typer.Option(help="Gold directory: read, and written as <article_id>.json.", file_okay=False),
    ] = Path("corpus/gold"),
    articles: Annotated[
        Path, typer.Option(help="Article texts by id, for highlighting and validation.")
    ] = Path("corpus/articles"),
    port: Annotated[int, typer.Option(help="TCP port; 0 picks a free one.", min=0, max=65535)] = 8765,
    host: Annotated[
        str, typer.Option(help="Address to listen on; only this machine by default.")
    ] = "127.0.0.1",
    token: Annotated[
        str | None,
        typer.Option(
            help="Token required in X-Review-Token by saves (default: a random one).",
            show_default=False,
        ),
    ] = None,
    annotator: Annotated[
        str | None,
        typer.Option(help="Name stored in the gold files' annotation (default: $USER).",
                     show_default=False),
    ] = None,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the page in the default browser.")
    ] = False,
) -> None:
    """Review a run in the browser: accept, correct and add records; save them as gold."""
    from extractor.review import create_app
    from extractor.review.server import bind, serve, url_of

    # On the loopback address, answer only requests naming it (no DNS rebinding).
    local = ["127.0.0.1", "localhost"]
    allowed = local if host in local else None
    application = create_app(
        run_dir,
        gold,
        articles if articles.is_dir() else None,
        token,
        annotator,
        allowed_hosts=allowed,
    )
    try:
        sock = bind(host, port)
    except OSError as exc:
        typer.echo(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None
    url = url_of(sock)
    typer.echo(f"Reviewing {run_dir} against {gold} at {url}  (Ctrl-C stops)")
    if not application.state.store.calibrated:
        typer.echo("record confidence: uncalibrated (a ranking; `extractor calibrate` fits one)")
    if token is None:
        typer.echo(f"API token (header X-Review-Token): {application.state.token}")
    import threading

    threading.Thread(target=application.state.store.warm, daemon=True).start()
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    serve(application, sock)
    typer.echo("stopped")
