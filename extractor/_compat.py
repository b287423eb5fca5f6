"""Every use of another library's internals, in one place.

Each entry below reaches past a library's documented API, for speed or to fit the
library to this project. Each one names what it relies on, checks that the thing is
still there, and says so when it is not: a speed-up whose target moved is reported
(``CompatWarning``, and :func:`patch_status`) instead of silently doing nothing, and
a use the pipeline cannot do without raises :class:`CompatError`. ``tests/test_compat.py``
fails when any of them no longer applies; pyproject.toml bounds the versions they
were written against.

- instructor v2: the per-call async-validator check, remembered per class
  (:func:`install_instructor_speedups`);
- instructor: the response model subclasses ``ResponseSchema`` so that instructor
  does not derive a wrapper class per call (:func:`response_schema_base`);
- openai: the chat completion is sent with ``client.post`` rather than
  ``client.chat.completions.create`` (:func:`post_chat_completion`);
- openai: the HTTP library it is built on (httpx), found from the client's class
  (:func:`http_limits`);
- openai: for the command line's start-up, the packages under ``openai.types`` load
  each submodule when one of its names is first used (their ``__init__`` files only
  re-export) (:func:`fast_openai_import`);
- anls-star: its pure-Python edit distance swapped for rapidfuzz's, process-wide
  while a score is computed (:func:`fast_levenshtein`).
- llama-cpp-python: its redirect of file descriptors 1 and 2, to silence what
  llama.cpp prints while loading a model (:func:`quiet_llama_cpp`).
- py3langid: its model loaded from an uncompressed copy kept in the cache folder,
  and set as the module's identifier (:func:`load_language_model`).
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import os
import shutil
import tempfile
import threading
import warnings
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any


class CompatError(RuntimeError):
    """A library's internals this project needs are not where they were."""


class CompatWarning(RuntimeWarning):
    """A speed-up could not be applied (the library changed); results are unchanged."""


#: name of each patch -> "applied", or why it was not
_STATUS: dict[str, str] = {}
_lock = threading.Lock()


def patch_status() -> dict[str, str]:
    """What each patch applied so far did ("applied", or the reason it did not)."""
    return dict(_STATUS)


def _flag(name: str, reason: str) -> None:
    _STATUS[name] = reason
    warnings.warn(f"{name} not applied: {reason}", CompatWarning, stacklevel=3)


# -- instructor -----------------------------------------------------------------------
INSTRUCTOR_ASYNC_CHECK = "instructor.v2.validation.async_validators.reject_async_validators"


def _remembering(check: Callable[[Any], None]) -> Callable[[Any], None]:
    passed: weakref.WeakSet[type] = weakref.WeakSet()

    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in passed:
            return
        check(response_model)
        if isinstance(response_model, type):
            passed.add(response_model)

    reject_async_validators.__wrapped__ = check  # type: ignore[attr-defined]
    return reject_async_validators


def install_instructor_speedups() -> bool:
    """Remember, per response class, that it has no async validators (idempotent).

    instructor walks the whole response model for async validators (which it cannot
    run) up to six times per call: ~1 ms of CPU per article for the draft model. The
    check is a pure function of a class that does not change once defined, so a class
    that passed once passes again; anything else is checked every time, and a class
    that fails is never remembered. Call sites import the check from
    ``instructor.v2.validation.async_validators`` when they run, except
    ``instructor.v2.core.patch``, which imported it at module level.
    """
    name = INSTRUCTOR_ASYNC_CHECK
    if _STATUS.get(name) == "applied":  # every structured call comes here: no lock once done
        return True
    with _lock:
        if name in _STATUS:
            return _STATUS[name] == "applied"
        try:
            from instructor.v2.core import patch
            from instructor.v2.validation import async_validators
        except ImportError as exc:
            _flag(name, f"module missing ({exc})")
            return False
        original = getattr(async_validators, "reject_async_validators", None)
        if original is None:
            _flag(name, "function missing")
            return False
        if not hasattr(original, "__wrapped__"):
            fast = _remembering(original)
            async_validators.reject_async_validators = fast
            if getattr(patch, "reject_async_validators", None) is original:
                patch.reject_async_validators = fast
        _STATUS[name] = "applied"
        return True


def response_schema_base() -> type:
    """instructor's ``ResponseSchema``: a response model that subclasses it is used as
    is, where a plain model gets a new wrapper class derived on every call (~1 ms)."""
    try:
        from instructor import ResponseSchema
    except ImportError as exc:
        raise CompatError(f"instructor.ResponseSchema is gone: {exc}") from exc
    _STATUS["instructor.ResponseSchema"] = "applied"
    return ResponseSchema


