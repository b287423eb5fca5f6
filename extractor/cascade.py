"""A cascade: a cheap model reads every chunk, stronger ones only the chunks it fails.

``--escalate-to MODEL`` (repeatable, in order) names the models a chunk goes on to.
A chunk goes to the next model when the best answer so far, after its re-asks and
follow-ups, still has validator errors that repair cannot fix, or KPI candidates no
KPI covers, or (with ``--escalate-below P``) a record whose ``confidence`` is below P.
The next model gets the chunk's own prompt, its re-asks and its follow-ups; the best
answer across the models (fewest errors, then fewest uncovered figures, then fewest
doubtful records; a later model wins a tie) is kept, and each record names the model
that produced it (its ``model`` field).

Re-asks of a model that has a stronger one after it are capped at ``--cheap-reasks``
(default :data:`DEFAULT_REASKS_BEFORE_ESCALATING`). ``bench/cascade.py`` measured it
(docs/cost.md): a cheap re-ask that cannot help adds about 1 % to the cascade's cost,
one that fixes its chunk saves an escalation, about fifteen times as much; so one
re-ask pays off as soon as about one in fifteen fixes its chunk, and a second one
bought nothing in either case. The last model of the chain gets the run's
``--max-reasks``.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extractor.backends.base import Backend, BackendError

if TYPE_CHECKING:
    from extractor.articles import Article
    from extractor.backends.base import CallStats
    from extractor.chunking import Chunk
    from extractor.schemas import ArticleExtraction, ExtractionDraft

#: re-asks of a model before its chunk goes on to the next one (bench/cascade.py)
DEFAULT_REASKS_BEFORE_ESCALATING = 1
#: ExtractOptions fields of the cascade: left out of the run id when there is none
CASCADE_OPTIONS = ("escalate_to", "escalate_base_url", "escalate_below", "reasks_before_escalating")

#: the confidences of a chunk answer's records: (draft, chunk text, language) -> scores
Scores = Callable[[Any, str, "str | None"], list["float | None"]]


def record_confidence(record: Any) -> float | None:
    """The record's own ``confidence`` attribute, when it carries one."""
    value = getattr(record, "confidence", None)
    return float(value) if isinstance(value, int | float) else None


def _records(draft: Any) -> list[Any]:
    from extractor.schemas.registry import CHILD_TYPES

    return [*draft.meetings, *(r for m in draft.meetings for t in CHILD_TYPES for r in t.items(m))]


def chunk_confidences(draft: Any, text: str, language: str | None, *, model: str | None = None,
                      prompt_version: str | None = None) -> list[float | None]:
    """The confidence of each record of one chunk's answer.

    The records' own ``confidence`` when they carry one; otherwise extractor.confidence's
    score of the answer read as an article of its own (grounded, validated and covered
    against the chunk), calibrated when a calibration for ``model`` and
    ``prompt_version`` is stored.
    """
    own = [record_confidence(r) for r in _records(draft)]
    if any(c is not None for c in own):
        return own
    from extractor.confidence import attach_confidence
    from extractor.glean import draft_as_extraction
    from extractor.grounding import ground_extraction
    from extractor.schemas import Provenance
    from extractor.validators import validate_extraction
    from extractor.validators.coverage import coverage

    extraction = draft_as_extraction(draft, language)
    if model and prompt_version:
        extraction.provenance = Provenance(backend="cascade", model=model, prompt_version=prompt_version)
    ground_extraction(extraction, text)
    extraction.findings = validate_extraction(extraction, text, language)
    extraction.coverage = coverage(extraction, text, language)
    attach_confidence(extraction, None, lookup=bool(model and prompt_version))
    return [record_confidence(r) for r in _records(extraction)]


@dataclass(frozen=True)
class Verdict:
    """What is still wrong with one chunk's answer."""

    errors: int  # validator errors repair cannot fix
    uncovered: int  # KPI candidates no KPI covers
    doubtful: int = 0  # records below --escalate-below

    @property
    def clean(self) -> bool:
        return not (self.errors or self.uncovered or self.doubtful)

    def key(self) -> tuple[int, int, int]:
        return self.errors, self.uncovered, self.doubtful


def judge(draft: ExtractionDraft, text: str, language: str | None, below: float | None = None,
          scores: Scores = chunk_confidences) -> Verdict:
    """The verdict on ``draft`` (one chunk's answer) against the chunk's ``text``."""
    from extractor.glean import draft_as_extraction
    from extractor.validators.context import language_of
    from extractor.validators.coverage import coverage
    from extractor.validators.repair import errors_after_repair

    lang = language_of(language)
    errors = len(errors_after_repair(draft, text, lang))
    uncovered = len(coverage(draft_as_extraction(draft, lang), text, lang).uncovered)
    doubtful = 0
    if below is not None:
        doubtful = sum(c is not None and c < below for c in scores(draft, text, lang))
    return Verdict(errors, uncovered, doubtful)


