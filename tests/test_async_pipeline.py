"""The pipeline on one event loop: `-j N` bounds the model requests in flight and reaches
N, the re-ask check binds each article's own chunk while many are under way, a backoff
keeps no request slot, Ctrl-C lets the articles under way finish, and sync backends run
in worker threads. Counted with the scripted server, never timed."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from e2e_helpers import repo_env
from reliability_support import (
    article_in_request,
    article_text,
    grounded,
    grounded_answer,
    write_articles,
)

from extractor.backends import make_backend
from extractor.cache import ResponseCache
from extractor.pipeline import ExtractOptions, arun_extraction, run_extraction
from extractor.schemas import ArticleExtraction
from extractor.testing import Answer, RateLimit, ScriptedOpenAIServer


def run_against_server(tmp_path: Path, articles: int, concurrency: int, *, latency: float = 0.0,
                       responder=grounded):
    write_articles(tmp_path / "in", articles)
    with ScriptedOpenAIServer(responder=responder, fixed_latency=latency) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-async")
        summary = run_extraction([tmp_path / "in"], tmp_path / "out", backend,
                                 ExtractOptions(concurrency=concurrency),
                                 cache=ResponseCache(tmp_path / "c.sqlite"))
    return summary, srv


@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_requests_in_flight_never_exceed_and_do_reach_the_concurrency(tmp_path: Path, concurrency: int):
    n = 4 * concurrency
    summary, srv = run_against_server(tmp_path, n, concurrency, latency=0.3)
    assert summary.counts() == {"ok": n}
    assert srv.request_count == n
    assert srv.max_concurrent == concurrency


def test_each_article_is_checked_against_its_own_chunk_while_many_are_under_way(tmp_path: Path):
    """16 articles at -j 8: every answer is grounded in its own article, so an answer
    checked against another article's text would fail (quote not found) and be re-asked.
    One article's first answer quotes a sentence it does not have: only that one is
    re-asked, once."""
    wrong = "art_0005"
    first_seen: dict[str, int] = {}

    def respond(body: dict, index: int):
        text = article_in_request(body)
        answer = grounded_answer(text)
        if article_text(5)[:80] in text and first_seen.setdefault(wrong, index) == index:
            kpi = answer["meetings"][0]["kpis"][0]  # quotes a sentence the article does not have
            kpi["evidence"] = "Wskaźnik zmyślony wyniósł 99 % w roku 2024."
            kpi["value"] = 99.0
        return Answer(answer)

    summary, srv = run_against_server(tmp_path, 16, 8, latency=0.2, responder=respond)
    assert summary.counts() == {"ok": 16}
    reasks = {r.article_id: r.reasks for r in summary.results}
    assert reasks.pop(wrong) == 1
    assert set(reasks.values()) == {0}
    assert srv.request_count == 17
    assert all(r.errors == 0 for r in summary.results)


def test_a_backoff_keeps_no_request_slot(tmp_path: Path):
    """-j 1: while the first article waits out a 429's Retry-After, the other articles'
    requests go through (the server sees them before the retried one)."""

    def respond(body: dict, index: int):
        text = article_in_request(body)
        return RateLimit(retry_after=1.0) if index == 0 else Answer(grounded_answer(text))

    summary, srv = run_against_server(tmp_path, 2, 1, responder=respond)
    assert summary.counts() == {"ok": 2}
    assert srv.request_count == 3
    retried = max(summary.results, key=lambda r: r.attempts)
    assert (retried.attempts, retried.transport_retries) == (2, 1)
    # the request after the 429 was the other article's, sent during the back-off
    texts = [article_in_request(r.body) for r in srv.requests]
    assert texts[1] != texts[0] and texts[2] == texts[0]
    totals = json.loads((tmp_path / "out" / "run.json").read_text())["totals"]
    assert (totals["transport_retries"], totals["reasks"], totals["requests"]) == (1, 0, 2)


def test_the_async_entry_point_runs_in_the_callers_loop(tmp_path: Path):
    write_articles(tmp_path / "in", 4)
    with ScriptedOpenAIServer(responder=grounded) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-async")

        async def main():
            return await arun_extraction([tmp_path / "in"], tmp_path / "out", backend,
                                         ExtractOptions(concurrency=2))

        summary = asyncio.run(main())
        assert srv.request_count == 4
    assert summary.counts() == {"ok": 4}
    assert json.loads((tmp_path / "out" / "run.json").read_text())["totals"]["ok"] == 4


def test_the_sync_entry_point_works_inside_a_running_event_loop(tmp_path: Path):
    """As in a notebook cell: run_extraction called where a loop is already running."""
    write_articles(tmp_path / "in", 3)
    with ScriptedOpenAIServer(responder=grounded) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-async")

        async def cell():
            return run_extraction([tmp_path / "in"], tmp_path / "out", backend,
                                  ExtractOptions(concurrency=2))

        summary = asyncio.run(cell())
    assert summary.counts() == {"ok": 3}


def test_ctrl_c_finishes_the_articles_under_way_and_leaves_the_rest(tmp_path: Path):
    """A real SIGINT to `extractor extract -j 2` over 40 articles: it exits, what it wrote
    is complete, run.json says what was done, and a re-run does only the rest."""
    src = tmp_path / "in"
    write_articles(src, 40)
    out = tmp_path / "out"
    env = {**repo_env(), "OPENAI_API_KEY": "sk-test-ctrl-c", "EXTRACTOR_CACHE": str(tmp_path / "c.sqlite")}
    with ScriptedOpenAIServer(responder=grounded, fixed_latency=0.3) as srv:
        cmd = [sys.executable, "-m", "extractor.cli", "extract", str(src), "--out", str(out),
               "--backend", "openai", "--base-url", srv.base_url, "-j", "2", "--quiet"]
        # A run started in the background by a non-interactive shell (`pytest &`) inherits
        # SIGINT ignored, as POSIX asks, and so would this child: Ctrl-C as a terminal sends it.
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 60
        while srv.request_count < 4 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        sent = srv.request_count
        written = sorted(p for p in out.glob("*.json") if p.name != "run.json")
        assert proc.returncode != 0, f"exit 0 after SIGINT at request {sent}; stderr: {err[-2000:]}"
        assert sent < 40, "the run went on after Ctrl-C"
        # every request sent was for an article that was then finished and written
        assert len(written) == sent, err
        for f in written:
            ArticleExtraction.model_validate_json(f.read_text(encoding="utf-8"))
        assert not list(out.glob(".*.tmp"))
        ledger = json.loads((out / "run.json").read_text())
        assert ledger["totals"]["ok"] == len(written)
        resumed = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        assert resumed.returncode == 0, resumed.stderr
        assert srv.request_count == 40  # only the rest was asked


def test_a_run_leaves_the_collector_as_it_found_it_and_freezes_nothing(tmp_path: Path):
    """The host process owns gc.freeze: a run pauses collection at start-up only, and
    neither freezes nor unfreezes what the host built."""
    import gc

    write_articles(tmp_path / "in", 3)
    gc.freeze()  # the host's own frozen objects must stay frozen
    frozen = gc.get_freeze_count()
    enabled_during: list[bool] = []
    try:
        with ScriptedOpenAIServer(responder=grounded) as srv:
            backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-gc")
            summary = run_extraction([tmp_path / "in"], tmp_path / "out", backend,
                                     ExtractOptions(concurrency=2),
                                     cache=ResponseCache(tmp_path / "c.sqlite"),
                                     on_result=lambda r: enabled_during.append(gc.isenabled()))
        assert summary.counts() == {"ok": 3}
        assert enabled_during == [True, True, True]  # paused for the warm-up only
        assert gc.isenabled()
        # not unfrozen (0) and nothing added; frozen objects that die leave the count
        assert 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
