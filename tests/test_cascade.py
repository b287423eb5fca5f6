"""The cascade: a chunk goes to a stronger model only when the cheap answer has faults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import Field
from reliability_support import article_in_request, grounded_answer, write_articles

from extractor.backends import make_backend
from extractor.cascade import DEFAULT_REASKS_BEFORE_ESCALATING, chunk_confidences, judge
from extractor.glean import GLEAN_INSTRUCTION
from extractor.pipeline import ExtractOptions, run_extraction, run_id_for
from extractor.schemas import ArticleExtraction, ExtractionDraft, KPIDraft
from extractor.testing import Answer, ScriptedOpenAIServer

CHEAP, STRONG = "gpt-4o-mini", "gpt-4o"


def wrong(answer: dict) -> dict:
    out = json.loads(json.dumps(answer))
    out["meetings"][0]["kpis"][0]["value"] = 4321.0  # in no quote: an unresolved error
    return out


def omitted(answer: dict) -> dict:
    out = json.loads(json.dumps(answer))
    out["meetings"][0]["kpis"] = out["meetings"][0]["kpis"][:1]  # figures left uncovered
    return out


class TwoModels:
    """The cheap model answers each article as its fate says, on every look; the strong
    one answers right."""

    def __init__(self, fates: dict[str, str]):
        self.fates = fates
        self.calls: list[tuple[str, str]] = []  # (model, kind)

    def __call__(self, body: dict, index: int):
        model = body["model"]
        if body["messages"][0]["content"] == GLEAN_INSTRUCTION:
            self.calls.append((model, "followup"))
            if model == STRONG:
                text = body["messages"][1]["content"]
                return Answer({"kpis": [k for m in grounded_answer(text)["meetings"] for k in m["kpis"]]})
            return Answer({"kpis": []})
        text = article_in_request(body)
        self.calls.append((model, "extract"))
        right = grounded_answer(text)
        if model == STRONG:
            return Answer(right)
        fate = next(f for key, f in self.fates.items() if key in text)
        return Answer({"right": right, "wrong": wrong(right), "omitted": omitted(right)}[fate])


def _backend(srv: ScriptedOpenAIServer):
    return make_backend("openai", base_url=srv.base_url, api_key="sk-test-cascade", model=CHEAP,
                        timeout=5.0, backoff_base=0.01, max_retry_seconds=2.0, max_attempts=2)


def _fates(paths: list[Path], fates: list[str]) -> dict[str, str]:
    # each generated article names its own chair: the key the model knows it by
    from reliability_support import _CHAIR

    return {_CHAIR.search(p.read_text()).group(1): f for p, f in zip(paths, fates, strict=True)}


def _run(tmp_path: Path, fates: list[str], **options):
    paths = write_articles(tmp_path / "in", len(fates))
    model = TwoModels(_fates(paths, fates))
    with ScriptedOpenAIServer(responder=model) as srv:
        summary = run_extraction(paths, tmp_path / "out", _backend(srv),
                                 ExtractOptions(use_cache=False, escalate_to=(STRONG,), **options))
    outputs = {p.stem: ArticleExtraction.model_validate_json((tmp_path / "out" / f"{p.stem}.json").read_text())
               for p in paths}
    return paths, model, summary, outputs


def test_escalates_on_unresolved_errors_and_on_uncovered_figures_never_when_clean(tmp_path: Path):
    paths, model, summary, outputs = _run(tmp_path, ["right", "wrong", "omitted"])
    by_id = {r.article_id: r for r in summary.results}
    clean, erring, leaving = (p.stem for p in paths)
    assert by_id[clean].escalations == 0 and by_id[erring].escalations == 1
    assert by_id[leaving].escalations == 1
    assert model.calls.count((STRONG, "extract")) == 2
    # the clean article's records are the cheap model's, the others' the strong one's
    assert {k.model for m in outputs[clean].meetings for k in m.kpis} == {CHEAP}
    for aid in (erring, leaving):
        kpis = [k for m in outputs[aid].meetings for k in m.kpis]
        assert {k.model for k in kpis} == {STRONG} and 4321.0 not in {k.value for k in kpis}
        assert outputs[aid].coverage.uncovered == []
    # one cheap re-ask for the unresolved error before escalating (the default), none else
    assert by_id[erring].reasks == DEFAULT_REASKS_BEFORE_ESCALATING == 1
    assert by_id[clean].reasks == by_id[leaving].reasks == 0
    ledger = json.loads((tmp_path / "out" / "run.json").read_text())
    by_model = ledger["totals"]["by_model"]
    assert by_model[STRONG]["by_kind"]["escalation"]["requests"] == 2
    assert by_model[CHEAP]["by_kind"]["first"]["requests"] == 3
    assert ledger["totals"]["escalations"] == 2
    assert ledger["totals"]["cost_usd"] == pytest.approx(
        sum(v["cost_usd"] for v in by_model.values()))


def test_clean_answers_never_escalate(tmp_path: Path):
    _, model, summary, outputs = _run(tmp_path, ["right", "right"])
    assert {m for m, _ in model.calls} == {CHEAP}
    assert all(r.escalations == 0 for r in summary.results)


@pytest.mark.parametrize("reasks", [0, 2])
def test_reasks_before_escalating_are_spent_on_the_cheap_model(tmp_path: Path, reasks: int):
    _, model, summary, _ = _run(tmp_path, ["wrong"], reasks_before_escalating=reasks)
    assert model.calls.count((CHEAP, "extract")) == 1 + reasks  # first look and the re-asks
    assert model.calls.count((STRONG, "extract")) == 1
    assert summary.results[0].reasks == reasks


def test_escalate_to_is_part_of_the_run_id():
    backend = make_backend("openai", base_url="http://127.0.0.1:9/v1", api_key="k", model=CHEAP)
    plain = run_id_for(backend, ExtractOptions())
    assert run_id_for(backend, ExtractOptions(escalate_below=0.5)) == plain  # no cascade: no change
    one = run_id_for(backend, ExtractOptions(escalate_to=(STRONG,)))
    two = run_id_for(backend, ExtractOptions(escalate_to=(STRONG, "o3")))
    assert len({plain, one, two}) == 3
    assert run_id_for(backend, ExtractOptions(max_cost=1.0, prices=(("x", 1, 1),))) == plain


class ScoredKPI(KPIDraft):
    confidence: float | None = Field(None)


def test_escalate_below_reads_the_records_confidence():
    text = ("Wskaźnik ubóstwa wyniósł 3,5% w 2023 roku.")
    kpi = {"indicator": "poverty rate", "value": 3.5, "unit": "%", "scale": 1.0, "qualifier": "exact",
           "out_of": None, "period": "2023", "target": None, "evidence": text}
    draft = ExtractionDraft.model_validate({"meetings": [{"kind": "other", "title": "t", "kpis": [kpi]}]})
    assert judge(draft, text, "pl", below=0.5).clean  # no confidence: nothing to doubt
    draft.meetings[0].kpis = [ScoredKPI(**kpi, confidence=0.3)]
    verdict = judge(draft, text, "pl", below=0.5)
    assert verdict.doubtful == 1 and not verdict.clean
    assert judge(draft, text, "pl", below=0.2).clean
    assert judge(draft, text, "pl").clean  # without --escalate-below confidence is not read


def test_escalate_below_scores_records_that_carry_no_confidence():
    text = "Wskaźnik ubóstwa wyniósł 3,5% w 2023 roku."
    kpi = {"indicator": "poverty rate", "value": 3.5, "unit": "%", "scale": 1.0, "qualifier": "exact",
           "out_of": None, "period": "2023", "target": None, "evidence": text}
    draft = ExtractionDraft.model_validate({"meetings": [{"kind": "other", "title": "t", "kpis": [kpi]}]})
    scores = chunk_confidences(draft, text, "pl")
    assert len(scores) == 2 and all(0 < s < 1 for s in scores)  # the meeting and its KPI
    assert judge(draft, text, "pl", below=min(scores)).clean
    assert judge(draft, text, "pl", below=max(scores) + 1e-6).doubtful == 2


def test_cli_escalate_to_reaches_the_run_and_needs_an_openai_backend(tmp_path: Path):
    import subprocess
    import sys

    from e2e_helpers import repo_env

    paths = write_articles(tmp_path / "in", 2)
    model = TwoModels(_fates(paths, ["right", "wrong"]))
    base = [sys.executable, "-m", "extractor.cli", "extract", str(tmp_path / "in"), "--out",
            str(tmp_path / "out"), "--no-cache", "--escalate-to", STRONG]
    with ScriptedOpenAIServer(responder=model) as srv:
        done = subprocess.run([*base, "--backend", "openai", "--base-url", srv.base_url, "--model", CHEAP],
                              capture_output=True, text=True, env=repo_env(OPENAI_API_KEY="sk-cli"),
                              timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"{STRONG} $" in done.stderr and f"{CHEAP} $" in done.stderr  # the cost line
    ledger = json.loads((tmp_path / "out" / "run.json").read_text())
    assert ledger["config"]["options"]["escalate_to"] == [STRONG]
    assert ledger["totals"]["escalations"] == 1
    local = subprocess.run([*base, "-q"], capture_output=True, text=True, env=repo_env(), timeout=120)
    assert local.returncode == 2 and "--escalate-to needs --backend openai" in local.stderr


def test_escalate_base_url_sends_the_escalations_to_the_other_server(tmp_path: Path):
    paths = write_articles(tmp_path / "in", 2)
    fates = _fates(paths, ["right", "wrong"])
    cheap_side, strong_side = TwoModels(fates), TwoModels(fates)
    with ScriptedOpenAIServer(responder=cheap_side) as cheap, \
            ScriptedOpenAIServer(responder=strong_side) as strong:
        summary = run_extraction(paths, tmp_path / "out", _backend(cheap),
                                 ExtractOptions(use_cache=False, escalate_to=(STRONG,),
                                                escalate_base_url=strong.base_url))
    assert {m for m, _ in cheap_side.calls} == {CHEAP}
    assert strong_side.calls == [(STRONG, "extract")]  # the wrong article only, once
    assert [r.escalations for r in summary.results] == [0, 1]
