"""How well records' ``confidence`` predicts that they are right.

A predicted record is *right* when it is matched to a gold record and every field of
the pair agrees (status ``matched``); mismatched and extra records are wrong. Gold
records the run missed have no confidence and do not count here (recall measures
them). Per record type and overall:

* ``auroc``: the chance that a right record scores above a wrong one (ties count
  half); None when all records are right or all wrong;
* ``ece``: expected calibration error over ten equal-width bins of confidence;
* ``brier``: mean squared error of confidence against rightness;
* ``n``, ``right``: records with a confidence, and how many of them are right.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from extractor.eval.compare import RECORD_TYPES, ArticleComparison

BINS = 10


@dataclass(frozen=True)
class Outcome:
    """One predicted record: its type, article, path, confidence and whether it is right."""

    type: str
    article_id: str
    path: str
    confidence: float
    right: bool


def record_outcomes(comparisons: Iterable[ArticleComparison]) -> list[Outcome]:
    """Every predicted record with a confidence, and whether gold says it is right."""
    out = []
    for comp in comparisons:
        for pair in comp.pairs:
            rec = pair.pred
            if rec is None or rec.confidence is None:
                continue
            out.append(Outcome(pair.type, comp.article_id, rec.path, rec.confidence,
                               pair.status == "matched"))
    return out


def auroc(scores: Sequence[float], right: Sequence[bool]) -> float | None:
    """Area under the ROC curve (Mann-Whitney U with average ranks for ties)."""
    from scipy.stats import rankdata

    pos = sum(bool(r) for r in right)
    neg = len(right) - pos
    if not pos or not neg:
        return None
    ranks = rankdata(scores)
    u = sum(rk for rk, r in zip(ranks, right, strict=True) if r) - pos * (pos + 1) / 2
    return float(u / (pos * neg))


def ece(scores: Sequence[float], right: Sequence[bool], bins: int = BINS) -> float | None:
    """Expected calibration error: bin-weighted |share right - mean confidence|."""
    if not scores:
        return None
    groups: dict[int, list[tuple[float, bool]]] = {}
    for s, r in zip(scores, right, strict=True):
        groups.setdefault(min(bins - 1, int(s * bins)), []).append((s, r))
    total = 0.0
    for members in groups.values():
        conf = sum(s for s, _ in members) / len(members)
        acc = sum(r for _, r in members) / len(members)
        total += len(members) * abs(acc - conf)
    return total / len(scores)


def brier(scores: Sequence[float], right: Sequence[bool]) -> float | None:
    if not scores:
        return None
    return sum((s - float(r)) ** 2 for s, r in zip(scores, right, strict=True)) / len(scores)


def summarise(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    scores = [o.confidence for o in outcomes]
    right = [o.right for o in outcomes]
    return {"auroc": auroc(scores, right), "ece": ece(scores, right),
            "brier": brier(scores, right), "n": len(outcomes), "right": sum(right)}


def confidence_report(comparisons: Iterable[ArticleComparison]) -> dict[str, Any]:
    """``{type: {auroc, ece, brier, n, right}, ..., "overall": {...}}``."""
    outcomes = record_outcomes(comparisons)
    report = {t: summarise([o for o in outcomes if o.type == t]) for t in RECORD_TYPES}
    report["overall"] = summarise(outcomes)
    return report
