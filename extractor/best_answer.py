"""Never lose an answer: keep the best schema-valid answer seen for one request.

A structured call may take several requests (re-asks after validator errors, then a
follow-up). Each schema-valid answer is :meth:`BestAnswer.offer`-ed with the number of
errors the validators still find in it after repair; the one with the fewest errors
(the earliest among equals) is kept. When a later request fails -- a transport error
on the last re-ask, a follow-up that times out -- the caller falls back to
:meth:`BestAnswer.take` instead of failing the article.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class BestAnswer:
    """The best answer offered so far (thread-safe: validation may run in a worker)."""

    draft: Any = None
    errors: int | None = None
    offered: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def offer(self, draft: Any, errors: int) -> bool:
        """Keep ``draft`` when it has fewer errors than the best so far; True if kept.

        A reference is kept, not a copy (a deep copy of every checked answer was ~5 % of
        a run's CPU): the caller must not change an offered draft -- the pipeline works
        on its own copy of the accepted answer. :meth:`take` copies, and is rare.
        """
        with self._lock:
            self.offered += 1
            if self.draft is not None and self.errors is not None and errors >= self.errors:
                return False
            self.draft = draft
            self.errors = errors
            return True

    def take(self) -> Any:
        """The best answer (a copy), or None when no schema-valid answer was seen."""
        with self._lock:
            return None if self.draft is None else copy.deepcopy(self.draft)

    @property
    def usable(self) -> bool:
        return self.draft is not None
