"""Answers that arrive but are wrong: schema-breaking, not JSON, cut off, or ungrounded.

Each is met through the whole pipeline (``run_extraction`` over the real openai
backend and a real HTTP server): a broken answer is re-asked, a cut-off one is asked
again with a larger budget or about smaller parts, never parsed as if whole, and an
answer with figures the article does not contain is re-asked with the reasons, then
flagged in the output if the model insists.
"""

from __future__ import annotations

import json
from pathlib import Path

from reliability_support import (
    article_in_request,
    grounded,
    grounded_answer,
    scripted_then_grounded,
    write_articles,
)

from extractor.backends import make_backend
from extractor.cache import ResponseCache
from extractor.pipeline import ExtractOptions, run_extraction
from extractor.schemas import ArticleExtraction
from extractor.testing import Answer, BadContent, SchemaBreaking, ScriptedOpenAIServer, Truncated
from extractor.validators.reask import REASK_HEADER


def backend(srv: ScriptedOpenAIServer, **kw):
    opts = {"timeout": 5.0, "backoff_base": 0.01, "max_retry_seconds": 10.0}
    opts.update(kw)
    return make_backend("openai", base_url=srv.base_url, api_key="sk-test-answers", **opts)


def run(tmp_path: Path, srv: ScriptedOpenAIServer, paths, **kw):
    b = backend(srv, **{k: kw.pop(k) for k in ("max_tokens", "max_tokens_cap") if k in kw})
    return run_extraction(paths, tmp_path / "out", b, ExtractOptions(**kw),
                          cache=ResponseCache(tmp_path / "c.sqlite"))


def output(tmp_path: Path, article_id: str) -> ArticleExtraction:
    return ArticleExtraction.model_validate_json((tmp_path / "out" / f"{article_id}.json").read_text())


def expected_values(path: Path) -> list[float]:
    return [k["value"] for m in grounded_answer(path.read_text())["meetings"] for k in m["kpis"]]


def values(ex: ArticleExtraction) -> list[float]:
    return [k.value for m in ex.meetings for k in m.kpis]


def test_schema_breaking_and_broken_json_are_reasked(tmp_path: Path):
    [path] = write_articles(tmp_path / "in", 1)
    with ScriptedOpenAIServer(responder=scripted_then_grounded(SchemaBreaking(), BadContent())) as srv:
        summary = run(tmp_path, srv, [path], max_reasks=2)
        assert srv.request_count == 3
        # the re-ask carries the validation error back to the model
        assert "validation error" in json.dumps(srv.requests[1].body["messages"][-1]).lower()
    [result] = summary.results
    assert result.status == "ok" and result.reasks == 2
    assert values(output(tmp_path, path.stem)) == expected_values(path)


def test_answers_that_never_fit_the_schema_fail_the_article_only(tmp_path: Path):
    paths = write_articles(tmp_path / "in", 2)

    def responder(request, index):
        # article 0 always breaks the schema; article 1 is answered properly
        return SchemaBreaking() if "Article art_0000" in json.dumps(request["messages"]) else grounded(request)

    with ScriptedOpenAIServer(responder=responder) as srv:
        summary = run(tmp_path, srv, paths, max_reasks=2)
        broken = [r for r in srv.requests if "Article art_0000" in json.dumps(r.body["messages"])]
        assert len(broken) == 3  # first ask + 2 re-asks, then stop
    by_id = {r.article_id: r for r in summary.results}
    assert by_id["art_0000"].status == "failed"
    assert "no schema-valid answer after 3 attempt" in by_id["art_0000"].error
    assert by_id["art_0001"].status == "ok"
    assert not (tmp_path / "out" / "art_0000.json").exists()
    run_json = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run_json["failures"][0]["article_id"] == "art_0000"
    assert run_json["failures"][0]["attempts"] == 3


def test_truncated_answer_is_retried_with_a_larger_budget(tmp_path: Path):
    [path] = write_articles(tmp_path / "in", 1)
    whole = grounded_answer(path.read_text())
    with ScriptedOpenAIServer(responder=scripted_then_grounded(Truncated(whole))) as srv:
        summary = run(tmp_path, srv, [path], max_tokens=512, max_tokens_cap=4096)
        budgets = [r.body["max_tokens"] for r in srv.requests]
    assert budgets == [512, 1024]
    assert summary.results[0].status == "ok"
    assert values(output(tmp_path, path.stem)) == expected_values(path)


def test_answer_that_never_fits_is_split_into_smaller_parts(tmp_path: Path):
    # The model cuts off its answer for any text with more than two figures, at every budget:
    # the pipeline must ask about halves (then quarters), never parse a cut-off answer.
    [path] = write_articles(tmp_path / "in", 1, paragraphs=8)

    def responder(request, index):
        answer = grounded_answer(article_in_request(request))
        n = sum(len(m["kpis"]) for m in answer["meetings"])
        return Truncated(answer) if n > 2 else Answer(answer)

    with ScriptedOpenAIServer(responder=responder) as srv:
        summary = run(tmp_path, srv, [path], max_tokens=512, max_tokens_cap=1024)
        sizes = [len(article_in_request(r.body)) for r in srv.requests]
        kinds = [r.behaviour for r in srv.requests]
    [result] = summary.results
    assert result.status == "ok", result.error
    assert kinds[:2] == ["Truncated", "Truncated"]  # 512, then 1024 tokens, for the whole text
    assert min(sizes) < sizes[0] / 2 + 200  # then parts of it
    ex = output(tmp_path, path.stem)
    assert sorted(values(ex)) == sorted(expected_values(path))  # every figure, once
    assert not any(f.severity == "error" for f in ex.findings)


def test_figure_not_in_article_is_reasked_with_reasons(tmp_path: Path):
    [path] = write_articles(tmp_path / "in", 1)
    wrong = grounded_answer(path.read_text())
    wrong["meetings"][0]["kpis"][0]["value"] = 4321.0  # not what the quoted sentence says
    with ScriptedOpenAIServer(responder=scripted_then_grounded(Answer(wrong))) as srv:
        summary = run(tmp_path, srv, [path])
        reask = json.dumps(srv.requests[1].body["messages"], ensure_ascii=False)
        assert srv.request_count == 2
    assert REASK_HEADER in reask and "4321" in reask
    assert summary.results[0].reasks == 1
    ex = output(tmp_path, path.stem)
    assert values(ex) == expected_values(path) and not ex.findings


def test_model_that_insists_on_a_wrong_figure_is_kept_and_flagged(tmp_path: Path):
    [path] = write_articles(tmp_path / "in", 1)
    wrong = grounded_answer(path.read_text())
    wrong["meetings"][0]["kpis"][0]["value"] = 4321.0
    with ScriptedOpenAIServer(default=Answer(wrong)) as srv:
        summary = run(tmp_path, srv, [path], max_reasks=1)
        assert srv.request_count == 2
    [result] = summary.results
    assert result.status == "ok" and result.flagged_records == 1
    ex = output(tmp_path, path.stem)
    assert [f.path for f in ex.findings if f.severity == "error"] == ["meetings[0].kpis[0].value"]
    # --strict drops the record instead
    with ScriptedOpenAIServer(default=Answer(wrong)) as srv:
        strict = run(tmp_path, srv, [path], max_reasks=1, strict=True, force=True)
    assert strict.results[0].dropped_records == 1
    assert 4321.0 not in values(output(tmp_path, path.stem))
