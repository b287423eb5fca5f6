"""`-j N` bounds model requests in flight, slots are held for the round trip only, and
the per-model shortcuts taken for speed keep instructor's and the writer's behaviour."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from pydantic import BaseModel
from reliability_support import article_in_request, grounded, grounded_answer, write_articles

from extractor.articles import read_article
from extractor.backends import make_backend
from extractor.backends.instructor_speedups import install
from extractor.backends.slots import RequestSlots
from extractor.cache import ResponseCache
from extractor.pipeline import ExtractOptions, Extractor, run_extraction
from extractor.runfile import atomic_write_json
from extractor.schemas import ArticleExtraction
from extractor.testing import Answer, RateLimit, ScriptedOpenAIServer


def run_against_server(tmp_path: Path, articles: int, concurrency: int, *, latency: float = 0.0,
                       responder=grounded):
    """``articles`` generated articles through ``run_extraction`` at -j ``concurrency``
    against a scripted server; returns the run summary, the backend and the server."""
    write_articles(tmp_path / "in", articles)
    with ScriptedOpenAIServer(responder=responder, fixed_latency=latency) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-slots")
        summary = run_extraction([tmp_path / "in"], tmp_path / "out", backend,
                                 ExtractOptions(concurrency=concurrency),
                                 cache=ResponseCache(tmp_path / "c.sqlite"))
    return summary, backend, srv


@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_requests_in_flight_never_exceed_and_do_reach_the_concurrency(tmp_path: Path, concurrency: int):
    n, latency = 4 * concurrency, 0.3
    summary, backend, srv = run_against_server(tmp_path, n, concurrency, latency=latency)
    assert summary.counts() == {"ok": n}
    assert srv.max_concurrent == concurrency
    # Time waiting for a slot is not model time: every request took about the latency,
    # although articles of the later rounds waited up to three latencies for a slot.
    for r in summary.results:
        assert latency <= r.model_seconds < latency + 0.25, r
    if concurrency > 1:
        assert max(r.seconds for r in summary.results) > 2 * latency
    assert backend._slots is None  # the limit belongs to the run, not to the backend


def test_backoff_after_a_429_does_not_hold_a_slot(tmp_path: Path):
    """One slot: while the first request waits out Retry-After, the other goes through."""
    calls: list[str] = []

    def respond(body: dict, index: int):
        text = article_in_request(body)
        calls.append(text[:40])
        if index == 0:
            return RateLimit(retry_after=0.6)
        return Answer(grounded_answer(text))

    write_articles(tmp_path / "in", 2)
    with ScriptedOpenAIServer(responder=respond) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-slots")
        backend.limit_in_flight(1)
        extractor = Extractor(backend)
        articles = [read_article(p) for p in sorted((tmp_path / "in").iterdir())]
        finished: dict[str, float] = {}
        start = time.monotonic()

        def run(article):
            extractor.extract(article)
            finished[article.id] = time.monotonic() - start

        first = threading.Thread(target=run, args=(articles[0],))
        first.start()
        time.sleep(0.2)  # the first request has been refused and is backing off
        run(articles[1])
        first.join()
    # the second article finished while the first was still waiting out its 0.6 s
    assert finished[articles[1].id] < finished[articles[0].id]
    assert finished[articles[1].id] < 0.6
    assert srv.request_count == 3


def test_request_slots_count_each_threads_wait():
    slots = RequestSlots(1)
    slots.acquire()
    waited: list[float] = []

    def other():
        slots.acquire()
        waited.append(slots.take_waited())
        slots.release()

    t = threading.Thread(target=other)
    t.start()
    time.sleep(0.2)
    slots.release()
    t.join()
    assert waited[0] >= 0.15
    assert slots.take_waited() < 0.05  # this thread got its slot at once
    with pytest.raises(ValueError):
        RequestSlots(0)


def test_a_thread_gives_its_turn_up_while_it_holds_a_slot_or_waits():
    slots = RequestSlots(2)
    log: list[str] = []

    def other():
        with slots.turn():
            log.append("other computes")

    with slots.turn():
        t = threading.Thread(target=other)
        t.start()
        time.sleep(0.1)
        assert log == []  # the turn is ours: the other thread waits for it
        slots.acquire()  # a request goes out: the turn is given up meanwhile
        t.join(timeout=5)
        assert log == ["other computes"]
        slots.release()  # the answer is in: the turn is ours again
        with slots.away(), slots.turn():  # a back-off: another thread may compute
            log.append("away")
        assert log == ["other computes", "away"]
        assert not slots._turn.acquire(blocking=False)
    # A thread outside the pipeline (never had a turn) takes slots without touching it.
    slots.acquire()
    slots.release()
    assert slots._turn.acquire(blocking=False)


def test_pipeline_threads_compute_one_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """At -j 8 every article's validation runs alone, and no article waits for another's
    round trip: the eight requests still overlap at the server."""
    inside, peak = 0, 0
    lock = threading.Lock()
    finalize = Extractor.finalize

    def counted(self, *args, **kwargs):
        nonlocal inside, peak
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.02)  # long enough for other threads to come in, were they let in
        try:
            return finalize(self, *args, **kwargs)
        finally:
            with lock:
                inside -= 1

    monkeypatch.setattr(Extractor, "finalize", counted)
    summary, _, srv = run_against_server(tmp_path, 16, 8, latency=0.3)
    assert srv.max_concurrent == 8
    assert summary.counts() == {"ok": 16}
    assert peak == 1


def test_waiting_for_the_turn_back_is_not_model_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Both answers arrive at 0.2 s; one article then computes for 0.6 s while the other
    waits for its turn: neither counts more than the round trip as model time."""
    finalize = Extractor.finalize

    def slow(self, *args, **kwargs):
        time.sleep(0.6)
        return finalize(self, *args, **kwargs)

    monkeypatch.setattr(Extractor, "finalize", slow)
    summary, _, _ = run_against_server(tmp_path, 2, 2, latency=0.2)
    assert summary.counts() == {"ok": 2}
    assert max(r.seconds for r in summary.results) > 1.2  # the second did wait its turn
    for r in summary.results:
        assert 0.2 <= r.model_seconds < 0.45, r


