"""`extractor diff` through the installed console script: terminal and HTML output."""

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
HOSTILE = "\n\nReader comment: <script>document.title='pwned'</script> & <b>bold</b>"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "220", "NO_COLOR": "1"}
    return subprocess.run(
        [str(EXTRACTOR), *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def dirs(tmp_path: Path) -> dict[str, Path]:
    example = json.loads((REPO / "tests" / "data" / "review_example.json").read_text(encoding="utf-8"))
    paths = {k: tmp_path / k for k in ("gold", "run", "articles")}
    for p in paths.values():
        p.mkdir()
    for aid in ("ex1", "ex2"):
        (paths["articles"] / f"{aid}.txt").write_text(example["text"] + HOSTILE, encoding="utf-8")
        gold = ArticleExtraction(
            article_id=aid, language="en", meetings=example["output"]["meetings"]
        )
        (paths["gold"] / f"{aid}.json").write_text(gold.model_dump_json(), encoding="utf-8")
        pred = gold.model_copy(deep=True)
        if aid == "ex1":
            pred.meetings[0].kpis[0].value = 999  # gold 312: mismatched field
            del pred.meetings[0].kpis[1]  # missing record
            pred.meetings[0].directives.append(
                pred.meetings[0]
                .directives[0]
                .model_copy(
                    update={"action": "Plant ten thousand trees", "evidence": "never written"}
                )
            )  # extra record
        (paths["run"] / f"{aid}.json").write_text(pred.model_dump_json(), encoding="utf-8")
    return paths


def test_diff_terminal_shows_missing_extra_and_mismatched(dirs):
    res = run_cli(
        "diff", str(dirs["run"]), "--gold", str(dirs["gold"]), "--articles", str(dirs["articles"])
    )
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert out.index("ex1") < out.index("ex2")  # articles in id order, one panel each
    ex1, ex2 = out.split("ex2", 1)
    assert "1 missing" in ex1 and "1 extra" in ex1 and "1 mismatched" in ex1
    assert "budget revenue growth on previous year" in ex1  # the missing KPI
    assert "Plant ten thousand trees" in ex1  # the extra directive
    value_line = next(line for line in ex1.splitlines() if "≠ value" in line)
    assert "312" in value_line and "999" in value_line  # gold and predicted side by side
    assert "no differences" in ex2


def test_diff_one_article_to_html(dirs, tmp_path):
    page = tmp_path / "out" / "review.html"
    res = run_cli(
        "diff", str(dirs["run"]), "--gold", str(dirs["gold"]), "--articles", str(dirs["articles"]),
        "--article", "ex1", "--html", str(page),
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert "ex2" not in res.stdout
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert html.count('<section class="article"') == 1
    # The article's markup is text on the page, never markup.
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html
    assert "<script>document.title" not in html
    assert "<b>bold</b>" not in html
    # Self-contained: no external stylesheet, script or image.
    assert "src=" not in html and "<link" not in html


def test_diff_unknown_article_is_an_error(dirs):
    res = run_cli("diff", str(dirs["run"]), "--gold", str(dirs["gold"]), "--article", "nope")
    assert res.returncode == 2
    assert "not in gold: nope" in res.stderr
