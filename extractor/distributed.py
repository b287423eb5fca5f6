"""Ray Data engine: the extraction pipeline over a corpus too large for one machine.

    articles (a Dataset of paths)
      -> flat_map: read, chunk, one request row per chunk          (the project's code)
      -> ray.data.llm HTTP processor: POST each body to an          (Ray's)
         OpenAI-compatible fleet (vLLM, SGLang, llama.cpp, OpenAI)
      -> groupby article -> map_groups: parse with instructor,      (the project's code)
         merge chunks, ground, validate, write OUT/<id>.json
      -> run.json on the driver, or the records as Parquet

The request bodies are built by ``extractor.batch.request_body``: the same messages,
tools and ``tool_choice`` as the online path and the Batch API path, so the three
produce the same files. On GPU nodes ``engine="vllm"`` swaps the HTTP step for
``ray.data.llm``'s vLLM engine processor: the same messages, the answer's JSON schema as
vLLM structured output, and the generated text put back where a server would have put it
(:func:`vllm_request`, :func:`vllm_answer`); the map steps around it stay the same.

Ray is an optional extra (``pip install "ray[data]"``) and is imported only inside
``run_ray``. Workers must import this package: on one machine the driver's virtual
environment does that; on a cluster ship the wheel with
``runtime_env={"py_modules": ["dist/vn_meeting_extractor-*.whl"]}`` or install it in
the image. As in the Batch API path there are no re-asks: a chunk whose answer is
unusable makes its article ``failed`` in run.json.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from extractor.pipeline import ExtractOptions
from extractor.rundir import ArticleResult, RunSummary, Status, read_ledger, write_ledger


@dataclass(frozen=True)
class Plan:
    """Everything a worker needs, small and picklable (no client, no credentials)."""

    backend: dict[str, Any]  # Backend.describe() of the submitting backend
    options: dict[str, Any]
    run_id: str
    out_dir: str
    write_json: bool
    context_tokens: int  # sizes the chunks: workers must cut exactly where the driver would


def make_plan(backend: Any, options: ExtractOptions | None, out_dir: str | Path) -> tuple[Plan, Any]:
    """The workers' plan for ``backend``'s requests, and the driver's Extractor (which
    resolves the option defaults and the run id)."""
    from extractor.pipeline import Extractor

    extractor = Extractor(backend, options or ExtractOptions())
    plan = Plan(backend.describe(), asdict(extractor.options), extractor.run_id, str(out_dir), True,
                backend.context_tokens)
    return plan, extractor


def _extractor(plan: Plan):
    from extractor.batch import _SubmittedBackend
    from extractor.pipeline import Extractor

    backend = _SubmittedBackend(plan.backend)
    backend.context_tokens = plan.context_tokens
    return Extractor(backend, ExtractOptions(**plan.options), run_id=plan.run_id)


def request_rows(row: dict[str, Any], plan: Plan) -> list[dict[str, Any]]:
    """One article path -> one row per chunk, with the chat-completion body as JSON text."""
    from extractor.articles import ArticleError, read_article
    from extractor.batch import make_custom_id, request_body

    try:
        article = read_article(row["path"])
    except (ArticleError, OSError) as exc:
        return [{"article_id": Path(row["path"]).stem, "path": row["path"], "sha256": "",
                 "custom_id": "", "chunks": 0, "body": "", "error": f"unreadable article: {exc}"}]
    extractor = _extractor(plan)
    chunks = extractor.chunks(article)
    return [
        {"article_id": article.id, "path": row["path"], "sha256": article.sha256,
         "custom_id": make_custom_id(article.id, c.index), "chunks": len(chunks),
         "body": json.dumps(request_body(extractor.backend, extractor.messages_for(article, c, len(chunks))),
                            ensure_ascii=False),
         "error": ""}
        for c in chunks
    ]


_PASSED_ON = ("article_id", "path", "sha256", "custom_id", "chunks")


def http_answer(row: dict[str, Any]) -> dict[str, Any]:
    """HTTP processor output row -> the answered row :func:`finalize_group` reads.

    The answer is kept as JSON text, not nested columns: answers of different shapes
    share one Arrow type."""
    return {**{k: row[k] for k in _PASSED_ON}, "error": "", "response": json.dumps(row["http_response"])}


def answer_schema(body: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema a chat-completion body asks the answer to follow, if it names one."""
    tools = body.get("tools")
    if tools:
        return tools[0]["function"]["parameters"]
    json_schema = (body.get("response_format") or {}).get("json_schema") or {}
    return json_schema.get("schema")


