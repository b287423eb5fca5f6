"""Validators as pydantic validation, so instructor re-asks the model with the reasons.

instructor re-asks when validating the model's answer raises; the message of the
error is what the model reads. Validation gets the article through pydantic's
validation context (``instructor``'s ``context=`` / ``validation_context=``)::

    class CheckedDraft(ExtractionDraft):
        _check = model_validator(mode="after")(check_against_article)

    client.chat.completions.create(..., response_model=CheckedDraft,
        context={"article_text": text, "language": "pl"}, max_retries=2)

Only errors fail validation; warnings (figures written in words ...) cannot be fixed
by the model and would only burn retries.
"""

from __future__ import annotations

from pydantic import ValidationInfo

from extractor.schemas import ArticleExtraction, ExtractionDraft, Finding, Meeting
from extractor.validators import error_messages, validate_extraction

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


def check_against_article(draft: ExtractionDraft, info: ValidationInfo) -> ExtractionDraft:
    """An ``after`` model validator: raise the article-based errors, if any."""
    context = info.context or {}
    text = context.get("article_text")
    if not text:
        return draft  # validated outside a run (e.g. loading a file): nothing to check against
    message = error_messages(validate_draft(draft, text, context.get("language")))
    if message:
        raise ValueError(f"{REASK_HEADER}\n{message}")
    return draft