# -- openai ---------------------------------------------------------------------------
def post_chat_completion(client: Any, body: dict[str, Any], completion_type: type) -> Any:
    """The POST that ``client.chat.completions.create(**body)`` sends (sync or async client).

    It skips the client's recursive TypedDict transform of the body (~0.8 ms per
    request walking the tool schema), which only matters for typed objects: instructor
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


# -- openai: lazy type packages -------------------------------------------------------
LAZY_OPENAI_TYPES = "openai.types lazy re-exports"


def _reexports(init_file: str) -> dict[str, tuple[str, str]] | None:
    """name -> (relative submodule, name in it), if ``init_file`` only re-exports
    names from its own submodules (``from .x import Y as Y``); None otherwise, and when
    it cannot be read as source (an installed zip, bytecode only)."""
    import ast

    names: dict[str, tuple[str, str]] = {}
    try:
        body = ast.parse(Path(init_file).read_text(encoding="utf-8")).body
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None
    for node in body:
        future = isinstance(node, ast.ImportFrom) and node.module == "__future__"
        if not future and not (isinstance(node, ast.ImportFrom) and node.level == 1 and node.module):
            return None
        for alias in node.names:
            if alias.name == "*":
                return None
            names[alias.asname or alias.name] = (("" if future else ".") + node.module, alias.name)
    return names


class _ReexportLoader(importlib.abc.Loader):
    """Executes a re-export package as a PEP 562 module: a name's submodule is imported
    the first time the name is read, and the value is then kept on the package."""

    def __init__(self, names: dict[str, tuple[str, str]]) -> None:
        self.names = names

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: Any) -> None:
        names = self.names

        def __getattr__(name: str) -> Any:
            if name not in names:
                raise AttributeError(f"module {module.__name__!r} has no attribute {name!r}")
            submodule, attr = names[name]
            value = getattr(importlib.import_module(submodule, module.__name__), attr)
            setattr(module, name, value)
            return value

        module.__getattr__ = __getattr__
        module.__dir__ = lambda: sorted(set(vars(module)) | set(names))
        module.__all__ = [n for n, (sub, _) in names.items() if sub.startswith(".")]  # for import *
        # Importing submodule `x` sets the package's attribute `x`: a name re-exported
        # under its own submodule's name is resolved now, as the eager file would, and
        # so are ``from __future__`` names (absolute, and free).
        for name, (submodule, _) in names.items():
            if not submodule.startswith(".") or submodule[1:].rpartition(".")[2] == name:
                __getattr__(name)


class _ReexportFinder(importlib.abc.MetaPathFinder):
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.prefix and not fullname.startswith(self.prefix + "."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.submodule_search_locations is None or not spec.origin:
            return spec
        names = _reexports(spec.origin)
        if names is None:
            if fullname == self.prefix:
                _flag(LAZY_OPENAI_TYPES, f"{spec.origin} does more than re-export names")
            return spec
        spec.loader = _ReexportLoader(names)
        return spec


def lazy_reexport_packages(prefix: str) -> bool:
    """Load ``prefix`` and the packages under it lazily where their ``__init__`` only
    re-exports submodules' names; a package that does anything else loads as usual.
    Must run before ``prefix`` is imported; returns whether it could (idempotent)."""
    import sys

    if any(isinstance(f, _ReexportFinder) and f.prefix == prefix for f in sys.meta_path):
        return True
    if prefix in sys.modules:
        return False
    sys.meta_path.insert(0, _ReexportFinder(prefix))
    return True


def fast_openai_import() -> bool:
    """``import openai`` in about half its time, for the command line's start-up.

    ``openai.types`` and its subpackages load lazily (:func:`lazy_reexport_packages`):
    eagerly, ~750 modules and ~1,200 pydantic classes, most of openai's import time; a
    request imports what it uses. Must run before anything imports openai; returns
    whether it could. The library leaves the importer's openai alone: only the
    ``extractor`` command calls this.
    """
    import sys

    if "openai" in sys.modules:
        _STATUS[LAZY_OPENAI_TYPES] = "openai was imported first"
        return False
    lazy_reexport_packages("openai.types")
    _STATUS.setdefault(LAZY_OPENAI_TYPES, "applied")
    return True


# -- anls-star ------------------------------------------------------------------------
ANLS_LEVENSHTEIN = "anls_star.anls_star.ANLSLeaf._levenshtein_distance"


@contextmanager
def fast_levenshtein() -> Iterator[None]:
    """Run ANLS* with rapidfuzz's edit distance (same values, C speed), then restore.

    The package computes Levenshtein in a Python double loop (30 s for four gold
    articles with ~30 directives each). The swap is of a class attribute, so it holds
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


# -- llama-cpp-python -----------------------------------------------------------------
LLAMA_CPP_QUIET = "llama_cpp._utils.suppress_stdout_stderr"


def quiet_llama_cpp() -> Any:
    """A context that silences what llama.cpp writes straight to the process's stdout
    and stderr (model-loading notes, printed even with ``verbose=False``).

    It is llama-cpp-python's own redirect of file descriptors 1 and 2; when that is
    gone the notes are printed (``CompatWarning``), nothing else changes.
    """
    try:
        from llama_cpp._utils import suppress_stdout_stderr
    except ImportError as exc:
        _flag(LLAMA_CPP_QUIET, f"missing ({exc})")
        return nullcontext()
    _STATUS[LLAMA_CPP_QUIET] = "applied"
    return suppress_stdout_stderr(disable=False)


# -- py3langid ------------------------------------------------------------------------
LANGID_MODEL = "py3langid.langid.IDENTIFIER"
_LANGID_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def load_language_model(cache_dir: Path) -> None:
    """Set py3langid's identifier from an uncompressed copy of its model in ``cache_dir``.

    py3langid decompresses its LZMA model on every process start (~0.5 s of CPU, on the
    way to every run's first request). The first load writes the model's arrays as
    ``.npy`` files (about 70 MB) into a folder named after the model file's version,
    size and time; later loads map them (~0.03 s). The identifier is built the way
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
    it, and its own ``_to_array`` copies it (~40 MB, ~50 ms) where the view of the
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
