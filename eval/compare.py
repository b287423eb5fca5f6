"""Compare one article's predicted records with its gold records.

Child records (attendees, KPIs, directives) are flattened across the article's
meetings before alignment: a model that splits one meeting into two, or dates it
wrongly, still gets credit for the people and figures it found. Each record type
is aligned on its own similarity (see ``record_similarity``), and every matched
pair is compared field by field. Scores (``metrics``), terminal diffs and the HTML
review page are all views of the ``ArticleComparison`` built here, so they cannot
disagree with one another.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractor.eval.align import Alignment, align
from extractor.eval.similarity import (
    FIELD_KINDS,
    Span,
    Tolerances,
    canonical_unit,
    compare_field,
    dates_equal,
    evidence_similarity,
    gated,
    is_empty,
    list_similarity,
    numbers_close,
    text_similarity,
)
from extractor.grounding import ground
from extractor.schemas import ArticleExtraction, Grounding, MatchStatus, registry

# Names of the record types (schemas.registry), meetings first.
RECORD_TYPES: tuple[str, ...] = tuple(t.name for t in registry.RECORD_TYPES)


@dataclass(frozen=True)
class FlatRecord:
    """One record of an article, lifted out of its meeting."""

    type: str
    index: int  # position among the article's records of this type
    path: str  # where it sits in the file, e.g. 'meetings[0].kpis[3]'
    meeting: int
    data: dict[str, Any]  # the contract fields, JSON-shaped, without grounding
    span: Span | None = None  # where its quote sits in the article text, if known
    confidence: float | None = None  # the run's confidence in it (extractor.confidence)

    @property
    def label(self) -> str:
        d = self.data
        if self.type == "meetings":
            return f"{d.get('date') or '?'} {d.get('kind')}: {d.get('title')}"
        if self.type == "attendees":
            return f"{d.get('name')} ({d.get('role')})"
        if self.type == "kpis":
            value = d.get("value")
            scale = d.get("scale") or 1
            scale_txt = f" x{scale:g}" if scale != 1 else ""
            return f"{d.get('indicator')} = {value:g}{scale_txt} {d.get('unit')}"
        if self.type == "directives":
            return str(d.get("action"))
        # any other record type: its first text field
        return next((v for v in d.values() if isinstance(v, str) and v), self.path)


def _span_of(grounding: Grounding | None, quote: str | None, text: str | None) -> Span | None:
    """Span from the stored grounding; else ground the quote now if the text is known."""
    if (
        grounding is not None
        and grounding.start is not None
        and grounding.end is not None
        and grounding.status != MatchStatus.not_found
    ):
        return grounding.start, grounding.end
    if text is not None and quote:
        found = ground(quote, text)
        if found.start is not None and found.end is not None:
            return found.start, found.end
    return None


def flatten(extraction: ArticleExtraction | None, text: str | None) -> dict[str, list[FlatRecord]]:
    """All records of an article by type, in file order."""
    out: dict[str, list[FlatRecord]] = {t: [] for t in RECORD_TYPES}
    if extraction is None:
        return out
    for mi, meeting in enumerate(extraction.meetings):
        data = meeting.model_dump(mode="json", include={"kind", "title", "date", "location"})
        out["meetings"].append(FlatRecord("meetings", mi, f"meetings[{mi}]", mi, data,
                                          confidence=meeting.confidence))
        for rtype, ri, rec in registry.child_records(meeting):
            name, quote, grounding = rtype.name, rtype.quote_field, rtype.grounding_field
            span = (_span_of(getattr(rec, grounding), getattr(rec, quote), text)
                    if quote and grounding else None)
            out[name].append(
                FlatRecord(
                    name,
                    len(out[name]),
                    f"meetings[{mi}].{name}[{ri}]",
                    mi,
                    rec.model_dump(mode="json", exclude={grounding, "confidence"} - {None}),
                    span,
                    rec.confidence,
                )
            )
    return out


# ----------------------------------------------------------------------------- similarity
# Weights: no component may reach 1 - MATCH_THRESHOLD (0.5), so a pair differing in one
# field still aligns; see extractor.eval.similarity.


def _name_similarity(a: str | None, b: str | None) -> float:
    return gated(text_similarity(a, b), 0.7)


# Each takes (gold, pred, tol): schemas.registry names them per record type.
@registry.register_similarity("meetings")
def meeting_similarity(g: FlatRecord, p: FlatRecord, tol: Tolerances | None = None) -> float:
    gd, pd = g.data, p.data
    return (
        0.35 * dates_equal(gd.get("date"), pd.get("date"))
        + 0.25 * (gd.get("kind") == pd.get("kind"))
        + 0.20 * gated(text_similarity(gd.get("title"), pd.get("title")))
        + 0.20 * gated(text_similarity(gd.get("location"), pd.get("location")))
    )


@registry.register_similarity("attendees")
def attendee_similarity(g: FlatRecord, p: FlatRecord, tol: Tolerances | None = None) -> float:
    """By name: the normalised name, or the same mention in the article."""
    gd, pd = g.data, p.data
    if g.span is not None and p.span is not None:
        mention = evidence_similarity(None, g.span, None, p.span)
    else:
        mention = _name_similarity(gd.get("name_in_text"), pd.get("name_in_text"))
    identity = max(_name_similarity(gd.get("name"), pd.get("name")), mention)
    return (
        0.8 * identity
        + 0.1 * (gd.get("role") == pd.get("role"))
        + 0.1 * list_similarity(gd.get("titles") or [], pd.get("titles") or [])
    )


def _number_agreement(gd: dict[str, Any], pd: dict[str, Any], tol: Tolerances) -> float:
    """1 when the magnitudes agree, 0.5 when only the written number does (scale slip)."""
    gv, pv = gd.get("value"), pd.get("value")
    if gv is None or pv is None:
        return float(gv is None and pv is None)
    g_mag = gv * (gd.get("scale") or 1.0)
    p_mag = pv * (pd.get("scale") or 1.0)
    if numbers_close(g_mag, p_mag, tol.number_rel_lenient):
        return 1.0
    return 0.5 if numbers_close(gv, pv, tol.number_rel_lenient) else 0.0


@registry.register_similarity("kpis")
def kpi_similarity(g: FlatRecord, p: FlatRecord, tol: Tolerances) -> float:
    """Value, scale and unit first; indicator wording and evidence overlap decide ties."""
    gd, pd = g.data, p.data
    return (
        0.30 * _number_agreement(gd, pd, tol)
        + 0.15 * (canonical_unit(gd.get("unit")) == canonical_unit(pd.get("unit")))
        + 0.30 * gated(text_similarity(gd.get("indicator"), pd.get("indicator")))
        + 0.25 * evidence_similarity(gd.get("evidence"), g.span, pd.get("evidence"), p.span)
    )


@registry.register_similarity("directives")
def directive_similarity(g: FlatRecord, p: FlatRecord, tol: Tolerances | None = None) -> float:
    """Evidence overlap and action wording; issuer, addressee and deadline as support."""
    gd, pd = g.data, p.data
    return (
        0.35 * evidence_similarity(gd.get("evidence"), g.span, pd.get("evidence"), p.span)
        + 0.35 * gated(text_similarity(gd.get("action"), pd.get("action")))
        + 0.10 * _name_similarity(gd.get("issuer"), pd.get("issuer"))
        + 0.10 * gated(text_similarity(gd.get("addressee"), pd.get("addressee")))
        + 0.10 * dates_equal(gd.get("deadline"), pd.get("deadline"))
    )


def record_similarity(rtype: str, g: FlatRecord, p: FlatRecord, tol: Tolerances) -> float:
    """The registry's similarity of ``rtype``; an unknown type raises ``KeyError``."""
    sim = registry.record_type(rtype).similarity_fn(g, p, tol)
    # Rounded so that float noise in the weighted sums cannot flip a threshold test.
    return round(sim, 9)


