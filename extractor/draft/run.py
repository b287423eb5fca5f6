"""One chunk in reader-first mode: draft, ask (or not), fill.

The embedded model's grammar-constrained answers are poor at restating numbers and
quotes, so for it the reader's own records stand and the model only makes the choices
:mod:`extractor.draft.embedded` asks of it. Other backends get the reader-first schema:
they refer to draft ids and the records are filled from the draft.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from extractor.backends import CallStats
from extractor.cache import cache_key
from extractor.concurrency import cpu_turn
from extractor.draft.answer import BOUND_DRAFT, checked_reader_model
from extractor.draft.build import Draft, build_draft
from extractor.draft.fill import fill_answer, reader_draft
from extractor.draft.prompt import reader_messages
from extractor.schemas import ExtractionDraft


async def extract_chunk(ex: Any, article: Any, chunk: Any, total: int, stats: CallStats,
                        tally: Counter) -> tuple[list[ExtractionDraft], int, None]:
    """The chunk's records in reader-first mode, and how many came from the cache.

    When the reader's records stand, the reader reads the whole article at the first
    chunk (it needs no context window, and the directions a chunk continues are opened
    in an earlier one); the other chunks add nothing."""
    if getattr(ex.backend, "reader_only", False):
        if chunk.index > 0:
            return [], 0, None
        async with cpu_turn():
            return [reader_draft(build_draft(article.text, article.language))], 0, None
    async with cpu_turn():
        draft = build_draft(chunk.text, article.language)
    note = f", part {chunk.index + 1} of {total}" if total > 1 else ""
    messages = reader_messages(article.id, article.language, chunk.text, draft, note)
    key = cache_key(backend=ex.backend.describe(), prompt=ex.prompt_version, draft="reader",
                    max_reasks=ex.options.max_reasks, messages=messages)
    hit = ex.cache.get(key) if ex.options.use_cache else None
    if hit is not None:
        return [ExtractionDraft.model_validate(hit)], 1, None
    filled, call = await _ask(ex, messages, draft, chunk, article)
    stats.add(call)
    async with cpu_turn():
        ex._log(article, chunk, call)
        ex._put(key, filled, call)
    return [filled], 0, None


async def _ask(ex: Any, messages: list[dict[str, str]], draft: Draft, chunk: Any,
               article: Any) -> tuple[ExtractionDraft, CallStats]:
    """One structured call in the reader-first schema; the last schema-valid answer is
    kept when every answer failed the checks, the reader's own records when none was."""
    from extractor.backends import BackendError
    from extractor.draft.answer import ReaderAnswer
    from extractor.validators.reask import BOUND_CHUNK, ChunkCheck

    check = ChunkCheck(chunk.text, article.language) if ex.options.validate else None
    tokens = BOUND_DRAFT.set(draft), BOUND_CHUNK.set(check)
    try:
        answer, call, raw = await ex.backend.astructured(messages, checked_reader_model(),
                                                         max_reasks=ex.options.max_reasks)
    finally:
        BOUND_CHUNK.reset(tokens[1])
        BOUND_DRAFT.reset(tokens[0])
    if answer is None and raw:
        try:
            answer = ReaderAnswer.model_validate_json(raw)
        except ValueError:
            answer = None
    if answer is None:
        raise BackendError(f"no schema-valid reader-first answer: {call.last_error}")
    return fill_answer(draft, answer), call
