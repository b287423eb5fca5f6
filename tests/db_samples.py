"""Records and run directories for the database and export tests.

Everything is built from the hand-labelled gold corpus or written out here by hand;
expected values in the tests are computed from these records, never from the
loader's own output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from extractor.db import models
from extractor.schemas import (
    KPI,
    ArticleExtraction,
    Attendee,
    Directive,
    Finding,
    Grounding,
    MatchStatus,
    Meeting,
    MeetingKind,
    Provenance,
    Role,
)
from extractor.schemas.registry import CHILD_TYPES

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "corpus" / "gold"
MANIFEST = ROOT / "corpus" / "manifest.json"

HOSTILE = [
    "Robert'); DROP TABLE attendees;--",
    'O\'Brien "the; chair"',
    "Nguyễn Văn 🙂 Thi; DELETE FROM runs WHERE '1'='1",
    "line one\nline two,\ttabbed, \"quoted\"",
    "-- comment */ /* %s %(name)s ? :param $1",
]


def gold_records() -> list[ArticleExtraction]:
    return [ArticleExtraction.model_validate_json(p.read_bytes())
            for p in sorted(GOLD_DIR.glob("*.json"))]


def manifest_provinces() -> dict[str, str | None]:
    return {e["id"]: e.get("province") for e in json.loads(MANIFEST.read_text("utf-8"))}


def as_model_run(records: Iterable[ArticleExtraction], run_id: str, *,
                 model: str = "test-model", prompt_version: str = "p1",
                 findings: bool = True) -> list[ArticleExtraction]:
    """Copies of records as a model run would write them: provenance and findings."""
    out = []
    for r in records:
        copy = r.model_copy(deep=True)
        copy.provenance = Provenance(
            backend="openai", model=model, prompt_version=prompt_version, run_id=run_id,
            article_path=f"corpus/articles/{r.article_id}.txt", article_sha256="0" * 64,
            extracted_at="2025-06-01T10:00:00Z",
        )
        if findings:
            copy.findings = [
                Finding(code="kpi.value_not_in_evidence", severity="error",
                        path="meetings[0].kpis[0].value", message="value not in quote",
                        span=(3, 9)),
                Finding(code="name.fuzzy", severity="warning", path="meetings[0].attendees[0]",
                        message="name matched fuzzily"),
            ]
        out.append(copy)
    return out


def write_run(directory: Path, records: Iterable[ArticleExtraction],
              run_meta: dict | None = None) -> Path:
    """Write a run directory: ``<article_id>.json`` per record, plus ``run.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.json"):
        old.unlink()
    for r in records:
        (directory / f"{r.article_id}.json").write_text(r.model_dump_json(indent=2), "utf-8")
    if run_meta is not None:
        (directory / "run.json").write_text(json.dumps(run_meta), "utf-8")
    return directory


def run_meta(run_id: str, started_at: str = "2025-06-01T10:00:00Z") -> dict:
    return {"run_id": run_id, "backend": "openai", "model": "test-model",
            "prompt_version": "p1", "started_at": started_at,
            "config": {"temperature": 0, "note": "x'); DROP TABLE runs;--"}}


def span(start: int, end: int) -> Grounding:
    return Grounding(start=start, end=end, status=MatchStatus.exact, score=1.0)


def synthetic_record(article_id: str = "900_synthetic", deadlines: Iterable[str | None] = (),
                     date: str | None = "2024-12-05", location: str | None = "Thanh Hoa city",
                     names: Iterable[str] = ("Le Van A",)) -> ArticleExtraction:
    """One meeting with the given attendee names (first is the chair) and deadlines."""
    attendees = [Attendee(name=n, name_in_text=n, titles=[f"title of {n}", "Secretary"],
                          role=Role.chair if i == 0 else Role.attendee,
                          name_grounding=span(10 * i, 10 * i + len(n)))
                 for i, n in enumerate(names)]
    directives = [Directive(issuer=attendees[0].name if attendees else None,
                            addressee=f"District {i}", action=f"Act {i}; '{d}'",
                            deadline=d, evidence=f"evidence {i}: {d}",
                            evidence_grounding=span(100 + i, 120 + i))
                  for i, d in enumerate(deadlines)]
    kpis = [KPI(indicator="state budget revenue", value=3312, unit="VND", scale=1e9,
                evidence="3 312 mld VND", evidence_grounding=span(200, 213)),
            KPI(indicator="GRDP growth rate", value=9.5, unit="%", evidence="9,5 %",
                evidence_grounding=None)]
    meeting = Meeting(kind=MeetingKind.conference, title="Synthetic conference", date=date,
                      location=location, attendees=attendees, kpis=kpis, directives=directives)
    return ArticleExtraction(article_id=article_id, language="pl", meetings=[meeting])


def hostile_record(article_id: str = "666_hostile") -> ArticleExtraction:
    """Names, titles, quotes and ids that would break string-built SQL."""
    record = synthetic_record(article_id, deadlines=["2025-01-31"], names=HOSTILE)
    meeting = record.meetings[0]
    meeting.title = HOSTILE[0]
    meeting.location = HOSTILE[2]
    meeting.attendees[1].titles = list(HOSTILE)
    for kpi, text in zip(meeting.kpis, HOSTILE, strict=False):
        kpi.indicator = text
        kpi.evidence = text
    meeting.directives[0].action = HOSTILE[4]
    meeting.directives[0].evidence = HOSTILE[3]
    return record


def expected_counts(records: Iterable[ArticleExtraction]) -> dict[str, int]:
    """Rows per table that loading these records (as one run) must produce."""
    records = list(records)
    meetings = [m for r in records for m in r.meetings]
    return {
        "runs": 1,
        "articles": len(records),
        "meetings": len(meetings),
        **{t.table: sum(len(t.items(m)) for m in meetings) for t in CHILD_TYPES},
        "validation_findings": sum(len(r.findings) for r in records),
    }


def snapshot(engine) -> dict[str, list[tuple]]:  # noqa: ANN001
    """Every row of every table, in primary-key order: equal snapshots = same database."""
    out = {}
    with engine.connect() as conn:
        for table in models.TABLES:
            key = list(table.primary_key.columns)
            out[table.name] = [tuple(row) for row in conn.execute(select(table).order_by(*key))]
    return out


def counts(engine) -> dict[str, int]:  # noqa: ANN001
    return {name: len(rows) for name, rows in snapshot(engine).items()}


SQL_EXAMPLES = ROOT / "docs" / "sql-examples.md"


def doc_queries() -> dict[str, str]:
    """The named SQL examples of docs/sql-examples.md, by name."""
    blocks = re.findall(r"```sql\n(.*?)```", SQL_EXAMPLES.read_text("utf-8"), flags=re.S)
    queries = {}
    for block in blocks:
        name = re.match(r"-- query: (\w+)", block)
        assert name, f"every SQL example starts with '-- query: name':\n{block}"
        queries[name.group(1)] = block
    return queries


def partition(ids: dict) -> set[frozenset]:
    """The clusters an id mapping (item -> cluster id) makes, whatever the ids are."""
    groups: dict[str, set] = {}
    for item, cluster in ids.items():
        groups.setdefault(cluster, set()).add(item)
    return {frozenset(g) for g in groups.values()}
