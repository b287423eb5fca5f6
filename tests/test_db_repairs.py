"""A run's repairs (findings of severity info) load into the database (schema v4)."""

from __future__ import annotations

from db_samples import as_model_run, gold_records, run_meta, write_run
from sqlalchemy import select

from extractor.db import load
from extractor.db import models as m
from extractor.schemas import Finding


def test_repaired_findings_load_with_severity_info(db_url, engine, tmp_path):
    records = as_model_run(gold_records()[:1], "r")
    records[0].findings.append(Finding(
        code="repaired", severity="info", path="meetings[0].kpis[0]",
        message="repaired from its quote: value: 3412 -> 3312", span=(5, 40)))
    load([write_run(tmp_path / "run", records, run_meta("r"))], db_url)
    with engine.connect() as conn:
        rows = conn.execute(select(m.validation_findings.c.code, m.validation_findings.c.severity)
                            .where(m.validation_findings.c.severity == "info")).all()
    assert [tuple(r) for r in rows] == [("repaired", "info")]
