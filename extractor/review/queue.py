"""Where a reviewer should look first: expected errors per article, the review queue,
and the required fields a gold record may not leave empty."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from extractor.confidence import attach_confidence, find_calibration, records
from extractor.schemas import ArticleExtraction, Finding
from extractor.schemas.registry import RECORD_TYPES

_UNREVIEWED_FIRST = {"not_started": 0, "in_progress": 0, "reviewed": 1}


def refresh_confidence(articles: Mapping[str, ArticleExtraction],
                       ledger: Mapping[str, Any]) -> bool:
    """Give the run's records the confidence of the calibration stored now for their
    model and prompt version (or the uncalibrated one when they have none); in memory
    only. True when every article ends up calibrated."""
    calibrated = bool(articles)
    for aid, ex in articles.items():
        prov = ex.provenance
        cal = find_calibration(prov.model, prov.prompt_version) if prov is not None else None
        info = ex.confidence
        stale = info is None or (cal is not None and info.calibration != cal.id)
        if stale:
            attach_confidence(ex, ledger.get(aid), cal, lookup=False)
        calibrated = calibrated and bool(ex.confidence and ex.confidence.calibrated)
    return calibrated


def article_row(pred: ArticleExtraction | None, rejected: frozenset[str]) -> dict[str, Any]:
    """What the queue orders an article by: the run's expected wrong records (sum of
    1 - confidence), its records, and the KPI candidates no KPI covers."""
    if pred is None:
        return {"expected_errors": 0.0, "records": 0, "uncovered": 0}
    confs = [getattr(rec, "confidence", None) for _, _, rec in records(pred)]
    expected = sum(1.0 - c for c in confs if c is not None)
    uncovered = len(pred.coverage.uncovered) if pred.coverage is not None else 0
    return {"expected_errors": round(expected, 4), "records": len(confs), "uncovered": uncovered,
            "calibrated": bool(pred.confidence and pred.confidence.calibrated)}


def queue_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Unreviewed first; then most expected errors, validator errors, uncovered figures."""
    return sorted(rows, key=lambda r: (_UNREVIEWED_FIRST.get(r["status"], 0),
                                       -r["expected_errors"], -r["errors"], -r["uncovered"],
                                       r["article_id"]))


def _required(rtype: Any) -> tuple[str, ...]:
    # A text field the contract does not let be null may not be empty either.
    return tuple(name for name, f in rtype.record.model_fields.items()
                 if f.annotation is str and name in rtype.field_kinds)


REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {t.name: _required(t) for t in RECORD_TYPES}


def required_findings(extraction: ArticleExtraction) -> list[Finding]:
    """An error for each required text field left empty (blank) in a gold record."""
    out = []
    for rtype, path, rec in records(extraction):
        for name in REQUIRED_FIELDS[rtype]:
            if not str(getattr(rec, name) or "").strip():
                out.append(Finding(code="required_field", severity="error",
                                   path=f"{path}.{name}", message=f"{name} is empty"))
    return out
