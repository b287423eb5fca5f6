"""The rows around ray.data.llm's processors, without Ray: what the vLLM engine processor
is given, and its generated text put back, must give the files the HTTP processor gives
for the same answer. (vLLM itself needs GPUs and is not run here; the HTTP processor runs
for real on a local Ray in tests/test_ray.py.)"""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from test_batch import article_of, gold_drafts

from extractor.backends import make_backend
from extractor.distributed import (
    finalize_group,
    http_answer,
    make_plan,
    request_rows,
    vllm_answer,
    vllm_request,
)
from extractor.testing import Answer, ScriptedOpenAIServer


@pytest.mark.parametrize("mode", ["tools", "json_schema"])
def test_vllm_rows_give_the_records_the_http_rows_give(tmp_path: Path, corpus_dir: Path, mode: str):
    gold = gold_drafts(corpus_dir)
    backend = make_backend("openai", model="m", base_url="http://unused", api_key="unused", mode=mode)
    plan, _ = make_plan(backend, None, tmp_path / "out")
    (tmp_path / "out").mkdir()
    with ScriptedOpenAIServer(responder=lambda body, i: Answer(gold[article_of(body)])) as srv:
        for path in sorted((corpus_dir / "articles").iterdir()):
            rows = request_rows({"path": str(path)}, plan)
            via_http, via_vllm = [], []
            for row in rows:
                body = json.loads(row["body"])
                # the HTTP processor's row: the server's real answer to the very body
                request = urllib.request.Request(srv.base_url + "/chat/completions", json.dumps(body).encode(),
                                                 {"Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=30) as reply_body:
                    reply = json.load(reply_body)
                via_http.append(http_answer({**row, "http_response": reply}))

                engine_in = vllm_request(row)
                assert engine_in["messages"] == body["messages"]
                params = engine_in["sampling_params"]
                assert params["temperature"] == body["temperature"]
                assert params["max_tokens"] == body["max_tokens"]
                schema = (body["tools"][0]["function"]["parameters"] if mode == "tools"
                          else body["response_format"]["json_schema"]["schema"])
                assert params["structured_outputs"] == {"json": schema}
                assert "body" not in engine_in and "model" not in engine_in  # "model" would mean a LoRA
                # what the engine adds to the row: the text it generated under that schema
                text = json.dumps(gold[article_of(body)], ensure_ascii=False)
                via_vllm.append(vllm_answer({**engine_in, "generated_text": text,
                                             "num_input_tokens": 1234, "num_generated_tokens": 321}))
            http_out = finalize_group(via_http, plan)
            vllm_out = finalize_group(via_vllm, plan)
            assert vllm_out["record"] and vllm_out["record"] == http_out["record"]
            http_result, vllm_result = json.loads(http_out["result"]), json.loads(vllm_out["result"])
            assert vllm_result["status"] == http_result["status"] == "ok"
            for key in ("records", "flagged_records", "dropped_records", "errors", "warnings", "language"):
                assert vllm_result[key] == http_result[key], key
            assert vllm_result["prompt_tokens"] == 1234 * len(rows)
            assert vllm_result["completion_tokens"] == 321 * len(rows)


def test_unschemaed_vllm_answer_lands_in_the_message_content():
    row = {"article_id": "a", "path": "a.txt", "sha256": "x", "custom_id": "a::0", "chunks": 1,
           "body": json.dumps({"messages": [{"role": "user", "content": "hi"}], "temperature": 0})}
    engine_in = vllm_request(row)
    assert "structured_outputs" not in engine_in["sampling_params"]
    answered = vllm_answer({**engine_in, "generated_text": '{"meetings": []}'})
    message = json.loads(answered["response"])["choices"][0]["message"]
    assert message == {"role": "assistant", "content": '{"meetings": []}'}
