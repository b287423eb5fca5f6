"""Flatten a run into the rows of each table: shared by the loader and the exporter.

Ids are derived from position, never drawn at random, so the same run always yields
the same rows; that is what makes reloading a no-op and exports comparable.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from anyascii import anyascii

from extractor.db.runs import RunRecord
from extractor.schemas import ArticleExtraction, Grounding

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def meeting_id(run_id: str, article_id: str, position: int) -> str:
    return hashlib.sha256(f"{run_id}\0{article_id}\0{position}".encode()).hexdigest()[:32]


def name_key(name: str) -> str:
    """Case-, script- and diacritic-insensitive form of a name, for lookups.

    'Đỗ Trọng Hưng', 'DO TRONG  HUNG' and 'do trong hung' share one key.
    """
    return re.sub(r"\s+", " ", anyascii(name)).strip().casefold()


def parse_date(value: str | None) -> date | None:
    """The date of a strict YYYY-MM-DD string (the contract's format), else None."""
    if value is None or not _ISO_DATE.fullmatch(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def _span(prefix: str, grounding: Grounding | None) -> dict[str, Any]:
    if grounding is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None,
                f"{prefix}_status": None, f"{prefix}_score": None}
    return {f"{prefix}_start": grounding.start, f"{prefix}_end": grounding.end,
            f"{prefix}_status": grounding.status.value, f"{prefix}_score": grounding.score}


@dataclass
class TableRows:
    """Rows per table name, parents before children."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {
        name: [] for name in ("runs", "articles", "meetings", "attendees", "kpis",
                              "directives", "validation_findings")})

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def run_row(run: RunRecord) -> dict[str, Any]:
    """The ``runs`` row, without ``loaded_at`` (the loader's business)."""
    return {
        "run_id": run.run_id,
        "is_gold": run.is_gold,
        "backend": run.backend,
        "model": run.model,
        "prompt_version": run.prompt_version,
        "contract_version": run.contract_version,
        "started_at": run.started_at,
        "source_path": run.source_path,
        "content_sha256": run.content_sha256,
        "article_count": len(run.articles),
        "run_metadata": dict(run.metadata) if run.metadata is not None else None,
    }


def article_rows(run: RunRecord, article: ArticleExtraction, province: str | None,
                 out: TableRows) -> None:
    """Append one article's rows (article, meetings, their lists, findings) to ``out``."""
    prov = article.provenance
    out.rows["articles"].append({
        "run_id": run.run_id,
        "article_id": article.article_id,
        "language": article.language,
        "province": province,
        "contract_version": article.contract_version,
        "backend": prov.backend if prov else None,
        "model": prov.model if prov else None,
        "prompt_version": prov.prompt_version if prov else None,
        "article_path": prov.article_path if prov else None,
        "article_sha256": prov.article_sha256 if prov else None,
        "chunks": prov.chunks if prov else None,
        "extracted_at": prov.extracted_at if prov else None,
        "record_sha256": run.record_sha256[article.article_id],
    })
    for m_pos, meeting in enumerate(article.meetings):
        mid = meeting_id(run.run_id, article.article_id, m_pos)
        out.rows["meetings"].append({
            "meeting_id": mid,
            "run_id": run.run_id,
            "article_id": article.article_id,
            "position": m_pos,
            "kind": meeting.kind.value,
            "title": meeting.title,
            "date": parse_date(meeting.date),
            "date_text": meeting.date,
            "location": meeting.location,
        })
        for pos, person in enumerate(meeting.attendees):
            out.rows["attendees"].append({
                "meeting_id": mid, "position": pos,
                "name": person.name, "name_in_text": person.name_in_text,
                "name_key": name_key(person.name), "titles": list(person.titles),
                "role": person.role.value, **_span("name", person.name_grounding),
            })
        for pos, kpi in enumerate(meeting.kpis):
            out.rows["kpis"].append({
                "meeting_id": mid, "position": pos,
                "indicator": kpi.indicator, "value": kpi.value, "unit": kpi.unit,
                "scale": kpi.scale, "scaled_value": kpi.value * kpi.scale,
                "qualifier": kpi.qualifier.value, "out_of": kpi.out_of, "period": kpi.period,
                "target": kpi.target, "evidence": kpi.evidence,
                **_span("evidence", kpi.evidence_grounding),
            })
        for pos, directive in enumerate(meeting.directives):
            out.rows["directives"].append({
                "meeting_id": mid, "position": pos,
                "issuer": directive.issuer, "addressee": directive.addressee,
                "action": directive.action, "deadline": parse_date(directive.deadline),
                "deadline_text": directive.deadline, "evidence": directive.evidence,
                **_span("evidence", directive.evidence_grounding),
            })
    for pos, finding in enumerate(article.findings):
        span = finding.span or (None, None)
        out.rows["validation_findings"].append({
            "run_id": run.run_id, "article_id": article.article_id, "position": pos,
            "code": finding.code, "severity": finding.severity, "path": finding.path,
            "message": finding.message, "span_start": span[0], "span_end": span[1],
        })


def table_rows(run: RunRecord, provinces: Mapping[str, str | None] | None = None) -> TableRows:
    """Every row of a run, ready to insert or export."""
    out = TableRows()
    out.rows["runs"].append(run_row(run))
    for article in run.articles:
        article_rows(run, article, (provinces or {}).get(article.article_id), out)
    return out