# ----------------------------------------------------------------------------- comparison


@dataclass(frozen=True)
class FieldResult:
    field: str
    kind: str
    gold: Any
    pred: Any
    strict: bool
    lenient: bool


@dataclass(frozen=True)
class RecordPair:
    """A matched pair, or a gold record with no prediction, or the reverse."""

    type: str
    gold: FlatRecord | None
    pred: FlatRecord | None
    similarity: float | None = None
    fields: tuple[FieldResult, ...] = ()

    @property
    def status(self) -> str:
        if self.pred is None:
            return "missing"
        if self.gold is None:
            return "extra"
        return "matched" if all(f.strict for f in self.fields) else "mismatched"


def compare_fields(
    rtype: str, g: FlatRecord, p: FlatRecord, tol: Tolerances
) -> tuple[FieldResult, ...]:
    """Field-by-field verdicts; fields empty on both sides are not applicable and skipped."""
    results = []
    for name, kind in FIELD_KINDS[rtype].items():
        gv, pv = g.data.get(name), p.data.get(name)
        if is_empty(gv) and is_empty(pv):
            continue
        spans = (g.span, p.span) if kind == "quote" else (None, None)
        strict, lenient = compare_field(kind, gv, pv, tol, *spans)
        results.append(FieldResult(name, kind, gv, pv, strict, lenient))
    return tuple(results)


@dataclass
class ArticleComparison:
    article_id: str
    status: str  # 'scored' | 'missing_from_run' (all gold counts as missed)
    gold: ArticleExtraction | None
    pred: ArticleExtraction | None
    text: str | None
    gold_records: dict[str, list[FlatRecord]]
    pred_records: dict[str, list[FlatRecord]]
    alignments: dict[str, Alignment]
    pairs: list[RecordPair] = field(default_factory=list)

    def counts(self, rtype: str) -> tuple[int, int, int]:
        a = self.alignments[rtype]
        return a.tp, a.fp, a.fn


def compare_article(
    article_id: str,
    gold: ArticleExtraction | None,
    pred: ArticleExtraction | None,
    text: str | None = None,
    tol: Tolerances | None = None,
) -> ArticleComparison:
    """Align and compare one article. ``pred`` None means the run lacks the article."""
    tol = tol or Tolerances()
    gold_records, pred_records = flatten(gold, text), flatten(pred, text)
    alignments: dict[str, Alignment] = {}
    pairs: list[RecordPair] = []
    for rtype in RECORD_TYPES:
        gl, pl = gold_records[rtype], pred_records[rtype]
        al = align(
            gl, pl, lambda g, p, t=rtype: record_similarity(t, g, p, tol), tol.match_threshold
        )
        alignments[rtype] = al
        for gi, pi, sim in al.pairs:
            fields = compare_fields(rtype, gl[gi], pl[pi], tol)
            pairs.append(RecordPair(rtype, gl[gi], pl[pi], sim, fields))
        pairs.extend(RecordPair(rtype, gl[gi], None) for gi in al.missed)
        pairs.extend(RecordPair(rtype, None, pl[pi]) for pi in al.extra)
    return ArticleComparison(
        article_id=article_id,
        status="scored" if pred is not None else "missing_from_run",
        gold=gold,
        pred=pred,
        text=text,
        gold_records=gold_records,
        pred_records=pred_records,
        alignments=alignments,
        pairs=pairs,
    )
