"""Model backends behind one interface (see ``base.Backend``)."""

from __future__ import annotations

from typing import Any

from extractor.backends.base import Backend, BackendError, CallStats, TruncatedOutput
from extractor.backends.options import BACKENDS, backend_options


def make_backend(name: str = "local", **options: Any) -> Backend:
    """Build a backend by name from its options (see :mod:`extractor.backends.options`).

    An option the backend does not take, or a value of the wrong type, raises
    :class:`BackendError`; options given as None count as not given.
    """
    return backend_options(name, options).build()


__all__ = ["BACKENDS", "Backend", "BackendError", "CallStats", "TruncatedOutput", "make_backend"]
