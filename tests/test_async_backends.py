"""The async interface of the backends: native for the openai backend, worker threads
for synchronous ones; requests in flight bounded by the run's request slots."""

from __future__ import annotations

import asyncio
import threading
from contextvars import ContextVar
from typing import Any

from openai.types.chat import ChatCompletion
from pydantic import BaseModel
from reliability_support import grounded

from extractor.backends import make_backend
from extractor.backends.base import REQUEST_LIMIT, Backend
from extractor.testing import ScriptedOpenAIServer

WHO: ContextVar[str] = ContextVar("who", default="nobody")


class Echo(BaseModel):
    who: str


class ThreadedBackend(Backend):
    """A synchronous backend answering with the caller's context variable, read in the
    worker thread; counts the calls running at once."""

    name = "threaded"
    mode = "json"

    def __init__(self, parallelism: int):
        super().__init__()
        self.parallelism = parallelism
        self.running = 0
        self.peak = 0
        self.count_lock = threading.Lock()
        self.barrier = threading.Barrier(parallelism, timeout=30)

    def _raw_create(self, **kwargs: Any) -> Any:
        with self.count_lock:
            self.running += 1
            self.peak = max(self.peak, self.running)
        try:
            self.barrier.wait()  # breaks (and fails the test) unless `parallelism` calls run at once
            content = Echo(who=WHO.get()).model_dump_json()
            return ChatCompletion.model_validate({
                "id": "x", "object": "chat.completion", "created": 0, "model": "m",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
            })  # fmt: skip
        finally:
            with self.count_lock:
                self.running -= 1


def test_sync_backend_runs_in_parallelism_threads_with_the_callers_context():
    backend = ThreadedBackend(parallelism=3)

    async def one(name: str) -> str:
        WHO.set(name)  # each task has its own context
        draft, stats, _ = await backend.astructured([{"role": "user", "content": name}], Echo,
                                                    max_reasks=0)
        assert stats.requests == 1
        return draft.who

    async def main() -> list[str]:
        return await asyncio.gather(*(one(f"task-{i}") for i in range(9)))

    assert asyncio.run(main()) == [f"task-{i}" for i in range(9)]
    assert backend.peak == 3  # reached, and never more


def test_sync_backend_calls_hold_the_runs_request_slots():
    backend = ThreadedBackend(parallelism=2)

    async def main() -> None:
        REQUEST_LIMIT.set(asyncio.Semaphore(2))
        await asyncio.gather(*(backend.astructured([{"role": "user", "content": "x"}], Echo,
                                                   max_reasks=0) for _ in range(6)))
        assert REQUEST_LIMIT.get()._value == 2  # every slot given back

    asyncio.run(main())
    assert backend.peak == 2


def test_openai_requests_in_flight_are_bounded_by_the_request_slots_and_reach_them():
    messages = [{"role": "user", "content": "<article>\nAla ma kota.\n</article>"}]
    with ScriptedOpenAIServer(responder=grounded, fixed_latency=0.2) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-async")

        async def main() -> None:
            REQUEST_LIMIT.set(asyncio.Semaphore(4))
            try:
                from extractor.schemas import ExtractionDraft

                await asyncio.gather(*(backend.astructured(messages, ExtractionDraft, max_reasks=0)
                                       for _ in range(12)))
            finally:
                await backend.aclose()

        asyncio.run(main())
        assert srv.request_count == 12
        assert srv.max_concurrent == 4


def test_the_async_client_belongs_to_its_event_loop():
    with ScriptedOpenAIServer(responder=grounded) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-async")

        async def clients() -> tuple[Any, Any]:
            return backend.aclient(), backend.aclient()

        first, same = asyncio.run(clients())
        second, _ = asyncio.run(clients())
    assert first is same  # one client per event loop
    assert second is not first  # a new loop gets its own (connections belong to a loop)


def test_the_warm_up_opens_the_async_client_of_the_running_loop_only():
    backend = make_backend("openai", base_url="http://127.0.0.1:9/v1", api_key="sk-test-open")
    backend.open_client()  # no running loop: nothing to open
    assert not backend._aclients

    async def main() -> bool:
        backend.open_client()
        return backend.aclient() is backend._aclients[asyncio.get_running_loop()]

    assert asyncio.run(main())
