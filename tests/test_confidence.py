"""Record confidence: signals, the uncalibrated score, calibration fitted, stored, found
and applied (stable on a fixed seed), and eval's AUROC / ECE / Brier."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from review_support import example
from typer.testing import CliRunner

from extractor.cli import app
from extractor.confidence import (
    FEATURES,
    attach_confidence,
    calibrate_runs,
    features,
    find_calibration,
    fit_calibration,
    raw_score,
    records,
    save_calibration,
)
from extractor.eval.confidence import auroc, brier, ece
from extractor.grounding import ground_extraction
from extractor.schemas import ArticleExtraction, Provenance
from extractor.validators import validate_extraction

PROV = {"backend": "scripted", "model": "test-model", "prompt_version": "pv-1"}


def _run(root: Path, n: int = 12) -> tuple[Path, Path, Path]:
    """n copies of the example article; in every other one a KPI value is wrong (the
    validators see it: it is not in its quote)."""
    ex = example()
    dirs = [root / d for d in ("run", "gold", "articles")]
    for d in dirs:
        d.mkdir()
    run, gold, arts = dirs
    for i in range(n):
        aid = f"art{i:02d}"
        (arts / f"{aid}.txt").write_text(ex["text"], encoding="utf-8")
        truth = ArticleExtraction(article_id=aid, language="en", meetings=ex["output"]["meetings"])
        ground_extraction(truth, ex["text"])
        (gold / f"{aid}.json").write_text(truth.model_dump_json(), encoding="utf-8")
        pred = truth.model_copy(deep=True)
        pred.provenance = Provenance(**PROV)
        if i % 2:
            pred.meetings[0].kpis[i % 3].value += 7
        pred.findings = validate_extraction(pred, ex["text"])
        attach_confidence(pred, {"reasks": 0}, lookup=False)
        (run / f"{aid}.json").write_text(pred.model_dump_json(), encoding="utf-8")
    return run, gold, arts


def test_every_record_gets_a_confidence_and_errors_lower_it(tmp_path):
    run, _, _ = _run(tmp_path, 2)
    wrong = ArticleExtraction.model_validate_json((run / "art01.json").read_bytes())
    assert wrong.confidence.calibrated is False and wrong.confidence.method == "uncalibrated"
    confs = {path: rec.confidence for _, path, rec in records(wrong)}
    assert all(0 < c < 1 for c in confs.values())
    bad = "meetings[0].kpis[1]"
    assert confs[bad] < min(c for p, c in confs.items() if p.startswith("meetings[0].kpis") and p != bad)
    vec = next(s.features for s in features(wrong) if s.path == bad)
    assert vec[FEATURES.index("errors")] >= 1
    # one more error on a record can only lower its raw score
    more = list(vec)
    more[FEATURES.index("errors")] += 1
    assert raw_score(more) < raw_score(vec)


def test_gold_without_confidence_stays_byte_identical():
    ex = example()
    doc = ArticleExtraction(article_id="g", language="en", meetings=ex["output"]["meetings"])
    data = json.loads(doc.model_dump_json())
    assert "confidence" not in data and "confidence" not in data["meetings"][0]
    assert all("confidence" not in k for k in data["meetings"][0]["kpis"])


@pytest.mark.parametrize("method", ["logistic", "isotonic"])
def test_calibration_is_fitted_applied_and_stable(tmp_path, monkeypatch, method):
    monkeypatch.setenv("EXTRACTOR_CALIBRATIONS", str(tmp_path / "cal"))
    run, gold, arts = _run(tmp_path)
    cal, samples = calibrate_runs([run], gold, arts, method=method, seed=3)
    again, _ = calibrate_runs([run], gold, arts, method=method, seed=3)
    assert cal.to_json() == again.to_json()  # same records, same seed: the same fit
    assert (cal.model, cal.prompt_version) == ("test-model", "pv-1")
    wrong = [s for s in samples if not s.right]
    right = [s for s in samples if s.right]
    assert len(wrong) == 6 and right
    p_wrong = max(cal.apply(s.features) for s in wrong)
    p_right = min(cal.apply(s.features) for s in right if s.type == "kpis")
    assert p_wrong < p_right
    assert all(0 <= cal.apply(s.features) <= 1 for s in samples)
    path = save_calibration(cal)
    assert path.parent == tmp_path / "cal"
    found = find_calibration("test-model", "pv-1")
    assert found is not None and found.id == cal.id
    assert find_calibration("test-model", "other prompt") is None
    # Applied at extraction time, found by the record's model and prompt version.
    pred = ArticleExtraction.model_validate_json((run / "art01.json").read_bytes())
    attach_confidence(pred, {"reasks": 0})
    assert pred.confidence.calibrated and pred.confidence.calibration == cal.id
    assert pred.confidence.method == method


def test_calibrate_cli_stores_and_applies(tmp_path):
    run, gold, arts = _run(tmp_path)
    store = tmp_path / "store"
    result = CliRunner().invoke(
        app, ["calibrate", str(run), "--gold", str(gold), "--articles", str(arts),
              "--store", str(store), "--apply", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["records"] == 12 * 6 and doc["rewritten_articles"] == 12
    assert Path(doc["path"]).parent == store
    pred = ArticleExtraction.model_validate_json((run / "art00.json").read_bytes())
    assert pred.confidence.calibrated and pred.confidence.calibration == doc["calibration"]
    report = CliRunner().invoke(app, ["eval", str(run), "--gold", str(gold), "--articles",
                                      str(arts), "--json", "--no-anls"], catch_exceptions=False)
    conf = json.loads(report.output)["confidence"]
    assert set(conf["kpis"]) >= {"auroc", "ece", "brier", "n"}
    assert conf["overall"]["n"] == 72 and conf["kpis"]["auroc"] == 1.0


def test_calibration_refuses_runs_of_two_models(tmp_path):
    run, gold, arts = _run(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "run.json").write_text(json.dumps({"model": "another", "prompt_version": "pv-1"}))
    with pytest.raises(ValueError, match="different models"):
        calibrate_runs([run, other], gold, arts)
    with pytest.raises(ValueError, match="both right and wrong"):
        fit_calibration([[0.0] * len(FEATURES)] * 3, [True] * 3)


def test_metrics_of_known_tables():
    assert auroc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == pytest.approx(0.75)
    assert auroc([0.5, 0.5], [True, False]) == pytest.approx(0.5)
    assert auroc([0.2, 0.3], [True, True]) is None
    assert ece([0.2, 0.2, 0.8, 0.8], [False, True, True, True]) == pytest.approx(0.25)
    assert brier([0.2, 0.2, 0.8, 0.8], [False, True, True, True]) == pytest.approx(0.19)


def test_the_database_and_exports_carry_the_confidence(tmp_path):
    import sqlalchemy as sa

    from extractor.db import load
    from extractor.export import export
    from extractor.rundir import read_run_dir

    run, _, _ = _run(tmp_path, 2)
    (run / "run.json").write_text(json.dumps({"run_id": "conf-run", **PROV, "articles": {}}))
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    load([run], url)
    pred = ArticleExtraction.model_validate_json((run / "art01.json").read_bytes())
    want = sorted(k.confidence for k in pred.meetings[0].kpis)
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        got = conn.execute(sa.text(
            "SELECT k.confidence FROM kpis k JOIN meetings m USING (meeting_id) "
            "WHERE m.article_id = 'art01' ORDER BY k.confidence")).scalars().all()
        meeting = conn.execute(sa.text(
            "SELECT confidence FROM meetings WHERE article_id = 'art01'")).scalar_one()
    engine.dispose()
    assert got == pytest.approx(want) and meeting == pytest.approx(pred.meetings[0].confidence)
    export([read_run_dir(run)], tmp_path / "out", "jsonl")
    rows = [json.loads(line) for line in (tmp_path / "out" / "kpis.jsonl").read_text().splitlines()]
    assert all(0 < r["confidence"] < 1 for r in rows)
