"""Transport faults against a real misbehaving server: retried with backoff, bounded, never hanging.

The openai backend's own retry policy (tenacity, below instructor) is what is
exercised, through both the synchronous client (``structured``) and the async one the
pipeline uses (``astructured``): the server counts every HTTP request, the call's stats
count the retries, and the backend's injected ``sleep`` records every wait between
attempts (nothing is slept), so whether ``Retry-After`` was honoured and the bound on
total retry time held is read from the waits, never from the clock.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from reliability_support import article_text, grounded, scripted_then_grounded, write_articles

from extractor.backends import BackendError, CallStats, make_backend
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


def backend(srv: ScriptedOpenAIServer, waits: list[float] | None = None, **kw):
    opts = {"timeout": 2.0, "backoff_base": 0.01, "max_retry_seconds": 10.0, "max_attempts": 6}
    opts.update(kw)
    built = make_backend("openai", base_url=srv.base_url, api_key=KEY, **opts)
    built.sleep = (waits if waits is not None else []).append  # record, never sleep
    return built


@pytest.fixture(params=["sync", "async"])
def how(request) -> str:
    return request.param


def ask(b, how: str = "sync") -> ExtractionDraft | None:
    return ask_stats(b, how)[0]


def ask_stats(b, how: str = "sync") -> tuple[ExtractionDraft | None, CallStats]:
    messages = render_messages("a1", "pl", article_text(1), with_example=False)
    if how == "sync":
        draft, stats, _ = b.structured(messages, ExtractionDraft, max_reasks=1)
    else:
        async def call():
            try:
                return await b.astructured(messages, ExtractionDraft, max_reasks=1)
            finally:
                await b.aclose()

        draft, stats, _ = asyncio.run(call())
    return draft, stats


def test_retry_after_is_honoured_then_answer(how: str):
    # backoff_base is 10 ms: a wait of 0.3 s per 429 can only come from Retry-After.
    waits: list[float] = []
    with ScriptedOpenAIServer(responder=scripted_then_grounded(RateLimit(0.3), RateLimit(0.3))) as srv:
        draft, stats = ask_stats(backend(srv, waits), how)
        assert srv.request_count == 3
        assert [r.behaviour for r in srv.requests] == ["RateLimit", "RateLimit", "Answer"]
    assert draft is not None and draft.meetings[0].kpis
    assert waits == [0.3, 0.3]
    assert (stats.transport_retries, stats.attempts, stats.requests, stats.reasks) == (2, 3, 1, 0)


def test_retry_after_ms_header_and_cap_by_backoff_max(how: str):
    # A Retry-After of 30 s is capped at backoff_max (0.2 s): a provider cannot park the run.
    waits: list[float] = []
    with ScriptedOpenAIServer(responder=scripted_then_grounded(RateLimit(30))) as srv:
        draft = ask(backend(srv, waits, backoff_max=0.2), how)
        assert srv.request_count == 2
    assert draft is not None
    assert waits == [0.2]


@pytest.mark.parametrize("fault", [ServerError(500), ServerError(502), ServerError(503),
                                   ServerError(408), ServerError(409), RateLimit(0.01),
                                   Disconnect(), Disconnect(partial=False), Malformed()],
                         ids=lambda f: repr(f)[:40])
def test_transient_faults_are_retried(fault, how: str):
    with ScriptedOpenAIServer(responder=scripted_then_grounded(fault, fault)) as srv:
        draft, stats = ask_stats(backend(srv), how)
        assert srv.request_count == 3
    assert draft is not None and draft.meetings
    assert stats.transport_retries == 2 and stats.reasks == 0


@pytest.mark.parametrize("status", [400, 401, 404, 422])
def test_client_errors_are_not_retried(status: int, how: str):
    with ScriptedOpenAIServer(default=ServerError(status, "no")) as srv:
        with pytest.raises(BackendError, match=f"HTTP {status}") as info:
            ask(backend(srv), how)
        assert srv.request_count == 1
    assert info.value.stats is not None and info.value.stats.transport_retries == 0


def test_slow_answer_times_out_and_is_retried(how: str):
    with ScriptedOpenAIServer(responder=scripted_then_grounded(Delay(3.0))) as srv:
        draft, stats = ask_stats(backend(srv, timeout=0.3), how)
        assert srv.request_count == 2
    assert draft is not None
    assert stats.transport_retries == 1 and stats.attempts == 2


def test_attempts_are_bounded_with_exponential_backoff(how: str):
    # Every request fails: exactly max_attempts requests, then a clear error; instructor
    # must not multiply them by its own re-asks (transport errors are not re-asked).
    waits: list[float] = []
    with ScriptedOpenAIServer(default=ServerError(500)) as srv:
        with pytest.raises(BackendError, match="gave up after 4 attempt") as info:
            ask(backend(srv, waits, max_attempts=4, backoff_base=0.1), how)
        assert srv.request_count == 4
    # waits of 0.1, 0.2 and 0.4 s, each plus up to 0.1 s of jitter
    assert len(waits) == 3
    assert all(low <= wait <= low + 0.1 for low, wait in zip((0.1, 0.2, 0.4), waits, strict=True))
    stats = info.value.stats
    assert stats is not None and (stats.attempts, stats.transport_retries, stats.reasks) == (4, 3, 0)


def test_total_retry_time_is_bounded(how: str):
    # Retry-After 5 s but only 1 s allowed for retrying: give up at once rather than sleep past it.
    waits: list[float] = []
    with ScriptedOpenAIServer(default=RateLimit(5)) as srv:
        with pytest.raises(BackendError, match="RateLimitError"):
            ask(backend(srv, waits, max_retry_seconds=1.0, backoff_max=10), how)
        assert srv.request_count == 1
    assert waits == []


def test_a_run_against_a_hanging_server_never_hangs(tmp_path: Path):
    # Every answer takes longer than the timeout: each article fails within its bounds.
    paths = write_articles(tmp_path / "in", 3)
    waits: list[float] = []
    with ScriptedOpenAIServer(default=Delay(30)) as srv:
        summary = run_extraction(paths, tmp_path / "out",
                                 backend(srv, waits, timeout=0.2, max_attempts=2),
                                 ExtractOptions(concurrency=3), cache=ResponseCache(tmp_path / "c.sqlite"))
        assert srv.request_count == 6
    # every request was cut by the client's timeout, not answered after the 30 s delay
    assert srv.counts == {"Delay": 6}
    assert summary.counts() == {"failed": 3}
    assert all("APITimeoutError" in r.error for r in summary.results)
    assert all(r.attempts == 2 and r.transport_retries == 1 for r in summary.results)
    assert len(waits) == 3  # one backoff per article


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
