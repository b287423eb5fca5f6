"""`extractor load` run as a person runs it: the installed console script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from db_samples import (
    GOLD_DIR,
    MANIFEST,
    as_model_run,
    counts,
    expected_counts,
    gold_records,
    run_meta,
    write_run,
)
from sqlalchemy import select

from extractor.db import make_engine
from extractor.db import models as m

SCRIPT = shutil.which("extractor", path=str(Path(sys.executable).parent)) or "extractor"


def run(*args: str, cwd: Path | None = None, env: dict | None = None
        ) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != "EXTRACTOR_DB"} | (env or {})
    return subprocess.run([SCRIPT, "load", *args], capture_output=True, text=True, cwd=cwd,
                          env=environ, timeout=120)


def test_default_database_is_a_sqlite_file_in_the_current_directory(tmp_path):
    done = run(str(GOLD_DIR), "--manifest", str(MANIFEST), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "extractor.db").is_file()
    engine = make_engine(f"sqlite:///{tmp_path / 'extractor.db'}")
    try:
        assert counts(engine) == expected_counts(gold_records())
        with engine.connect() as conn:
            assert conn.execute(select(m.runs.c.is_gold)).scalar_one()
    finally:
        engine.dispose()
    assert "gold" in done.stdout and "57" in done.stdout  # the table: kind and KPI count


def test_json_output_and_reload_on_both_backends(db_url, tmp_path):
    records = as_model_run(gold_records(), "run-cli")
    run_dir = write_run(tmp_path / "run", records, run_meta("run-cli"))
    first = run(str(run_dir), str(GOLD_DIR), "--db", db_url, "--json")
    assert first.returncode == 0, first.stderr
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert [(d["run_id"], d["is_gold"], d["reloaded"]) for d in lines][0] == (
        "run-cli", False, False)
    assert lines[0]["rows"] == expected_counts(records)
    assert lines[1]["is_gold"] is True
    again = run(str(run_dir), "--db", db_url, "--json")
    assert json.loads(again.stdout)["reloaded"] is True
    engine = make_engine(db_url)
    try:
        total = counts(engine)
    finally:
        engine.dispose()
    gold = expected_counts(gold_records())
    assert total == {t: n + gold[t] for t, n in expected_counts(records).items()}


def test_database_url_from_the_environment(tmp_path):
    target = tmp_path / "elsewhere.sqlite"
    done = run(str(GOLD_DIR), cwd=tmp_path, env={"EXTRACTOR_DB": f"sqlite:///{target}"})
    assert done.returncode == 0, done.stderr
    assert target.is_file() and not (tmp_path / "extractor.db").exists()


def test_failure_exits_1_and_keeps_earlier_runs(tmp_path):
    good = write_run(tmp_path / "good", as_model_run(gold_records(), "ok"), run_meta("ok"))
    bad = write_run(tmp_path / "bad", as_model_run(gold_records(), "bad"), run_meta("bad"))
    (bad / "broken.json").write_text("[1, 2", "utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    done = run(str(good), str(bad), "--db", db)
    assert done.returncode == 1
    assert "nothing loaded" in done.stderr and "broken.json" in done.stderr
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(m.runs.c.run_id)).scalars().all() == ["ok"]
    finally:
        engine.dispose()


@pytest.mark.parametrize("url", ["nosuchdriver://x/y", "not a url"])
def test_unusable_url_exits_2(url, tmp_path):
    done = run(str(GOLD_DIR), "--db", url, cwd=tmp_path)
    assert done.returncode == 2
    assert "database URL" in done.stderr
