"""`extractor export`: table files that hold the records and match the database."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from db_samples import (
    GOLD_DIR,
    HOSTILE,
    MANIFEST,
    as_model_run,
    expected_counts,
    gold_records,
    hostile_record,
    manifest_provinces,
    run_meta,
    write_run,
)
from sqlalchemy import select

from extractor.db import load, make_engine, read_manifest
from extractor.db import models as m
from extractor.export import DB_ONLY_COLUMNS, export
from extractor.rundir import read_run_dir

SCRIPT = shutil.which("extractor", path=str(Path(sys.executable).parent)) or "extractor"
TABLES = [t.name for t in m.TABLES]
LINK_TABLES = [t.name for t in m.LINK_TABLES]  # linking (issue 14): people, events ...


def read_table(path: Path) -> list[dict]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    return pq.read_table(path).to_pylist()


@pytest.fixture
def model_run(tmp_path):
    records = as_model_run(gold_records(), "run-x") + as_model_run([hostile_record()], "run-x")
    return records, write_run(tmp_path / "run", records, run_meta("run-x"))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_every_table_holds_every_record(fmt, model_run, tmp_path):
    records, run_dir = model_run
    written = export([read_run_dir(run_dir)], tmp_path / "out", fmt, read_manifest(MANIFEST))
    assert list(written) == TABLES + LINK_TABLES
    tables = {name: read_table(path) for name, path in written.items() if name in TABLES}
    assert {name: len(rows) for name, rows in tables.items()} == expected_counts(records)
    # No database-only column leaks into files.
    for name, rows in tables.items():
        for table, column in DB_ONLY_COLUMNS:
            assert table != name or column not in rows[0]

    provinces = manifest_provinces()
    assert {r["article_id"]: r["province"] for r in tables["articles"]} == {
        r.article_id: provinces.get(r.article_id) or ("" if fmt == "csv" else None)
        for r in records}
    people = [(p.name, p.titles, p.role.value) for r in records for mt in r.meetings
              for p in mt.attendees]
    titles = [json.loads(t["titles"]) if fmt == "csv" else t["titles"]
              for t in tables["attendees"]]
    assert [(a["name"], t, a["role"]) for a, t in zip(tables["attendees"], titles,
                                                      strict=True)] == people
    values = [(k.indicator, k.value, k.value * k.scale) for r in records for mt in r.meetings
              for k in mt.kpis]
    assert [(k["indicator"], float(k["value"]), float(k["scaled_value"]))
            for k in tables["kpis"]] == values
    dates = [mt.date for r in records for mt in r.meetings]
    got = [d["date"] for d in tables["meetings"]]
    if fmt == "parquet":
        got = [d.isoformat() if d else None for d in got]
    elif fmt == "csv":
        got = [d or None for d in got]
    assert got == dates
    findings = [(f.code, f.severity) for r in records for f in r.findings]
    assert [(f["code"], f["severity"]) for f in tables["validation_findings"]] == findings
    # The keys join the same way the database's do.
    meeting_ids = {mt["meeting_id"] for mt in tables["meetings"]}
    assert {k["meeting_id"] for k in tables["kpis"]} <= meeting_ids
    assert {a["meeting_id"] for a in tables["attendees"]} <= meeting_ids


def test_hostile_text_survives_csv_and_jsonl(tmp_path):
    run_dir = write_run(tmp_path / "run", [hostile_record()])
    for fmt in ("csv", "jsonl"):
        written = export([read_run_dir(run_dir)], tmp_path / fmt, fmt)
        people = read_table(written["attendees"])
        assert [p["name"] for p in people] == HOSTILE
        titles = people[1]["titles"]
        assert (json.loads(titles) if fmt == "csv" else titles) == HOSTILE
        directive = read_table(written["directives"])[0]
        assert (directive["action"], directive["evidence"]) == (HOSTILE[4], HOSTILE[3])


def test_parquet_columns_are_typed_even_when_empty(tmp_path):
    written = export([read_run_dir(GOLD_DIR)], tmp_path, "parquet")  # gold: no findings, dates
    schema = {name: pq.read_schema(path) for name, path in written.items()}
    assert schema["attendees"].field("titles").type == pa.list_(pa.string())
    assert schema["meetings"].field("date").type == pa.date32()
    assert schema["directives"].field("deadline").type == pa.date32()
    assert schema["runs"].field("is_gold").type == pa.bool_()
    assert schema["runs"].field("started_at").type == pa.timestamp("us", tz="UTC")
    assert schema["kpis"].field("scaled_value").type == pa.float64()
    findings = pq.read_table(written["validation_findings"])
    assert findings.num_rows == 0
    assert findings.schema.field("span_start").type == pa.int64()


def test_exported_rows_equal_the_loaded_rows(db_url, model_run, tmp_path):
    """Files and database come from one flattening: same rows, same values."""
    _, run_dir = model_run
    load([run_dir], db_url, manifest=MANIFEST)
    written = export([read_run_dir(run_dir)], tmp_path / "out", "parquet",
                     read_manifest(MANIFEST))
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            for table in (*m.TABLES, *m.LINK_TABLES):
                names = list(pq.read_schema(written[table.name]).names)
                key = list(table.primary_key.columns)
                db_rows = [dict(zip(names, r, strict=True)) for r in conn.execute(
                    select(*(table.c[n] for n in names)).order_by(*key))]
                file_rows = sorted(pq.read_table(written[table.name]).to_pylist(),
                                   key=lambda r: tuple(r[c.name] for c in key))
                assert [_comparable(r) for r in db_rows] == \
                    [_comparable(r) for r in file_rows], table.name
    finally:
        engine.dispose()


# JSON columns Parquet holds as JSON text.
_JSON_TEXT = {"run_metadata", "keywords", "aliases", "titles", "provinces", "languages",
              "meetings", "chairs", "merged", "editions"}


def _comparable(row: dict) -> dict:
    out = {}
    for k, v in row.items():
        if isinstance(v, datetime) and v.tzinfo is None:  # SQLite: naive UTC
            v = v.replace(tzinfo=UTC)
        if isinstance(v, str) and k in _JSON_TEXT:
            v = json.loads(v)
        if isinstance(v, date) and not isinstance(v, datetime):
            v = v.isoformat()
        out[k] = v
    return out


def test_cli_writes_the_files_and_rejects_unknown_formats(tmp_path):
    out = tmp_path / "files"
    done = subprocess.run([SCRIPT, "export", str(GOLD_DIR), "--format", "csv", "--out", str(out),
                           "--manifest", str(MANIFEST)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == \
        sorted(f"{t}.csv" for t in TABLES + LINK_TABLES)
    assert len(read_table(out / "kpis.csv")) == expected_counts(gold_records())["kpis"]
    bad = subprocess.run([SCRIPT, "export", str(GOLD_DIR), "--format", "xlsx", "--out", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "xlsx" in bad.stderr
