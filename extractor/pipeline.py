"""Articles in, grounded and validated records out: the extraction pipeline.

For each article: read -> split into chunks that fit the model -> for each chunk, a
cached structured call (instructor re-asks on schema errors and on validator errors
found against the chunk's text) -> merge chunks -> ground every quote in the full
text -> validate -> write ``OUT/<article_id>.json`` atomically. ``OUT/run.json`` keeps
the configuration, per-article status, timings, tokens and failures.

Resuming: an article whose output exists and was produced from the same bytes by the
same model, prompt and parameters is skipped, so re-running a half-finished or
partly failed run only does the missing and failed articles.

Concurrency: a run is one event loop (``arun_extraction``; ``run_extraction`` runs one
for synchronous callers). ``-j`` model requests are in flight at once, each holding a
request slot for its round trip only; reading, grounding, validating and writing run on
the loop between them (see :mod:`extractor.concurrency`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.articles import Article, ArticleError, discover, read_article
from extractor.backends import Backend, BackendError, CallStats, TruncatedOutput
from extractor.backends.base import REQUEST_LIMIT
from extractor.backends.response_model import response_model
from extractor.cache import ResponseCache, cache_key
from extractor.cascade import CASCADE_OPTIONS, Cascade, name_models
from extractor.chunking import Chunk, merge_drafts, split_text
from extractor.concurrency import (
    CPU_LANE,
    CpuLane,
    collector_paused,
    cpu_turn,
    run_bounded,
    run_sync,
)
from extractor.confidence import attach_confidence
from extractor.cost import (
    BUDGET,
    BudgetExhausted,
    PriceBook,
    budget_for,
    charge,
    price_exchanges,
    spend_of,
)
from extractor.grounding import ground_extraction
from extractor.prompting import prompt_version, render_messages
from extractor.rundir import (
    ArticleResult,
    RunSummary,
    Status,
    atomic_write_json,
    read_ledger,
    record_path,
    remove_stale_temps,
    write_ledger,
)
from extractor.schemas import (
    CONTRACT_VERSION,
    ArticleExtraction,
    ExtractionDraft,
    Finding,
    Meeting,
    Provenance,
)
from extractor.schemas.registry import CHILD_TYPES, count_records
from extractor.validators.reask import BOUND_CHUNK as _BOUND_CHUNK
from extractor.validators.reask import ArticleCheckedDraft
from extractor.validators.reask import ChunkCheck as _ChunkCheck

# Rough characters per token used to size chunks before tokenizing; conservative for
# Cyrillic/Arabic, where tokenizers spend more tokens per character than for Latin.
CHARS_PER_TOKEN = 2.5
PROMPT_OVERHEAD_TOKENS = 1400
MAX_SPLIT_DEPTH = 2


@dataclass(frozen=True)
class ExtractOptions:
    """How to extract. Immutable: derive variants with ``dataclasses.replace``."""

    max_reasks: int | None = None  # None: the backend's default (local 0, openai 2)
    concurrency: int = 1
    strict: bool = False
    validate: bool = True
    reask_on_findings: bool = True
    use_cache: bool = True  # False: neither read nor write the response cache
    few_shot: bool = True
    chunk_chars: int | None = None  # default: derived from the backend's context
    chunk_overlap: int = 300
    force: bool = False  # re-extract even when an up-to-date output exists
    glean: int | None = None  # follow-ups per chunk for uncovered KPI candidates (None: the backend's)
    # money (extractor.cost): a budget in USD, and prices as (model, in, out) per million tokens
    max_cost: float | None = None
    prices: tuple[tuple[str, float, float], ...] = ()
    # the cascade (extractor.cascade): models a chunk goes on to when its answer has faults
    escalate_to: tuple[str, ...] = ()
    escalate_base_url: str | None = None
    escalate_below: float | None = None  # record confidence below which a chunk goes on
    reasks_before_escalating: int | None = None  # None: extractor.cascade's default
    draft: str | None = None  # reader | none: the reader's draft first (None: the backend's)
    draft_choices: bool | None = None  # reader-only backends: the model picks indicators (None: the backend's)

    def resolved(self, backend: Backend) -> ExtractOptions:
        """These options with the backend's defaults filled in: a new object, never self changed."""
        defaults = {"max_reasks": backend.default_max_reasks, "glean": backend.default_glean,
                    "draft": backend.default_draft, "draft_choices": backend.reader_only}
        return replace(self, **{k: v for k, v in defaults.items() if getattr(self, k) is None})


