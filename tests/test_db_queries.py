"""The example SQL of docs/sql-examples.md, run as written on SQLite and PostgreSQL.

The expected rows are computed here in Python from the records that were loaded (gold
corpus, a corrected model run, an older model run, boundary-date samples), so the
documented queries are checked against the data, not against the loader.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from anyascii import anyascii
from db_samples import (
    GOLD_DIR,
    MANIFEST,
    as_model_run,
    doc_queries,
    gold_records,
    manifest_provinces,
    run_meta,
    synthetic_record,
    write_run,
)
from sqlalchemy import text

from extractor.db import load, make_engine
from extractor.schemas import Role


def iso(value) -> str | None:  # noqa: ANN001
    """Dates come back as date objects (PostgreSQL) or ISO text (SQLite)."""
    return value.isoformat() if isinstance(value, date) else value


def strict_date(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


def fold(name: str) -> str:
    return " ".join(anyascii(name).lower().split())


@pytest.fixture
def loaded(db_url, tmp_path):
    """Gold labels, an older model run and the current model run of the same articles."""
    gold = gold_records()
    model = as_model_run(gold, "run-model")
    model[0].meetings[0].kpis.pop()  # the model missed a figure ...
    model[1].meetings[0].kpis[0].value *= 10  # ... and misread another
    model += as_model_run([
        synthetic_record("900_dates", deadlines=["2024-11-30", "2024-12-01", "2024-12-31",
                                                 "2025-01-01", "2024-12", "2024-12-32"],
                         names=["Đỗ Trọng Hưng", "Le Van B"]),
        synthetic_record("901_elsewhere", date="2024-06-01", location="Hanoi",
                         deadlines=["2024-12-15"], names=["Tran Thi C"]),
    ], "run-model")
    old = as_model_run(gold[:2], "run-old", model="older-model")
    for record in old:  # an outdated version whose rows must not show up
        for meeting in record.meetings:
            for p in meeting.attendees:
                p.role = Role.chair
            for d in meeting.directives:
                d.deadline = "2024-12-10"
    load([write_run(tmp_path / "old", old, run_meta("run-old", "2025-01-01T00:00:00Z")
                    | {"model": "older-model"}),
          write_run(tmp_path / "model", model, run_meta("run-model", "2025-06-01T00:00:00Z"))],
         db_url, manifest=MANIFEST)
    load([GOLD_DIR], db_url, gold=True, manifest=MANIFEST)
    engine = make_engine(db_url)
    yield engine, gold, model, old
    engine.dispose()


def run(engine, name: str) -> list[tuple]:  # noqa: ANN001
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(doc_queries()[name]))]


def test_every_example_is_tested():
    assert set(doc_queries()) == {"kpis_of_province_in_period", "chairs",
                                  "directives_due_in_month", "gold_kpis_missed",
                                  "errors_per_run",
                                  # run in tests/test_db_linking.py
                                  "meetings_of_person", "editions_disagree"}


def test_kpis_of_a_province_in_a_period(loaded):
    engine, _, model, _ = loaded
    provinces = manifest_provinces()
    expected = []
    for r in model:
        for mt in r.meetings:
            in_province = provinces.get(r.article_id) == "Thanh Hoa" or \
                "thanh hoa" in (mt.location or "").lower()
            if in_province and mt.date and "2024-01-01" <= mt.date <= "2024-12-31":
                expected += [(mt.date, r.article_id, pos, k) for pos, k in enumerate(mt.kpis)]
    expected.sort(key=lambda e: e[:3])
    rows = run(engine, "kpis_of_province_in_period")
    assert {r.article_id for r in model} - {row[0] for row in rows} == {
        "002_875932fb6ed4ed16", "003_286f9ef8ca64527d", "004_864989ccc595ae6a", "901_elsewhere"}
    assert [(row[0], iso(row[1]), row[3], row[4], row[5], row[7], row[10]) for row in rows] == [
        (aid, d, k.indicator, pytest.approx(k.value), k.unit, pytest.approx(k.value * k.scale),
         k.evidence) for d, aid, _, k in expected]


def test_everyone_who_chaired_a_meeting(loaded):
    engine, _, model, _ = loaded
    chairs: dict[str, dict] = {}
    for r in model:
        for mt in r.meetings:
            for p in mt.attendees:
                if p.role.value == "chair":
                    c = chairs.setdefault(fold(p.name), {"names": set(), "meetings": set(),
                                                         "dates": set()})
                    c["names"].add(p.name)
                    c["meetings"].add((r.article_id, id(mt)))
                    if mt.date:
                        c["dates"].add(mt.date)
    expected = sorted(
        ((key, min(c["names"]), len(c["meetings"]), min(c["dates"], default=None),
          max(c["dates"], default=None)) for key, c in chairs.items()),
        key=lambda e: (-e[2], e[0]))
    rows = [(k, n, count, iso(first), iso(last)) for k, n, count, first, last
            in run(engine, "chairs")]
    assert rows == expected
    # Diacritics do not split a person: the gold chair and the synthetic one are one.
    assert rows[0][:3] == ("do trong hung", "Do Trong Hung", 2)


def test_directives_with_deadlines_in_a_month(loaded):
    engine, _, model, _ = loaded
    expected = sorted(
        (strict_date(d.deadline), r.article_id, pos, d)
        for r in model for mt in r.meetings for pos, d in enumerate(mt.directives)
        if strict_date(d.deadline) and "2024-12-01" <= strict_date(d.deadline) < "2025-01-01")
    rows = run(engine, "directives_due_in_month")
    assert [(row[0], iso(row[1]), row[4]) for row in rows] == [
        (aid, dl, d.action) for dl, aid, _, d in expected]
    assert [iso(row[1]) for row in rows] == ["2024-12-01", "2024-12-15", "2024-12-31",
                                             "2024-12-31"]


def test_gold_kpis_a_model_run_missed(loaded):
    engine, gold, model, _ = loaded
    by_article = {r.article_id: [k for mt in r.meetings for k in mt.kpis] for r in model}
    expected = []
    for g in gold:
        if g.article_id not in by_article:
            continue
        for k in (k for mt in g.meetings for k in mt.kpis):
            scaled = k.value * k.scale
            if not any(x.unit == k.unit and abs(x.value * x.scale - scaled) <= 1e-9 * abs(scaled)
                       for x in by_article[g.article_id]):
                expected.append((g.article_id, k.indicator, k.unit, scaled))
    expected.sort()
    rows = run(engine, "gold_kpis_missed")
    assert [(a, i, u, pytest.approx(v)) for a, i, u, v in expected] == rows
    dropped = gold[0].meetings[0].kpis[-1]
    misread = gold[1].meetings[0].kpis[0]
    assert (gold[0].article_id, dropped.indicator) in {(r[0], r[1]) for r in rows}
    assert (gold[1].article_id, misread.indicator) in {(r[0], r[1]) for r in rows}


def test_validation_errors_per_run(loaded):
    engine, _, model, old = loaded
    expected = {}
    for run_id, model_name, records in (("run-model", "test-model", model),
                                        ("run-old", "older-model", old)):
        for r in records:
            for f in r.findings:
                if f.severity == "error":
                    key = (run_id, model_name, "p1", f.code)
                    expected[key] = expected.get(key, 0) + 1
    rows = run(engine, "errors_per_run")
    assert {row[:4]: row[4] for row in rows} == expected
    assert len(rows) == len(expected)
