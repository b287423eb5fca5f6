"""A second look: ask once more for the figures the first answer left out.

After a chunk's answer is accepted, :func:`plan_followup` compares it with the
figures of the chunk (:mod:`extractor.validators.coverage`). When KPI candidates are left
uncovered it builds one targeted request: a short instruction, only the sentences
that hold those figures, and the list of figures -- not the whole prompt, the field
guide and the first answer again. The answer (:class:`GleanDraft`, a list of KPIs)
goes through :func:`apply_followup`, which keeps a new KPI only when it reports a
figure of the list that no earlier KPI (first answer or follow-up) covers, so
nothing is counted twice, and adds it to the chunk's meeting.

``--glean N`` is the number of such rounds per chunk (default 1; 0 turns them off).
The pipeline makes the call (sync or async); this module only builds and merges.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

from extractor.backends.response_model import response_model
from extractor.concurrency import cpu_turn
from extractor.numbers import NumberMention
from extractor.schemas import ArticleExtraction, ExtractionDraft, KPIDraft, Meeting
from extractor.validators.context import fits, language_of, locate_quote
from extractor.validators.coverage import Coverage, Figure, classify, coverage

DEFAULT_ROUNDS = 1
MAX_FIGURES = 25  # one request lists at most this many figures

GLEAN_INSTRUCTION = (
    "You extract KPIs from a news article about a meeting. An earlier pass left out "
    "the figures listed below. For each listed figure that reports the locality's "
    "performance, situation or targets, return one KPI (indicator in short English, "
    "value as written without the scale word, unit, scale, qualifier, out_of, period, "
    "target, and evidence: a verbatim quote of the clause holding the figure). Skip a "
    "figure that is not such a KPI. Return only these new KPIs."
)


class GleanDraft(BaseModel):
    """New KPIs for figures an earlier answer left out."""

    kpis: list[KPIDraft] = Field(
        default_factory=list, description="One KPI per listed figure that is a KPI; none else."
    )


@dataclass
class Followup:
    """One planned follow-up request for a chunk."""

    messages: list[dict[str, str]]
    figures: list[Figure]  # the uncovered candidates it asks about (spans in the chunk)
    coverage: Coverage


@dataclass
class GleanReport:
    """What the second looks of one chunk did."""

    requests: int = 0
    prompt_tokens: int = 0
    asked: int = 0  # figures listed
    added: int = 0  # new KPIs kept
    dropped: int = 0  # answered KPIs that reported no listed figure (or one already taken)
    failed: int = 0  # follow-ups that got no usable answer (the first answer stands)
    errors: list[str] = field(default_factory=list)

    def add(self, other: GleanReport) -> None:
        for name in ("requests", "prompt_tokens", "asked", "added", "dropped", "failed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors


def draft_as_extraction(draft: ExtractionDraft, language: str | None) -> ArticleExtraction:
    return ArticleExtraction(
        article_id="chunk", language=language or "und",
        meetings=[Meeting.model_validate(m.model_dump()) for m in draft.meetings],
    )


def _uncovered(draft: ExtractionDraft, text: str, language: str | None) -> tuple[list[Figure], Coverage]:
    cov = coverage(draft_as_extraction(draft, language), text, language)
    spans = {tuple(u.span) for u in cov.uncovered}
    figures = [f for f in classify(text, language) if f.candidate and f.span in spans]
    return figures, cov


def plan_followup(draft: ExtractionDraft, text: str, language: str | None) -> Followup | None:
    """The follow-up request for ``text`` (a chunk), or None when nothing is uncovered.

    No follow-up for an answer without a meeting: there is nothing to add KPIs to.
    """
    if not draft.meetings:
        return None
    lang = language_of(language)
    figures, cov = _uncovered(draft, text, lang)
    if not figures:
        return None
    figures = figures[:MAX_FIGURES]
    return Followup(_messages(text, language, figures), figures, cov)


def _messages(text: str, language: str | None, figures: list[Figure]) -> list[dict[str, str]]:
    from extractor.validators.coverage import sentence_at

    sentences: list[tuple[int, int]] = []
    for f in figures:
        s = sentence_at(text, f.span[0])
        if s not in sentences:
            sentences.append(s)
    lines = [f"Article language: {language or 'unknown'}.", "", "Sentences:"]
    for k, (s, e) in enumerate(sentences, 1):
        lines.append(f"[{k}] {' '.join(text[s:e].split())}")
    lines += ["", "Figures left out:"]
    for f in figures:
        k = sentences.index(sentence_at(text, f.span[0])) + 1
        lines.append(f"- {f.mention.text.strip()} (sentence {k})")
    return [
        {"role": "system", "content": GLEAN_INSTRUCTION},
        {"role": "user", "content": "\n".join(lines)},
    ]


def _figure_of(kpi: KPIDraft, text: str, pool: list[NumberMention]) -> NumberMention | None:
    """The listed figure a new KPI reports: in its quote when the quote is in the text."""
    g = locate_quote(kpi.evidence, None, text)
    hits = [m for m in pool if fits(m, kpi.value, kpi.scale)]
    if g.start is not None:
        inside = [m for m in hits if g.start <= m.number_span[0] and m.number_span[1] <= g.end]
        hits = inside or hits
    return hits[0] if hits else None


def _unsound(kpi: KPIDraft, text: str, language: str | None) -> bool:
    """The new KPI has errors against the text that repair cannot fix: not added."""
    from extractor.validators.repair import errors_after_repair

    alone = ExtractionDraft.model_validate(
        {"meetings": [{"kind": "other", "title": "follow-up", "kpis": [kpi.model_dump()]}]})
    return bool(errors_after_repair(alone, text, language))


def apply_followup(draft: ExtractionDraft, followup: Followup, answer: GleanDraft | None,
                   text: str, language: str | None = None, verify: bool = True) -> tuple[int, int]:
    """Add the answer's new KPIs to ``draft`` in place; (added, dropped).

    A KPI is new when it reports one of the figures asked about that no KPI reports
    yet; each figure is taken once. With ``verify``, a KPI with validator errors that
    repair cannot fix is dropped (one unconfirmed record is not worth a re-ask). New
    KPIs go to the first meeting.
    """
    if answer is None or not draft.meetings:
        return 0, 0
    free = [f.mention for f in followup.figures]
    existing = [(k.value, k.scale) for m in draft.meetings for k in m.kpis]
    added = dropped = 0
    for kpi in answer.kpis:
        m = _figure_of(kpi, text, free)
        if m is None or any(fits(m, v, s) for v, s in existing) or \
                (verify and _unsound(kpi, text, language)):
            dropped += 1
            continue
        free.remove(m)
        draft.meetings[0].kpis.append(KPIDraft.model_validate(kpi.model_dump()))
        existing.append((kpi.value, kpi.scale))
        added += 1
    return added, dropped


# --------------------------------------------------------------------------- the calls

OnCall = Callable[[Any], None]  # told every CallStats spent (for the article's totals and log)


def _account(report: GleanReport, call: Any, on_call: OnCall | None) -> None:
    report.requests += call.requests
    report.prompt_tokens += call.prompt_tokens
    if on_call is not None:
        on_call(call)


def _after(report: GleanReport, draft: ExtractionDraft, plan: Followup, answer: Any, text: str,
           language: str | None) -> bool:
    """Merge one answer; False when the rounds should stop."""
    if answer is None:
        report.failed += 1
        return False
    added, dropped = apply_followup(draft, plan, answer, text, language)
    report.added += added
    report.dropped += dropped
    return added > 0


def _next_plan(report: GleanReport, draft: ExtractionDraft, text: str,
               language: str | None) -> Followup | None:
    """The next follow-up of one chunk, or None when no figure is left uncovered."""
    plan = plan_followup(draft, text, language)
    if plan is not None:
        report.asked += len(plan.figures)
    return plan


def _failed(report: GleanReport, exc: Any, on_call: OnCall | None) -> None:
    report.failed += 1
    report.errors.append(f"{type(exc).__name__}: {exc}")
    if exc.stats is not None:
        _account(report, exc.stats, on_call)


async def asecond_look(backend: Any, draft: ExtractionDraft, text: str, language: str | None, *,
                       rounds: int = DEFAULT_ROUNDS, on_call: OnCall | None = None) -> GleanReport:
    """Up to ``rounds`` follow-ups for one chunk (``backend.astructured``); ``draft`` grows.

    A failed follow-up never fails the chunk: its first answer stands.
    """
    from extractor.backends import BackendError
    from extractor.cost import BudgetExhausted

    report = GleanReport()
    for _ in range(max(0, rounds)):
        async with cpu_turn():
            plan = _next_plan(report, draft, text, language)
        if plan is None:
            break
        try:
            answer, call, _raw = await backend.astructured(plan.messages, response_model(GleanDraft),
                                                           max_reasks=0)
        except BackendError as exc:
            _failed(report, exc, on_call)
            if isinstance(exc, BudgetExhausted):  # the article stops: no answer stands
                raise
            break
        async with cpu_turn():
            _account(report, call, on_call)
            more = _after(report, draft, plan, answer, text, language)
        if not more:
            break
    return report
