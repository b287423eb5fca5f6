"""One interface over every model backend, with instructor doing the structured call.

Layering, from the model outwards:

1. ``Backend._raw_create`` (sync) sends one chat completion; a backend with an async
   client sends it in ``_asend`` instead.
2. ``Backend._create`` / ``_acreate`` wrap it: transport retries (the openai
   backend's, on tenacity), a retry with a larger token budget when the answer was
   cut off (``finish_reason == "length"``), token and time accounting and the
   prompt/response log. This sits *below* instructor on purpose: instructor wraps any
   exception from the provider call in ``InstructorRetryException``, so a retry rule
   on ``openai.RateLimitError`` placed around an instructor call would never fire.
3. ``instructor`` parses the answer into the response model and re-asks the model
   with the validation errors (schema errors and article-based findings), bounded
   by ``max_reasks``.

``structured`` is the synchronous call; ``astructured`` the one the pipeline awaits.
A backend without an async client (the embedded llama.cpp model) gets the default
``astructured``: ``structured`` in a worker thread, at most ``parallelism`` at once.

Requests in flight: the pipeline bounds them with an ``asyncio.Semaphore`` of ``-j``,
bound to its run through :data:`REQUEST_LIMIT` (a context variable, so it belongs to
the run and not to the backend). A request holds it for the round trip only: never
while its answer is parsed and validated, nor while it backs off after a 429.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import json
import threading
import time
import weakref
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

T = TypeVar("T", bound=BaseModel)

#: The running pipeline's bound on model requests in flight (an ``asyncio.Semaphore``).
REQUEST_LIMIT: ContextVar[asyncio.Semaphore | None] = ContextVar("request_limit", default=None)
#: The running pipeline's ``--max-cost`` budget (an ``extractor.cost.Budget``): asked
#: before each request is sent (it raises rather than let one pass the budget), and
#: told what each answer used.
REQUEST_BUDGET: ContextVar[Any] = ContextVar("request_budget", default=None)


@asynccontextmanager
async def request_slot() -> AsyncIterator[None]:
    """Hold one of the run's request slots (none to hold outside a run)."""
    limit = REQUEST_LIMIT.get()
    if limit is None:
        yield
        return
    async with limit:
        yield
    # Answers often arrive together. Each releases its slot, which wakes a task waiting
    # to send; without yielding, the next task's request would leave only after this
    # answer's parsing and validation. The first yield queues this task behind the
    # task it woke; the second behind every task the same burst of answers woke.
    await asyncio.sleep(0)
    await asyncio.sleep(0)


class BackendError(RuntimeError):
    """The backend could not produce an answer (after its own retries).

    ``stats`` is what the failed call spent (requests, retries, exchanges), so a
    failed article still reports how many attempts it took.
    """

    stats: CallStats | None = None


class TruncatedOutput(BackendError):
    """The answer was cut off at the token limit even with the largest budget."""


@dataclass
class Exchange:
    """One request/response pair, kept for the log (never holds credentials)."""

    messages: list[dict[str, Any]]
    response_text: str | None
    finish_reason: str | None
    prompt_tokens: int
    completion_tokens: int
    duration_s: float
    error: str | None = None
    reask: int = 0  # 0: the call's first request; n: its n-th re-ask
    # set where the call is logged (extractor.cost.price_exchanges)
    kind: str | None = None
    model: str | None = None
    cost_usd: float | None = None


@dataclass
class CallStats:
    """Everything spent on one structured call, across re-asks and retries.

    ``model_seconds`` counts the requests' round trips only: not the wait for a request
    slot, nor back-off between transport retries, nor parsing and validation.
    """

    requests: int = 0  # answers received
    attempts: int = 0  # HTTP requests (or local calls) sent, failed ones included
    prompt_tokens: int = 0
    completion_tokens: int = 0
    transport_retries: int = 0
    reasks: int = 0
    model_seconds: float = 0.0
    exchanges: list[Exchange] = field(default_factory=list)
    last_error: str | None = None

    def add(self, other: CallStats) -> None:
        self.requests += other.requests
        self.attempts += other.attempts
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.transport_retries += other.transport_retries
        self.reasks += other.reasks
        self.model_seconds += other.model_seconds
        self.exchanges.extend(other.exchanges)
        self.last_error = other.last_error or self.last_error


