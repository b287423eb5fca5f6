"""Backend details that change what the model sees."""

from __future__ import annotations

import json

import pytest

from extractor.backends import BackendError, make_backend
from extractor.backends.limits import ARRAY_LIMITS, bound_request, bounded_schema
from extractor.backends.local import fold_system_message
from extractor.schemas import ExtractionDraft


def test_gemma_gets_the_system_prompt_inside_the_first_user_turn():
    msgs = [{"role": "system", "content": "RULES"}, {"role": "user", "content": "ex"},
            {"role": "assistant", "content": "{}"}, {"role": "user", "content": "article"}]
    folded = fold_system_message(msgs)
    assert [m["role"] for m in folded] == ["user", "assistant", "user"]
    assert folded[0]["content"] == "RULES\n\nex"
    assert msgs[1]["content"] == "ex", "the caller's messages are not mutated"


def test_bounded_schema_caps_lists_and_strings_but_not_enums():
    schema = bounded_schema(ExtractionDraft.model_json_schema())
    assert schema["properties"]["meetings"]["maxItems"] == ARRAY_LIMITS["meetings"]
    meeting = schema["$defs"]["MeetingDraft"]["properties"]
    assert meeting["kpis"]["maxItems"] == ARRAY_LIMITS["kpis"]
    kpi = schema["$defs"]["KPIDraft"]["properties"]
    assert kpi["evidence"]["maxLength"] == 160
    assert "maxLength" not in json.dumps(schema["$defs"]["Role"])
    # the unbounded contract is untouched
    assert "maxItems" not in json.dumps(ExtractionDraft.model_json_schema())


def test_bound_request_applies_to_tools_and_response_format():
    schema = ExtractionDraft.model_json_schema()
    tools = bound_request({"tools": [{"type": "function", "function": {"name": "x", "parameters": schema}}]})
    assert tools["tools"][0]["function"]["parameters"]["properties"]["meetings"]["maxItems"] == 1
    fmt = bound_request({"response_format": {"type": "json_schema", "json_schema": {"schema": schema}}})
    assert fmt["response_format"]["json_schema"]["schema"]["properties"]["meetings"]["maxItems"] == 1


def test_openai_backend_needs_a_key_or_a_server():
    with pytest.raises(BackendError, match="OPENAI_API_KEY"):
        make_backend("openai")
    backend = make_backend("openai", base_url="http://127.0.0.1:9/v1")
    assert "api_key" not in json.dumps(backend.describe())
    with pytest.raises(BackendError, match="unknown backend"):
        make_backend("nope")


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_rehearsal_parses_its_answer_in_every_mode_and_sends_nothing(mode: str):
    """warm_up's rehearsal: instructor prepares the request and parses the canned answer
    into the response model; the backend points at a closed port, so nothing is sent."""
    from extractor.pipeline import checked_draft_model, warm_up
    from extractor.prompting import load_prompts, render_messages

    backend = make_backend("openai", base_url="http://127.0.0.1:9/v1", api_key="sk-test-rehearsal", mode=mode)
    example = load_prompts().example
    messages = render_messages(example.article_id, "en", example.text, with_example=False)
    draft = backend.rehearse(messages, checked_draft_model(), example.output.model_dump_json())
    assert isinstance(draft, checked_draft_model())
    assert draft.model_dump() == example.output.model_dump()
    warm_up(backend)
