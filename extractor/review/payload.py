"""JSON shapes the review page renders: record pairs, highlights, findings, field inputs.

The comparison is the one ``extractor.eval`` builds for scores, terminal diffs and the
static diff page, so the editor cannot disagree with ``extractor eval``.
"""

from __future__ import annotations

import hashlib
import json
import types
import typing
from enum import Enum
from typing import Any

from extractor.eval.compare import ArticleComparison, FlatRecord
from extractor.eval.html import field_verdicts, highlight_segments, pair_refs, record_ref
from extractor.schemas import Finding
from extractor.schemas.registry import CHILD_TYPES, RECORD_TYPES, RecordType

RECORD_NAMES = tuple(t.name for t in RECORD_TYPES)
_CHILD_NAMES = frozenset(t.name for t in CHILD_TYPES)
# Shown first in the page: what needs a decision before what already agrees; within
# each, the predictions the run is least sure of first.
_ORDER = {"missing": 0, "extra": 1, "mismatched": 1, "matched": 2}


def fingerprint(rec: FlatRecord) -> str:
    """A predicted record's identity across reviews: its type and a hash of its fields
    (not its position, which another run may change)."""
    body = json.dumps(rec.data, sort_keys=True, ensure_ascii=False)
    return f"{rec.type}:{hashlib.sha256(body.encode()).hexdigest()[:16]}"


def _pair_key(pair: Any) -> tuple[int, float, int]:
    conf = pair.pred.confidence if pair.pred is not None else None
    return (_ORDER[pair.status], 1.0 if conf is None else conf, RECORD_NAMES.index(pair.type))


def concerns(finding_path: str, rtype: str, record_path: str) -> bool:
    """Whether a finding at ``finding_path`` is about the record at ``record_path``.

    ``meetings[0].kpis[3].value`` concerns ``meetings[0].kpis[3]``; a meeting owns the
    findings on its own fields, not those of its attendees, KPIs or directives.
    """
    if finding_path == record_path:
        return True
    if not finding_path.startswith(record_path):
        return False
    rest = finding_path[len(record_path) :]
    if rtype != "meetings":
        return rest[0] in ".["
    return rest[0] == "." and rest[1:].split("[", 1)[0].split(".", 1)[0] not in _CHILD_NAMES


def _record(side: str, rec: FlatRecord | None, findings: list[Finding]) -> dict[str, Any] | None:
    if rec is None:
        return None
    return {
        "ref": record_ref(side, rec),
        "path": rec.path,
        "meeting": rec.meeting,
        "index": rec.index,
        "span": list(rec.span) if rec.span is not None else None,
        "label": rec.label,
        "data": rec.data,
        "confidence": rec.confidence,
        "fingerprint": fingerprint(rec) if side == "p" else None,
        "findings": [
            f.model_dump(mode="json") for f in findings if concerns(f.path, rec.type, rec.path)
        ],
    }


def comparison_payload(
    comp: ArticleComparison,
    pred_findings: list[Finding],
    gold_findings: list[Finding],
    rejected: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Pairs (gold beside predicted, differing fields marked) and evidence highlights.

    ``rejected``: fingerprints of predictions rejected in an earlier save; each pair
    says ``decision: "rejected"`` when its prediction is one of them.
    """
    pairs = sorted(comp.pairs, key=_pair_key)
    return {
        "pairs": [
            {
                "type": p.type,
                "status": p.status,
                "decision": "rejected"
                if p.pred is not None and fingerprint(p.pred) in rejected
                else None,
                "similarity": p.similarity,
                "refs": pair_refs(p),
                "verdicts": field_verdicts(p),
                "gold": _record("g", p.gold, gold_findings),
                "pred": _record("p", p.pred, pred_findings),
            }
            for p in pairs
        ],
        "segments": [s.as_dict() for s in highlight_segments(comp.text or "", comp.pairs)],
    }


def _input(annotation: Any, is_date: bool) -> dict[str, Any]:
    args = typing.get_args(annotation)
    nullable = type(None) in args
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in args if a is not type(None))
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return {"input": "select", "options": [m.value for m in annotation], "nullable": nullable}
    if typing.get_origin(annotation) is list:
        return {"input": "list", "nullable": nullable}
    if is_date:
        return {"input": "date", "nullable": nullable}
    if annotation in (int, float):
        return {"input": "number", "nullable": nullable}
    return {"input": "text", "nullable": nullable}


def field_inputs() -> dict[str, list[dict[str, Any]]]:
    """Per record type, its editable fields in contract order and the input each needs:
    enums as selects, numbers as numbers, dates as dates, lists as '; '-separated text."""
    return {t.name: _fields_of(t) for t in RECORD_TYPES}


def _fields_of(rtype: RecordType) -> list[dict[str, Any]]:
    fields = rtype.record.model_fields
    return [
        {"name": name, **_input(fields[name].annotation, name in rtype.date_fields)}
        for name in rtype.field_kinds
    ]


def page_config(token: str) -> dict[str, Any]:
    """What the page needs before its first request."""
    return {
        "token": token,
        "record_types": list(RECORD_NAMES),
        "fields": field_inputs(),
        "quote_fields": {
            t.name: [t.quote_field, t.grounding_field] for t in RECORD_TYPES if t.quote_field
        },
    }
