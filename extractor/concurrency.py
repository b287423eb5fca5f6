"""Working on many articles at once on one event loop, and stopping cleanly.

The pipeline's run is one asyncio task per worker, each taking the next article from a
shared iterator: requests in flight are bounded by the backend's request slots
(:data:`extractor.backends.base.REQUEST_LIMIT`, ``-j``), and about twice as many
articles are worked on, so that while every slot waits on the model the next articles
are already read and prompted, and answered ones are validated and written. Only one
piece of CPU work runs at a time (the event loop's), which is what a thread pool
under the GIL would have to emulate with locks. The stretches of CPU work of different
articles take turns through the run's CPU lane (:func:`cpu_turn`), so that requests
leave and answers arrive between them; synchronous callers run on uvloop's event loop
where it is installed (:func:`loop_factory`).

Stopping: Ctrl-C (``asyncio.run`` cancels the main task on the first SIGINT) or an
exception from ``on_done`` (the progress callback) stops the run from taking new
articles; those under way finish, are written and reported, and then the exception
goes on. A second Ctrl-C stops at once (outputs are written atomically, so no file is
ever half-written).
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

class CpuLane:
    """One task's stretch of CPU work at a time, handed on in the next pass of the loop.

    A stretch may be kept for its task's next one (``keep``): when the task asks again
    before the hand-over has happened (no wait in between), the two run as one.
    """

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._kept_for: asyncio.Task | None = None
        self._release: asyncio.Handle | None = None

    async def acquire(self) -> None:
        if self._release is not None and self._kept_for is asyncio.current_task():
            self._release.cancel()
            self._release = None
            return
        await self._lock.acquire()

    def release_soon(self, *, keep: bool) -> None:
        self._kept_for = asyncio.current_task() if keep else None
        self._release = asyncio.get_running_loop().call_soon(self._release_now)

    def _release_now(self) -> None:
        self._release = self._kept_for = None
        self._lock.release()


#: The run's CPU lane (set by the pipeline for the length of a run; none outside one).
CPU_LANE: ContextVar[CpuLane | None] = ContextVar("cpu_lane", default=None)


@asynccontextmanager
async def cpu_turn(*, keep: bool = False) -> AsyncIterator[None]:
    """Hold the run's CPU lane for a stretch of work that does not wait (reading an
    article, validating and writing records).

    At most one stretch runs per pass of the event loop: the lane is handed on in the
    next pass, after the loop has polled for I/O, so answers arriving and requests
    leaving run between two stretches. Without the lane, a burst of answers arriving
    together is processed in one pass of several hundred milliseconds, while freed
    request slots wait to send their next requests. ``keep``: the task's next stretch,
    if it follows with no wait in between, continues this one (reading an article and
    writing its prompt: otherwise every article is read before the first is prompted).
    """
    lane = CPU_LANE.get()
    if lane is None:
        yield
        return
    await lane.acquire()
    try:
        yield
    except BaseException:
        lane.release_soon(keep=False)
        raise
    lane.release_soon(keep=keep)


async def run_bounded(items: Iterable[T], work: Callable[[T], Awaitable[R]], *, workers: int,
                      on_done: Callable[[R], None]) -> None:
    """``await work(item)`` for each item, ``workers`` at a time, ``on_done`` on each result.

    Raises what stopped the run (cancellation, or the first exception ``on_done``
    raised) after the items under way have finished and been passed to ``on_done``.
    """
    pending = iter(items)
    stopped: list[BaseException] = []

    def done(result: R) -> None:
        try:
            on_done(result)
        except BaseException as exc:  # KeyboardInterrupt from a callback included
            if not stopped:
                stopped.append(exc)

    async def worker() -> None:
        for item in pending:  # one shared iterator: each item is taken once
            if stopped:
                return
            done(await work(item))

    tasks = [asyncio.create_task(worker()) for _ in range(max(workers, 1))]
    try:
        await asyncio.wait(tasks)  # cancelled on Ctrl-C; the workers are not
    except asyncio.CancelledError as exc:
        stopped.append(exc)
        await asyncio.wait(tasks)  # the articles under way finish
        raise
    for task in tasks:
        task.result()  # a bug in a worker surfaces here
    if stopped:
        raise stopped[0]


def run_sync(main: Coroutine[Any, Any, R]) -> R:
    """Run ``main`` on a new event loop (for synchronous callers).

    ``asyncio.run`` turns the first Ctrl-C into a cancellation of ``main`` (which
    :func:`run_bounded` answers by finishing the articles under way) and raises
    KeyboardInterrupt once ``main`` has ended. Called where an event loop is already
    running (a notebook cell, async code calling the synchronous API), ``main`` runs on
    a loop of its own in a worker thread while the caller waits.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _run(main)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="extractor-run") as pool:
        return pool.submit(_run, main).result()


def _run(main: Coroutine[Any, Any, R]) -> R:
    factory = loop_factory()
    if factory is None or not hasattr(asyncio, "Runner"):  # Python 3.10: asyncio's own loop
        return asyncio.run(main)
    with asyncio.Runner(loop_factory=factory) as runner:  # asyncio.run's Ctrl-C handling
        return runner.run(main)


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (not on Windows), else None (asyncio's).

    Its callbacks and socket I/O cost a fraction of asyncio's, which a run with many
    requests in flight spends on one core (docs/performance.md).
    ``EXTRACTOR_EVENT_LOOP=asyncio`` chooses asyncio's own loop.
    """
    if os.environ.get("EXTRACTOR_EVENT_LOOP", "").lower() == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while (start-up), then as it was.

    Importing openai and instructor, and the pipeline's own modules, builds hundreds of
    thousands of objects, which set off collection after collection that find nothing
    to free.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
