"""HTTP backend: the OpenAI API or any OpenAI-compatible server (vLLM, Ollama, llama.cpp).

The pipeline calls it from its event loop through ``AsyncOpenAI`` (one client per
event loop); ``structured`` and the Batch API use the synchronous ``OpenAI`` client.

Transport retries: the openai client's own retries are switched off
(``max_retries=0``) so that one policy, below instructor, owns them. It is a tenacity
``Retrying``/``AsyncRetrying``: it retries 429 (waiting what ``Retry-After`` or
``Retry-After-Ms`` asks, capped at ``backoff_max``), 408/409/425 and 5xx answers,
timeouts, dropped connections and bodies that are not JSON; otherwise it waits
``backoff_base * 2**(n-1)`` plus up to ``backoff_base`` of jitter, capped at
``backoff_max``. It gives up after ``max_attempts`` requests, or before a wait that
would end more than ``max_retry_seconds`` after the first request was sent. Other
4xx answers fail at once. instructor's re-asks (validation errors) sit above this,
so a transport retry never counts as a re-ask and a re-ask never repeats retries.
"""

from __future__ import annotations

import asyncio
import copy
import os
import time
import weakref
from collections.abc import Callable
from typing import Any

from extractor.backends.base import Backend, BackendError, CallStats, request_slot
from extractor.backends.limits import bound_request

DEFAULT_MODEL = "gpt-4o-mini"
#: statuses retried besides 429 and 5xx: timeout, conflict, too early
RETRIED_STATUSES = (408, 409, 425)