def vllm_request(row: dict[str, Any]) -> dict[str, Any]:
    """A request row -> an input row of ray.data.llm's vLLM engine processor.

    Offline vLLM has no tool-call parser in the loop, so the tool's parameters (or the
    ``json_schema`` response format) become vLLM structured output: the model can only
    write JSON of the answer's shape, which is what a tool call's arguments are."""
    body = json.loads(row["body"])
    params: dict[str, Any] = {k: body[k] for k in ("temperature", "max_tokens") if body.get(k) is not None}
    schema = answer_schema(body)
    if schema is not None:
        params["structured_outputs"] = {"json": schema}
    tools = body.get("tools")
    return {**{k: row[k] for k in _PASSED_ON}, "answer_tool": tools[0]["function"]["name"] if tools else "",
            "messages": body["messages"], "sampling_params": params}


def vllm_answer(row: dict[str, Any]) -> dict[str, Any]:
    """vLLM engine output row -> the answered row :func:`finalize_group` reads: the
    generated text placed where an OpenAI-compatible server puts it (the tool call's
    arguments when the request offered a tool, else the message content)."""
    text = row.get("generated_text") or ""
    if row["answer_tool"]:
        call = {"id": f"call_{row['custom_id']}", "type": "function",
                "function": {"name": row["answer_tool"], "arguments": text}}
        message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [call]}
    else:
        message = {"role": "assistant", "content": text}
    prompt, completion = int(row.get("num_input_tokens") or 0), int(row.get("num_generated_tokens") or 0)
    response = {
        "id": f"vllm-{row['custom_id']}", "object": "chat.completion", "created": 0, "model": "vllm",
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
    }  # fmt: skip
    return {**{k: row[k] for k in _PASSED_ON}, "error": "", "response": json.dumps(response)}


def finalize_group(rows: list[dict[str, Any]], plan: Plan) -> dict[str, Any]:
    """All chunk answers of one article -> the article's record file and its run.json entry."""
    from extractor.articles import read_article
    from extractor.batch import parse_result_line
    from extractor.rundir import atomic_write_json, record_path

    t0 = time.perf_counter()
    first = rows[0]
    result = ArticleResult(first["article_id"], first["path"], Status.ok,
                           article_sha256=first["sha256"] or None)
    if first["error"]:
        result.fail(first["error"])
        return {"result": json.dumps(asdict(result)), "record": ""}
    outcomes = sorted((parse_result_line({"custom_id": r["custom_id"], "error": None,
                                          "response": {"status_code": 200, "body": json.loads(r["response"])}},
                                         plan.backend.get("mode", "tools"))
                       for r in rows), key=lambda o: int(o.custom_id.rpartition("::")[2]))
    result.requests = len(outcomes)
    result.prompt_tokens = sum(o.prompt_tokens for o in outcomes)
    result.completion_tokens = sum(o.completion_tokens for o in outcomes)
    broken = [f"{o.custom_id}: {o.error}" for o in outcomes if o.draft is None]
    if broken or len(outcomes) != first["chunks"]:
        result.fail("; ".join(broken) or f"{len(outcomes)} of {first['chunks']} chunks answered")
        return {"result": json.dumps(asdict(result)), "record": ""}
    article = read_article(first["path"])
    result.language = article.language
    extraction = _extractor(plan).finalize(article, [o.draft for o in outcomes], len(outcomes), result)
    record = extraction.model_dump(mode="json")
    if plan.write_json:
        atomic_write_json(record_path(Path(plan.out_dir), article.id), record)
    result.seconds = round(time.perf_counter() - t0, 3)
    return {"result": json.dumps(asdict(result)), "record": json.dumps(record, ensure_ascii=False)}