def completion_text(completion: Any) -> str | None:
    """The JSON text of an answer: tool-call arguments or message content."""
    choice = completion.choices[0]
    calls = getattr(choice.message, "tool_calls", None)
    if calls:
        return calls[0].function.arguments
    return choice.message.content


def instructor_mode(name: str) -> Any:
    """A backend's mode name as instructor's enum (online calls, rehearsals and batch files)."""
    import instructor

    return {
        "tools": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "json": instructor.Mode.JSON,
        "md_json": instructor.Mode.MD_JSON,
    }[name]


class Backend:
    """Base class: subclasses set ``name``/``model``/``mode`` and implement ``_raw_create``
    (and, with an async client, ``_asend`` and ``astructured``)."""

    name = "base"
    model = "unknown"
    context_tokens = 8192
    #: instructor mode; TOOLS is what llama.cpp's server, vLLM, Ollama and OpenAI all accept.
    mode = "tools"
    #: False: ``_raw_create`` calls are serialized by a lock
    thread_safe = True
    #: model calls this backend serves at once (None: no bound of its own beyond -j).
    #: The default ``astructured`` runs at most this many ``structured`` calls in threads.
    parallelism: int | None = 1
    #: re-asks after validation errors when the user does not choose
    default_max_reasks = 2
    #: follow-ups per chunk for uncovered KPI candidates when the user does not choose
    default_glean = 1
    #: reader | none: whether the reader drafts each chunk first when the user does not choose
    default_draft = "none"
    #: in reader-first mode, the reader's own records stand (the model is not asked to restate them)
    reader_only = False

    def __init__(self, *, max_tokens: int = 2048, max_tokens_cap: int = 8192, temperature: float = 0.0):
        self.max_tokens = max_tokens
        self.max_tokens_cap = max_tokens_cap
        self.temperature = temperature
        self._lock = threading.Lock()
        # one bound on worker threads per event loop (a semaphore belongs to one loop)
        self._thread_limits: weakref.WeakKeyDictionary[Any, asyncio.Semaphore] = weakref.WeakKeyDictionary()
        self._threads: ThreadPoolExecutor | None = None

    # -- to implement -----------------------------------------------------------------
    def _raw_create(self, **kwargs: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _send(self, stats: CallStats, kwargs: dict[str, Any]) -> Any:
        """Send one request (sync), timing it as model time; subclasses add retries."""
        stats.attempts += 1
        with nullcontext() if self.thread_safe else self._lock:
            t0 = time.perf_counter()
            try:
                return self._raw_create(**kwargs)
            finally:
                stats.model_seconds += time.perf_counter() - t0

    async def _asend(self, stats: CallStats, kwargs: dict[str, Any]) -> Any:  # pragma: no cover
        """Send one request from the event loop (backends with an async client)."""
        raise NotImplementedError

    async def aclose(self) -> None:
        """Close what this backend opened for the running event loop (its async client)."""

    # -- shared machinery -------------------------------------------------------------
    def params(self) -> dict[str, Any]:
        """Generation parameters that change the answer (part of the cache key)."""
        return {"temperature": self.temperature, "max_tokens": self.max_tokens, "mode": self.mode}

    def redact(self, text: str) -> str:
        """``text`` with any credential of this backend masked (for messages that get written)."""
        return text

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model, **self.params()}

    def _create(self, stats: CallStats, **kwargs: Any) -> Any:
        budget = kwargs.pop("max_tokens", None) or self.max_tokens
        money = REQUEST_BUDGET.get()
        while True:
            spent = stats.model_seconds
            ticket = money.reserve(self, kwargs, budget) if money else None  # may raise
            try:
                completion = self._send(stats, {**kwargs, "max_tokens": budget})
            except Exception as exc:
                if money:
                    money.settle_answer(ticket, None)
                self._failed(stats, kwargs, exc, stats.model_seconds - spent)
                raise
            if money:
                money.settle_answer(ticket, completion)
            if self._answered(stats, kwargs, completion, stats.model_seconds - spent, budget):
                return completion
            budget = min(budget * 2, self.max_tokens_cap)

    async def _acreate(self, stats: CallStats, **kwargs: Any) -> Any:
        budget = kwargs.pop("max_tokens", None) or self.max_tokens
        money = REQUEST_BUDGET.get()
        while True:
            spent = stats.model_seconds
            ticket = await money.areserve(self, kwargs, budget) if money else None  # may raise
            try:
                completion = await self._asend(stats, {**kwargs, "max_tokens": budget})
            except Exception as exc:
                if money:
                    money.settle_answer(ticket, None)
                self._failed(stats, kwargs, exc, stats.model_seconds - spent)
                raise
            if money:
                money.settle_answer(ticket, completion)
            if self._answered(stats, kwargs, completion, stats.model_seconds - spent, budget):
                return completion
            budget = min(budget * 2, self.max_tokens_cap)

    def _failed(self, stats: CallStats, kwargs: dict[str, Any], exc: Exception, seconds: float) -> None:
        stats.last_error = self.redact(f"{type(exc).__name__}: {exc}")
        stats.exchanges.append(Exchange(kwargs.get("messages", []), None, None, 0, 0, seconds,
                                        stats.last_error, reask=stats.reasks))

    def _answered(self, stats: CallStats, kwargs: dict[str, Any], completion: Any, seconds: float,
                  budget: int) -> bool:
        """Account for an answer; False when it was cut off and a larger budget is left."""
        usage = getattr(completion, "usage", None)
        p_tok = getattr(usage, "prompt_tokens", 0) or 0
        c_tok = getattr(usage, "completion_tokens", 0) or 0
        finish = completion.choices[0].finish_reason
        stats.requests += 1
        stats.prompt_tokens += p_tok
        stats.completion_tokens += c_tok
        stats.exchanges.append(
            Exchange(kwargs.get("messages", []), completion_text(completion), finish, p_tok, c_tok, seconds,
                     reask=stats.reasks)
        )
        if finish != "length":
            return True
        if budget >= self.max_tokens_cap:
            stats.last_error = f"answer cut off at max_tokens={budget}"
            raise TruncatedOutput(stats.last_error)
        return False

    def with_model(self, model: str, *, base_url: str | None = None) -> Backend:
        """This backend asking another model (a cascade's next model)."""
        raise BackendError(f"--escalate-to needs --backend openai, not {self.name}")

    def open_client(self) -> None:
        """Create what the first request needs (an HTTP client), so that the first
        articles do not wait for it; called by the run's warm-up, on its event loop."""

    def rehearse(self, messages: list[dict[str, Any]], response_model: type[T], answer: str) -> T:
        """One structured call that ``answer`` (JSON) answers instead of the model.

        Nothing is sent: it runs instructor's request preparation and answer parsing
        for ``response_model`` once, so their one-time set-up (the tool schema, lazy
        imports, the completion types) is not paid by the first real article.
        """
        import instructor
        from openai.types.chat import ChatCompletion

        if self.mode == "tools":
            name = response_model.model_json_schema().get("title", response_model.__name__)
            call = {"id": "rehearsal", "type": "function", "function": {"name": name, "arguments": answer}}
            message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [call]}
        else:
            message = {"role": "assistant", "content": answer}
        completion = ChatCompletion.model_validate({
            "id": "rehearsal", "object": "chat.completion", "created": 0, "model": self.model,
            "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        })  # fmt: skip
        patched = instructor.patch(create=lambda **_: completion, mode=instructor_mode(self.mode))
        return patched(model=self.model, messages=messages, response_model=response_model, max_retries=0)

    def _request(self, messages: list[dict[str, Any]], response_model: type[T], max_reasks: int) -> dict[str, Any]:
        return {"model": self.model, "messages": messages, "response_model": response_model,
                "max_retries": max_reasks, "temperature": self.temperature}

    def structured(self, messages: list[dict[str, Any]], response_model: type[T], *,
                   max_reasks: int = 2) -> tuple[T | None, CallStats, str | None]:
        """Ask for ``response_model``; returns (parsed, stats, last_raw_text).

        ``parsed`` is None when every attempt failed validation; the caller may then
        salvage ``last_raw_text`` against a laxer model.
        """
        import instructor

        stats = CallStats()
        sent = 0

        def create(**kwargs: Any) -> Any:
            nonlocal sent
            sent += 1
            stats.reasks = sent - 1
            return self._create(stats, **kwargs)

        patched = instructor.patch(create=create, mode=instructor_mode(self.mode))
        try:
            result = patched(**self._request(messages, response_model, max_reasks))
        except Exception as exc:
            return _unanswered(exc, stats)
        return result, stats, _last_text(stats)

    async def astructured(self, messages: list[dict[str, Any]], response_model: type[T], *,
                          max_reasks: int = 2) -> tuple[T | None, CallStats, str | None]:
        """``structured`` off the event loop, in one of this backend's worker threads: at
        most ``parallelism`` calls at once, each holding a request slot of the run. The
        thread runs in a copy of the caller's context, so context variables bound by the
        caller hold there (as ``asyncio.to_thread`` does)."""
        loop = asyncio.get_running_loop()
        threads = self._thread_limits.get(loop)
        if threads is None:
            threads = self._thread_limits[loop] = asyncio.Semaphore(self.parallelism or 1)
        call = functools.partial(self.structured, messages, response_model, max_reasks=max_reasks)
        async with request_slot(), threads:
            return await loop.run_in_executor(self._executor(), contextvars.copy_context().run, call)

    def _executor(self) -> ThreadPoolExecutor:
        """This backend's worker threads (``parallelism`` of them; the event loop's default
        pool may be smaller than that)."""
        with self._lock:
            if self._threads is None:
                self._threads = ThreadPoolExecutor(max_workers=self.parallelism or 1,
                                                   thread_name_prefix=f"{self.name}-backend")
            return self._threads

    async def _astructured_native(self, messages: list[dict[str, Any]], response_model: type[T], *,
                                  max_reasks: int = 2) -> tuple[T | None, CallStats, str | None]:
        """``structured`` on the event loop, through ``_asend`` (backends with an async client)."""
        import instructor

        stats = CallStats()
        sent = 0

        async def create(**kwargs: Any) -> Any:
            nonlocal sent
            sent += 1
            stats.reasks = sent - 1
            return await self._acreate(stats, **kwargs)

        patched = instructor.patch(create=create, mode=instructor_mode(self.mode))
        try:
            result = await patched(**self._request(messages, response_model, max_reasks))
        except Exception as exc:
            return _unanswered(exc, stats)
        return result, stats, _last_text(stats)


def _last_text(stats: CallStats) -> str | None:
    return stats.exchanges[-1].response_text if stats.exchanges else None


def _unanswered(exc: Exception, stats: CallStats) -> tuple[None, CallStats, str | None]:
    """What a structured call that raised ``exc`` returns: (None, stats, last text) when
    every answer failed validation; otherwise a BackendError carrying ``stats`` is raised."""
    from extractor._compat import retry_exception

    if isinstance(exc, BackendError):  # raised outside instructor's retry wrapper
        exc.stats = stats
        raise exc
    if not isinstance(exc, retry_exception()):
        raise exc
    cause = exc.__cause__
    if isinstance(cause, BackendError):
        cause.stats = stats
        raise cause from None
    if cause is not None and not _is_parse_error(cause):
        error = BackendError(f"{type(cause).__name__}: {cause}")
        error.stats = stats
        raise error from cause
    stats.last_error = _short(str(exc))
    return None, stats, _last_text(stats)


def _is_parse_error(exc: BaseException) -> bool:
    from pydantic import ValidationError

    return isinstance(exc, (ValidationError, json.JSONDecodeError, ValueError))


def _short(text: str, limit: int = 500) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
