"""The pipeline's loop over the scripted server: repair, best answer kept, second look."""

from __future__ import annotations

import json
from pathlib import Path

from reliability_support import article_in_request, grounded_answer, write_articles

from extractor.backends import make_backend
from extractor.glean import GLEAN_INSTRUCTION
from extractor.pipeline import ExtractOptions, run_extraction
from extractor.schemas import ArticleExtraction
from extractor.testing import Answer, ScriptedOpenAIServer, ServerError


def backend(srv: ScriptedOpenAIServer):
    return make_backend("openai", base_url=srv.base_url, api_key="sk-test-loop", timeout=5.0,
                        backoff_base=0.01, max_retry_seconds=2.0, max_attempts=2)


def run(tmp_path: Path, srv: ScriptedOpenAIServer, paths, **kw):
    return run_extraction(paths, tmp_path / "out", backend(srv), ExtractOptions(use_cache=False, **kw))


def output(tmp_path: Path, article_id: str) -> ArticleExtraction:
    return ArticleExtraction.model_validate_json((tmp_path / "out" / f"{article_id}.json").read_text())


def ledger(tmp_path: Path) -> dict:
    return json.loads((tmp_path / "out" / "run.json").read_text())


def is_followup(body: dict) -> bool:
    return body["messages"][0]["content"] == GLEAN_INSTRUCTION


def test_first_answer_kept_when_the_last_request_fails(tmp_path: Path):
    [path] = write_articles(tmp_path / "in", 1)
    wrong = grounded_answer(path.read_text())
    wrong["meetings"][0]["kpis"][0]["value"] = 4321.0  # no misreading: re-asked
    with ScriptedOpenAIServer(script=[Answer(wrong)], default=ServerError(500)) as srv:
        summary = run(tmp_path, srv, [path])
    [result] = summary.results
    assert result.status == "ok" and result.kept_best == 1 and result.flagged_records == 1
    ex = output(tmp_path, path.stem)
    assert ex.meetings[0].kpis[0].value == 4321.0
    assert ledger(tmp_path)["totals"]["kept_best"] == 1


def test_repairable_answer_costs_no_reask_and_is_recorded(tmp_path: Path):
    [path] = write_articles(tmp_path / "in", 1)
    right = grounded_answer(path.read_text())
    typo = json.loads(json.dumps(right))
    value = typo["meetings"][0]["kpis"][0]["value"]
    typo["meetings"][0]["kpis"][0]["scale"] = 1e3  # a scale the quote does not write
    with ScriptedOpenAIServer(script=[Answer(typo)]) as srv:
        summary = run(tmp_path, srv, [path])
        assert srv.request_count == 1
    [result] = summary.results
    assert result.reasks == 0 and result.repairs == 1 and result.errors == 0
    ex = output(tmp_path, path.stem)
    assert (ex.meetings[0].kpis[0].value, ex.meetings[0].kpis[0].scale) == (value, 1.0)
    [info] = [f for f in ex.findings if f.severity == "info"]
    assert info.code == "repaired" and "->" in info.message
    assert ledger(tmp_path)["totals"]["repairs"] == 1


def _half(answer: dict) -> dict:
    out = json.loads(json.dumps(answer))
    out["meetings"][0]["kpis"] = out["meetings"][0]["kpis"][:1]
    return out


def _model(seen: list[dict]):
    def respond(body: dict, index: int):
        seen.append(body)
        if is_followup(body):
            text = body["messages"][1]["content"]
            return Answer({"kpis": [k for m in grounded_answer(text)["meetings"] for k in m["kpis"]]})
        return Answer(_half(grounded_answer(article_in_request(body))))
    return respond


def test_second_look_adds_what_the_first_answer_left_out(tmp_path: Path):
    [path] = write_articles(tmp_path / "in", 1)
    seen: list[dict] = []
    with ScriptedOpenAIServer(responder=_model(seen)) as srv:
        summary = run(tmp_path, srv, [path])
    [result] = summary.results
    full = [k["value"] for k in grounded_answer(path.read_text())["meetings"][0]["kpis"]]
    assert len(full) >= 2 and len(seen) == 2 and is_followup(seen[1])
    assert sorted(k.value for k in output(tmp_path, path.stem).meetings[0].kpis) == sorted(full)
    assert result.followups == 1 and result.followup_kpis == len(full) - 1
    ex = output(tmp_path, path.stem)
    assert ex.coverage is not None and ex.coverage.uncovered == []
    assert ex.coverage.covered == ex.coverage.candidates == len(full)
    # the follow-up sends the sentences concerned, not the prompt and the whole article
    assert len(json.dumps(seen[1]["messages"])) < len(json.dumps(seen[0]["messages"])) / 2
    totals = ledger(tmp_path)["totals"]
    assert totals["followups"] == 1 and totals["followup_kpis"] == len(full) - 1


def test_glean_zero_makes_no_follow_up_and_reports_the_uncovered(tmp_path: Path):
    [path] = write_articles(tmp_path / "in", 1)
    seen: list[dict] = []
    with ScriptedOpenAIServer(responder=_model(seen)) as srv:
        summary = run(tmp_path, srv, [path], glean=0)
    assert len(seen) == 1 and summary.results[0].followups == 0
    ex = output(tmp_path, path.stem)
    assert len(ex.coverage.uncovered) == summary.results[0].uncovered >= 1
    assert {f.code for f in ex.findings if f.severity == "warning"} == {"uncovered_figure"}


def test_cli_glean_flag_reaches_the_pipeline(tmp_path: Path):
    import subprocess
    import sys

    from e2e_helpers import repo_env

    [path] = write_articles(tmp_path / "in", 1)
    counts = {}
    for n in (0, 1):
        seen: list[dict] = []
        with ScriptedOpenAIServer(responder=_model(seen)) as srv:
            cmd = [sys.executable, "-m", "extractor.cli", "extract", str(tmp_path / "in"),
                   "--out", str(tmp_path / f"out{n}"), "--backend", "openai",
                   "--base-url", srv.base_url, "--model", "m", "--glean", str(n), "--no-cache", "-q"]
            proc = subprocess.run(cmd, env=repo_env(OPENAI_API_KEY="sk-cli-glean"),
                                  capture_output=True, text=True, timeout=120)
            assert proc.returncode == 0, proc.stderr
        counts[n] = sum(is_followup(b) for b in seen)
        entry = json.loads((tmp_path / f"out{n}" / "run.json").read_text())["articles"][path.stem]
        assert entry["followups"] == counts[n]
    assert counts == {0: 0, 1: 1}
