"""The scripted OpenAI-compatible server, driven through the real openai client and instructor.

Every test talks HTTP over loopback to a real server thread: what is asserted is what
the openai client (and instructor on top of it) does with each kind of misbehaviour,
which is exactly what the extractor's backends will meet in production.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import instructor
import openai
import pytest
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel

from extractor.testing import (
    Answer,
    BadContent,
    Delay,
    Disconnect,
    Malformed,
    NetworkBlockedError,
    RateLimit,
    SchemaBreaking,
    ScriptedOpenAIServer,
    ServerError,
    Truncated,
    block_network,
)
from extractor.testing.behaviours import BROKEN_JSON

MESSAGES = [{"role": "user", "content": "Hội nghị Tỉnh ủy Nghệ An: who attended?"}]


class Attendee(BaseModel):
    name: str
    seats: int


GOOD = {"name": "Nguyễn Đức Trung", "seats": 3}


def client(srv: ScriptedOpenAIServer, **kwargs) -> openai.OpenAI:
    kwargs.setdefault("max_retries", 0)
    return openai.OpenAI(base_url=srv.base_url, api_key="sk-secret-123", **kwargs)


def chat(c: openai.OpenAI, **kwargs):
    return c.chat.completions.create(model="gpt-test", messages=MESSAGES, **kwargs)


@pytest.fixture(autouse=True)
def _no_leaked_threads():
    """Every server must join all its threads on exit, whatever the test did."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        extra = [
            t for t in set(threading.enumerate()) - before if t.name.startswith("scripted-openai")
            or "process_request" in t.name
        ]  # fmt: skip
        if not extra:
            return
        time.sleep(0.02)
    pytest.fail(f"threads left running: {extra}")


# -- answers ------------------------------------------------------------------------------


def test_answer_content_usage_and_redacted_log():
    with ScriptedOpenAIServer(script=[Answer(GOOD)]) as srv:
        completion = chat(client(srv))
    assert srv.base_url.startswith("http://127.0.0.1:") and srv.base_url.endswith("/v1")
    assert json.loads(completion.choices[0].message.content) == GOOD
    assert completion.choices[0].finish_reason == "stop"
    assert completion.model == "gpt-test"
    usage = completion.usage
    assert usage.prompt_tokens > 0 and usage.completion_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    (request,) = srv.requests
    assert request.body["messages"] == MESSAGES
    assert request.headers["authorization"] == "Bearer <redacted>"
    assert "sk-secret-123" not in repr(srv.requests)
    assert srv.counts == {"Answer": 1} and srv.remaining == 0


def test_answer_through_instructor_tools_mode_is_a_tool_call():
    with ScriptedOpenAIServer(script=[Answer(GOOD)]) as srv:
        ic = instructor.from_openai(client(srv), mode=instructor.Mode.TOOLS)
        result = ic.chat.completions.create(
            model="gpt-test", messages=MESSAGES, response_model=Attendee
        )
    assert result.model_dump() == GOOD
    body = srv.requests[0].body
    assert body["tools"][0]["function"]["name"] == "Attendee"


def test_tool_call_shape_seen_by_the_raw_client():
    tools = [{"type": "function", "function": {"name": "record", "parameters": {}}}]
    with ScriptedOpenAIServer(default=Answer(GOOD)) as srv:
        completion = chat(client(srv), tools=tools)
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    (call,) = choice.message.tool_calls
    assert call.function.name == "record" and json.loads(call.function.arguments) == GOOD


def test_answer_through_instructor_json_mode_is_content():
    with ScriptedOpenAIServer(script=[Answer(Attendee(**GOOD))]) as srv:
        ic = instructor.from_openai(client(srv), mode=instructor.Mode.JSON)
        result = ic.chat.completions.create(
            model="gpt-test", messages=MESSAGES, response_model=Attendee
        )
    assert result.model_dump() == GOOD
    assert srv.requests[0].body["response_format"] == {"type": "json_object"}
    assert "tools" not in srv.requests[0].body


def test_models_endpoint_lists_one_model():
    with ScriptedOpenAIServer(model="qwen2.5-7b") as srv:
        c = client(srv)
        assert [m.id for m in c.models.list()] == ["qwen2.5-7b"]
        assert c.models.retrieve("qwen2.5-7b").owned_by == "scripted"
        with pytest.raises(openai.NotFoundError):
            c.models.retrieve("gpt-5")
    assert srv.request_count == 0  # only chat completions consume the script


