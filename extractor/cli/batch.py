"""`extractor batch submit|status|collect`: the OpenAI Batch API (or `vllm run-batch`) path."""

from __future__ import annotations

from pathlib import Path

import typer

from extractor.cli.app import app

batch_app = typer.Typer(
    help=(
        "Run extraction through the OpenAI Batch API (half price, results within 24 h), or "
        "write the request file for `vllm run-batch` on your own GPUs.\n\n"
        "[bold]submit[/] writes DIR/batch/requests-1.jsonl and creates a batch -> "
        "[bold]status[/] polls it -> [bold]collect[/] writes DIR/<article_id>.json and "
        "DIR/run.json, exactly as `extract` does. Failed or expired requests are listed; "
        "`submit --retry-failed DIR` sends only those again."
    ),
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@batch_app.command("submit")
def submit(
    paths: list[Path] = typer.Argument(None, help="Article files or directories.", metavar="PATH..."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Batch directory: state in DIR/batch/, results in DIR/."),
    retry_failed: Path | None = typer.Option(None, "--retry-failed", metavar="DIR", help="Resubmit the requests of DIR that failed, expired or gave an unusable answer."),
    model: str | None = typer.Option(None, "--model", "-m", help="Model name (default $EXTRACTOR_MODEL or gpt-4o-mini)."),
    base_url: str | None = typer.Option(None, "--base-url", envvar="OPENAI_BASE_URL", help="OpenAI-compatible endpoint with the Files and Batch APIs."),
    mode: str = typer.Option("tools", "--mode", help="Structured-output mode: tools | json_schema | json | md_json."),
    max_tokens: int | None = typer.Option(None, "--max-tokens", help="Completion token budget per request."),
    no_example: bool = typer.Option(False, "--no-example", help="Leave the few-shot example out of the prompt."),
    chunk_chars: int | None = typer.Option(None, "--chunk-chars", help="Characters per chunk (default: derived from the model's context)."),
    window: str = typer.Option("24h", "--completion-window", help="Batch completion window."),
    no_upload: bool = typer.Option(False, "--no-upload", help="Only write the request file (for `vllm run-batch`); collect with --results."),
) -> None:
    """Write the batch request file and create the batch."""
    import os

    from extractor import batch as batch_lib
    from extractor.backends import BackendError, make_backend
    from extractor.pipeline import ExtractOptions

    try:
        if retry_failed is not None:
            entry = batch_lib.submit_retry(retry_failed, max_tokens=max_tokens, completion_window=window)
            if entry is None:
                typer.echo("nothing to resubmit: every request has a usable answer")
            else:
                typer.echo(f"batch {entry['id']}: {entry['requests']} request(s) resubmitted")
            return
        if not paths or out is None:
            raise _fail("give PATH... and --out DIR (or --retry-failed DIR)")
        key = None if (os.environ.get("OPENAI_API_KEY") or not no_upload) else "unused"
        backend = make_backend("openai", model=model, base_url=base_url, mode=mode,
                               max_tokens=max_tokens, api_key=key)
        options = ExtractOptions(few_shot=not no_example, chunk_chars=chunk_chars)
        state = batch_lib.submit(paths, out, backend, options, completion_window=window,
                                 upload=not no_upload)
    except (BackendError, batch_lib.BatchPathError, FileNotFoundError) as exc:
        raise _fail(str(exc)) from None
    n = sum(a["chunks"] for a in state.articles.values())
    typer.echo(f"{len(state.articles)} article(s), {n} request(s) -> {state.folder / 'requests-1.jsonl'}")
    for bad in state.unreadable:
        typer.echo(f"skipped unreadable {bad['path']}: {bad['error']}", err=True)
    if state.batches:
        typer.echo(f"batch {state.batches[-1]['id']}: {state.batches[-1]['status']}")


@batch_app.command("status")
def status(directory: Path = typer.Argument(..., metavar="DIR")) -> None:
    """Poll the batches of DIR and download finished result files."""
    from rich.console import Console
    from rich.table import Table

    from extractor import batch as batch_lib

    try:
        state = batch_lib.refresh(directory)
    except batch_lib.BatchPathError as exc:
        raise _fail(str(exc)) from None
    table = Table("batch", "status", "requests", "completed", "failed")
    for b in state.batches:
        counts = b.get("request_counts") or {}
        table.add_row(b["id"], b["status"], str(b.get("requests", counts.get("total", ""))),
                      str(counts.get("completed", "")), str(counts.get("failed", "")))
    Console().print(table)
    outcomes = batch_lib.gather_outcomes(state)
    ids = state.all_custom_ids()
    usable = sum(1 for c in ids if c in outcomes and outcomes[c].draft is not None)
    failed = sum(1 for c in ids if c in outcomes and outcomes[c].draft is None)
    typer.echo(f"requests: {usable} answered, {failed} failed, {len(ids) - usable - failed} pending")


@batch_app.command("collect")
def collect(
    directory: Path = typer.Argument(..., metavar="DIR"),
    results: Path | None = typer.Option(None, "--results", help="A result file from `vllm run-batch -o FILE` (no API needed)."),
) -> None:
    """Parse, ground and validate the answers into DIR/<article_id>.json and DIR/run.json.

    Exit code 0 when every article was written, 1 when some requests failed or are
    still pending (they are listed; see `submit --retry-failed`).
    """
    from extractor import batch as batch_lib

    try:
        if results is not None:
            batch_lib.add_result_file(directory, results)
        report = batch_lib.collect(directory)
    except (batch_lib.BatchPathError, OSError) as exc:
        raise _fail(str(exc)) from None
    counts = report.summary.counts()
    typer.echo(", ".join(f"{v} {k}" for k, v in sorted(counts.items())) + f" -> {directory}")
    for cid, reason in sorted(report.failed_requests.items()):
        typer.echo(f"failed {cid}: {reason}", err=True)
    if report.pending:
        typer.echo(f"{len(report.pending)} request(s) have no result yet", err=True)
    raise typer.Exit(0 if report.summary.ok and not report.pending else 1)
