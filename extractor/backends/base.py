"""One interface over every model backend, with instructor doing the structured call.

Layering, from the model outwards:

1. ``Backend._raw_create`` sends one chat completion (llama.cpp in process, or HTTP).
2. ``Backend._create`` wraps it: transport retries with backoff (honouring
   ``Retry-After``), a retry with a larger token budget when the answer was cut off
   (``finish_reason == "length"``), token accounting and the prompt/response log.
   This sits *below* instructor on purpose: instructor wraps any exception from the
   provider call in ``InstructorRetryException``, so a retry rule on
   ``openai.RateLimitError`` placed around an instructor call would never fire.
3. ``instructor`` parses the answer into the response model and re-asks the model
   with the validation errors (schema errors and article-based findings), bounded
   by ``max_reasks``.
"""

from __future__ import annotations

import json
import threading
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from extractor.backends.slots import RequestSlots

T = TypeVar("T", bound=BaseModel)


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


@dataclass
class CallStats:
    """Everything spent on one structured call, across re-asks and retries."""

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
    """Base class: subclasses set ``name``/``model``/``mode`` and implement ``_raw_create``."""

    name = "base"
    model = "unknown"
    context_tokens = 8192
    #: instructor mode; TOOLS is what llama.cpp's server, vLLM, Ollama and OpenAI all accept.
    mode = "tools"
    thread_safe = True
    #: True when the backend's own client takes request slots (see ``limit_in_flight``)
    slots_in_transport = False
    #: re-asks after validation errors when the user does not choose
    default_max_reasks = 2

    def __init__(self, *, max_tokens: int = 2048, max_tokens_cap: int = 8192, temperature: float = 0.0):
        self.max_tokens = max_tokens
        self.max_tokens_cap = max_tokens_cap
        self.temperature = temperature
        self._lock = threading.Lock()
        self._slots: RequestSlots | None = None

    def limit_in_flight(self, requests: int | None) -> RequestSlots | None:
        """Allow at most ``requests`` model requests at once (None: no limit).

        The limit is on requests, not articles: a pipeline works on more articles than
        slots, so reading, parsing, validating and writing happen while every slot is
        busy with the model. See :mod:`extractor.backends.slots`.
        """
        self._slots = RequestSlots(requests) if requests else None
        return self._slots

    def waiting(self) -> Any:
        """A context for waiting without work (a back-off): the CPU turn is given up."""
        slots = self._slots
        return slots.away() if slots is not None else nullcontext()

    # -- to implement -----------------------------------------------------------------
    def _raw_create(self, **kwargs: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _transport_call(self, stats: CallStats, kwargs: dict[str, Any]) -> Any:
        """Send one request; subclasses add transport retries here."""
        stats.attempts += 1
        return self._raw_create(**kwargs)

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
        while True:
            slots = self._slots
            # HTTP backends take the slot inside their client, around the round trip only,
            # so their wait for it falls inside the timed call and is subtracted below.
            in_transport = slots is not None and self.slots_in_transport
            slot = slots.hold() if slots is not None and not in_transport else nullcontext()
            lock = nullcontext() if self.thread_safe else self._lock
            if in_transport:
                slots.take_waited()
            with slot, lock:
                t0 = time.perf_counter()
                try:
                    completion = self._transport_call(stats, {**kwargs, "max_tokens": budget})
                except Exception as exc:
                    stats.last_error = self.redact(f"{type(exc).__name__}: {exc}")
                    stats.exchanges.append(Exchange(kwargs.get("messages", []), None, None, 0, 0,
                                                    time.perf_counter() - t0, stats.last_error))
                    raise
                elapsed = time.perf_counter() - t0 - (slots.take_waited() if in_transport else 0.0)
            usage = getattr(completion, "usage", None)
            p_tok = getattr(usage, "prompt_tokens", 0) or 0
            c_tok = getattr(usage, "completion_tokens", 0) or 0
            finish = completion.choices[0].finish_reason
            stats.requests += 1
            stats.prompt_tokens += p_tok
            stats.completion_tokens += c_tok
            stats.model_seconds += elapsed
            stats.exchanges.append(
                Exchange(kwargs.get("messages", []), completion_text(completion), finish, p_tok, c_tok, elapsed)
            )
            if finish != "length":
                return completion
            if budget >= self.max_tokens_cap:
                stats.last_error = f"answer cut off at max_tokens={budget}"
                raise TruncatedOutput(stats.last_error)
            budget = min(budget * 2, self.max_tokens_cap)

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

    def structured(self, messages: list[dict[str, Any]], response_model: type[T], *, max_reasks: int = 2) -> tuple[T | None, CallStats, str | None]:
        """Ask for ``response_model``; returns (parsed, stats, last_raw_text).

        ``parsed`` is None when every attempt failed validation; the caller may then
        salvage ``last_raw_text`` against a laxer model.
        """
        import instructor

        from extractor.backends.instructor_speedups import install

        install()
        stats = CallStats()
        attempts = 0

        def create(**kwargs: Any) -> Any:
            nonlocal attempts
            attempts += 1
            stats.reasks = attempts - 1
            return self._create(stats, **kwargs)

        patched = instructor.patch(create=create, mode=instructor_mode(self.mode))
        try:
            result = patched(
                model=self.model,
                messages=messages,
                response_model=response_model,
                max_retries=max_reasks,
                temperature=self.temperature,
            )
        except instructor.core.InstructorRetryException as exc:
            cause = exc.__cause__
            if isinstance(cause, BackendError):
                cause.stats = stats
                raise cause from None
            if cause is not None and not _is_parse_error(cause):
                error = BackendError(f"{type(cause).__name__}: {cause}")
                error.stats = stats
                raise error from cause
            stats.last_error = _short(str(exc))
            last = stats.exchanges[-1].response_text if stats.exchanges else None
            return None, stats, last
        except BackendError as exc:  # raised by create() outside instructor's retry wrapper
            exc.stats = stats
            raise
        return result, stats, (stats.exchanges[-1].response_text if stats.exchanges else None)


def _is_parse_error(exc: BaseException) -> bool:
    from pydantic import ValidationError

    return isinstance(exc, (ValidationError, json.JSONDecodeError, ValueError))


def _short(text: str, limit: int = 500) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
