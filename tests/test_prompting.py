"""Prompts are rendered from template files and the schema's own descriptions."""

from __future__ import annotations

import pytest

from extractor import prompting
from extractor.prompting import FewShot, PromptError, check_example, field_guide, render_messages
from extractor.schemas import ExtractionDraft, MeetingDraft
from extractor.schemas.registry import CHILD_TYPES


def test_field_guide_is_the_schema_descriptions():
    guide = field_guide()
    lists = {t.name for t in CHILD_TYPES}
    for model in (MeetingDraft, *(t.draft for t in CHILD_TYPES)):
        for name, field in model.model_fields.items():
            if name in lists:
                assert f"  {name}[]: {field.description}" in guide
                continue
            assert f"- {name}: {field.description}" in guide


def test_messages_carry_article_verbatim_even_with_template_syntax():
    text = "Tekst z {{ jinja }} i {% raw %} oraz $dolar i ${brace} — ١٤٫٩٦٣"
    msgs = render_messages("a1", "pl", text, chunk=(1, 3))
    assert msgs[0]["role"] == "system" and "Fields:" in msgs[0]["content"]
    assert text in msgs[-1]["content"]
    assert "part 2 of 3" in msgs[-1]["content"]
    assert msgs[1]["role"] == "user" and msgs[2]["role"] == "assistant"  # the few-shot pair
    ExtractionDraft.model_validate_json(msgs[2]["content"])
    assert len(render_messages("a1", "pl", text, with_example=False)) == 2


def test_prompt_version_is_a_content_hash(monkeypatch):
    v1 = prompting.prompt_version()
    assert len(v1) == 12 and v1 == prompting.prompt_version()
    original = prompting._read
    monkeypatch.setattr(prompting, "_read", lambda n: original(n) + (" changed" if n.endswith(".md") else ""))
    prompting.load_prompts.cache_clear()
    try:
        assert prompting.prompt_version() != v1
    finally:
        monkeypatch.undo()
        prompting.load_prompts.cache_clear()
    assert prompting.prompt_version() == v1


def test_few_shot_example_is_checked_against_its_own_text():
    good = prompting.load_example()
    check_example(good)
    bad_output = good.output.model_copy(deep=True)
    bad_output.meetings[0].kpis[0].evidence = "a quote that is not in the example text"
    with pytest.raises(PromptError, match="not found verbatim"):
        check_example(FewShot(good.article_id, good.text, bad_output))