def test_responder_chooses_by_request_and_index():
    def responder(body, index):
        text = body["messages"][-1]["content"]
        return ServerError(503) if "fail" in text else Answer({"echo": text, "index": index})

    with ScriptedOpenAIServer(responder=responder) as srv:
        c = client(srv)
        first = c.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hello"}]
        )
        with pytest.raises(openai.InternalServerError):
            c.chat.completions.create(model="m", messages=[{"role": "user", "content": "fail"}])
    assert json.loads(first.choices[0].message.content) == {"echo": "hello", "index": 0}
    assert srv.counts == {"Answer": 1, "ServerError": 1}
    with pytest.raises(ValueError):
        ScriptedOpenAIServer(script=[Answer(1)], responder=responder)


def test_exhausted_script_says_so():
    with ScriptedOpenAIServer(script=[Answer(GOOD)]) as srv:
        c = client(srv)
        chat(c)
        with pytest.raises(openai.InternalServerError, match="script .* is used up"):
            chat(c)
    assert srv.counts == {"Answer": 1, "Exhausted": 1}


def test_api_key_is_checked_when_configured():
    with (
        ScriptedOpenAIServer(default=Answer(GOOD), api_key="sk-right") as srv,
        pytest.raises(openai.AuthenticationError),
    ):
        chat(client(srv))
        ok = openai.OpenAI(base_url=srv.base_url, api_key="sk-right", max_retries=0)
        assert json.loads(chat(ok).choices[0].message.content) == GOOD


# -- transport failures -------------------------------------------------------------------


def test_rate_limit_retry_after_is_honoured_by_the_client(monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)  # the client's waits, recorded not slept
    script = [RateLimit(retry_after=0.1), RateLimit(retry_after=0.1), Answer(GOOD)]
    with ScriptedOpenAIServer(script=script) as srv:
        completion = chat(client(srv, max_retries=2))
    assert json.loads(completion.choices[0].message.content) == GOOD
    assert srv.request_count == 3 and srv.counts == {"RateLimit": 2, "Answer": 1}
    # The client's own backoff would wait >= 0.375 s, then 0.75 s; Retry-After says 0.1 s.
    assert waits == [0.1, 0.1]


def test_rate_limit_gives_up_after_max_retries():
    with (
        ScriptedOpenAIServer(default=RateLimit(retry_after=0.05)) as srv,
        pytest.raises(openai.RateLimitError) as info,
    ):
        chat(client(srv, max_retries=2))
    assert info.value.status_code == 429
    assert info.value.response.headers["retry-after"] == "0.05"
    assert info.value.code == "rate_limit_exceeded"
    assert srv.request_count == 3


def test_integer_retry_after_header():
    with (
        ScriptedOpenAIServer(script=[RateLimit(retry_after=7)]) as srv,
        pytest.raises(openai.RateLimitError) as info,
    ):
        chat(client(srv))
    assert info.value.response.headers["retry-after"] == "7"


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors(status):
    with (
        ScriptedOpenAIServer(script=[ServerError(status)]) as srv,
        pytest.raises(openai.InternalServerError) as info,
    ):
        chat(client(srv))
    assert info.value.status_code == status
    assert info.value.type == "server_error"


def test_server_error_then_answer_is_retried_by_the_client():
    with ScriptedOpenAIServer(script=[ServerError(503), Answer(GOOD)]) as srv:
        completion = chat(client(srv, max_retries=1))
    assert json.loads(completion.choices[0].message.content) == GOOD
    assert srv.request_count == 2


@pytest.mark.parametrize("partial", [True, False])
def test_disconnect_is_a_connection_error(partial):
    with ScriptedOpenAIServer(script=[Disconnect(partial=partial)], default=Answer(GOOD)) as srv:
        c = client(srv)
        with pytest.raises(openai.APIConnectionError) as info:
            chat(c)
        assert not isinstance(info.value, openai.APITimeoutError)
        # The same client (and its connection pool) keeps working afterwards.
        assert json.loads(chat(c).choices[0].message.content) == GOOD
    assert srv.counts == {"Disconnect": 1, "Answer": 1}


def test_delay_longer_than_timeout_times_out_and_shutdown_cuts_the_delay():
    srv = ScriptedOpenAIServer(script=[Delay(30, then=Answer(GOOD))]).start()
    try:
        # 1 s, not less: on a loaded machine the handler must have reached its delay
        with pytest.raises(openai.APITimeoutError):
            chat(client(srv, timeout=1.0))
    finally:
        srv.stop()  # the handler is still sleeping in its 30 s delay: stop wakes it
    assert srv.interrupted == 1  # the delay was cut short, not waited out
    assert srv.counts == {"Delay": 1}


