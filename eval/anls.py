"""ANLS* (the ``anls-star`` package) as an outside cross-check of the scores.

ANLS* knows nothing of our alignment or tolerances: it matches lists by its own
Hungarian assignment and compares leaves by normalised Levenshtein similarity. If
it and our F1 move in opposite directions between two runs, one of them is wrong
and worth a look.

The tree fed to it is the article's records flattened by type, like our own
alignment. Verbatim quotes (``evidence``, ``name_in_text``) are left out: they are
judged by span overlap in our metrics, and as long strings they would turn ANLS*
into a measure of where a quote was cut rather than of what was extracted.

The package computes Levenshtein in a Python double loop, which dominates the
score's time on gold articles (docs/performance.md). While we call the package, its
``ANLSLeaf._levenshtein_distance`` is swapped for rapidfuzz's C implementation of
the same unit-cost edit distance (:func:`extractor._compat.fast_levenshtein`, re-exported
here); ``tests/test_eval_anls.py`` checks the two agree, so a package update that
changes the metric is noticed.
"""

from __future__ import annotations

from typing import Any

from extractor._compat import fast_levenshtein
from extractor.eval.compare import RECORD_TYPES, FlatRecord
from extractor.eval.similarity import FIELD_KINDS


def _leaf(value: Any) -> Any:
    # 12.0 and 12 are the same number; ANLS* compares leaves as strings.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_leaf(v) for v in value]
    return value


def record_tree(rtype: str, records: list[FlatRecord]) -> list[dict[str, Any]]:
    fields = [f for f, kind in FIELD_KINDS[rtype].items() if kind != "quote"]
    return [{f: _leaf(r.data.get(f)) for f in fields} for r in records]


def anls_by_type(
    gold: dict[str, list[FlatRecord]], pred: dict[str, list[FlatRecord]]
) -> tuple[float, dict[str, float | None]]:
    """(whole-article ANLS*, per-type ANLS*) — a type empty on both sides gets None."""
    from anls_star import anls_score

    trees_g = {t: record_tree(t, gold[t]) for t in RECORD_TYPES}
    trees_p = {t: record_tree(t, pred[t]) for t in RECORD_TYPES}
    # One call: the per-key scores of the whole tree are the per-type ANLS* values.
    with fast_levenshtein():
        total, key_scores = anls_score(trees_g, trees_p, return_key_scores=True)
    per_type: dict[str, float | None] = {
        t: None if not trees_g[t] and not trees_p[t] else float(key_scores[t].anls_score)
        for t in RECORD_TYPES
    }
    return float(total), per_type