def _retry_after(exc: BaseException | None) -> float | None:
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
    parallelism = None  # requests in flight are bounded by the run's -j only

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
        #: waits between attempts; None: time.sleep / asyncio.sleep. Tests record here.
        self.sleep: Callable[[float], None] | None = None
        # The key lives only inside the clients (and their factory): never in params(),
        # describe(), the cache, the log or run.json.
        self._new_client, self._redact = _client_factory(self.base_url, key, timeout)
        self._client: Any = None
        self._aclients: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()

    @property
    def client(self) -> Any:
        """The synchronous ``openai.OpenAI`` client (``structured``, the Batch API)."""
        if self._client is None:
            self._client = self._new_client(False)
        return self._client

    def aclient(self) -> Any:
        """The ``openai.AsyncOpenAI`` client of the running event loop."""
        loop = asyncio.get_running_loop()
        client = self._aclients.get(loop)
        if client is None:
            client = self._aclients[loop] = self._new_client(True)
        return client

    def open_client(self) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop: the synchronous client is made when first used
        self.aclient()  # its TLS context alone takes ~20-60 ms

    async def aclose(self) -> None:
        client = self._aclients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.close()

    def with_model(self, model: str, *, base_url: str | None = None) -> OpenAIBackend:
        """The same settings asking ``model``: on this server (its key and client settings
        shared), or on ``base_url`` with that server's key from the environment."""
        if base_url is None or base_url == self.base_url:
            twin = copy.copy(self)
            twin.model = model
            twin._client = None
            twin._aclients = weakref.WeakKeyDictionary()
            return twin
        return OpenAIBackend(model, base_url=base_url, mode=self.mode, timeout=self.timeout,
                             max_attempts=self.max_attempts, max_retry_seconds=self.max_retry_seconds,
                             backoff_base=self.backoff_base, backoff_max=self.backoff_max,
                             context_tokens=self.context_tokens, bounded=self.bounded,
                             max_tokens=self.max_tokens, max_tokens_cap=self.max_tokens_cap,
                             temperature=self.temperature)

    def redact(self, text: str) -> str:
        # Providers and proxies echo the key in error bodies ("Incorrect API key
        # provided: sk-..."); those messages end up in run.json, the log and databases.
        return self._redact(text)

    def params(self) -> dict[str, Any]:
        return {**super().params(), "base_url": self.base_url, "bounded": self.bounded}

    # -- one request --------------------------------------------------------------------
    def _body(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return bound_request(kwargs) if self.bounded else kwargs

    def _raw_create(self, **kwargs: Any) -> Any:
        from openai.types.chat import ChatCompletion

        from extractor._compat import post_chat_completion

        return post_chat_completion(self.client, self._body(kwargs), ChatCompletion)

    def _post(self, stats: CallStats, kwargs: dict[str, Any]) -> Any:
        stats.attempts += 1
        t0 = time.perf_counter()
        try:
            return self._checked(stats, lambda: self._raw_create(**kwargs))
        finally:
            stats.model_seconds += time.perf_counter() - t0

    async def _apost(self, stats: CallStats, kwargs: dict[str, Any]) -> Any:
        from openai.types.chat import ChatCompletion

        from extractor._compat import post_chat_completion

        body = self._body(kwargs)
        client = self.aclient()
        async with request_slot():  # held for the round trip only
            stats.attempts += 1
            t0 = time.perf_counter()
            try:
                completion = await self._achecked(stats, post_chat_completion(client, body, ChatCompletion))
            finally:
                stats.model_seconds += time.perf_counter() - t0
        return completion

    def _checked(self, stats: CallStats, send: Callable[[], Any]) -> Any:
        try:
            return self._check_answer(send())
        except Exception as exc:
            error = self._classify(stats, exc)
            if error is exc:
                raise
            raise error from exc

    async def _achecked(self, stats: CallStats, pending: Any) -> Any:
        try:
            return self._check_answer(await pending)
        except Exception as exc:
            error = self._classify(stats, exc)
            if error is exc:
                raise
            raise error from exc

    @staticmethod
    def _check_answer(completion: Any) -> Any:
        if not getattr(completion, "choices", None):
            raise BackendError("the server answered without choices")
        return completion

    def _classify(self, stats: CallStats, exc: Exception) -> Exception:
        """``exc`` itself when a transport retry may help; a BackendError when not."""
        import openai

        if isinstance(exc, openai.APIStatusError):
            if exc.status_code not in RETRIED_STATUSES and exc.status_code != 429 and exc.status_code < 500:
                return BackendError(f"HTTP {exc.status_code}: {_message(exc, self.redact)}")
        # APIConnectionError includes APITimeoutError; a ValueError is a 200 that is not JSON
        elif not isinstance(exc, (openai.APIConnectionError, openai.APIResponseValidationError, ValueError)):
            return exc  # a BackendError, or a bug: not retried
        stats.last_error = f"{type(exc).__name__}: {_message(exc, self.redact)}"
        return exc

    # -- transport retries (tenacity) ---------------------------------------------------
    def _retry_policy(self, stats: CallStats) -> dict[str, Any]:
        import openai
        from tenacity import (
            retry_if_exception_type,
            stop_after_attempt,
            stop_before_delay,
            wait_exponential,
            wait_random,
        )

        backoff = wait_exponential(multiplier=self.backoff_base, max=self.backoff_max) + wait_random(
            0, self.backoff_base)

        def wait(state: Any) -> float:
            asked = _retry_after(state.outcome.exception())
            return min(backoff(state) if asked is None else asked, self.backoff_max)

        def count(state: Any) -> None:
            stats.transport_retries += 1

        def give_up(state: Any) -> Any:
            raise BackendError(f"gave up after {state.attempt_number} attempt(s): {stats.last_error}")

        transient = (openai.APIStatusError, openai.APIConnectionError,
                     openai.APIResponseValidationError, ValueError)
        return {
            "stop": stop_after_attempt(self.max_attempts) | stop_before_delay(self.max_retry_seconds),
            "wait": wait,
            "retry": retry_if_exception_type(transient),
            "before_sleep": count,
            "retry_error_callback": give_up,
        }

    def _send(self, stats: CallStats, kwargs: dict[str, Any]) -> Any:
        from tenacity import Retrying

        waits = {} if self.sleep is None else {"sleep": self.sleep}
        return Retrying(**self._retry_policy(stats), **waits)(self._post, stats, kwargs)

    async def _asend(self, stats: CallStats, kwargs: dict[str, Any]) -> Any:
        from tenacity import AsyncRetrying

        waits: dict[str, Any] = {}
        if self.sleep is not None:
            sleep = self.sleep

            async def asleep(seconds: float) -> None:
                sleep(seconds)

            waits["sleep"] = asleep
        return await AsyncRetrying(**self._retry_policy(stats), **waits)(self._apost, stats, kwargs)

    async def astructured(self, messages: list[dict[str, Any]], response_model: Any, *,
                          max_reasks: int = 2) -> Any:
        return await self._astructured_native(messages, response_model, max_reasks=max_reasks)


def _client_factory(base_url: str | None, key: str, timeout: float
                    ) -> tuple[Callable[[bool], Any], Callable[[str], str]]:
    """(a maker of the sync or async openai client, a redactor of the key): the key stays
    in these closures."""

    def make(asynchronous: bool) -> Any:
        import openai

        if not asynchronous:
            return openai.OpenAI(base_url=base_url, api_key=key, timeout=timeout, max_retries=0)
        from extractor._compat import http_limits

        # openai's aiohttp transport: ~1 ms less CPU per request than httpx2's own
        # (httpcore on anyio); connection limits raised from aiohttp's 100.
        http_client = openai.DefaultAioHttpClient(limits=http_limits(256))
        return openai.AsyncOpenAI(base_url=base_url, api_key=key, timeout=timeout, max_retries=0,
                                  http_client=http_client)

    def redact(text: str) -> str:
        return text.replace(key, "[REDACTED]") if len(key) >= 8 else text

    return make, redact


def _message(exc: Exception, redact: Callable[[str], str]) -> str:
    # redacted before shortening, so a key cut in two cannot leave half of it behind
    text = redact(str(getattr(exc, "message", None) or exc))
    return text if len(text) <= 300 else text[:297] + "..."
