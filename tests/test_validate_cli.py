"""`extractor validate` run as a person runs it: the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from validator_samples import CORPUS, SAMPLES, sample

from extractor.schemas import Provenance

ARTICLES = CORPUS / "articles"
SCRIPT = shutil.which("extractor", path=str(Path(sys.executable).parent)) or "extractor"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([SCRIPT, "validate", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for article_id in SAMPLES:
        (folder / f"{article_id}.json").write_text(sample(article_id).model_dump_json(indent=2),
                                                   encoding="utf-8")
    return folder


def test_clean_directory_passes_with_a_table(gold_dir):
    done = run(str(gold_dir), "--articles", str(ARTICLES))
    assert done.returncode == 0, done.stderr
    assert f"0 error(s), 1 warning(s) in {len(SAMPLES)} record file(s)" in done.stdout
    assert "value_unconfirmed" in done.stdout  # the one warning: "żadna gmina" is zero in words


def test_json_output_and_exit_code_on_errors(gold_dir):
    broken = sample("003_286f9ef8ca64527d")
    broken.meetings[0].kpis[4].value = 3412
    broken.meetings[0].kpis[4].scale = 1e6
    path = gold_dir / "003_286f9ef8ca64527d.json"
    path.write_text(broken.model_dump_json(), encoding="utf-8")
    done = run(str(path), "--articles", str(ARTICLES), "--json")
    assert done.returncode == 1
    doc = json.loads(done.stdout)
    assert doc["errors"] == 1 and doc["warnings"] == 0
    [finding] = doc["findings"]
    assert set(finding) == {"article_id", "code", "severity", "path", "message", "span"}
    assert finding["article_id"] == "003_286f9ef8ca64527d"
    assert finding["code"] == "value_not_in_quote"
    assert finding["path"] == "meetings[0].kpis[4].value"
    text = (ARTICLES / "003_286f9ef8ca64527d.txt").read_text(encoding="utf-8")
    start, end = finding["span"]
    assert "3 312 mld VND" in text[start:end]


def test_run_directory_uses_provenance_and_skips_run_metadata(tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    rec = sample("002_875932fb6ed4ed16")
    rec.provenance = Provenance(backend="test", model="none", prompt_version="x",
                                article_path=str(ARTICLES / "002_875932fb6ed4ed16.txt"))
    rec.meetings[0].kpis[2].out_of = 43
    (out / f"{rec.article_id}.json").write_text(rec.model_dump_json(), encoding="utf-8")
    (out / "run.json").write_text(json.dumps({"run_id": "r1", "articles": 1}), encoding="utf-8")
    done = run(str(out), "--json")  # no --articles: the record knows its article
    doc = json.loads(done.stdout)
    assert done.returncode == 1
    assert {f["code"] for f in doc["findings"]} == {"out_of_not_in_article"}


def test_missing_article_and_broken_record_are_reported(tmp_path):
    (tmp_path / "999_missing.json").write_text(
        json.dumps({"article_id": "999_missing", "language": "pl", "meetings": []}), encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"article_id": 5', encoding="utf-8")
    done = run(str(tmp_path), "--articles", str(ARTICLES), "--json")
    doc = json.loads(done.stdout)
    assert done.returncode == 1
    assert sorted(f["code"] for f in doc["findings"]) == ["article_not_found", "invalid_record"]


def test_nonexistent_path_is_a_usage_error(tmp_path):
    done = run(str(tmp_path / "nope"))
    assert done.returncode == 2
    assert "no such file or directory" in done.stderr
