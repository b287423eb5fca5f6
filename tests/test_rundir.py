"""The run directory module: statuses, the ledger, reading records, finding articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.rundir import (
    RUN_FILE,
    ArticleResult,
    ArticleTexts,
    RunError,
    RunSummary,
    Status,
    atomic_write_json,
    find_article,
    read_ledger,
    read_records,
    read_run_dir,
    remove_stale_temps,
    write_ledger,
)
from extractor.schemas import ArticleExtraction, Provenance


def record(article_id: str, article_path: str | None = None) -> ArticleExtraction:
    prov = Provenance(backend="b", model="m", prompt_version="p", run_id="r1",
                      article_path=article_path) if article_path else None
    return ArticleExtraction(article_id=article_id, language="pl", provenance=prov)


def test_status_is_typed_also_when_set_from_text():
    result = ArticleResult("a", "a.txt", "ok")
    assert result.status is Status.ok
    result.status = "pending"
    assert result.status is Status.pending and f"{result.status}" == "pending"
    with pytest.raises(ValueError):
        ArticleResult("a", "a.txt", "done")
    assert json.dumps({"s": result.status}) == '{"s": "pending"}'


def test_pending_is_neither_ok_nor_left_out_of_the_totals(tmp_path: Path):
    summary = RunSummary("r1", str(tmp_path), [
        ArticleResult("a", "a.txt", Status.ok, records=3),
        ArticleResult("b", "b.txt", Status.pending),
        ArticleResult("c", "c.txt", Status.skipped),
    ])
    assert not summary.ok
    assert summary.counts() == {"ok": 1, "pending": 1, "skipped": 1}
    doc = write_ledger(tmp_path, summary, {"backend": "openai"}, 0.0, {}, finished=True)
    assert doc["totals"]["pending"] == 1 and doc["totals"]["ok"] == 2
    assert doc["totals"]["articles"] == 3
    assert doc["articles"]["b"]["status"] == "pending"
    assert read_ledger(tmp_path) == json.loads((tmp_path / RUN_FILE).read_text())
    summary.results[1].status = Status.ok
    assert summary.ok


def test_ledger_merges_over_the_previous_one(tmp_path: Path):
    first = RunSummary("r1", str(tmp_path), [ArticleResult("a", "a.txt", Status.ok, records=5)])
    previous = write_ledger(tmp_path, first, {}, 0.0, {})
    resumed = RunSummary("r1", str(tmp_path), [ArticleResult("a", "a.txt", Status.skipped),
                                               ArticleResult("b", "b.txt", Status.failed, error="x")])
    doc = write_ledger(tmp_path, resumed, {}, 0.0, previous, finished=True)
    assert doc["articles"]["a"]["records"] == 5 and doc["articles"]["a"]["skipped_in_last_run"]
    assert doc["failures"] == [{"article_id": "b", "path": "b.txt", "error": "x", "attempts": 0}]
    assert doc["totals"]["skipped_this_run"] == 1


def test_read_ledger_of_a_missing_or_broken_file_is_empty(tmp_path: Path):
    assert read_ledger(tmp_path) == {}
    (tmp_path / RUN_FILE).write_text("[1, 2")
    assert read_ledger(tmp_path) == {}


def test_atomic_write_and_stale_temps(tmp_path: Path):
    atomic_write_json(tmp_path / "a.json", record("a"))
    assert ArticleExtraction.model_validate_json((tmp_path / "a.json").read_bytes()).article_id == "a"
    (tmp_path / ".a.json.x1.tmp").write_text("half")
    assert remove_stale_temps(tmp_path) == 1 and not list(tmp_path.glob(".*.tmp"))


def test_read_records_reports_bad_files_and_read_run_dir_refuses_them(tmp_path: Path):
    atomic_write_json(tmp_path / "a.json", record("a"))
    (tmp_path / "b.json").write_text("{}")
    (tmp_path / RUN_FILE).write_text('{"run_id": "r1"}')
    found = read_records(tmp_path)
    assert list(found.articles) == ["a"] and list(found.errors) == ["b.json"]
    with pytest.raises(RunError, match="unreadable records"):
        read_run_dir(tmp_path)
    (tmp_path / "b.json").unlink()
    assert read_run_dir(tmp_path).run_id == "r1"
    with pytest.raises(NotADirectoryError):
        read_records(tmp_path / "a.json")


def test_finding_an_article(tmp_path: Path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "g.md").write_text("gold text", encoding="utf-8")
    run = tmp_path / "run"
    run.mkdir()
    (run / "src.txt").write_text("run text", encoding="utf-8")
    # provenance first (relative to the record's directory), then the articles folder
    assert find_article(record("g", "src.txt"), run, articles) == run / "src.txt"
    assert find_article(record("g"), run, articles) == articles / "g.md"
    assert find_article(record("h"), run, articles) is None
    texts = ArticleTexts(articles)
    assert texts.get("g", [(record("g", "src.txt"), run)]) == "run text"
    assert texts.get("g") == "gold text" and texts.get("h") is None
