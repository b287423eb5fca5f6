"""Model backends behind one interface (see ``base.Backend``)."""

from __future__ import annotations

from typing import Any

from extractor.backends.base import Backend, BackendError, CallStats, TruncatedOutput

BACKENDS = ("local", "openai")


def make_backend(name: str = "local", **options: Any) -> Backend:
    """Build a backend by name; unknown options for that backend are ignored if None."""
    opts = {k: v for k, v in options.items() if v is not None}
    if name == "local":
        from extractor.backends.local import LocalBackend

        allowed = {"model_path", "bounded", "n_ctx", "n_threads", "seed", "chat_format", "max_tokens", "max_tokens_cap", "temperature"}
        return LocalBackend(**{k: v for k, v in opts.items() if k in allowed})
    if name == "openai":
        from extractor.backends.openai_backend import OpenAIBackend

        allowed = {"model", "bounded", "base_url", "api_key", "mode", "timeout", "max_attempts", "max_retry_seconds", "backoff_base", "backoff_max", "context_tokens", "max_tokens", "max_tokens_cap", "temperature"}
        return OpenAIBackend(**{k: v for k, v in opts.items() if k in allowed})
    raise BackendError(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")


__all__ = ["BACKENDS", "Backend", "BackendError", "CallStats", "TruncatedOutput", "make_backend"]