def run_ray(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    model: str,
    base_url: str | None = None,
    engine: str = "http",  # http: any OpenAI-compatible fleet; vllm: vLLM on the cluster's GPUs
    vllm_engine_kwargs: dict[str, Any] | None = None,
    api_key: str | None = None,
    options: ExtractOptions | None = None,
    mode: str = "tools",
    max_tokens: int | None = None,
    output: str = "json",  # json: OUT/<id>.json + run.json; parquet: OUT/records/*.parquet too
    batch_size: int = 16,
    concurrency: int = 1,
    max_retries: int = 3,
) -> RunSummary:
    """Run the pipeline on the current Ray cluster (``ray.init`` first; a local one is started otherwise).

    ``engine="http"`` posts every request to ``base_url`` (an OpenAI-compatible server or
    fleet); ``engine="vllm"`` runs ``model`` (a Hugging Face id or path) in vLLM on the
    cluster's GPUs, with ``vllm_engine_kwargs`` passed to the engine (``max_model_len``,
    ``tensor_parallel_size``, ...).
    """
    processor = _processor(engine, model, base_url, api_key, vllm_engine_kwargs,
                           batch_size=batch_size, concurrency=concurrency, max_retries=max_retries)
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    plan, extractor = make_plan(_http_backend(model, base_url, api_key, mode, max_tokens), options, out)
    started = time.time()
    chunks = _request_dataset(paths, plan)
    unreadable = chunks.filter(lambda r: bool(r["error"]))
    # Materialized before the groupby: its sort samples the input to pick boundaries,
    # which would otherwise run (and pay for) part of the model calls twice.
    answered = processor(chunks.filter(lambda r: not r["error"])).materialize()
    results = answered.groupby("article_id").map_groups(
        lambda batch: _finalize_batch(batch, plan), batch_format="pandas")
    if unreadable.count():
        results = results.union(unreadable.map(lambda r: finalize_group([r], plan)))
    if output == "parquet":
        results = results.materialize()
        results.filter(lambda r: bool(r["record"])).select_columns(["record"]).write_parquet(str(out / "records"))
    rows = results.select_columns(["result"]).iter_rows()
    summary = RunSummary(extractor.run_id, str(out), sorted(
        (ArticleResult(**json.loads(row["result"])) for row in rows), key=lambda r: r.article_id))
    config = {**plan.backend, "prompt_version": extractor.prompt_version, "options": plan.options,
              "engine": "ray" if engine == "http" else "ray+vllm"}
    write_ledger(out, summary, config, started, read_ledger(out), finished=True)
    return summary


def _request_dataset(paths: Iterable[str | Path], plan: Plan) -> Any:
    """One row per chunk of every article (see :func:`request_rows`), as a Ray dataset."""
    import ray.data

    from extractor.articles import discover

    files = [{"path": str(p.resolve())} for p in discover(paths)]
    # materialized: the filters after it would otherwise each re-read and re-chunk the corpus
    return ray.data.from_items(files).flat_map(request_rows, fn_kwargs={"plan": plan}).materialize()


def _http_backend(model: str, base_url: str | None, api_key: str | None, mode: str,
                  max_tokens: int | None) -> Any:
    """The backend that describes the requests (it sends none itself: Ray's processor does)."""
    from extractor.backends import make_backend

    return make_backend("openai", model=model, base_url=base_url or "http://unused",
                        api_key=api_key or "unused", mode=mode, max_tokens=max_tokens)


def _processor(engine: str, model: str, base_url: str | None, api_key: str | None,
               vllm_engine_kwargs: dict[str, Any] | None, **config: int) -> Any:
    """ray.data.llm's processor for ``engine``: request rows in, answered rows out."""
    from ray.data.llm import HttpRequestProcessorConfig, build_processor

    if engine not in ("http", "vllm"):
        raise ValueError(f"engine must be 'http' or 'vllm', not {engine!r}")
    if engine == "http" and not base_url:
        raise ValueError("engine='http' needs base_url (the OpenAI-compatible server)")
    if engine == "vllm":
        from ray.data.llm import vLLMEngineProcessorConfig

        config.pop("max_retries")
        return build_processor(
            vLLMEngineProcessorConfig(model_source=model, engine_kwargs=vllm_engine_kwargs or {}, **config),
            preprocess=vllm_request, postprocess=vllm_answer,
        )
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else None
    return build_processor(
        HttpRequestProcessorConfig(url=str(base_url).rstrip("/") + "/chat/completions", headers=headers,
                                   **config),
        preprocess=lambda row: {"payload": json.loads(row["body"])},
        postprocess=http_answer,
    )


def _finalize_batch(batch: Any, plan: Plan) -> Any:
    """map_groups hands one article's chunk rows as a pandas frame."""
    import pandas as pd

    row = finalize_group(batch.to_dict("records"), plan)
    return pd.DataFrame([row])
