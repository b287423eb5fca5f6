"""The Batch API path against the scripted server's real /v1/files and /v1/batches endpoints.

The answers are the hand-labelled gold records of the corpus (drafts, without
grounding), so the grounding and validators have real work to do; what is checked is
that the batch path sends the very requests the online path sends and writes the very
files the online path writes.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import openai
import pytest
from typer.testing import CliRunner

from extractor import batch as batch_lib
from extractor.backends.openai_backend import OpenAIBackend
from extractor.cli import app
from extractor.pipeline import ExtractOptions, run_extraction
from extractor.schemas import ExtractionDraft
from extractor.testing import Answer, ScriptedOpenAIServer, ServerError, Truncated
from extractor.validators.files import record_files

ARTICLE_ID = re.compile(r"Article (\S+) \(")


def gold_drafts(corpus: Path) -> dict[str, dict]:
    return {
        p.stem: ExtractionDraft.model_validate(json.loads(p.read_text(encoding="utf-8"))).model_dump(mode="json")
        for p in sorted((corpus / "gold").glob("*.json"))
    }


def article_of(body: dict) -> str:
    match = ARTICLE_ID.search(body["messages"][-1]["content"])
    assert match, "the last message names the article"
    return match.group(1)


@pytest.fixture
def articles(tmp_path, corpus_dir) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(corpus_dir / "articles", folder)
    return folder


@pytest.fixture
def gold(corpus_dir) -> dict[str, dict]:
    return gold_drafts(corpus_dir)


def backend_for(srv: ScriptedOpenAIServer) -> OpenAIBackend:
    return OpenAIBackend("scripted-model", base_url=srv.base_url, backoff_base=0.01)


def records(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.json")) if p.name != "run.json"}


def invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)


def test_batch_requests_are_the_online_requests(articles, gold, tmp_path):
    with ScriptedOpenAIServer(responder=lambda body, i: Answer(gold[article_of(body)])) as srv:
        backend = backend_for(srv)
        run_extraction([articles], tmp_path / "online", backend, ExtractOptions(use_cache=False))
        online = {article_of(r.body): r.body for r in srv.requests}
        state = batch_lib.submit([articles], tmp_path / "b", backend, upload=False)
    lines = batch_lib.read_jsonl(state.folder / "requests-1.jsonl")
    assert {line["custom_id"] for line in lines} == {f"{a}::0" for a in gold}
    for line in lines:
        assert (line["method"], line["url"]) == ("POST", "/v1/chat/completions")
        # the whole body: messages, tools, tool_choice, model, temperature, max_tokens
        assert line["body"] == online[batch_lib.split_custom_id(line["custom_id"])[0]]
        assert line["body"]["tool_choice"]["function"]["name"] == "ExtractionDraft"


def test_submit_status_collect_writes_the_online_files(articles, gold, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    with ScriptedOpenAIServer(responder=lambda body, i: Answer(gold[article_of(body)]),
                              batch_in_progress_polls=1) as srv:
        run_extraction([articles], tmp_path / "online", backend_for(srv), ExtractOptions(use_cache=False))
        online_calls = len(srv.requests)
        out = tmp_path / "batch-run"
        res = invoke("batch", "submit", str(articles), "--out", str(out), "--model", "scripted-model",
                     "--base-url", srv.base_url)
        assert res.exit_code == 0, res.output
        assert f"{len(gold)} article(s), {len(gold)} request(s)" in res.output
        state = json.loads((out / "batch" / "state.json").read_text())
        assert "sk-test" not in json.dumps(state)  # the key never lands on disk
        res = invoke("batch", "status", str(out))
        assert "in_progress" in res.output and f"0 answered, 0 failed, {len(gold)} pending" in res.output
        res = invoke("batch", "collect", str(out))
        assert res.exit_code == 0, res.output
        batch_calls = [r for r in srv.requests[online_calls:] if r.via == "batch"]
    assert len(batch_calls) == len(gold)
    assert records(out) == records(tmp_path / "online")
    run = json.loads((out / "run.json").read_text())
    assert run["totals"]["ok"] == len(gold) and run["totals"]["failed"] == 0
    assert run["totals"]["prompt_tokens"] > 0
    # the state folder never reads as a record: readers of a run dir see exactly the articles
    assert sorted(p.stem for p in record_files([out])) == sorted(gold)


def test_failed_and_expired_requests_are_listed_and_resubmitted(articles, gold, tmp_path):
    ids = sorted(gold)
    broken = ids[0]

    def responder(body, index):
        art = article_of(body)
        # the first time it is asked, one article hits a server error and another is cut off
        if art == broken and not getattr(responder, "done", False):
            responder.done = True
            return ServerError(500)
        if art == ids[1] and index < len(ids):
            return Truncated(gold[art])
        return Answer(gold[art])

    out = tmp_path / "run"
    with ScriptedOpenAIServer(responder=responder, batch_expire_after=len(ids) - 1) as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="x")
        batch_lib.submit([articles], out, backend_for(srv))
        report = batch_lib.collect(out, client=client)
        failed = report.failed_requests
        assert set(failed) == {f"{broken}::0", f"{ids[1]}::0", f"{ids[-1]}::0"}
        assert "HTTP 500" in failed[f"{broken}::0"]
        assert "max_tokens" in failed[f"{ids[1]}::0"]
        assert "batch_expired" in failed[f"{ids[-1]}::0"]
        assert not report.summary.ok
        assert set(records(out)) == set(ids) - {broken, ids[1], ids[-1]}

        entry = batch_lib.submit_retry(out, client=client, max_tokens=4096)
        assert entry is not None and entry["requests"] == 3
        resent = [json.loads(line) for line in (out / "batch" / entry["requests_file"]).read_text().splitlines()]
        assert {r["custom_id"] for r in resent} == set(failed)
        assert {r["body"]["max_tokens"] for r in resent} == {4096}
        report = batch_lib.collect(out, client=client)
    assert report.summary.ok and not report.failed_requests and not report.pending
    assert set(records(out)) == set(ids)
    assert batch_lib.submit_retry(out, client=client) is None


def test_vllm_run_batch_result_file_is_collected(articles, gold, tmp_path):
    """`submit --no-upload` + a result file in `vllm run-batch`'s output format + `collect --results`."""
    out = tmp_path / "offline"
    res = invoke("batch", "submit", str(articles), "--out", str(out), "--no-upload", "--model", "my-gguf")
    assert res.exit_code == 0, res.output
    requests = batch_lib.read_jsonl(out / "batch" / "requests-1.jsonl")
    # Play vllm run-batch: send each line's body to an OpenAI-compatible server and
    # write {"id", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}.
    with ScriptedOpenAIServer(responder=lambda body, i: Answer(gold[article_of(body)])) as srv:
        raw = openai.OpenAI(base_url=srv.base_url, api_key="x").chat.completions.with_raw_response
        rows = []
        for n, line in enumerate(requests):
            body = raw.create(**line["body"]).http_response.json()
            rows.append({"id": f"vllm-{n}", "custom_id": line["custom_id"], "error": None,
                         "response": {"status_code": 200, "request_id": f"r{n}", "body": body}})
    results = tmp_path / "results.jsonl"
    batch_lib.write_jsonl(results, rows)
    res = invoke("batch", "collect", str(out), "--results", str(results), env={"OPENAI_API_KEY": ""})
    assert res.exit_code == 0, res.output
    written = records(out)
    assert set(written) == set(gold)
    assert {r["provenance"]["model"] for r in written.values()} == {"my-gguf"}
    assert all(r["meetings"] for r in written.values())


