"""`extractor batch submit|status|collect`: the OpenAI Batch API (or `vllm run-batch`) path."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import ExtractorGroup, app, failure, usage_error
from extractor.cli.options import (
    BaseUrlOption,
    ChunkCharsOption,
    ChunkOverlapOption,
    MaxTokensOption,
    ModelOption,
    ModeOption,
    NoExampleOption,
)

batch_app = typer.Typer(
    cls=ExtractorGroup,
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


BatchPaths = Annotated[list[Path] | None, typer.Argument(
    metavar="PATH", show_default=False, help="Article files or directories.")]
BatchOut = Annotated[Path | None, typer.Option(
    "--out", "-o", metavar="DIR", file_okay=False,
    help="Batch folder: state in DIR/batch/, results in DIR/.")]
RetryFailed = Annotated[Path | None, typer.Option(
    "--retry-failed", metavar="DIR",
    help="Resubmit the requests of DIR that failed, expired or gave an unusable answer.")]
Window = Annotated[str, typer.Option(
    "--completion-window", metavar="WINDOW", help="Batch completion window.")]
NoUpload = Annotated[bool, typer.Option(
    "--no-upload", metavar="",
    help="Only write the request file (for `vllm run-batch`); collect with --results.")]


@batch_app.command("submit")
def submit(
    paths: BatchPaths = None,
    out: BatchOut = None,
    retry_failed: RetryFailed = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    mode: ModeOption = None,
    max_tokens: MaxTokensOption = None,
    no_example: NoExampleOption = False,
    chunk_chars: ChunkCharsOption = None,
    chunk_overlap: ChunkOverlapOption = None,
    window: Window = "24h",
    no_upload: NoUpload = False,
) -> None:
    """Write the batch request file and create the batch."""
    import os

    from extractor import batch as batch_lib

    if retry_failed is not None:
        return _retry(retry_failed, max_tokens, window)
    if not paths or out is None:
        raise usage_error("give PATH... and --out DIR (or --retry-failed DIR)")
    from extractor.cli.inputs import build_backend, extract_options, find_articles

    files = find_articles(paths)
    key = None if (os.environ.get("OPENAI_API_KEY") or not no_upload) else "unused"
    backend = build_backend("openai", model=model, base_url=base_url, mode=mode,
                            max_tokens=max_tokens, api_key=key)
    options = extract_options(few_shot=not no_example, chunk_chars=chunk_chars,
                              chunk_overlap=chunk_overlap)
    try:
        state = batch_lib.submit(files, out, backend, options, completion_window=window,
                                 upload=not no_upload)
    except batch_lib.BatchPathError as exc:
        raise usage_error(str(exc)) from None
    n = sum(a["chunks"] for a in state.articles.values())
    typer.echo(f"{len(state.articles)} article(s), {n} request(s) -> {state.folder / 'requests-1.jsonl'}")
    for bad in state.unreadable:
        typer.echo(f"skipped unreadable {bad['path']}: {bad['error']}", err=True)
    if state.batches:
        typer.echo(f"batch {state.batches[-1]['id']}: {state.batches[-1]['status']}")


def _retry(directory: Path, max_tokens: int | None, window: str) -> None:
    from extractor import batch as batch_lib

    try:
        entry = batch_lib.submit_retry(directory, max_tokens=max_tokens, completion_window=window)
    except batch_lib.BatchPathError as exc:
        raise usage_error(str(exc)) from None
    if entry is None:
        typer.echo("nothing to resubmit: every request has a usable answer")
    else:
        typer.echo(f"batch {entry['id']}: {entry['requests']} request(s) resubmitted")


@batch_app.command("status")
def status(directory: Annotated[Path, typer.Argument(metavar="DIR", show_default=False)]) -> None:
    """Poll the batches of DIR and download finished result files."""
    from rich.console import Console
    from rich.table import Table

    from extractor import batch as batch_lib

    try:
        state = batch_lib.refresh(directory)
    except batch_lib.BatchPathError as exc:
        raise usage_error(str(exc)) from None
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
    directory: Annotated[Path, typer.Argument(metavar="DIR", show_default=False)],
    results: Annotated[Path | None, typer.Option(
        "--results", metavar="FILE", help="A result file from `vllm run-batch -o FILE` "
        "(no API needed).")] = None,
) -> None:
    """Parse, ground and validate the answers into DIR/<article_id>.json and DIR/run.json.

    Exit code: 0 when every article was written; 1 when some requests failed or are still pending (they are listed; see `submit --retry-failed`); 2 on bad usage.
    """
    from extractor import batch as batch_lib

    try:
        if results is not None:
            batch_lib.add_result_file(directory, results)
        report = batch_lib.collect(directory)
    except batch_lib.BatchPathError as exc:
        raise usage_error(str(exc)) from None
    except OSError as exc:
        raise failure(str(exc)) from None
    counts = report.summary.counts()
    typer.echo(", ".join(f"{v} {k}" for k, v in sorted(counts.items())) + f" -> {directory}")
    for cid, reason in sorted(report.failed_requests.items()):
        typer.echo(f"failed {cid}: {reason}", err=True)
    if report.pending:
        typer.echo(f"{len(report.pending)} request(s) have no result yet", err=True)
    raise typer.Exit(0 if report.summary.ok and not report.pending else 1)
