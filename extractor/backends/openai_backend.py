"""HTTP backend: the OpenAI API or any OpenAI-compatible server (vLLM, Ollama, llama.cpp).

The openai client's own retries are switched off (``max_retries=0``) so that one
policy, below instructor, owns transport retries: exponential backoff with jitter,
``Retry-After`` honoured, bounded both in attempts and in total seconds.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from typing import Any

from extractor.backends.base import Backend, BackendError, CallStats
from extractor.backends.limits import bound_request
from extractor.backends.slots import slotted_http_client

DEFAULT_MODEL = "gpt-4o-mini"


def _retry_after(exc: Exception) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    try:
        return float(value) if value else None
    except ValueError:
        return None


class OpenAIBackend(Backend):
    name = "openai"
    slots_in_transport = True

    def __init__(
        self,
        model: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        mode: str = "tools",
        timeout: float = 120.0,
        max_attempts: int = 6,
        max_retry_seconds: float = 300.0,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        context_tokens: int = 32768,
        bounded: bool = False,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        import openai

        self.model = model or os.environ.get("EXTRACTOR_MODEL") or DEFAULT_MODEL
        self.mode = mode
        self.base_url = base_url or os.environ.get("OPENAI_BASE_URL")
        key = api_key or os.environ.get("OPENAI_API_KEY")
        if not key:
            if self.base_url is None:
                raise BackendError(
                    "no API key: set OPENAI_API_KEY, or point --base-url at an "
                    "OpenAI-compatible server (vLLM, Ollama, llama.cpp) that needs none"
                )
            key = "not-needed"  # local servers ignore it; the client insists on one
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.max_retry_seconds = max_retry_seconds
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.context_tokens = context_tokens
        self.bounded = bounded  # for small models behind a local server (see limits.py)
        # The key lives only inside the client object: never in params(), describe(),
        # the cache, the log or run.json.
        from openai.types.chat import ChatCompletion

        self._completion_type = ChatCompletion
        self.client = openai.OpenAI(
            base_url=self.base_url, api_key=key, timeout=timeout, max_retries=0,
            http_client=slotted_http_client(lambda: self._slots),
        )

    def redact(self, text: str) -> str:
        # Providers and proxies echo the key in error bodies ("Incorrect API key
        # provided: sk-..."); those messages end up in run.json, the log and databases.
        key = self.client.api_key
        return text.replace(key, "[REDACTED]") if key and len(key) >= 8 else text

    def params(self) -> dict[str, Any]:
        return {**super().params(), "base_url": self.base_url, "bounded": self.bounded}

    def _raw_create(self, **kwargs: Any) -> Any:
        if self.bounded:
            kwargs = bound_request(kwargs)
        # The same POST that ``chat.completions.create`` sends, minus its recursive
        # TypedDict transform of the body (~0.8 ms per request walking the tool schema),
        # which only matters for typed objects; instructor hands over plain JSON data.
        # Errors, timeouts and response parsing are the client's own.
        return self.client.post("/chat/completions", body=kwargs, cast_to=self._completion_type)

    def _transport_call(self, stats: CallStats, kwargs: dict[str, Any]) -> Any:
        import openai

        transient = (
            openai.RateLimitError,
            openai.InternalServerError,
            openai.APIConnectionError,  # includes APITimeoutError
            openai.APIResponseValidationError,
        )
        deadline = time.monotonic() + self.max_retry_seconds
        for attempt in range(1, self.max_attempts + 1):
            stats.attempts += 1
            try:
                completion = self._raw_create(**kwargs)
                if not getattr(completion, "choices", None):
                    raise BackendError("the server answered without choices")
                return completion
            except transient as exc:
                err = exc
            except openai.APIStatusError as exc:
                if exc.status_code in (408, 409, 425) or exc.status_code >= 500:
                    err = exc
                else:
                    raise BackendError(f"HTTP {exc.status_code}: {_message(exc, self.redact)}") from exc
            except ValueError as exc:  # a 200 whose body is not JSON
                err = exc
            stats.last_error = f"{type(err).__name__}: {_message(err, self.redact)}"
            if attempt == self.max_attempts:
                break
            wait = _retry_after(err)
            if wait is None:
                wait = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
                wait *= 0.5 + random.random() / 2
            wait = min(wait, self.backoff_max)
            if time.monotonic() + wait > deadline:
                break
            stats.transport_retries += 1
            with self.waiting():
                time.sleep(wait)
        raise BackendError(f"gave up after {attempt} attempt(s): {stats.last_error}")


def _message(exc: Exception, redact: Callable[[str], str]) -> str:
    # redacted before shortening, so a key cut in two cannot leave half of it behind
    text = redact(str(getattr(exc, "message", None) or exc))
    return text if len(text) <= 300 else text[:297] + "..."