def test_a_backoff_in_the_pipeline_gives_the_turn_up(tmp_path: Path):
    """The first request is refused with Retry-After 1 s; the other article is answered,
    validated and written meanwhile (it would wait out the back-off if the turn were held)."""

    def respond(body: dict, index: int):
        text = article_in_request(body)
        return RateLimit(retry_after=1.0) if index == 0 else Answer(grounded_answer(text))

    summary, _, _ = run_against_server(tmp_path, 2, 2, responder=respond)
    assert summary.counts() == {"ok": 2}
    retried, other = sorted(summary.results, key=lambda r: -r.attempts)
    assert retried.attempts == 2 and other.attempts == 1
    assert other.seconds < 0.9 < retried.seconds


class Plain(BaseModel):
    name: str


def test_async_validators_are_still_rejected_after_the_speedup():
    install()
    from instructor.v2.validation import async_validators
    from instructor.v2.validation.async_validators import async_field_validator

    assert hasattr(async_validators.reject_async_validators, "__wrapped__")
    async_validators.reject_async_validators(Plain)  # accepted, and remembered
    async_validators.reject_async_validators(Plain)

    class WithAsync(BaseModel):
        name: str

        @async_field_validator("name")
        async def check(self, value: str) -> None:
            return None

    for _ in range(2):  # a failing model is never remembered
        with pytest.raises(ValueError, match="async validators"):
            async_validators.reject_async_validators(WithAsync)


def test_writer_takes_a_model_or_its_data_and_writes_the_same_bytes(tmp_path: Path):
    gold = next((Path(__file__).parent.parent / "corpus" / "gold").glob("*.json"))
    record = ArticleExtraction.model_validate_json(gold.read_text(encoding="utf-8"))
    atomic_write_json(tmp_path / "a.json", record)
    atomic_write_json(tmp_path / "b.json", record.model_dump(mode="json"))
    a = (tmp_path / "a.json").read_bytes()
    assert a == (tmp_path / "b.json").read_bytes()
    assert json.loads(a) == record.model_dump(mode="json")
    assert "Đ" in a.decode("utf-8") or "\\u" not in a.decode("utf-8")  # UTF-8, not escapes
    assert not list(tmp_path.glob(".*.tmp"))
