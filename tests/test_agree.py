"""`extractor agree` on two hand-made gold folders whose agreement is known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from review_support import example
from typer.testing import CliRunner

from extractor.cli import app
from extractor.eval.agree import agreement, cohen_kappa
from extractor.schemas import ArticleExtraction


def _folders(root: Path) -> tuple[Path, Path]:
    ex = example()
    meeting = ex["output"]["meetings"][0]
    people = [("Nguyen Van Thi", "chair"), ("Le Van Hai", "speaker"),
              ("Tran Thi Mai", "attendee"), ("Pham Minh Duc", "attendee")]
    a = dict(meeting, attendees=[{"name": n, "name_in_text": n, "titles": [], "role": r}
                                 for n, r in people])
    b = json.loads(json.dumps(a))
    # roles: A chair/speaker/attendee/attendee, B chair/attendee/attendee/speaker
    b["attendees"][1]["role"] = "attendee"
    b["attendees"][3]["role"] = "speaker"
    b["attendees"].append({"name": "Vo Van Kiet", "name_in_text": "Vo Van Kiet", "titles": [],
                           "role": "attendee"})  # only B has him
    b["kpis"][0]["value"] = 315  # within 1 % of 312
    b["kpis"][2]["value"] = 5  # 4 communes: not within
    out = []
    for name, m in (("a", a), ("b", b)):
        folder = root / name
        folder.mkdir()
        doc = ArticleExtraction(article_id="art1", language="en", meetings=[m])
        (folder / "art1.json").write_text(doc.model_dump_json(indent=1), encoding="utf-8")
        out.append(folder)
    (out[0] / "only_a.json").write_text(
        ArticleExtraction(article_id="only_a", language="en").model_dump_json(), encoding="utf-8")
    return out[0], out[1]


def test_kappa_of_known_tables():
    # po = 0.5, pe = (1 + 1 + 4) / 16: kappa = (0.5 - 0.375) / 0.625
    assert cohen_kappa(["c", "s", "a", "a"], ["c", "a", "a", "s"]) == pytest.approx(0.2)
    assert cohen_kappa(["x", "y", "x", "y"], ["x", "y", "x", "y"]) == pytest.approx(1.0)
    # systematic disagreement is below chance
    assert cohen_kappa(["x", "y"], ["y", "x"]) == pytest.approx(-1.0)
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # chance agreement is total
    assert cohen_kappa([], []) is None


def test_agreement_of_two_folders(tmp_path):
    a, b = _folders(tmp_path)
    doc = agreement(a, b)
    assert doc["articles_compared"] == 1 and doc["only_in_a"] == ["only_a"]
    att = doc["records"]["attendees"]
    assert (att["both"], att["only_a"], att["only_b"]) == (4, 0, 1)
    assert att["f1"] == pytest.approx(8 / 9)
    assert doc["records"]["kpis"]["f1"] == 1.0
    role = doc["fields"]["attendees.role"]
    assert role["n"] == 4 and role["kappa"] == pytest.approx(0.2)
    assert role["exact"] == pytest.approx(0.5)
    value = doc["fields"]["kpis.value"]
    assert value["exact"] == pytest.approx(1 / 3) and value["within_tolerance"] == pytest.approx(2 / 3)
    assert "kappa" not in value
    assert doc["fields"]["kpis.qualifier"]["kappa"] is None  # 'exact' throughout on both sides
    assert doc["articles"]["art1"]["fields"]["attendees.role"]["kappa"] == pytest.approx(0.2)
    # symmetric: swapping the folders swaps only-A and only-B
    back = agreement(b, a)
    assert back["records"]["attendees"]["only_a"] == 1
    assert back["fields"]["attendees.role"]["kappa"] == pytest.approx(0.2)


def test_agree_cli(tmp_path):
    a, b = _folders(tmp_path)
    result = CliRunner().invoke(app, ["agree", str(a), str(b), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["fields"]["attendees.role"]["kappa"] == pytest.approx(0.2)
    table = CliRunner().invoke(app, ["agree", str(a), str(b)], catch_exceptions=False)
    assert table.exit_code == 0 and "attendees.role" in table.output and "0.200" in table.output
