"""Render the prompt templates in ``prompts/`` from the record schema.

The field guide is generated from the pydantic ``*Draft`` models' descriptions, so a
field is described in exactly one place. The prompt version is a content hash of the
templates, the few-shot example and the response schema: any change to what the
model sees yields a new version, recorded in every output.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from string import Template

from pydantic import BaseModel

from extractor.grounding import ground
from extractor.schemas import ExtractionDraft, MatchStatus, MeetingDraft
from extractor.schemas.registry import CHILD_TYPES, child_records


class PromptError(ValueError):
    """The prompt files are inconsistent (e.g. a few-shot quote not in its own text)."""


_NESTED = frozenset(t.name for t in CHILD_TYPES)  # a meeting's lists: described as sections


def _read(name: str) -> str:
    return resources.files("extractor.prompts").joinpath(name).read_text(encoding="utf-8")


def _describe(model: type[BaseModel], indent: str = "") -> list[str]:
    lines = []
    for fname, field in model.model_fields.items():
        if fname in _NESTED:
            continue
        lines.append(f"{indent}- {fname}: {field.description or ''}".rstrip())
    return lines


def field_guide() -> str:
    lines = ["meetings[] (each):"]
    lines += _describe(MeetingDraft, "  ")
    for rtype in CHILD_TYPES:
        lines.append(f"  {rtype.name}[]: {MeetingDraft.model_fields[rtype.name].description or ''}".rstrip())
        lines += _describe(rtype.draft, "    ")
    return "\n".join(lines)


@dataclass(frozen=True)
class FewShot:
    article_id: str
    text: str
    output: ExtractionDraft


def check_example(example: FewShot) -> None:
    """Refuse to spend tokens on an example whose quotes are not in its own text."""
    for m in example.output.meetings:
        quotes = [getattr(r, t.quote_field) for t, _, r in child_records(m) if t.quote_field]
        for q in quotes:
            if ground(q, example.text).status is not MatchStatus.exact:
                raise PromptError(f"few-shot example quote not found verbatim in its text: {q!r}")


@lru_cache(maxsize=1)
def load_example() -> FewShot:
    raw = json.loads(_read("example.json"))
    example = FewShot(raw["article_id"], raw["text"], ExtractionDraft.model_validate(raw["output"]))
    check_example(example)
    return example


@dataclass(frozen=True)
class PromptSet:
    system: Template
    user: Template
    example: FewShot
    version: str


@lru_cache(maxsize=1)
def load_prompts() -> PromptSet:
    system, user = _read("extract.system.md"), _read("extract.user.md")
    example = load_example()
    schema = json.dumps(ExtractionDraft.model_json_schema(), sort_keys=True)
    digest = hashlib.sha256()
    for part in (system, user, _read("example.json"), schema):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return PromptSet(Template(system), Template(user), example, digest.hexdigest()[:12])


def prompt_version() -> str:
    return load_prompts().version


def _user_message(prompts: PromptSet, article_id: str, language: str, text: str, note: str) -> str:
    return prompts.user.substitute(
        article_id=article_id, language=language, chunk_note=note, article=text
    )


def render_messages(
    article_id: str,
    language: str,
    text: str,
    *,
    chunk: tuple[int, int] | None = None,
    with_example: bool = True,
) -> list[dict[str, str]]:
    """Chat messages for one article or one chunk ``(index, total)`` of it."""
    p = load_prompts()
    system = p.system.substitute(field_guide=field_guide())
    messages = [{"role": "system", "content": system}]
    if with_example:
        ex = p.example
        messages.append(
            {"role": "user", "content": _user_message(p, ex.article_id, "en", ex.text, "")}
        )
        messages.append(
            # defaults left out: the model sees the shape for fewer tokens
            {"role": "assistant", "content": ex.output.model_dump_json(exclude_defaults=True)}
        )
    note = f", part {chunk[0] + 1} of {chunk[1]}" if chunk and chunk[1] > 1 else ""
    messages.append({"role": "user", "content": _user_message(p, article_id, language, text, note)})
    return messages
