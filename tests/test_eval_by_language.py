"""`extractor eval --by language`: P/R/F1 per article language, in the table and in --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from review_support import example, write

from extractor.eval import compare_article, score_comparisons
from extractor.schemas import ArticleExtraction

EXTRACTOR = Path(sys.executable).with_name("extractor")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([str(EXTRACTOR), *args], env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def dirs(tmp_path: Path) -> dict[str, Path]:
    """Gold: two Polish articles and one Arabic; the run drops one KPI of 'pl1' and all
    records of 'ar1'."""
    ex = example()
    paths = {k: tmp_path / k for k in ("gold", "run", "articles")}
    paths["articles"].mkdir()
    for aid, lang in (("pl1", "pl"), ("pl2", "pl"), ("ar1", "ar")):
        (paths["articles"] / f"{aid}.txt").write_text(ex["text"], encoding="utf-8")
        gold = ArticleExtraction(article_id=aid, language=lang, meetings=ex["output"]["meetings"])
        write(paths["gold"], gold)
        pred = gold.model_copy(deep=True)
        if aid == "pl1":
            del pred.meetings[0].kpis[1]
        if aid == "ar1":
            pred.meetings = []
        write(paths["run"], pred)
    return paths


def test_report_counts_by_language(dirs):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in dirs["articles"].iterdir()}
    comps = []
    for aid, text in texts.items():
        gold = ArticleExtraction.model_validate_json((dirs["gold"] / f"{aid}.json").read_bytes())
        pred = ArticleExtraction.model_validate_json((dirs["run"] / f"{aid}.json").read_bytes())
        comps.append(compare_article(aid, gold, pred, text))
    report = score_comparisons(comps, anls=False)
    pl, ar = report.per_language["pl"], report.per_language["ar"]
    per_article = 1 + 1 + 3 + 1  # meeting, attendee, KPIs, directive
    assert (pl.tp, pl.fp, pl.fn) == (2 * per_article - 1, 0, 1)
    assert (ar.tp, ar.fp, ar.fn) == (0, 0, per_article)
    assert report.language_articles == {"ar": 1, "pl": 2}
    assert "per_language" not in report.to_dict()
    assert report.to_dict(by_language=True)["per_language"]["pl"]["articles"] == 2


def test_eval_by_language_json(dirs):
    res = run_cli("eval", str(dirs["run"]), "--gold", str(dirs["gold"]),
                  "--articles", str(dirs["articles"]), "--by", "language", "--json", "--no-anls")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    langs = data["per_language"]
    assert set(langs) == {"pl", "ar"}
    assert langs["ar"]["f1"] == 0.0 and langs["ar"]["recall"] == 0.0
    assert langs["pl"]["recall"] == 11 / 12 and langs["pl"]["precision"] == 1.0
    assert langs["pl"]["articles"] == 2
    # each language broken down by record type: pl1 lost one KPI of 3
    kpis = langs["pl"]["per_type"]["kpis"]
    assert (kpis["tp"], kpis["fn"]) == (5, 1) and kpis["recall"] == 5 / 6
    assert langs["pl"]["per_type"]["attendees"]["f1"] == 1.0
    assert langs["ar"]["per_type"]["directives"]["fn"] == 1


def test_eval_by_language_table(dirs):
    res = run_cli("eval", str(dirs["run"]), "--gold", str(dirs["gold"]),
                  "--articles", str(dirs["articles"]), "--by", "language", "--no-anls")
    assert res.returncode == 0, res.stderr
    assert "Records by article language" in res.stdout
    lines = [ln for ln in res.stdout.splitlines() if ln.strip().startswith(("│ ar", "│ pl", "┃ ar"))]
    assert [ln.split("│")[1].strip() for ln in lines] == ["ar", "pl"]  # worst first
    # each language's record types follow it, indented
    kpi_rows = [ln.split("│") for ln in res.stdout.splitlines() if ln.strip().startswith("│   kpis")]
    assert len(kpi_rows) == 2
    assert [c.strip() for c in kpi_rows[1][3:6]] == ["1.000", "0.833", "0.909"]  # pl: P, R, F1
    plain = run_cli("eval", str(dirs["run"]), "--gold", str(dirs["gold"]), "--no-anls")
    assert "Records by article language" not in plain.stdout


def test_eval_by_unknown_breakdown_is_a_usage_error(dirs):
    res = run_cli("eval", str(dirs["run"]), "--gold", str(dirs["gold"]), "--by", "province")
    assert res.returncode == 2
    assert "province" in res.stderr
