"""`extractor eval` through the installed console script, on runs with known edits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.schemas import ArticleExtraction

REPO = Path(__file__).resolve().parents[1]
EXTRACTOR = Path(sys.executable).with_name("extractor")


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [str(EXTRACTOR), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def write(directory: Path, extraction: ArticleExtraction) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{extraction.article_id}.json").write_text(
        extraction.model_dump_json(indent=1), encoding="utf-8"
    )


@pytest.fixture
def dirs(tmp_path: Path) -> dict[str, Path]:
    """gold: two articles (3 KPIs each); run: one KPI dropped and one value changed in
    'ex1', 'ex2' untouched, plus an article gold does not have."""
    example = json.loads((REPO / "tests" / "data" / "review_example.json").read_text(encoding="utf-8"))
    paths = {k: tmp_path / k for k in ("gold", "run", "same", "articles")}
    paths["articles"].mkdir()
    for aid in ("ex1", "ex2"):
        (paths["articles"] / f"{aid}.txt").write_text(example["text"], encoding="utf-8")
        gold = ArticleExtraction(
            article_id=aid, language="en", meetings=example["output"]["meetings"]
        )
        write(paths["gold"], gold)
        write(paths["same"], gold)
        pred = gold.model_copy(deep=True)
        if aid == "ex1":
            pred.meetings[0].kpis[0].value = 999  # gold: 312
            del pred.meetings[0].kpis[1]
        write(paths["run"], pred)
    write(paths["run"], ArticleExtraction(article_id="stray", language="en"))
    (paths["run"] / "run.json").write_text('{"run_id": "t"}', encoding="utf-8")
    return paths


def test_eval_json_has_the_known_scores(dirs):
    res = run_cli(
        "eval", str(dirs["run"]), "--gold", str(dirs["gold"]), "--articles", str(dirs["articles"]),
        "--json",
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    kpis = data["per_type"]["kpis"]
    assert (kpis["tp"], kpis["fp"], kpis["fn"]) == (5, 0, 1)
    assert kpis["recall"] == 5 / 6 and kpis["precision"] == 1.0
    for rtype in ("meetings", "attendees", "directives"):
        assert data["per_type"][rtype]["f1"] == 1.0
    assert data["overall"]["tp"] == 2 * (1 + 1 + 3 + 1) - 1
    value = data["per_field"]["kpis.value"]
    assert (value["n"], value["strict_correct"], value["lenient_correct"]) == (5, 4, 4)
    assert data["per_field"]["kpis.unit"]["strict"] == 1.0
    assert data["articles"]["ex2"]["overall"]["f1"] == 1.0
    assert data["articles"]["ex1"]["overall"]["recall"] == 5 / 6
    assert data["unscored_articles"] == ["stray"]
    assert data["settings"]["number_rel_lenient"] == 0.01


def test_eval_tables(dirs):
    res = run_cli(
        "eval", str(dirs["run"]), "--gold", str(dirs["gold"]), "--articles", str(dirs["articles"])
    )
    assert res.returncode == 0, res.stderr
    out = res.stdout
    kpi_row = next(line for line in out.splitlines() if line.strip("│ ").startswith("kpis "))
    assert "0.833" in kpi_row  # recall 5/6
    assert "overall (micro)" in out
    assert "kpis.value" in out
    assert "not in gold (not scored): stray" in out


def test_eval_baseline_lists_the_article_that_got_worse(dirs):
    res = run_cli(
        "eval", str(dirs["run"]), "--gold", str(dirs["gold"]), "--articles", str(dirs["articles"]),
        "--baseline", str(dirs["same"]), "--json",
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    base = json.loads(res.stdout)["baseline"]
    assert [row["article_id"] for row in base["worse_articles"]] == ["ex1"]
    assert base["per_type"]["kpis"]["recall"] == pytest.approx(5 / 6 - 1)
    assert base["per_type"]["meetings"]["f1"] == 0.0
    table = run_cli(
        "eval", str(dirs["run"]), "--gold", str(dirs["gold"]), "--articles", str(dirs["articles"]),
        "--baseline", str(dirs["same"]),
    )  # fmt: skip
    assert "Articles worse than" in table.stdout and "ex1" in table.stdout


def test_eval_fail_under_gates_ci(dirs):
    common = ["eval", str(dirs["run"]), "--gold", str(dirs["gold"]), "--json"]
    assert run_cli(*common, "--fail-under", "0.99").returncode == 1
    assert run_cli(*common, "--fail-under", "0.5").returncode == 0


def test_eval_missing_run_dir_is_a_usage_error(tmp_path):
    res = run_cli("eval", str(tmp_path / "nope"), "--gold", str(tmp_path))
    assert res.returncode == 2
    assert "does not exist" in res.stderr


def test_corpus_gold_scores_one_against_itself():
    gold = REPO / "corpus" / "gold"
    assert any(gold.glob("*.json")), "corpus/gold holds no labels"
    res = run_cli("eval", "corpus/gold", "--gold", "corpus/gold", "--json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["overall"]["f1"] == 1.0
    assert data["overall"]["anls_star"] == 1.0
    assert data["errors"] == {}
    assert len(data["articles"]) == len(list(gold.glob("*.json")))


def test_eval_no_anls_leaves_the_cross_check_out(dirs):
    args = ["eval", str(dirs["run"]), "--gold", str(dirs["gold"]), "--json"]
    with_anls = json.loads(run_cli(*args).stdout)
    without = json.loads(run_cli(*args, "--no-anls").stdout)
    assert without["overall"]["anls_star"] is None
    assert 0.0 < with_anls["overall"]["anls_star"] < 1.0
    assert without["per_field"] == with_anls["per_field"]
    assert without["per_type"]["kpis"]["f1"] == with_anls["per_type"]["kpis"]["f1"]
