"""A bound on model requests in flight, held for the network round trip only.

``extractor extract -j N`` means N requests at the model at once. The pipeline works on
more articles than that, so the next requests are ready the moment a slot frees. For
HTTP backends the slot is taken inside the HTTP client, after the request body is
built and encoded, and given back when the response body has been read: the work
around a request (building it, parsing and validating the answer, re-asks, backing
off after a 429) never keeps a slot from the requests that are ready to go.

The pipeline's threads also take turns at their CPU work (``RequestSlots.turn``): one
computes while the others wait for the model or for their turn. The GIL runs one of
them at a time anyway; with dozens of threads all asking for it, a thread whose answer
has just arrived queued behind several of them (each can hold it for the 5 ms switch
interval) before it could read the answer and hand its slot on. Waiting for a slot,
for the model or out a back-off, a thread gives its turn up.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class RequestSlots:
    """A bounded semaphore of request slots, a turn at the CPU work, and, per thread,
    how long the thread waited for a slot or for its turn back (not model time)."""

    def __init__(self, requests: int):
        if requests < 1:
            raise ValueError("at least one request slot is needed")
        self.size = requests
        self._sem = threading.BoundedSemaphore(requests)
        self._turn = threading.Lock()
        self._local = threading.local()

    # -- taking turns at the CPU work --------------------------------------------------
    @contextmanager
    def turn(self) -> Iterator[None]:
        """Hold the CPU turn for a stretch of pipeline work (given up around requests)."""
        self._turn.acquire()
        self._local.has_turn = True
        try:
            yield
        finally:
            if self._has_turn():  # not when the slot that gave it up was never handed back
                self._local.has_turn = False
                self._turn.release()

    @contextmanager
    def away(self) -> Iterator[None]:
        """Give the CPU turn up while this thread waits without working (a back-off)."""
        stepped_out = self._step_out()
        try:
            yield
        finally:
            self._step_in(stepped_out)

    def _has_turn(self) -> bool:
        return getattr(self._local, "has_turn", False)

    def _step_out(self) -> bool:
        if not self._has_turn():
            return False
        self._local.has_turn = False
        self._turn.release()
        return True

    def _step_in(self, stepped_out: bool) -> None:
        if stepped_out:
            self._turn.acquire()
            self._local.has_turn = True

    # -- request slots -----------------------------------------------------------------
    def acquire(self) -> None:
        """Take a slot, giving up this thread's CPU turn until the slot is released."""
        self._local.stepped_out = self._step_out()
        t0 = time.perf_counter()
        self._sem.acquire()
        self._local.waited = self.waited() + time.perf_counter() - t0

    def release(self) -> None:
        """Give the slot back and take the CPU turn again (waiting for it counts as waited)."""
        self._sem.release()
        stepped_out, self._local.stepped_out = getattr(self._local, "stepped_out", False), False
        t0 = time.perf_counter()
        self._step_in(stepped_out)
        self._local.waited = self.waited() + time.perf_counter() - t0

    @contextmanager
    def hold(self) -> Iterator[None]:
        self.acquire()
        try:
            yield
        finally:
            self.release()

    def waited(self) -> float:
        """Seconds this thread has waited for slots (and its turn back) since its last
        ``take_waited``."""
        return getattr(self._local, "waited", 0.0)

    def take_waited(self) -> float:
        seconds = self.waited()
        self._local.waited = 0.0
        return seconds


def http_module() -> Any:
    """The HTTP library the installed openai client is built on (httpx, or httpx2)."""
    import openai

    client_base = openai.DefaultHttpxClient.__mro__[1]
    return importlib.import_module(client_base.__module__.partition(".")[0])


def slotted_http_client(current_slots: Any, **client_options: Any) -> Any:
    """An openai-ready HTTP client whose transport holds a slot from ``current_slots()``
    (None: no limit) from sending a request until its response body is closed."""
    import openai

    http = http_module()

    class SlotReleasingStream(http.SyncByteStream):  # type: ignore[name-defined,misc]
        def __init__(self, inner: Any, slots: RequestSlots):
            self._inner = inner
            self._slots: RequestSlots | None = slots

        def __iter__(self) -> Iterator[bytes]:
            yield from self._inner

        def close(self) -> None:
            try:
                self._inner.close()
            finally:
                if self._slots is not None:
                    slots, self._slots = self._slots, None
                    slots.release()

    class SlotTransport(http.BaseTransport):  # type: ignore[name-defined,misc]
        def __init__(self) -> None:
            # as many kept-alive connections as slots, so slots do not reconnect
            self._inner = http.HTTPTransport(limits=http.Limits(max_connections=1000,
                                                                 max_keepalive_connections=100))

        def handle_request(self, request: Any) -> Any:
            slots = current_slots()
            if slots is None:
                return self._inner.handle_request(request)
            slots.acquire()
            try:
                response = self._inner.handle_request(request)
            except BaseException:
                slots.release()
                raise
            response.stream = SlotReleasingStream(response.stream, slots)
            return response

        def close(self) -> None:
            self._inner.close()

    return openai.DefaultHttpxClient(transport=SlotTransport(), **client_options)