def test_short_delay_then_answer():
    with ScriptedOpenAIServer(script=[Delay(0.2, then=Answer(GOOD))]) as srv:
        start = time.monotonic()
        completion = chat(client(srv, timeout=5))
        assert time.monotonic() - start >= 0.2
    assert json.loads(completion.choices[0].message.content) == GOOD


def test_malformed_body_fails_to_decode():
    with (
        ScriptedOpenAIServer(script=[Malformed()]) as srv,
        pytest.raises(ValueError),
    ):  # json.JSONDecodeError from the client's parser
        chat(client(srv))


def test_malformed_html_page_reaches_the_caller_as_text():
    page = "<html>upstream down</html>"
    with ScriptedOpenAIServer(script=[Malformed(page, content_type="text/html")]) as srv:
        result = chat(client(srv))
    assert result == page  # not a ChatCompletion: callers must check


def test_bad_content_is_a_completion_with_broken_json():
    with ScriptedOpenAIServer(script=[BadContent()]) as srv:
        completion = chat(client(srv))
    text = completion.choices[0].message.content
    assert text == BROKEN_JSON and completion.choices[0].finish_reason == "stop"
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)


def test_bad_content_makes_instructor_reask():
    with ScriptedOpenAIServer(script=[BadContent(), Answer(GOOD)]) as srv:
        ic = instructor.from_openai(client(srv), mode=instructor.Mode.TOOLS)
        result = ic.chat.completions.create(
            model="m", messages=MESSAGES, response_model=Attendee, max_retries=2
        )
    assert result.model_dump() == GOOD
    assert srv.request_count == 2


def test_truncated_has_finish_reason_length():
    with ScriptedOpenAIServer(script=[Truncated(GOOD)]) as srv:
        completion = chat(client(srv))
    choice = completion.choices[0]
    full = json.dumps(GOOD, ensure_ascii=False)
    assert choice.finish_reason == "length"
    assert 0 < len(choice.message.content) < len(full) and full.startswith(choice.message.content)


def test_truncated_tool_call_stops_instructor():
    with ScriptedOpenAIServer(script=[Truncated(GOOD)], default=Answer(GOOD)) as srv:
        ic = instructor.from_openai(client(srv), mode=instructor.Mode.TOOLS)
        with pytest.raises(IncompleteOutputException):
            ic.chat.completions.create(
                model="m", messages=MESSAGES, response_model=Attendee, max_retries=1
            )
    assert srv.counts["Truncated"] == 1


@pytest.mark.parametrize("mode", [instructor.Mode.TOOLS, instructor.Mode.JSON])
def test_schema_breaking_makes_instructor_reask(mode):
    with ScriptedOpenAIServer(script=[SchemaBreaking(), SchemaBreaking(), Answer(GOOD)]) as srv:
        ic = instructor.from_openai(client(srv), mode=mode)
        result = ic.chat.completions.create(
            model="m", messages=MESSAGES, response_model=Attendee, max_retries=3
        )
    assert result.model_dump() == GOOD
    assert srv.counts == {"SchemaBreaking": 2, "Answer": 1}
    # instructor sent the validation errors back to the model in the re-ask.
    reask = json.dumps(srv.requests[1].body["messages"], ensure_ascii=False)
    assert len(srv.requests[1].body["messages"]) > len(MESSAGES)
    assert "seats" in reask


def test_schema_breaking_gives_up_after_max_retries():
    with ScriptedOpenAIServer(default=SchemaBreaking({"name": None})) as srv:
        ic = instructor.from_openai(client(srv), mode=instructor.Mode.TOOLS)
        with pytest.raises(InstructorRetryException) as info:
            ic.chat.completions.create(
                model="m", messages=MESSAGES, response_model=Attendee, max_retries=2
            )
    # Every attempt instructor counts reached the server, and it did re-ask.
    assert srv.request_count == info.value.n_attempts >= 2
    assert srv.counts == {"SchemaBreaking": srv.request_count}


# -- concurrency --------------------------------------------------------------------------


def test_parallel_requests_are_served_in_parallel():
    n, latency = 32, 0.3
    with ScriptedOpenAIServer(default=Answer(GOOD), fixed_latency=latency) as srv:
        c = client(srv)
        with ThreadPoolExecutor(max_workers=n) as pool:
            results = list(pool.map(lambda _: chat(c), range(n)))
    assert all(json.loads(r.choices[0].message.content) == GOOD for r in results)
    assert srv.request_count == n
    assert srv.max_concurrent >= 8  # a counter, not the wall clock: served side by side


# -- files and batches --------------------------------------------------------------------