# Options that change how a run goes, not what it writes: left out of the run id.
RUN_ONLY_OPTIONS = frozenset({"concurrency", "use_cache", "force", "max_cost", "prices"})


class ArticleFailed(Exception):
    """An article could not be extracted; ``result`` says why and what it cost."""

    def __init__(self, result: ArticleResult):
        super().__init__(result.error)
        self.result = result


def chunk_chars_for(backend: Backend, options: ExtractOptions) -> int:
    """Characters per chunk: the option, else what fits the backend's context."""
    if options.chunk_chars:
        return options.chunk_chars
    budget = backend.context_tokens - backend.max_tokens - PROMPT_OVERHEAD_TOKENS
    return max(int(budget * CHARS_PER_TOKEN), 1000)


def run_id_for(backend: Backend, options: ExtractOptions) -> str:
    """Deterministic: the same configuration resumes the same run.

    Built from everything that changes the outputs: the backend, the prompt and contract
    versions, the effective chunk size and every option except ``RUN_ONLY_OPTIONS``
    (a new option counts unless it is listed there).
    """
    options = options.resolved(backend)
    parts = {f.name: getattr(options, f.name) for f in fields(options)
             if f.name not in RUN_ONLY_OPTIONS}
    if not options.escalate_to:  # without a cascade its options change nothing
        for name in CASCADE_OPTIONS:
            parts.pop(name)
    parts.update(backend=backend.describe(), prompt=_prompt_version(options), contract=CONTRACT_VERSION,
                 chunk_chars=chunk_chars_for(backend, options))
    blob = json.dumps(parts, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _prompt_version(options: ExtractOptions) -> str:
    """The prompt version of a run: reader-first mode has its own schema and template."""
    if options.draft == "reader":
        from extractor.draft.answer import reader_prompt_version

        return reader_prompt_version(prompt_version())
    return prompt_version()


@cache
def checked_draft_model() -> type[ExtractionDraft]:
    """The response model of online calls: the draft plus the article check.

    Named and documented like the plain draft, so it has the same tool name, description
    and schema as batch requests built from ExtractionDraft (see
    :mod:`extractor.backends.response_model`).
    """
    return response_model(ArticleCheckedDraft, "ExtractionDraft", ExtractionDraft.__doc__)


def _salvage(raw: str | None) -> ExtractionDraft | None:
    """Keep a last answer that is schema-valid but failed the article checks."""
    if not raw:
        return None
    try:
        return ExtractionDraft.model_validate_json(raw)
    except (ValidationError, ValueError):
        return None


def _accepted_draft(draft: Any, raw: str | None, call: CallStats,
                    check: _ChunkCheck | None) -> ExtractionDraft:
    """The chunk's answer as a plain draft; when every answer failed the checks, the one
    with the fewest errors (or the last schema-valid one)."""
    if draft is not None:
        return ExtractionDraft.model_validate(draft.model_dump())
    best = check.best.take() if check is not None else None
    accepted = _salvage(raw) if best is None else ExtractionDraft.model_validate(best.model_dump())
    if accepted is None:
        raise BackendError(f"no schema-valid answer after {call.reasks + 1} attempt(s): "
                           f"{call.last_error}")
    return accepted


def warm_up(backend: Backend | None = None) -> None:
    """Pay one-time costs before the first article instead of inside it.

    Loading the language model, instructor's provider handlers, the response schema,
    the number-reading tables and the figure classifier, once per process. A run calls it when its first article needs the model (a re-run over up-to-date
    outputs never does). With a ``backend``, the few-shot example also goes once through
    its structured-call path, answered by its own output (nothing is sent). Done once
    per process and once per backend.
    """
    with collector_paused():
        example = _warm_process()
        if backend is not None:
            backend.open_client()
        if backend is not None and backend not in _REHEARSED:
            messages = render_messages(example.article_id, "en", example.text, with_example=False)
            backend.rehearse(messages, checked_draft_model(), example.output.model_dump_json())
            _REHEARSED.add(backend)


_REHEARSED: weakref.WeakSet[Backend] = weakref.WeakSet()


@cache
def _warm_process() -> Any:
    """The process-wide part of :func:`warm_up`; returns the few-shot example."""
    from extractor import glean  # noqa: F401 - the follow-ups' module, imported once here
    from extractor.articles import detect_language
    from extractor.numbers.words import spelled_forms
    from extractor.prompting import load_prompts
    from extractor.validators.coverage import classify
    from extractor.validators.reask import validate_draft

    # The response model first (imports instructor and openai): the language
    # model's background load (cli/inputs.py) overlaps it instead of being waited
    # for with the main thread idle.
    checked_draft_model().model_json_schema()
    detect_language("warm up")  # waits for the background load, if one is still running
    example = load_prompts().example
    validate_draft(example.output, example.text, "en")
    # What every answer's checks and follow-up plan use next: the figure classifier
    # (coverage) and the numbers written in words (num2words).
    classify(example.text, "en")
    spelled_forms(1, "en")
    return example


class Extractor:
    """Runs articles through one backend: ``await aextract(article)`` (many at once on
    one event loop), or ``extract(article)`` from synchronous code."""

    #: the answer a structured call leaves for its chunk (the cascade's calls too)
    accepted = staticmethod(_accepted_draft)

    def __init__(self, backend: Backend, options: ExtractOptions | None = None,
                 cache: ResponseCache | None = None, run_id: str | None = None):
        self.backend = backend
        self.options = (options or ExtractOptions()).resolved(backend)  # the caller's stays as given
        self.cache = cache or ResponseCache(enabled=False, log=False)
        self.run_id = run_id or run_id_for(backend, self.options)
        self.prompt_version = _prompt_version(self.options)
        self.prices = PriceBook(self.options.prices)
        self.cascade = Cascade.from_options(backend, self.options)
        self._chunk_models: dict[int, str] = {}  # id(chunk draft) -> the model that gave it

    # -- sizing ----------------------------------------------------------------------
    def chunk_chars(self) -> int:
        return chunk_chars_for(self.backend, self.options)

    # -- one chunk -------------------------------------------------------------------
    async def _extract_chunk(self, article: Article, chunk: Chunk, total: int, stats: CallStats,
                             depth: int = 0, tally: Counter | None = None,
                             ) -> tuple[list[ExtractionDraft], int, list[Finding] | None]:
        """Drafts for one chunk (several if it had to be split), how many came from cache,
        and the findings of the article check on the accepted draft, when it ran.

        The chunk is bound for the article check in a context variable: each asyncio task
        (and the worker thread of a synchronous backend) sees its own. The check keeps the
        best schema-valid answer: when a later request fails, that answer stands. Then
        up to ``glean`` follow-ups ask for the KPI candidates the answer left out.
        ``tally`` counts kept answers, follow-ups and the KPIs they added."""
        tally = Counter() if tally is None else tally
        if self.options.draft == "reader":
            from extractor.draft.run import extract_chunk

            return await extract_chunk(self, article, chunk, total, stats, tally)
        glean = self.options.glean if self.options.validate else 0
        async with cpu_turn():
            messages = self.messages_for(article, chunk, total)
            key = cache_key(backend=self.backend.describe(), prompt=self.prompt_version,
                            few_shot=self.options.few_shot, reask=self.options.reask_on_findings,
                            max_reasks=self.options.max_reasks, messages=messages,
                            **({"glean": glean} if glean else {}),
                            **({"cascade": self.cascade.key()} if self.cascade else {}))
            hit = self.cache.get(key) if self.options.use_cache else None
            if hit is not None:
                return [self._cached(key, hit, tally)], 1, None
        checked = self.options.validate and self.options.reask_on_findings
        check = _ChunkCheck(chunk.text, article.language) if checked else None
        spent_before = len(stats.exchanges)
        try:
            draft, call, raw = await self._ask(messages, check, max_reasks=self._reasks())
        except BackendError as exc:
            if exc.stats is not None:  # what the failed call spent still counts, and is logged
                stats.add(exc.stats)
                self._log(article, chunk, exc.stats)
            if isinstance(exc, BudgetExhausted):
                raise
            kept = check.best.take() if check is not None else None
            if kept is not None:  # a later request failed: the best answer seen stands
                tally["kept_best"] += 1
                draft = ExtractionDraft.model_validate(kept.model_dump())
                await self._second_look(article, chunk, draft, stats, tally, glean)
                return [await self._escalated(article, chunk, messages, draft, stats, tally, glean)], 0, None
            if not isinstance(exc, TruncatedOutput) or depth >= MAX_SPLIT_DEPTH or len(chunk.text) < 400:
                raise
            return await self._extract_halves(article, chunk, total, stats, depth, tally)
        stats.add(call)
        async with cpu_turn():
            self._log(article, chunk, call)
            findings = check.findings if check is not None and draft is not None and check.draft is draft else None
            draft = _accepted_draft(draft, raw, call, check)
        if await self._second_look(article, chunk, draft, stats, tally, glean):
            findings = None  # KPIs were added: validated again in finalize
        first = draft
        draft = await self._escalated(article, chunk, messages, draft, stats, tally, glean)
        findings = findings if draft is first else None
        # A salvaged answer (schema-valid, still failing the article checks after the
        # re-asks) is cached too: the same request would get the same answer again,
        # and its findings are recomputed and flagged on every run.
        async with cpu_turn():
            self._put(key, draft, stats, spent_before)
        return [draft], 0, findings

    async def _escalated(self, article: Article, chunk: Chunk, messages: list[dict[str, str]],
                         draft: ExtractionDraft, stats: CallStats, tally: Counter,
                         glean: int) -> ExtractionDraft:
        """The chunk's best answer across the cascade (``draft`` itself without one)."""
        if self.cascade is None:
            return draft
        draft, model = await self.cascade.escalate(self, article, chunk, messages, draft, stats,
                                                   tally, glean)
        self._chunk_models[id(draft)] = model
        return draft

    def _put(self, key: str, draft: ExtractionDraft, stats: CallStats, since: int) -> None:
        """Cache the chunk's answer with what its requests (``stats.exchanges[since:]``) cost."""
        if self.options.use_cache:
            spent = spend_of(stats.exchanges[since:])
            model = self._chunk_models.get(id(draft), self.backend.model)
            self.cache.put(key, draft.model_dump(mode="json"), backend=self.backend.name,
                           model=model, prompt_version=self.prompt_version,
                           prompt_tokens=sum(e.prompt_tokens for e in stats.exchanges[since:]),
                           completion_tokens=sum(e.completion_tokens for e in stats.exchanges[since:]),
                           cost_usd=spent.cost_usd)

    def _reasks(self) -> int | None:
        """Re-asks of the run's own backend: capped when a stronger model follows."""
        return self.cascade.max_reasks(0, self.options.max_reasks) if self.cascade else self.options.max_reasks

    def _cached(self, key: str, hit: dict[str, Any], tally: Counter) -> ExtractionDraft:
        """A cached chunk answer: it costs nothing now, and what it cost then is saved."""
        draft = ExtractionDraft.model_validate(hit)
        model, cost = self.cache.made_by(key)
        if cost is None and model is not None:
            tally["saved_unknown"] += 1
        tally["saved_usd"] += cost or 0.0
        if self.cascade is not None and model:
            self._chunk_models[id(draft)] = model
        return draft

    async def _ask(self, messages: list[dict[str, str]], check: _ChunkCheck | None, *,
                   backend: Backend | None = None, max_reasks: int | None = None) -> Any:
        """One structured call, with the chunk bound for the article check (per task)."""
        token = _BOUND_CHUNK.set(check)
        try:
            return await (backend or self.backend).astructured(
                messages, checked_draft_model(),
                max_reasks=self.options.max_reasks if max_reasks is None else max_reasks)
        finally:
            _BOUND_CHUNK.reset(token)

    async def _extract_halves(self, article: Article, chunk: Chunk, total: int, stats: CallStats,
                              depth: int, tally: Counter,
                              ) -> tuple[list[ExtractionDraft], int, list[Finding] | None]:
        """The answer did not fit even the largest budget: ask about halves instead."""
        halves = split_text(chunk.text, max(len(chunk.text) // 2 + 1, 200), overlap=100)
        drafts, hits = [], 0
        for half in halves:
            sub = Chunk(chunk.index, chunk.start + half.start, half.text)
            d, h, _ = await self._extract_chunk(article, sub, total, stats, depth + 1, tally)
            drafts += d
            hits += h
        return drafts, hits, None

    async def _second_look(self, article: Article, chunk: Chunk, draft: ExtractionDraft,
                           stats: CallStats, tally: Counter, rounds: int, *,
                           backend: Backend | None = None) -> int:
        """Follow-ups for the chunk's uncovered KPI candidates; KPIs added to ``draft``."""
        if rounds <= 0:
            return 0
        from extractor.glean import asecond_look

        backend = backend or self.backend

        def spent(call: CallStats) -> None:
            stats.add(call)
            self._log(article, chunk, call, "followup", backend)

        report = await asecond_look(backend, draft, chunk.text, article.language,
                                    rounds=rounds, on_call=spent)
        tally["followups"] += report.requests + report.failed
        tally["followup_kpis"] += report.added
        return report.added

    def _log(self, article: Article, chunk: Chunk, call: CallStats, kind: str = "first",
             backend: Backend | None = None) -> None:
        """Price the call's requests (by model and kind) and log them."""
        backend = backend or self.backend
        price_exchanges(call.exchanges, self.prices, backend.name, backend.model, kind)
        self.cache.log(run_id=self.run_id, article_id=article.id, chunk=chunk.index,
                       backend=backend.name, model=backend.model,
                       prompt_version=self.prompt_version, exchanges=call.exchanges)

    # -- one article -----------------------------------------------------------------
    def chunks(self, article: Article) -> list[Chunk]:
        return split_text(article.text, self.chunk_chars(), self.options.chunk_overlap)

    def messages_for(self, article: Article, chunk: Chunk, total: int) -> list[dict[str, str]]:
        """The chat messages for one chunk: what the online path and batch files send."""
        return render_messages(article.id, article.language, chunk.text,
                               chunk=(chunk.index, total), with_example=self.options.few_shot)

    def extract(self, article: Article) -> tuple[ArticleExtraction, ArticleResult]:
        """:meth:`aextract` for synchronous callers (on an event loop of its own)."""

        async def alone() -> tuple[ArticleExtraction, ArticleResult]:
            try:
                return await self.aextract(article)
            finally:
                await self.backend.aclose()

        return run_sync(alone())

    async def aextract(self, article: Article) -> tuple[ArticleExtraction, ArticleResult]:
        """The article's records and its result; raises :class:`ArticleFailed` (with the
        result saying why and what it cost) when it cannot be extracted."""
        t0 = time.perf_counter()
        result = ArticleResult(article.id, article.path, Status.ok, language=article.language,
                               article_sha256=article.sha256)
        chunks = self.chunks(article)
        stats = CallStats()
        drafts: list[ExtractionDraft] = []
        findings: list[Finding] | None = None
        tally: Counter = Counter()
        try:
            for chunk in chunks:
                got, hits, findings = await self._extract_chunk(article, chunk, len(chunks), stats,
                                                                tally=tally)
                drafts += got
                result.cached_chunks += hits
            result.kept_best, result.escalations = tally["kept_best"], tally["escalations"]
            result.followups, result.followup_kpis = tally["followups"], tally["followup_kpis"]
            models = [self._chunk_models.pop(id(d), self.backend.model) for d in drafts]
            # The article check of a one-chunk article already read the whole text: its
            # findings are the final ones (tests/test_validate_once.py holds them equal).
            whole = len(chunks) == 1 and len(drafts) == 1 and chunks[0].text == article.text
            result.reasks = stats.reasks  # a signal of the records' confidence
            async with cpu_turn():
                extraction = self.finalize(article, drafts, len(chunks), result,
                                           findings=findings if whole else None,
                                           models=models if self.cascade else None)
        except Exception as exc:
            # The article failed, but what it cost (attempts, tokens, time) is still reported.
            for d in drafts:
                self._chunk_models.pop(id(d), None)
            if isinstance(exc, BudgetExhausted):  # left for the next run
                result.status, result.error = Status.stopped, str(exc)
            else:
                expected = isinstance(exc, (BackendError, ValidationError, ValueError))
                result.fail(f"{'' if expected else 'unexpected '}{type(exc).__name__}: {exc}")
            _account(result, stats, t0, tally)
            raise ArticleFailed(result) from exc
        _account(result, stats, t0, tally)
        return extraction, result

    def finalize(self, article: Article, drafts: list[ExtractionDraft], n_chunks: int,
                 result: ArticleResult | None = None, *,
                 findings: list[Finding] | None = None,
                 models: list[str] | None = None) -> ArticleExtraction:
        """Merge chunk drafts, ground every quote and validate: the same for online and batch.

        ``findings``: the validators' findings on these drafts against the whole article
        text, when they were already computed (validation is then not repeated).
        ``models``: the model of each draft (a cascade), named on each record.
        """
        from extractor.draft.leakage import drop_leaked

        result = result or ArticleResult(article.id, article.path, Status.ok)
        merged = merge_drafts(drafts) if len(drafts) != 1 else drafts[0]
        result.leaked = drop_leaked(merged, article.text)
        extraction = ArticleExtraction(
            article_id=article.id,
            language=article.language,
            meetings=[Meeting.model_validate(m.model_dump()) for m in merged.meetings],
            provenance=Provenance(
                backend=self.backend.name, model=self.backend.model,
                prompt_version=self.prompt_version, contract_version=CONTRACT_VERSION,
                run_id=self.run_id, article_path=article.path, article_sha256=article.sha256,
                chunks=n_chunks,
            ),
        )
        if models is not None:
            name_models(extraction, drafts, models)
        ground_extraction(extraction, article.text)
        if self.options.validate:
            from extractor.validators.repair import repair_extraction

            # Records their own quotes settle are corrected first (info findings).
            repairs = repair_extraction(extraction, article.text, article.language)
            self._validate(extraction, article, result, None if repairs else findings)
            self._cover(extraction, article, result, repairs)
        result.chunks = n_chunks
        result.records = count_records(extraction.meetings)
        attach_confidence(extraction, result)
        return extraction

    def _validate(self, extraction: ArticleExtraction, article: Article, result: ArticleResult,
                  findings: list[Finding] | None = None) -> None:
        from extractor.validators import validate_extraction

        if findings is None:
            findings = validate_extraction(extraction, article.text, article.language)
        extraction.findings = findings
        result.errors = sum(f.severity == "error" for f in findings)
        result.warnings = sum(f.severity == "warning" for f in findings)
        bad = {_record_path(f.path) for f in findings if f.severity == "error"}
        bad.discard(None)
        result.flagged_records = len(bad)
        if self.options.strict and bad:
            result.dropped_records = _drop_records(extraction, bad)
            extraction.findings = [f for f in findings if _record_path(f.path) not in bad]


    @staticmethod
    def _cover(extraction: ArticleExtraction, article: Article, result: ArticleResult,
               repairs: list[Finding]) -> None:
        """Repairs and uncovered KPI candidates join the findings; coverage is recorded."""
        from extractor.validators.coverage import coverage, uncovered_findings

        cov = coverage(extraction, article.text, article.language)
        extraction.coverage = cov
        extraction.findings = repairs + extraction.findings + uncovered_findings(cov)
        result.repairs = len(repairs)
        result.candidates, result.covered = cov.candidates, cov.covered
        result.uncovered = len(cov.uncovered)
        result.warnings += len(cov.uncovered)


def _account(result: ArticleResult, stats: CallStats, t0: float, tally: Counter | None = None) -> None:
    charge(result, spend_of(stats.exchanges),
           None if tally and tally["saved_unknown"] else (tally or {}).get("saved_usd", 0.0))
    result.requests = stats.requests
    result.attempts = stats.attempts
    result.prompt_tokens = stats.prompt_tokens
    result.completion_tokens = stats.completion_tokens
    result.reasks = stats.reasks
    result.transport_retries = stats.transport_retries
    result.model_seconds = round(stats.model_seconds, 3)
    result.seconds = round(time.perf_counter() - t0, 3)


def _record_path(path: str) -> str | None:
    """'meetings[0].kpis[3].value' -> 'meetings[0].kpis[3]' (None for meeting-level paths)."""
    parts = path.split(".")
    return ".".join(parts[:2]) if len(parts) >= 2 and "[" in parts[1] else None


def _drop_records(ex: ArticleExtraction, paths: set[str]) -> int:
    dropped = 0
    for mi, m in enumerate(ex.meetings):
        for rtype in CHILD_TYPES:
            items = rtype.items(m)
            keep = [x for i, x in enumerate(items) if f"meetings[{mi}].{rtype.name}[{i}]" not in paths]
            dropped += len(items) - len(keep)
            setattr(m, rtype.name, keep)
    return dropped


def _up_to_date(out_file: Path, article_sha: str, run_id: str) -> dict[str, Any] | None:
    """The existing output when it was made from these bytes by this configuration."""
    try:
        doc = json.loads(out_file.read_text(encoding="utf-8"))
        prov = doc.get("provenance") or {}
    except (OSError, ValueError, AttributeError):
        return None  # missing or corrupt: redo
    if prov.get("article_sha256") == article_sha and prov.get("run_id") == run_id:
        return doc
    return None


class _Run:
    """One run over a folder: what every article's work and the ledger share."""

    def __init__(self, paths: Iterable[str | Path], out_dir: str | Path, extractor: Extractor):
        self.extractor = extractor
        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(self.out)
        self.files = discover(paths)
        # The file name is the article id and names the output: two files with one name
        # (a.txt and a.html, or sub1/a.txt and sub2/a.txt) would overwrite each other.
        by_id: dict[str, list[Path]] = {}
        for f in self.files:
            by_id.setdefault(f.stem, []).append(f)
        self.clashes = {k: v for k, v in by_id.items() if len(v) > 1}
        self.summary = RunSummary(extractor.run_id, str(self.out))
        self.previous = read_ledger(self.out)
        self.started = time.time()
        self.config = {**extractor.backend.describe(), "prompt_version": extractor.prompt_version,
                       "options": asdict(extractor.options)}
        self.last_write = 0.0

    async def work(self, path: Path) -> ArticleResult:
        """One article, from its file to its output; never raises for the article's sake."""
        if path.stem in self.clashes:
            names = ", ".join(str(p) for p in self.clashes[path.stem])
            return ArticleResult(path.stem, str(path), Status.failed,
                                 error=f"article id {path.stem!r} is shared by {names}: rename them apart")
        try:
            async with cpu_turn(keep=True):  # its prompt follows in the same stretch
                article = read_article(path)
        except ArticleError as exc:
            return ArticleResult(path.stem, str(path), Status.failed, error=f"unreadable article: {exc}")
        except OSError as exc:
            return ArticleResult(path.stem, str(path), Status.failed, error=f"cannot read file: {exc}")
        try:
            extraction, result = await self.extractor.aextract(article)
        except ArticleFailed as exc:
            return exc.result
        target = record_path(self.out, article.id)
        try:
            # in a worker thread: the fsync must not stop the event loop
            await asyncio.to_thread(atomic_write_json, target, extraction)
        except OSError as exc:  # disk full, permissions: this article fails, the run goes on
            result.fail(f"cannot write {target}: {exc}")
        return result

    def scan(self, done: Callable[[ArticleResult], None]) -> list[Path]:
        """Reports the articles whose outputs are up to date; returns the others."""
        pending = []
        for path in self.files:
            force = self.extractor.options.force or path.stem in self.clashes
            skipped = None if force else self.skipped(path)
            if skipped is None:
                pending.append(path)
            else:
                done(skipped)
        return pending

    def skipped(self, path: Path) -> ArticleResult | None:
        """The result of an article whose output is up to date (made from these bytes by
        this configuration), found from the bytes alone: nothing is decoded or detected."""
        try:
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None  # reported by the read that follows
        done = _up_to_date(record_path(self.out, path.stem), sha, self.extractor.run_id)
        if done is None:
            return None
        # Counted from the file: a run killed after writing it may never have recorded it.
        return ArticleResult(path.stem, str(path), Status.skipped, language=done.get("language"),
                             article_sha256=sha, records=count_records(done.get("meetings", [])))

    def record(self, result: ArticleResult) -> None:
        self.summary.results.append(result)
        # run.json is rewritten as the run goes (so a killed run still says what it
        # did) but at most every 2 s: rewriting it per article is quadratic at scale.
        if time.monotonic() - self.last_write >= 2.0:
            self.write(finished=False)

    def write(self, finished: bool) -> None:
        if finished:
            self.summary.results.sort(key=lambda r: r.article_id)
        write_ledger(self.out, self.summary, self.config, self.started, self.previous, finished=finished)
        self.last_write = time.monotonic()


def request_slots(backend: Backend, concurrency: int) -> int:
    """Model requests in flight: ``-j``, and no more than the backend serves at once."""
    return max(1, min(concurrency, backend.parallelism or concurrency))


async def arun_extraction(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    backend: Backend,
    options: ExtractOptions | None = None,
    *,
    cache: ResponseCache | None = None,
    on_result: Callable[[ArticleResult], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> RunSummary:
    """Extract every article under ``paths`` into ``out_dir``; never raises per article.

    Runs on the caller's event loop: ``options.concurrency`` model requests in flight
    (bounded by what the backend serves at once) and twice as many articles in progress
    (one more for a backend answering in worker threads, whose answers take seconds),
    so that while every request waits on the model the next articles are read and
    prompted and answered ones are validated and written. Cancelled (Ctrl-C under
    ``run_extraction``), or when ``on_result`` raises, it starts no new article, lets
    those under way finish and be written, writes run.json and raises. The backend's
    async client stays open for later calls on this loop (``await backend.aclose()``).
    """
    extractor = Extractor(backend, options, cache)
    budget = budget_for(extractor.options.max_cost, extractor.prices,
                        [backend, *(extractor.cascade.backends if extractor.cascade else [])])
    run = _Run(paths, out_dir, extractor)
    if on_total:
        on_total(len(run.files))

    def done(result: ArticleResult) -> None:
        run.record(result)
        if on_result:
            on_result(result)

    slots = request_slots(backend, extractor.options.concurrency)
    workers = 2 * slots if backend.parallelism is None else slots + 1
    token = REQUEST_LIMIT.set(asyncio.Semaphore(slots))
    lane = CPU_LANE.set(CpuLane())
    budget_token = BUDGET.set(budget)
    finished = False
    try:
        pending = run.scan(done)
        if pending:  # one-time costs, paid only when an article needs the model
            warm_up(backend)
        run.started = time.time()  # run.json's wall time: after the scan and the warm-up
        await run_bounded(pending, run.work, workers=workers, on_done=done)
        finished = True
    finally:
        REQUEST_LIMIT.reset(token)
        CPU_LANE.reset(lane)
        BUDGET.reset(budget_token)
        if extractor.cascade is not None:
            await extractor.cascade.aclose()
        await asyncio.to_thread(extractor.cache.flush)  # the run's log is written when it returns
        run.summary.budget = budget.report() if budget is not None else None
        run.write(finished=finished)
    return run.summary


def run_extraction(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    backend: Backend,
    options: ExtractOptions | None = None,
    *,
    cache: ResponseCache | None = None,
    on_result: Callable[[ArticleResult], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> RunSummary:
    """:func:`arun_extraction` on an event loop of its own, for synchronous callers.

    Ctrl-C: the articles under way finish and are written, run.json says what was done,
    and KeyboardInterrupt is raised; a re-run resumes with the rest.
    """

    async def main() -> RunSummary:
        try:
            return await arun_extraction(paths, out_dir, backend, options, cache=cache,
                                         on_result=on_result, on_total=on_total)
        finally:
            await backend.aclose()

    return run_sync(main())