def test_unusable_answers_and_missing_state_are_reported(articles, tmp_path):
    assert invoke("batch", "status", str(tmp_path / "nowhere")).exit_code == 2
    bad = {"id": "x", "custom_id": "a::0", "error": None,
           "response": {"status_code": 200, "body": {
               "id": "c", "object": "chat.completion", "created": 0, "model": "m",
               "choices": [{"index": 0, "finish_reason": "stop",
                            "message": {"role": "assistant", "content": '{"meetings": 3}'}}]}}}
    got = batch_lib.parse_result_line(bad, mode="json")
    assert got.draft is None and "unusable answer" in got.error
    res = invoke("batch", "submit", "--out", str(tmp_path / "o"))
    assert res.exit_code == 2


def test_collect_before_the_answers_counts_pending_articles(articles, gold, tmp_path):
    """Pending is its own status: not ok in the summary, and counted in run.json's totals."""
    out = tmp_path / "run"
    with ScriptedOpenAIServer(responder=lambda body, i: Answer(gold[article_of(body)]),
                              batch_in_progress_polls=5) as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="x")
        batch_lib.submit([articles], out, backend_for(srv))
        report = batch_lib.collect(out, client=client)
    assert report.summary.counts() == {"pending": len(gold)}
    assert not report.summary.ok
    totals = json.loads((out / "run.json").read_text())["totals"]
    assert totals["pending"] == len(gold) and totals["ok"] == 0 and totals["failed"] == 0
    assert totals["articles"] == totals["ok"] + totals["failed"] + totals["pending"]
