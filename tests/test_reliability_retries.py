"""Transport faults against a real misbehaving server: retried with backoff, bounded, never hanging.

The openai backend's own retry loop (below instructor) is what is exercised: the
server counts every HTTP request, and the clock shows whether ``Retry-After`` was
waited for and whether the bound on total retry time held.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from reliability_support import article_text, grounded, scripted_then_grounded, write_articles

from extractor.backends import BackendError, make_backend
from extractor.cache import ResponseCache
from extractor.pipeline import ExtractOptions, run_extraction
from extractor.prompting import render_messages
from extractor.schemas import ExtractionDraft
from extractor.testing import (
    Delay,
    Disconnect,
    Malformed,
    RateLimit,
    ScriptedOpenAIServer,
    ServerError,
)

KEY = "sk-test-reliability"


def backend(srv: ScriptedOpenAIServer, **kw):
    opts = {"timeout": 2.0, "backoff_base": 0.01, "max_retry_seconds": 10.0, "max_attempts": 6}
    opts.update(kw)
    return make_backend("openai", base_url=srv.base_url, api_key=KEY, **opts)


def ask(b) -> tuple[ExtractionDraft | None, float]:
    messages = render_messages("a1", "pl", article_text(1), with_example=False)
    t0 = time.perf_counter()
    draft, stats, _ = b.structured(messages, ExtractionDraft, max_reasks=1)
    return draft, time.perf_counter() - t0


def test_retry_after_is_honoured_then_answer():
    # backoff_base is 10 ms: any wait of ~0.3 s per 429 can only come from Retry-After.
    with ScriptedOpenAIServer(responder=scripted_then_grounded(RateLimit(0.3), RateLimit(0.3))) as srv:
        draft, elapsed = ask(backend(srv))
        assert srv.request_count == 3
        assert [r.behaviour for r in srv.requests] == ["RateLimit", "RateLimit", "Answer"]
    assert draft is not None and draft.meetings[0].kpis
    assert elapsed >= 0.6


def test_retry_after_ms_header_and_cap_by_backoff_max():
    # A Retry-After of 30 s is capped at backoff_max (0.2 s): a provider cannot park the run.
    with ScriptedOpenAIServer(responder=scripted_then_grounded(RateLimit(30))) as srv:
        draft, elapsed = ask(backend(srv, backoff_max=0.2))
        assert srv.request_count == 2
    assert draft is not None
    assert 0.2 <= elapsed < 5


@pytest.mark.parametrize("fault", [ServerError(500), ServerError(502), ServerError(503),
                                   Disconnect(), Disconnect(partial=False), Malformed()],
                         ids=lambda f: repr(f)[:40])
def test_transient_faults_are_retried(fault):
    with ScriptedOpenAIServer(responder=scripted_then_grounded(fault, fault)) as srv:
        draft, _ = ask(backend(srv))
        assert srv.request_count == 3
    assert draft is not None and draft.meetings


def test_slow_answer_times_out_and_is_retried():
    with ScriptedOpenAIServer(responder=scripted_then_grounded(Delay(3.0))) as srv:
        draft, elapsed = ask(backend(srv, timeout=0.3))
        assert srv.request_count == 2
    assert draft is not None
    assert 0.3 <= elapsed < 2.5


def test_attempts_are_bounded_with_exponential_backoff():
    # Every request fails: exactly max_attempts requests, then a clear error; instructor
    # must not multiply them by its own re-asks (transport errors are not re-asked).
    with ScriptedOpenAIServer(default=ServerError(500)) as srv:
        t0 = time.perf_counter()
        with pytest.raises(BackendError, match="gave up after 4 attempt"):
            ask(backend(srv, max_attempts=4, backoff_base=0.1))
        elapsed = time.perf_counter() - t0
        assert srv.request_count == 4
    # waits of 0.1, 0.2, 0.4 s with jitter in [50 %, 100 %]: between 0.35 and 0.7 s plus requests
    assert 0.35 <= elapsed < 3


def test_total_retry_time_is_bounded():
    # Retry-After 5 s but only 1 s allowed for retrying: give up at once rather than sleep past it.
    with ScriptedOpenAIServer(default=RateLimit(5)) as srv:
        t0 = time.perf_counter()
        with pytest.raises(BackendError, match="RateLimitError"):
            ask(backend(srv, max_retry_seconds=1.0, backoff_max=10))
        assert time.perf_counter() - t0 < 1.0
        assert srv.request_count == 1


def test_a_run_against_a_hanging_server_never_hangs(tmp_path: Path):
    # Every answer takes longer than the timeout: each article fails within its bounds.
    paths = write_articles(tmp_path / "in", 3)
    with ScriptedOpenAIServer(default=Delay(30)) as srv:
        t0 = time.perf_counter()
        summary = run_extraction(paths, tmp_path / "out", backend(srv, timeout=0.2, max_attempts=2),
                                 ExtractOptions(concurrency=3), cache=ResponseCache(tmp_path / "c.sqlite"))
        elapsed = time.perf_counter() - t0
        assert srv.request_count == 6
    assert summary.counts() == {"failed": 3}
    assert all("APITimeoutError" in r.error for r in summary.results)
    assert all(r.attempts == 2 and r.transport_retries == 1 for r in summary.results)
    assert elapsed < 5


def test_cache_second_run_makes_no_model_calls(tmp_path: Path):
    paths = write_articles(tmp_path / "in", 4)
    cache = ResponseCache(tmp_path / "c.sqlite")
    with ScriptedOpenAIServer(responder=grounded) as srv:
        b = backend(srv)
        first = run_extraction(paths, tmp_path / "out1", b, ExtractOptions(), cache=cache)
        assert first.counts() == {"ok": 4}
        calls = srv.request_count
        assert calls == 4
        # a fresh output dir and --force: every article is extracted again, from the cache
        second = run_extraction(paths, tmp_path / "out2", b, ExtractOptions(force=True), cache=cache)
        assert second.counts() == {"ok": 4}
        assert srv.request_count == calls
    assert all(r.cached_chunks == 1 and r.requests == 0 for r in second.results)
    for p in paths:
        one = (tmp_path / "out1" / f"{p.stem}.json").read_bytes()
        assert (tmp_path / "out2" / f"{p.stem}.json").read_bytes() == one
