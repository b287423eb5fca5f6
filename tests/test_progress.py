"""The extract command's progress line and summary table name every status, pending
included (a batch job still running), from the one status set in extractor.rundir."""

from __future__ import annotations

import io

from rich.console import Console

from extractor.cli.progress import _MARKS, _STYLES, ArticleProgress, print_summary
from extractor.rundir import ArticleResult, RunSummary, Status


def test_every_status_has_a_mark():
    assert set(_MARKS) == set(Status)
    assert len(set(_MARKS.values())) == len(Status)  # told apart at a glance


def test_the_summary_lists_each_article_with_its_status_and_the_failure():
    summary = RunSummary("r1", "out", [
        ArticleResult("a-ok", "a.txt", Status.ok, records=3),
        ArticleResult("b-pending", "b.txt", Status.pending),
        ArticleResult("c-failed", "c.txt", Status.failed, error="HTTP 401: bad key"),
    ])
    buffer = io.StringIO()
    print_summary(Console(file=buffer, width=200, color_system=None), summary)
    text = buffer.getvalue()
    for article, status in (("a-ok", "ok"), ("b-pending", "pending"), ("c-failed", "failed")):
        line = next(ln for ln in text.splitlines() if article in ln)
        assert status in line
    assert "HTTP 401: bad key" in text
    assert Status.pending in _STYLES and Status.failed in _STYLES


def test_the_progress_line_shows_the_last_articles_mark():
    for result, shown in ((ArticleResult("b-pending", "b.txt", Status.pending), "… b-pending"),
                          (ArticleResult("c-failed", "c.txt", Status.failed), "✗ c-failed")):
        buffer = io.StringIO()
        console = Console(file=buffer, width=120, force_terminal=True, color_system=None)
        with ArticleProgress(console, disable=False) as progress:
            progress.start(1)
            progress.advance(result)
        assert shown in buffer.getvalue()


def test_an_article_whose_every_record_is_flagged_is_not_an_unqualified_ok():
    summary = RunSummary("r1", "out", [
        ArticleResult("a-bad", "a.txt", Status.ok, records=4, flagged_records=4),
        ArticleResult("b-good", "b.txt", Status.ok, records=5, flagged_records=1),
    ])
    buffer = io.StringIO()
    print_summary(Console(file=buffer, width=200, color_system=None), summary)
    text = buffer.getvalue()
    assert "ok (all flagged)" in next(ln for ln in text.splitlines() if "a-bad" in ln)
    assert "(all flagged)" not in next(ln for ln in text.splitlines() if "b-good" in ln)
    assert "records: 9, flagged: 5; every record flagged in 1 article(s)" in text
