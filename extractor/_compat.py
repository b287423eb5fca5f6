"""Every use of another library's internals, in one place.

Each entry reaches past a library's documented API, for speed or to fit the library to
this project, names what it relies on and checks that it is still there. A speed-up
whose target moved falls back to the plain path with a ``CompatWarning`` (and says so
in :func:`patch_status`); only a use the pipeline cannot do without raises
:class:`CompatError`. ``tests/test_compat.py`` fails when any of them no longer
applies, against the versions in ``uv.lock``.

- instructor: the response model subclasses ``ResponseSchema`` so that instructor
  does not derive a wrapper class per call (:func:`response_schema_base`, speed-up);
- instructor: the exception it raises when every attempt failed, which it does not
  re-export at top level (:func:`retry_exception`);
- openai: the chat completion is sent with the client's low-level ``post`` rather than
  ``client.chat.completions.create``, skipping the typed-body transform
  (:func:`post_chat_completion`);
- openai: the HTTP library it is built on (httpx), found from the client's class, for
  connection limits that keep one connection per request in flight (:func:`http_limits`);
- anls-star: its pure-Python edit distance swapped for rapidfuzz's while a score is
  computed (:func:`fast_levenshtein`, speed-up);
- py3langid: its model loaded from an uncompressed copy kept in the cache folder,
  and set as the module's identifier (:func:`load_language_model`, speed-up).

What each saves is measured in docs/performance.md.
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


class CompatError(RuntimeError):
    """A library's internals this project needs are not where they were."""


class CompatWarning(RuntimeWarning):
    """A speed-up could not be applied (the library changed); results are unchanged."""


#: name of each patch -> "applied", or why it was not
_STATUS: dict[str, str] = {}


def patch_status() -> dict[str, str]:
    """What each patch applied so far did ("applied", or the reason it did not)."""
    return dict(_STATUS)


def _flag(name: str, reason: str) -> None:
    _STATUS[name] = reason
    warnings.warn(f"{name} not applied: {reason}", CompatWarning, stacklevel=3)


# -- instructor -----------------------------------------------------------------------
INSTRUCTOR_RESPONSE_SCHEMA = "instructor.ResponseSchema"


def response_schema_base() -> type:
    """instructor's ``ResponseSchema``: a response model that subclasses it is used as
    is, where a plain model gets a new wrapper class derived on every call. A speed-up
    only: when it is gone the plain pydantic base is returned (``CompatWarning``)."""
    try:
        from instructor import ResponseSchema
    except ImportError as exc:
        _flag(INSTRUCTOR_RESPONSE_SCHEMA, f"missing ({exc})")
        from pydantic import BaseModel

        return BaseModel
    _STATUS[INSTRUCTOR_RESPONSE_SCHEMA] = "applied"
    return ResponseSchema


def retry_exception() -> type[Exception]:
    """The exception instructor raises when every attempt of a structured call failed
    (its ``__cause__`` is the last attempt's error). Not re-exported at the package's
    top level; the pipeline cannot tell a bad answer from a failed request without it."""
    try:
        from instructor.core import InstructorRetryException
    except ImportError as exc:
        raise CompatError(f"instructor.core.InstructorRetryException is gone: {exc}") from exc
    return InstructorRetryException


# -- openai ---------------------------------------------------------------------------
def post_chat_completion(client: Any, body: dict[str, Any], completion_type: type) -> Any:
    """The POST that ``client.chat.completions.create(**body)`` sends (sync or async client).

    It skips the client's recursive TypedDict transform of the body (a walk of the
    tool schema on every request), which only matters for typed objects: instructor
    hands over plain JSON data. Errors, timeouts and response parsing are the client's
    own. With an async client this returns the coroutine to await.
    """
    return client.post("/chat/completions", body=body, cast_to=completion_type)


def http_module() -> Any:
    """The HTTP library the installed openai client is built on (httpx today)."""
    import openai

    bases = [c for c in openai.DefaultAsyncHttpxClient.__mro__[1:] if c.__name__ == "AsyncClient"]
    if not bases:
        raise CompatError("openai.DefaultAsyncHttpxClient no longer derives from an AsyncClient")
    return importlib.import_module(bases[0].__module__.partition(".")[0])


def http_limits(connections: int) -> Any:
    """Connection limits keeping ``connections`` connections alive (one per request in
    flight, so that no request pays for a new connection)."""
    http = http_module()
    return http.Limits(max_connections=max(connections, 1000), max_keepalive_connections=connections)


