"""Flatten a run into the rows of each table: shared by the loader and the exporter.

Ids are derived from position, never drawn at random, so the same run always yields
the same rows; that is what makes reloading a no-op and exports comparable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from anyascii import anyascii
from pydantic import BaseModel

from extractor.db import models as m
from extractor.linking.indicators import indicator_code, scaled_value
from extractor.linking.model import meeting_id
from extractor.rundir import RunRecord
from extractor.schemas import ArticleExtraction, Grounding
from extractor.schemas.dates import parse_date
from extractor.schemas.registry import CHILD_TYPES, MEETINGS, RecordType


def kpi_columns(indicator: str, value: float, unit: str, scale: float,
                evidence: str | None) -> dict[str, Any]:
    """The KPI columns computed from the record: canonical code, base-unit value."""
    return {"indicator_code": indicator_code(indicator, unit, evidence or None),
            "scaled_value": scaled_value(value, scale, unit)}


def name_key(name: str) -> str:
    """Case-, script- and diacritic-insensitive form of a name, for lookups.

    'Đỗ Trọng Hưng', 'DO TRONG  HUNG' and 'do trong hung' share one key.
    """
    return re.sub(r"\s+", " ", anyascii(name)).strip().casefold()


def read_manifest(path: str | Path) -> dict[str, str | None]:
    """``article_id -> province`` from a corpus manifest (a list of article entries)."""
    entries = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(entries, dict):  # {"articles": [...]} is accepted too
        entries = entries.get("articles", [])
    return {str(e["id"]): e.get("province") for e in entries if isinstance(e, dict) and "id" in e}


def _span(prefix: str, grounding: Grounding | None) -> dict[str, Any]:
    if grounding is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None,
                f"{prefix}_status": None, f"{prefix}_score": None}
    return {f"{prefix}_start": grounding.start, f"{prefix}_end": grounding.end,
            f"{prefix}_status": grounding.status.value, f"{prefix}_score": grounding.score}


@dataclass
class TableRows:
    """Rows per table name, parents before children."""

    rows: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {table.name: [] for table in m.TABLES})

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def run_cost(metadata: Mapping[str, Any] | None) -> float | None:
    """What a run cost in all (run.json's totals), None when unknown or not recorded."""
    totals = (metadata or {}).get("totals") or {}
    return totals.get("cost_usd_all_runs", totals.get("cost_usd"))


def article_cost(metadata: Mapping[str, Any] | None, article_id: str) -> float | None:
    """What an article's record set cost (its run.json entry), None when unknown."""
    entry = ((metadata or {}).get("articles") or {}).get(article_id) or {}
    return entry.get("cost_usd")


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
        "cost_usd": run_cost(run.metadata),
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
        "cost_usd": article_cost(run.metadata, article.article_id),
    })
    for m_pos, meeting in enumerate(article.meetings):
        mid = meeting_id(run.run_id, article.article_id, m_pos)
        out.rows[MEETINGS.table].append({
            "meeting_id": mid, "run_id": run.run_id, "article_id": article.article_id,
            "position": m_pos, **record_columns(MEETINGS, meeting),
        })
        for rtype in CHILD_TYPES:
            out.rows[rtype.table].extend(
                {"meeting_id": mid, "position": pos, **record_columns(rtype, item)}
                for pos, item in enumerate(rtype.items(meeting)))
    for pos, finding in enumerate(article.findings):
        span = finding.span or (None, None)
        out.rows["validation_findings"].append({
            "run_id": run.run_id, "article_id": article.article_id, "position": pos,
            "code": finding.code, "severity": finding.severity, "path": finding.path,
            "message": finding.message, "span_start": span[0], "span_end": span[1],
        })


# Columns computed from a record, beyond its own fields (table -> function). Links
# across records (person_id, event_id) need the whole database: extractor.db.link_store.
DERIVED_COLUMNS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "attendees": lambda a: {"name_key": name_key(a.name)},
    "kpis": lambda k: kpi_columns(k.indicator, k.value, k.unit, k.scale, k.evidence),
}


def record_columns(rtype: RecordType, record: BaseModel) -> dict[str, Any]:
    """A record's own columns: its contract fields (lists of other records left out),
    dates as DATE plus the text as written, the grounded span, and derived columns."""
    nested = {t.name for t in CHILD_TYPES}
    skip = nested | ({rtype.grounding_field} if rtype.grounding_field else set())
    row = {k: v.value if isinstance(v, Enum) else v
           for k, v in record.model_dump(exclude=skip).items()}
    for name in rtype.date_fields:
        row[f"{name}_text"] = row[name]
        row[name] = parse_date(row[name])
    if rtype.grounding_field and rtype.span_prefix:
        row.update(_span(rtype.span_prefix, getattr(record, rtype.grounding_field)))
    derived = DERIVED_COLUMNS.get(rtype.table)
    return {**row, **derived(record)} if derived else row


def table_rows(run: RunRecord, provinces: Mapping[str, str | None] | None = None) -> TableRows:
    """Every row of a run, ready to insert or export."""
    out = TableRows()
    out.rows["runs"].append(run_row(run))
    for article in run.articles:
        article_rows(run, article, (provinces or {}).get(article.article_id), out)
    return out