def batch_input(count: int) -> bytes:
    lines = [
        {
            "custom_id": f"article-{i}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "gpt-test", "messages": [{"role": "user", "content": f"Bài {i}: Đà Nẵng"}]},
        }
        for i in range(count)
    ]  # fmt: skip
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()


def read_jsonl(c: openai.OpenAI, file_id: str) -> list[dict]:
    return [json.loads(line) for line in c.files.content(file_id).text.splitlines()]


def test_files_and_batches_round_trip():
    script = [Answer(GOOD), RateLimit(1), Disconnect(), Delay(60, then=Answer({"n": 4}))]
    with ScriptedOpenAIServer(script=script, batch_in_progress_polls=2) as srv:
        c = client(srv)
        data = batch_input(4)
        uploaded = c.files.create(file=("requests.jsonl", data), purpose="batch")
        assert uploaded.purpose == "batch" and uploaded.bytes == len(data)
        assert c.files.content(uploaded.id).content == data  # UTF-8 survives multipart

        batch = c.batches.create(
            input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
        )
        statuses = [batch.status]
        while batch.status not in ("completed", "failed", "expired", "cancelled"):
            batch = c.batches.retrieve(batch.id)
            statuses.append(batch.status)
        assert statuses == ["validating", "in_progress", "in_progress", "completed"]
        assert batch.request_counts.model_dump() == {"total": 4, "completed": 2, "failed": 2}

        outputs = {row["custom_id"]: row for row in read_jsonl(c, batch.output_file_id)}
        errors = {row["custom_id"]: row for row in read_jsonl(c, batch.error_file_id)}
        assert c.batches.retrieve(batch.id).status == "completed"  # polling a done batch is stable
    assert set(outputs) == {"article-0", "article-3"}
    ok = outputs["article-0"]
    assert ok["error"] is None and ok["response"]["status_code"] == 200
    assert ok["response"]["request_id"].startswith("req_")
    content = ok["response"]["body"]["choices"][0]["message"]["content"]
    assert json.loads(content) == GOOD
    assert json.loads(
        outputs["article-3"]["response"]["body"]["choices"][0]["message"]["content"]
    ) == {"n": 4}
    assert errors["article-1"]["response"]["status_code"] == 429
    assert errors["article-2"]["response"] is None
    assert errors["article-2"]["error"]["code"] == "server_error"
    # Batch lines went through the same script as online requests, in file order.
    assert [(r.via, r.custom_id) for r in srv.requests] == [
        ("batch", f"article-{i}") for i in range(4)
    ]
    assert srv.requests[0].body["messages"][0]["content"] == "Bài 0: Đà Nẵng"


def test_batch_expires_after_some_lines():
    with ScriptedOpenAIServer(default=Answer(GOOD), batch_expire_after=1) as srv:
        c = client(srv)
        file_id = c.files.create(file=("in.jsonl", batch_input(3)), purpose="batch").id
        batch = c.batches.create(
            input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h"
        )
        batch = c.batches.retrieve(batch.id)
        assert batch.status == "expired" and batch.expired_at is not None
        errors = read_jsonl(c, batch.error_file_id)
        assert len(read_jsonl(c, batch.output_file_id)) == 1
    assert [e["error"]["code"] for e in errors] == ["batch_expired", "batch_expired"]
    assert srv.request_count == 1


def test_batch_cancel_runs_no_lines():
    with ScriptedOpenAIServer(default=Answer(GOOD), batch_in_progress_polls=5) as srv:
        c = client(srv)
        file_id = c.files.create(file=("in.jsonl", batch_input(2)), purpose="batch").id
        batch = c.batches.create(
            input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h"
        )
        assert c.batches.cancel(batch.id).status == "cancelling"
        assert c.batches.retrieve(batch.id).status == "cancelled"
        with pytest.raises(openai.BadRequestError):
            c.batches.cancel(batch.id)
    assert srv.request_count == 0


def test_batch_validation_failures():
    bad = batch_input(1) + b"not json\n" + batch_input(1)  # bad line + duplicate custom_id
    with ScriptedOpenAIServer(default=Answer(GOOD)) as srv:
        c = client(srv)
        file_id = c.files.create(file=("in.jsonl", bad), purpose="batch").id
        batch = c.batches.create(
            input_file_id=file_id, endpoint="/v1/chat/completions", completion_window="24h"
        )
        assert batch.status == "failed"
        assert [(e.code, e.line) for e in batch.errors.data] == [
            ("invalid_json_line", 2),
            ("duplicate_custom_id", 3),
        ]
        with pytest.raises(openai.NotFoundError):
            c.batches.create(
                input_file_id="file-missing", endpoint="/v1/chat/completions",
                completion_window="24h",
            )  # fmt: skip
        with pytest.raises(openai.BadRequestError):
            c.batches.create(
                input_file_id=file_id, endpoint="/v1/embeddings", completion_window="24h"
            )
        with pytest.raises(openai.NotFoundError):
            c.batches.retrieve("batch_missing")
    assert srv.request_count == 0


