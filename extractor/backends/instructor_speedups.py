"""Per-call work in instructor that depends only on the response model, done once per model.

instructor checks the response model for async validators (which it cannot run) on
every call, up to six times per call, by walking the whole model tree: ~1 ms of CPU per
article for our draft model, paid under the GIL by every worker thread. The check is a
pure function of a class that does not change after it is defined, so a class that
passed once passes again. Anything that is not a class is still checked every time,
and a class that fails is never remembered: the error is raised as before.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

_installed = False
_install_lock = threading.Lock()


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


def install() -> None:
    """Swap in the remembering check where instructor looks it up (idempotent).

    Call sites import it from ``instructor.v2.validation.async_validators`` when they
    run, except ``instructor.v2.core.patch``, which imported it at module level.
    Versions of instructor without these modules are left alone.
    """
    global _installed
    if _installed:  # every structured call comes here: no lock once done
        return
    with _install_lock:
        if _installed:
            return
        _installed = True
        try:
            from instructor.v2.core import patch
            from instructor.v2.validation import async_validators
        except ImportError:
            return
        original = getattr(async_validators, "reject_async_validators", None)
        if original is None or hasattr(original, "__wrapped__"):
            return
        fast = _remembering(original)
        async_validators.reject_async_validators = fast
        if getattr(patch, "reject_async_validators", None) is original:
            patch.reject_async_validators = fast
