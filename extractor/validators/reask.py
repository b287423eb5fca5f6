"""The re-ask validator: article-based errors fail pydantic validation of the model's answer.

instructor re-asks when validating the model's answer raises; the message of the
error is what the model reads. The chunk being extracted is bound in a
:class:`~contextvars.ContextVar` rather than passed through instructor's ``context``:
given a context, instructor renders every message as a Jinja template, which would
corrupt (or crash on) article text containing ``{{`` or ``{%``. Each worker thread and
each asyncio task has its own context, and validation runs in the one that made the call::

    with bound_chunk(chunk_text, "pl") as check:
        backend.structured(messages, ArticleCheckedDraft-based model, max_reasks=2)
    check.findings  # the findings about the last draft checked

Only errors fail validation; warnings (figures written in words ...) cannot be fixed
by the model and would only burn retries.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from pydantic import model_validator

from extractor.best_answer import BestAnswer
from extractor.schemas import ArticleExtraction, ExtractionDraft, Finding, Meeting
from extractor.validators import validate_extraction
from extractor.validators.repair import errors_after_repair

REASK_HEADER = (
    "Some values disagree with the article text. Fix each one so that the figure, "
    "scale and unit read exactly as the quoted sentence states them:"
)


def validate_draft(draft: ExtractionDraft, text: str, language: str | None = None,
                   article_id: str = "draft") -> list[Finding]:
    """Findings about a model-facing draft (no grounding fields yet)."""
    extraction = ArticleExtraction(
        article_id=article_id,
        language=language or "und",
        meetings=[Meeting.model_validate(m.model_dump()) for m in draft.meetings],
    )
    return validate_extraction(extraction, text)


@dataclass
class ChunkCheck:
    """The chunk a draft is checked against, and the last draft checked with its findings."""

    text: str
    language: str
    draft: Any = None
    findings: list[Finding] | None = None  # None when repair will change the draft
    best: BestAnswer = field(default_factory=BestAnswer)  # fewest errors after repair


#: The chunk under extraction in this thread or task (None: validation checks nothing).
BOUND_CHUNK: ContextVar[ChunkCheck | None] = ContextVar("bound_chunk", default=None)


@contextmanager
def bound_chunk(text: str, language: str) -> Iterator[ChunkCheck]:
    """Check drafts validated inside the block against ``text``."""
    check = ChunkCheck(text, language)
    token = BOUND_CHUNK.set(check)
    try:
        yield check
    finally:
        BOUND_CHUNK.reset(token)


class ArticleCheckedDraft(ExtractionDraft):
    """A draft whose validation raises the re-ask message when it disagrees with the bound chunk."""

    @model_validator(mode="after")
    def _article_check(self) -> ArticleCheckedDraft:
        check = BOUND_CHUNK.get()
        if check is None:
            return self  # validated outside a run (e.g. loading a file): nothing to check against
        from extractor.validators import error_messages

        findings = validate_draft(self, check.text, check.language)
        # Errors repair will fix (the quote settles the figure) cost no re-ask.
        errors = errors_after_repair(self, check.text, check.language, findings)
        repairable = any(f.severity == "error" for f in findings) and not errors
        check.draft, check.findings = self, None if repairable else findings
        check.best.offer(self, len(errors))
        message = error_messages(errors)
        if message:
            raise ValueError(f"{REASK_HEADER}\n{message}")
        return self
