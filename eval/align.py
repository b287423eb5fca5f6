"""One-to-one alignment of gold and predicted records (Hungarian assignment).

``scipy.optimize.linear_sum_assignment`` maximises the total similarity over all
one-to-one pairings, so one strong pair is never broken up to make two weak ones
look better. Pairs below the threshold are zeroed *before* the assignment (they
cannot be matches, so they must not steal a partner) and dropped after it: each
such gold record is one miss and each such prediction one false record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
from scipy.optimize import linear_sum_assignment

G = TypeVar("G")
P = TypeVar("P")


@dataclass(frozen=True)
class Alignment:
    """Result of aligning one list of gold records with one list of predictions."""

    pairs: list[tuple[int, int, float]] = field(default_factory=list)  # (gold, pred, similarity)
    missed: list[int] = field(default_factory=list)  # gold indices without a counterpart
    extra: list[int] = field(default_factory=list)  # predicted indices without a counterpart

    @property
    def tp(self) -> int:
        return len(self.pairs)

    @property
    def fn(self) -> int:
        return len(self.missed)

    @property
    def fp(self) -> int:
        return len(self.extra)


def similarity_matrix(
    gold: Sequence[G], pred: Sequence[P], similarity: Callable[[G, P], float]
) -> np.ndarray:
    matrix = np.zeros((len(gold), len(pred)), dtype=float)
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            matrix[i, j] = similarity(g, p)
    return matrix


def align(
    gold: Sequence[G],
    pred: Sequence[P],
    similarity: Callable[[G, P], float],
    threshold: float,
) -> Alignment:
    """Pair ``gold[i]`` with ``pred[j]`` one to one, maximising total similarity."""
    if not gold or not pred:
        return Alignment(missed=list(range(len(gold))), extra=list(range(len(pred))))
    matrix = similarity_matrix(gold, pred, similarity)
    eligible = np.where(matrix >= threshold, matrix, 0.0)
    rows, cols = linear_sum_assignment(eligible, maximize=True)
    pairs = [
        (int(i), int(j), float(matrix[i, j]))
        for i, j in zip(rows, cols, strict=True)
        if matrix[i, j] >= threshold
    ]
    matched_gold = {i for i, _, _ in pairs}
    matched_pred = {j for _, j, _ in pairs}
    return Alignment(
        pairs=sorted(pairs),
        missed=[i for i in range(len(gold)) if i not in matched_gold],
        extra=[j for j in range(len(pred)) if j not in matched_pred],
    )