# -- anls-star ------------------------------------------------------------------------
ANLS_LEVENSHTEIN = "anls_star.anls_star.ANLSLeaf._levenshtein_distance"


@contextmanager
def fast_levenshtein() -> Iterator[None]:
    """Run ANLS* with rapidfuzz's edit distance (same values, C speed), then restore.

    The package computes Levenshtein in a Python double loop, which dominates a gold
    comparison's time (docs/performance.md). The swap is of a class attribute, so it holds
    for every thread while the block runs; ``tests/test_eval_anls.py`` checks the two
    distances agree.
    """
    from anls_star.anls_star import ANLSLeaf
    from rapidfuzz.distance import Levenshtein

    original = ANLSLeaf.__dict__.get("_levenshtein_distance")
    if original is None:
        _flag(ANLS_LEVENSHTEIN, "method missing")
        yield
        return
    ANLSLeaf._levenshtein_distance = staticmethod(Levenshtein.distance)
    _STATUS[ANLS_LEVENSHTEIN] = "applied"
    try:
        yield
    finally:
        ANLSLeaf._levenshtein_distance = original


# -- py3langid ------------------------------------------------------------------------
LANGID_MODEL = "py3langid.langid.IDENTIFIER"
_LANGID_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def load_language_model(cache_dir: Path) -> None:
    """Set py3langid's identifier from an uncompressed copy of its model in ``cache_dir``.

    py3langid decompresses its LZMA model on every process start, on the way to every
    run's first request. The first load writes the model's arrays as
    ``.npy`` files into a folder named after the model file's version,
    size and time; later loads map them. The identifier is built the way
    ``LanguageIdentifier.from_model_file`` builds it, so it classifies identically
    (``tests/test_compat.py``). When the internals moved, py3langid loads its own model
    (``CompatWarning``); when the cache cannot be written, the arrays are used unsaved.
    """
    try:
        import numpy as np
        from py3langid import langid
        from py3langid.modelio import _to_array

        if langid.IDENTIFIER is not None:
            return
        model_file = Path(langid.MODEL_DIR) / langid.MODEL_FILE
        stat = model_file.stat()
        folder = cache_dir / f"langid-{stat.st_size}-{int(stat.st_mtime)}"
        arrays = _cached_arrays(folder) or _decompressed_arrays(model_file, folder)
        langid.IDENTIFIER = langid.LanguageIdentifier(
            np.asarray(arrays["ptc"]), np.asarray(arrays["pc"]), arrays["classes"].tolist(),
            _index_view(arrays["nextmove"]), arrays["out_feat"].tolist(),
            tk_row=_to_array(arrays["nextmove_row"]))  # fmt: skip
    except (ImportError, AttributeError, TypeError, KeyError, ValueError) as exc:
        _flag(LANGID_MODEL, f"{type(exc).__name__}: {exc}")
        return
    _STATUS[LANGID_MODEL] = "applied"


def _index_view(array: Any) -> memoryview:
    """The tokenizer's transition table as a flat integer view: py3langid only indexes
    it, and its own ``_to_array`` copies it where the view of the
    mapped file reads only the pages a text visits."""
    import numpy as np

    array = np.ascontiguousarray(array)
    return memoryview(array).cast("B").cast(array.dtype.char)


def _cached_arrays(folder: Path) -> dict[str, Any] | None:
    import numpy as np

    try:
        return {k: np.load(folder / f"{k}.npy", mmap_mode="r") for k in _LANGID_ARRAYS}
    except (OSError, ValueError):
        if folder.exists():  # damaged (a file missing or cut short): written anew
            shutil.rmtree(folder, ignore_errors=True)
        return None


def _decompressed_arrays(model_file: Path, folder: Path) -> dict[str, Any]:
    """The model's arrays, saved into ``folder`` (atomically, when it can be written)."""
    import io
    import lzma

    import numpy as np

    with lzma.open(model_file) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
        arrays = {k: data[k] for k in _LANGID_ARRAYS}
    tmp = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".langid-", dir=folder.parent))
        for name, array in arrays.items():
            np.save(tmp / f"{name}.npy", array, allow_pickle=False)
        os.replace(tmp, folder)  # fails when a concurrent process saved it first: same files
    except OSError:  # that, or a read-only home: this process uses the arrays unsaved
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return arrays
