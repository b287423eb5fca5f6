"""Evaluation harness: align predictions with gold labels, score, diff, review.

Library first; ``extractor eval`` and ``extractor diff`` only parse options and print.

    >>> from extractor.eval import score_runs
    >>> report = score_runs("runs/today", "corpus/gold")
    >>> report.overall.f1, report.to_json()
"""

from extractor.eval.align import Alignment, align
from extractor.eval.compare import (
    RECORD_TYPES,
    ArticleComparison,
    FieldResult,
    FlatRecord,
    RecordPair,
    compare_article,
    flatten,
)
from extractor.eval.harness import (
    DEFAULT_ARTICLES_DIR,
    RunComparison,
    compare_runs,
    diff_articles,
    score_runs,
)
from extractor.eval.html import render_html
from extractor.eval.metrics import (
    PRF,
    ArticleScore,
    EvalReport,
    FieldScore,
    compare_reports,
    score_comparisons,
)
from extractor.eval.similarity import MATCH_THRESHOLD, Tolerances

__all__ = [
    "DEFAULT_ARTICLES_DIR",
    "MATCH_THRESHOLD",
    "PRF",
    "RECORD_TYPES",
    "Alignment",
    "ArticleComparison",
    "ArticleScore",
    "EvalReport",
    "FieldResult",
    "FieldScore",
    "FlatRecord",
    "RecordPair",
    "RunComparison",
    "Tolerances",
    "align",
    "compare_article",
    "compare_reports",
    "compare_runs",
    "diff_articles",
    "flatten",
    "render_html",
    "score_comparisons",
    "score_runs",
]
