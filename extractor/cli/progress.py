"""Progress bar and end-of-run summary shared by long-running commands."""

from __future__ import annotations

from typing import Any

from extractor.rundir import Status


class ArticleProgress:
    """A rich progress bar over articles, fed by the pipeline's callbacks."""

    def __init__(self, console: Any, *, disable: bool = False):
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[last]}"), TimeElapsedColumn(), TimeRemainingColumn(),
            console=console, disable=disable, transient=False,
        )
        self._task = None

    def __enter__(self) -> ArticleProgress:
        self._progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(*exc)

    def start(self, total: int) -> None:
        self._task = self._progress.add_task("extract", total=total, last="")

    def advance(self, result: Any) -> None:
        if self._task is not None:
            mark = _MARKS.get(result.status, "?")
            self._progress.update(self._task, advance=1, last=f"{mark} {result.article_id}")


_MARKS = {Status.ok: "✓", Status.skipped: "=", Status.failed: "✗", Status.pending: "…", Status.stopped: "■"}
_STYLES = {Status.failed: "red", Status.skipped: "dim", Status.pending: "yellow", Status.stopped: "yellow"}


def print_summary(console: Any, summary: Any) -> None:
    from rich.table import Table

    failed = any(r.status == Status.failed for r in summary.results)
    table = Table(title=f"run {summary.run_id} -> {summary.out_dir}")
    table.add_column("article", no_wrap=True, overflow="ellipsis", max_width=24)
    for col in ("status", "records", "flagged", "chunks", "requests", "tokens in/out", "s"):
        table.add_column(col, no_wrap=True, min_width=len(col), justify="left" if col == "status" else "right")
    if failed:
        table.add_column("error", overflow="fold")
    for r in summary.results:
        style = _STYLES.get(r.status, "")
        status = f"{r.status} (all flagged)" if r.all_flagged and r.status != Status.failed else r.status
        row = [r.article_id, status, str(r.records), str(r.flagged_records), str(r.chunks),
               str(r.requests), f"{r.prompt_tokens}/{r.completion_tokens}", f"{r.seconds:.1f}"]
        if failed:
            row.append((r.error or "")[:200])
        table.add_row(*row, style=style)
    console.print(table)
    counts = summary.counts()
    line = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "no articles"
    records = sum(r.records for r in summary.results)
    flagged = sum(r.flagged_records for r in summary.results)
    all_flagged = sum(r.all_flagged for r in summary.results if r.status != Status.failed)
    if records:
        line += f"; records: {records}, flagged: {flagged}"
        if all_flagged:
            line += f"; every record flagged in {all_flagged} article(s)"
    console.print(line)
