"""Export runs as files, one per table: the same tables and columns as the database.

For people who load files rather than connect to a database: ``runs``, ``articles``,
``meetings``, ``attendees``, ``kpis``, ``directives`` and ``validation_findings``, and
the links across articles (``indicators``, ``people``, ``events``, ``event_findings``) as
JSON Lines, CSV or Parquet, with the keys the loader uses, so the files join the same
way the tables do. Two columns only a database has are left out: ``runs.loaded_at``
and ``articles.is_current`` (they describe the database's history, not the run).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, Table

from extractor.db import models as m
from extractor.db.link_store import link_exported
from extractor.db.rows import TableRows, table_rows
from extractor.rundir import RunError, RunRecord
from extractor.schemas.registry import RECORD_TYPES

FORMATS = ("jsonl", "csv", "parquet")
DB_ONLY_COLUMNS = {("runs", "loaded_at"), ("articles", "is_current"), ("people", "first_seen"),
                   ("events", "first_seen")}
# JSON columns whose shape is known get a real list type in Parquet; free-form JSON
# (run.json as written) travels as JSON text.
_STRING_LISTS = {(t.table, name) for t in RECORD_TYPES
                 for name, f in t.record.model_fields.items() if f.annotation == list[str]}


def columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if (table.name, c.name) not in DB_ONLY_COLUMNS]


def collect(runs: Iterable[RunRecord],
            provinces: Mapping[str, str | None] | None = None) -> TableRows:
    """Rows of several runs, in the tables' order; a run id may appear only once."""
    merged = TableRows()
    seen: set[str] = set()
    for run in runs:
        if run.run_id in seen:
            raise RunError(f"run {run.run_id!r} given twice")
        seen.add(run.run_id)
        for name, rows in table_rows(run, provinces).rows.items():
            merged.rows[name].extend(rows)
    return merged


def export(runs: Iterable[RunRecord], out_dir: str | Path, fmt: str,
           provinces: Mapping[str, str | None] | None = None) -> dict[str, Path]:
    """Write ``<out_dir>/<table>.<fmt>`` for every table; returns table -> path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    runs = list(runs)
    rows = collect(runs, provinces)
    link_exported(rows, runs, provinces)  # person_id, event_id and the link tables
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for table in (*m.TABLES, *m.LINK_TABLES):
        path = out / f"{table.name}.{fmt}"
        writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt]
        with _replacing(path) as tmp:
            writer(table, rows.rows[table.name], tmp)
        written[table.name] = path
    return written


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary file that replaces ``path`` only once it is completely written."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _write_jsonl(table: Table, rows: list[dict], path: Path) -> None:
    names = columns(table)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            record = {n: _json_value(row.get(n)) for n in names}
            fh.write(json.dumps(record, ensure_ascii=False, default=_json_value) + "\n")


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _write_csv(table: Table, rows: list[dict], path: Path) -> None:
    # RFC 4180 quoting: commas, quotes and line breaks inside a field stay data.
    names = columns(table)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([_csv_value(row.get(n)) for n in names] for row in rows)


def arrow_schema(table: Table):  # noqa: ANN201 (pyarrow is imported lazily)
    """The Parquet schema of a table, from its column types, so empty or all-null
    columns keep their type instead of becoming ``null``."""
    import pyarrow as pa

    fields = []
    for column in table.columns:
        if (table.name, column.name) in DB_ONLY_COLUMNS:
            continue
        kind = column.type
        if (table.name, column.name) in _STRING_LISTS:
            arrow = pa.list_(pa.string())
        elif isinstance(kind, JSON):
            arrow = pa.string()
        elif isinstance(kind, Boolean):
            arrow = pa.bool_()
        elif isinstance(kind, Integer):
            arrow = pa.int64()
        elif isinstance(kind, Float):
            arrow = pa.float64()
        elif isinstance(kind, DateTime):
            arrow = pa.timestamp("us", tz="UTC")
        elif isinstance(kind, Date):
            arrow = pa.date32()
        else:
            arrow = pa.string()
        fields.append(pa.field(column.name, arrow, nullable=column.nullable))
    return pa.schema(fields)


def _write_parquet(table: Table, rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    data: dict[str, list] = {name: [] for name in schema.names}
    for row in rows:
        for name in schema.names:
            value = row.get(name)
            if schema.field(name).type == pa.string() and isinstance(value, dict | list):
                value = json.dumps(value, ensure_ascii=False, default=_json_value)
            data[name].append(value)
    pq.write_table(pa.Table.from_pydict(data, schema=schema), path)
