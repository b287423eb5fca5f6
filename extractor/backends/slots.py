"""A bound on model requests in flight, held for the network round trip only.

``extractor extract -j N`` means N requests at the model at once. The pipeline works on
more articles than that, so the next requests are ready the moment a slot frees. For
HTTP backends the slot is taken inside the HTTP client, after the request body is
built and encoded, and given back when the response body has been read: the work
around a request (building it, parsing and validating the answer, re-asks, backing
off after a 429) never keeps a slot from the requests that are ready to go.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class RequestSlots:
    """A bounded semaphore that also tells each thread how long it waited for a slot."""

    def __init__(self, requests: int):
        if requests < 1:
            raise ValueError("at least one request slot is needed")
        self.size = requests
        self._sem = threading.BoundedSemaphore(requests)
        self._waited = threading.local()

    def acquire(self) -> None:
        t0 = time.perf_counter()
        self._sem.acquire()
        self._waited.seconds = self.waited() + time.perf_counter() - t0

    def release(self) -> None:
        self._sem.release()

    @contextmanager
    def hold(self) -> Iterator[None]:
        self.acquire()
        try:
            yield
        finally:
            self.release()

    def waited(self) -> float:
        """Seconds this thread has waited for slots since its last ``take_waited``."""
        return getattr(self._waited, "seconds", 0.0)

    def take_waited(self) -> float:
        seconds = self.waited()
        self._waited.seconds = 0.0
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
