"""How the event loop's work is ordered during a run: when a burst of answers
arrives together, the requests waiting for the freed slots leave before any answer's
parsing and validation, and CPU stretches under the run's lane take turns with the
loop's other callbacks. Checked by the order of events, never by timing."""

from __future__ import annotations

import asyncio

from extractor.backends.base import REQUEST_LIMIT, request_slot
from extractor.concurrency import CPU_LANE, CpuLane, cpu_turn


async def burst(slots: int, waiting: int, *, lane: bool) -> list[str]:
    """``slots`` requests answered at once (one event), ``waiting`` requests queued."""
    events: list[str] = []
    answered, finished = asyncio.Event(), asyncio.Event()
    tokens = REQUEST_LIMIT.set(asyncio.Semaphore(slots)), CPU_LANE.set(CpuLane() if lane else None)

    async def in_flight(i: int) -> None:
        async with request_slot():
            await answered.wait()
        events.append(f"answer {i} parsed")  # un-gated, as instructor's parse is
        async with cpu_turn():
            events.append(f"answer {i} validated")

    async def queued(i: int) -> None:
        async with request_slot():
            events.append(f"request {i} sent")
            await finished.wait()  # in flight until the burst has been processed

    try:
        tasks = [asyncio.create_task(in_flight(i)) for i in range(slots)]
        await asyncio.sleep(0)  # every slot taken
        tasks += [asyncio.create_task(queued(i)) for i in range(waiting)]
        await asyncio.sleep(0)
        answered.set()
        await asyncio.gather(*tasks[:slots])
        finished.set()
        await asyncio.gather(*tasks)
    finally:
        REQUEST_LIMIT.reset(tokens[0])
        CPU_LANE.reset(tokens[1])
    return events


def test_freed_slots_send_their_requests_before_any_answer_is_processed():
    events = asyncio.run(burst(6, 6, lane=True))
    sent = [i for i, e in enumerate(events) if e.startswith("request")]
    processed = [i for i, e in enumerate(events) if e.startswith("answer")]
    assert len(sent) == 6 and len(processed) == 12
    assert max(sent) < min(processed), events


def test_more_waiting_requests_than_slots_send_as_many_as_slots_were_freed_first():
    events = asyncio.run(burst(4, 10, lane=True))
    first_processed = min(i for i, e in enumerate(events) if e.startswith("answer"))
    assert sum(e.startswith("request") for e in events[:first_processed]) == 4
    assert sum(e.startswith("request") for e in events) == 10


def test_without_the_yields_a_burst_would_hold_freed_slots_idle():
    """The control: the same burst, with answers processed as soon as they arrive
    (no lane), still sends before validating, because of the slot's yields alone."""
    events = asyncio.run(burst(6, 6, lane=False))
    sent = [i for i, e in enumerate(events) if e.startswith("request")]
    assert max(sent) < min(i for i, e in enumerate(events) if e.endswith("validated")), events


def test_cpu_stretches_take_turns_with_the_loops_other_callbacks():
    """Two tasks each run three stretches under the lane, back to back, while a ticker
    runs once per pass of the loop."""

    async def main() -> list[str]:
        events: list[str] = []
        done = asyncio.Event()
        token = CPU_LANE.set(CpuLane())

        async def worker(name: str) -> None:
            for k in range(3):
                async with cpu_turn():
                    events.append(f"{name}{k}")

        async def ticker() -> None:
            while not done.is_set():
                events.append("tick")
                await asyncio.sleep(0)

        tick = asyncio.create_task(ticker())
        await asyncio.gather(worker("a"), worker("b"))
        done.set()
        await tick
        CPU_LANE.reset(token)
        return events

    events = asyncio.run(main())
    stretches = [i for i, e in enumerate(events) if e != "tick"]
    assert len(stretches) == 6
    # never two stretches in one pass of the loop: the ticker runs between any two
    assert all(b - a > 1 for a, b in zip(stretches, stretches[1:], strict=False)), events


def test_a_kept_stretch_continues_into_its_tasks_next_one():
    """Reading an article keeps the lane for writing its prompt: each article is read
    and prompted in one turn, so the first request leaves after one article's work, not
    after every article of the first round has been read."""

    async def main() -> list[str]:
        events: list[str] = []
        token = CPU_LANE.set(CpuLane())

        async def article(i: int) -> None:
            async with cpu_turn(keep=True):
                events.append(f"read {i}")
            async with cpu_turn():  # no wait in between: the same turn
                events.append(f"prompt {i}")
            await asyncio.sleep(0)
            async with cpu_turn(keep=True):
                events.append(f"validate {i}")
            await asyncio.sleep(0)  # a wait: the kept turn is handed on
            async with cpu_turn():
                events.append(f"write {i}")

        try:
            await asyncio.gather(*(article(i) for i in range(3)))
        finally:
            CPU_LANE.reset(token)
        return events

    events = asyncio.run(main())
    assert events[:6] == ["read 0", "prompt 0", "read 1", "prompt 1", "read 2", "prompt 2"]
    assert events.index("write 0") > events.index("validate 2")  # kept only without a wait


def test_a_failed_stretch_hands_the_lane_on():
    async def main() -> list[str]:
        events: list[str] = []
        token = CPU_LANE.set(CpuLane())

        async def failing() -> None:
            async with cpu_turn(keep=True):
                raise ValueError("unreadable article")

        async def other() -> None:
            async with cpu_turn():
                events.append("other ran")

        try:
            results = await asyncio.gather(failing(), other(), return_exceptions=True)
        finally:
            CPU_LANE.reset(token)
        assert isinstance(results[0], ValueError)
        return events

    assert asyncio.run(main()) == ["other ran"]


def test_outside_a_run_neither_the_slot_nor_the_lane_blocks():
    async def main() -> list[str]:
        out = []
        async with request_slot():
            out.append("sent")
        async with cpu_turn():
            out.append("validated")
        return out

    assert asyncio.run(main()) == ["sent", "validated"]


def test_synchronous_runs_use_uvloop_unless_told_otherwise(monkeypatch):
    import uvloop

    from extractor.concurrency import run_sync

    async def loop_type() -> type:
        return type(asyncio.get_running_loop())

    assert issubclass(run_sync(loop_type()), uvloop.Loop)
    monkeypatch.setenv("EXTRACTOR_EVENT_LOOP", "asyncio")
    assert not issubclass(run_sync(loop_type()), uvloop.Loop)
