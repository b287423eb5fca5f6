"""Checks of what `extract` and `batch submit` are given: articles, output folder, backend.

Each problem becomes a usage error (exit code 2) that names the flag at fault, before
any model is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.cli.app import usage_error

if TYPE_CHECKING:
    from extractor.backends import Backend
    from extractor.pipeline import ExtractOptions

#: backend option name -> the flag that sets it
BACKEND_FLAGS = {
    "model": "--model", "model_path": "--model-path", "base_url": "--base-url",
    "api_key": "$OPENAI_API_KEY", "mode": "--mode", "max_tokens": "--max-tokens",
    "max_tokens_cap": "--max-tokens-cap", "n_ctx": "--n-ctx", "n_threads": "--threads", "instances": "--instances",
    "timeout": "--timeout", "bounded": "--bounded/--unbounded",
}


def find_articles(paths: Iterable[Path]) -> list[Path]:
    """The article files under ``paths``; none at all is a usage error.

    Starts loading the language model in the background (their language will be
    detected), so that it overlaps the imports and set-up that follow.
    """
    from extractor.articles import ARTICLE_SUFFIXES, discover, preload_language_model

    paths = list(paths)
    try:
        files = discover(paths)
    except FileNotFoundError as exc:
        raise usage_error(str(exc)) from None
    if not files:
        kinds = ", ".join(ARTICLE_SUFFIXES)
        raise usage_error(f"no article files ({kinds}) in {', '.join(map(str, paths))}")
    preload_language_model()
    return files


def prepare_out(out: Path, flag: str = "--out") -> Path:
    """Create the output folder (and its parents); a file in the way is a usage error."""
    if out.exists() and not out.is_dir():
        raise usage_error(f"{out} is a file, not a directory", flag)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise usage_error(f"cannot create {out}: {exc.strerror or exc}", flag) from None
    return out


def extract_options(**flags: Any) -> ExtractOptions:
    """The run's options from the flags given (None: the library's default)."""
    from extractor.pipeline import ExtractOptions

    return ExtractOptions(**{k: v for k, v in flags.items() if v is not None})


def build_backend(name: str, **options: Any) -> Backend:
    """The backend ``name`` from the flags given (None: not given).

    A flag that does not apply to the backend, or a bad value, is a usage error; so is
    a backend that cannot start from what it was given (no API key, no model file).
    """
    from enum import Enum

    from extractor.backends import BackendError
    from extractor.backends.options import OPTIONS, backend_options

    given = {k: (v.value if isinstance(v, Enum) else str(v) if isinstance(v, Path) else v)
             for k, v in options.items() if v is not None}
    foreign = [BACKEND_FLAGS.get(k, k) for k in given if k not in OPTIONS[name].model_fields]
    if foreign:
        raise usage_error(f"{', '.join(foreign)} cannot be used with --backend {name}")
    try:
        return backend_options(name, given, names=BACKEND_FLAGS).build()
    except BackendError as exc:
        raise usage_error(str(exc)) from None