# -- network guard ------------------------------------------------------------------------


def test_block_network_refuses_remote_hosts_and_allows_loopback():
    # conftest keeps a session-wide guard active; the nested one must restore exactly that
    before = (socket.socket.connect, socket.getaddrinfo)
    with ScriptedOpenAIServer(default=Answer(GOOD)) as srv, block_network() as refused:
        with pytest.raises(NetworkBlockedError, match="10.255.255.1"):
            socket.create_connection(("10.255.255.1", 80), timeout=5)
        with pytest.raises(NetworkBlockedError, match="example.com"):
            socket.getaddrinfo("example.com", 443)
        remote = openai.OpenAI(base_url="https://example.com/v1", api_key="k", max_retries=0)
        with pytest.raises(openai.APIConnectionError) as info:
            chat(remote)
        assert isinstance(info.value.__cause__, NetworkBlockedError) or any(
            isinstance(e, NetworkBlockedError) for e in _chain(info.value)
        )
        # Loopback (the scripted server) still works, by IP and by name.
        assert json.loads(chat(client(srv)).choices[0].message.content) == GOOD
        by_name = openai.OpenAI(base_url=f"http://localhost:{srv.port}/v1", api_key="k")
        assert json.loads(chat(by_name).choices[0].message.content) == GOOD
        assert refused[:2] == ["10.255.255.1:80", "example.com:443"]
    assert (socket.socket.connect, socket.getaddrinfo) == before  # the outer state is back


def _chain(exc: BaseException):
    while exc is not None:
        yield exc
        exc = exc.__cause__ or exc.__context__


def test_block_network_as_decorator_and_nested():
    before = socket.getaddrinfo  # conftest's session-wide guard may already be active

    @block_network()
    def inner():
        with block_network(), pytest.raises(NetworkBlockedError):
            socket.create_connection(("192.0.2.1", 443), timeout=5)
        # Still blocked after the inner block exits: the guard is re-entrant.
        with pytest.raises(NetworkBlockedError):
            socket.create_connection(("192.0.2.1", 443), timeout=5)

    inner()
    assert socket.getaddrinfo is before


# -- async client -------------------------------------------------------------------------


def test_async_client_concurrency_and_network_guard():
    """The asyncio path (AsyncOpenAI over anyio) is served in parallel and guarded too."""
    n, latency = 32, 0.3

    async def main(srv: ScriptedOpenAIServer) -> list:
        c = openai.AsyncOpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        results = await asyncio.gather(
            *(c.chat.completions.create(model="m", messages=MESSAGES) for _ in range(n))
        )
        remote = openai.AsyncOpenAI(base_url="https://example.com/v1", api_key="k", max_retries=0)
        with pytest.raises(openai.APIConnectionError) as info:
            await remote.chat.completions.create(model="m", messages=MESSAGES)
        assert any(isinstance(e, NetworkBlockedError) for e in _chain(info.value))
        await c.close()
        await remote.close()
        return results

    with ScriptedOpenAIServer(default=Answer(GOOD), fixed_latency=latency) as srv, block_network():
        results = asyncio.run(main(srv))
    assert [json.loads(r.choices[0].message.content) for r in results] == [GOOD] * n
    assert srv.max_concurrent >= 8


def test_chunked_request_body_and_unknown_url_with_a_plain_http_client():
    """Clients other than httpx (here http.client) may stream the body chunked."""
    body = json.dumps({"model": "m", "messages": MESSAGES}).encode()
    with ScriptedOpenAIServer(script=[Answer(GOOD)]) as srv:
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=5)
        conn.request(
            "POST", "/v1/chat/completions", body=iter([body[:10], body[10:]]),
            headers={"Content-Type": "application/json"}, encode_chunked=True,
        )  # fmt: skip
        answer = json.loads(conn.getresponse().read())
        conn.request("GET", "/v1/nowhere")
        missing = conn.getresponse()
        missing_body = json.loads(missing.read())
        conn.close()
    assert json.loads(answer["choices"][0]["message"]["content"]) == GOOD
    assert srv.requests[0].body["messages"] == MESSAGES
    assert missing.status == 404 and missing_body["error"]["code"] == "unknown_url"
    assert [status for _, _, status in srv.http_log] == [200, 404]