class Cascade:
    """The models a chunk may go on to, after the run's own backend."""

    def __init__(self, backends: Sequence[Backend], *, below: float | None = None,
                 reasks: int = DEFAULT_REASKS_BEFORE_ESCALATING, scores: Scores | None = None):
        self.backends = list(backends)
        self.below = below
        self.reasks = reasks
        self.scores = scores

    @classmethod
    def from_options(cls, backend: Backend, options: Any) -> Cascade | None:
        """The cascade ``options`` ask for (None when no ``escalate_to``)."""
        if not options.escalate_to:
            return None
        chain = [backend.with_model(m, base_url=options.escalate_base_url) for m in options.escalate_to]
        reasks = options.reasks_before_escalating
        return cls(chain, below=options.escalate_below,
                   reasks=DEFAULT_REASKS_BEFORE_ESCALATING if reasks is None else reasks)

    def key(self) -> dict[str, Any]:
        """What the cascade adds to a chunk's cache key and the run's identity."""
        return {"models": [b.describe() for b in self.backends], "below": self.below,
                "reasks": self.reasks}

    def max_reasks(self, position: int, run_max: int | None) -> int | None:
        """Re-asks of the model at ``position`` (0: the run's own backend)."""
        if position >= len(self.backends):
            return run_max
        return self.reasks if run_max is None else min(self.reasks, run_max)

    def judge(self, draft: ExtractionDraft, chunk: Chunk, language: str | None, model: str,
              prompt_version: str) -> Verdict:
        scores = self.scores or functools.partial(chunk_confidences, model=model,
                                                  prompt_version=prompt_version)
        return judge(draft, chunk.text, language, self.below, scores)

    async def escalate(self, ex: Any, article: Article, chunk: Chunk,
                       messages: list[dict[str, str]], draft: ExtractionDraft, stats: CallStats,
                       tally: Counter, glean: int) -> tuple[ExtractionDraft, str]:
        """The best answer for ``chunk`` across the chain, and the model that gave it.

        ``draft`` is the run's own backend's answer (after its re-asks and follow-ups).
        A model that fails (transport errors, no schema-valid answer) is passed over;
        a budget stop is not: it stops the article.
        """
        from extractor.concurrency import cpu_turn

        async with cpu_turn():
            best = draft, ex.backend.model
            verdict = self.judge(draft, chunk, article.language, ex.backend.model, ex.prompt_version)
        for position, backend in enumerate(self.backends, 1):
            if verdict.clean:
                break
            tally["escalations"] += 1
            answer = await self._ask(ex, article, chunk, messages, backend, position, stats)
            if answer is None:
                continue
            await ex._second_look(article, chunk, answer, stats, tally, glean, backend=backend)
            async with cpu_turn():
                found = self.judge(answer, chunk, article.language, backend.model, ex.prompt_version)
            if found.key() <= verdict.key():
                best, verdict = (answer, backend.model), found
        return best

    async def _ask(self, ex: Any, article: Article, chunk: Chunk,
                   messages: list[dict[str, str]], backend: Backend, position: int,
                   stats: CallStats) -> ExtractionDraft | None:
        """One model's answer for the chunk (with its re-asks), or None when it has none."""
        from extractor.cost import BudgetExhausted
        from extractor.schemas import ExtractionDraft
        from extractor.validators.reask import ChunkCheck

        options = ex.options
        check = (ChunkCheck(chunk.text, article.language)
                 if options.validate and options.reask_on_findings else None)
        try:
            draft, call, raw = await ex._ask(messages, check, backend=backend,
                                             max_reasks=self.max_reasks(position, options.max_reasks))
        except BackendError as exc:
            if exc.stats is not None:
                stats.add(exc.stats)
                ex._log(article, chunk, exc.stats, "escalation", backend)
            if isinstance(exc, BudgetExhausted):
                raise
            kept = check.best.take() if check is not None else None
            return None if kept is None else ExtractionDraft.model_validate(kept.model_dump())
        stats.add(call)
        ex._log(article, chunk, call, "escalation", backend)
        try:
            return ex.accepted(draft, raw, call, check)
        except BackendError:
            return None

    async def aclose(self) -> None:
        for backend in self.backends:
            await backend.aclose()


# -- which model produced each record ------------------------------------------------------
def _signature(kind: str, record: Any, fields: Sequence[str]) -> str:
    data = record.model_dump(mode="json", include=set(fields))
    return kind + json.dumps(data, sort_keys=True, ensure_ascii=False)


def name_models(extraction: ArticleExtraction, drafts: Sequence[ExtractionDraft],
                models: Sequence[str]) -> None:
    """Set each record's ``model``: the model of the chunk answer it came from.

    Called on the merged records before grounding and repair change them, so each one
    still equals its chunk draft; a record found in several chunks names the first.
    """
    from extractor.schemas.registry import CHILD_TYPES, MEETINGS

    seen: dict[str, str] = {}
    for draft, model in zip(drafts, models, strict=True):
        for meeting in draft.meetings:
            seen.setdefault(_signature("meetings", meeting, ("kind", "title")), model)
            for rtype in CHILD_TYPES:
                fields = tuple(rtype.draft.model_fields)
                for record in rtype.items(meeting):
                    seen.setdefault(_signature(rtype.name, record, fields), model)
    fallback = models[0] if models else None
    for meeting in extraction.meetings:
        meeting.model = seen.get(_signature(MEETINGS.name, meeting, ("kind", "title")), fallback)
        for rtype in CHILD_TYPES:
            fields = tuple(rtype.draft.model_fields)
            for record in rtype.items(meeting):
                record.model = seen.get(_signature(rtype.name, record, fields), fallback)
