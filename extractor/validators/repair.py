"""Repair before re-ask: correct a KPI whose own quote settles what it must say.

A re-ask costs a whole request. Often it is not needed: the record's grounded quote
holds exactly one figure the KPI can be about, and the record differs from that
figure only in

* ``value`` -- one digit off ("3412" for "3 312"), or the separators read the other
  way ("652" for "6,52", "14.963" for "14,963");
* ``scale`` -- the scale word dropped, or read a thousand times too large;
* ``qualifier`` -- the quote writes "ponad"/"أكثر من" before the figure, the record
  says exact;
* ``out_of`` -- the figure is written as a ratio ``4/34`` and the record has another
  whole (or none).

Then :func:`repair_extraction` corrects the record in place and returns one finding
per change: severity ``info``, code ``repaired``, ``old -> new`` in the message.

Never a guess: nothing is repaired when the quote is not located verbatim in the
article, or when the quote holds more than one figure the KPI could be about (of its
kind -- percentage or count -- and not its whole, target, period or a date), or when
that figure is not a plausible misreading of what the record says (a value from
another sentence is a wrong quote, which only the model can fix).
"""

from __future__ import annotations

import re

from extractor.numbers import NumberMention, numbers_in_span
from extractor.schemas import (
    KPI,
    ArticleExtraction,
    ExtractionDraft,
    Finding,
    MatchStatus,
    Meeting,
    Qualifier,
)
from extractor.validators import validate_extraction
from extractor.validators.context import (
    close,
    fits,
    fmt,
    is_percent_unit,
    is_point_unit,
    language_of,
    locate_quote,
    value_fits,
)

REPAIRED = "repaired"


def _digits(value: float) -> str:
    return fmt(abs(value)).replace(".", "").lstrip("0") or "0"


def _one_digit_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _misreading(kpi: KPI, m: NumberMention) -> tuple[float, float] | None:
    """(value, scale) the figure ``m`` gives when the record plausibly misread it."""
    scale = m.scale if m.scales else 1.0
    reading = m.readings[0]
    if value_fits(m, kpi.value):  # right digits, wrong scale (dropped, or x1000)
        return (kpi.value, scale) if not close(kpi.scale, scale) else None
    ratio = (kpi.value * kpi.scale) / (reading * scale) if reading else 0.0
    if ratio and any(close(ratio, 1000.0 ** k) for k in (-2, -1, 1, 2)) \
            and _digits(kpi.value) == _digits(reading):
        return reading, scale  # the same digits at another scale
    if _digits(kpi.value) in {_digits(r) for r in m.readings}:
        return reading, scale  # separators read the other way: 652 for 6,52
    if _one_digit_off(_digits(kpi.value), _digits(reading)) and len(_digits(reading)) >= 2 \
            and len(fmt(abs(kpi.value))) == len(fmt(reading)):
        return reading, scale  # one digit changed (of two or more: one digit is no evidence)
    return None


def _period_years(kpi: KPI) -> set[str]:
    return set(re.findall(r"\d{4}", kpi.period or ""))


def _eligible(kpi: KPI, mentions: list[NumberMention], text: str,
              language: str | None) -> list[NumberMention]:
    """Figures of the quote the KPI's value can be: of its kind, none of its other fields,
    and a KPI candidate at all (not a year, a date, a duration, a document number)."""
    from extractor.validators.coverage import non_kpi_reason

    percent = is_percent_unit(kpi.unit)
    others = [v for v in (kpi.out_of, kpi.target) if v is not None]
    years = _period_years(kpi)
    out = []
    for m in mentions:
        if m.role in ("date", "denominator"):
            continue
        if m.percent != percent and not is_point_unit(kpi.unit):
            continue
        if any(value_fits(m, v) for v in others):
            continue
        if fmt(m.readings[0]) in years and not m.scales and not m.percent:
            continue
        if non_kpi_reason(m, text, language) is not None:
            continue
        out.append(m)
    return out


def _qualifier_of(kpi: KPI) -> str:
    return getattr(kpi.qualifier, "value", str(kpi.qualifier))


def repair_kpi(kpi: KPI, text: str, language: str | None) -> list[str]:
    """Correct ``kpi`` in place from its quote; the changes as ``field: old -> new``."""
    g = locate_quote(kpi.evidence, kpi.evidence_grounding, text)
    if g.start is None or g.status not in (MatchStatus.exact, MatchStatus.normalized):
        return []
    mentions = numbers_in_span(text, g.start, g.end, language)
    eligible = _eligible(kpi, mentions, text, language)
    if len(eligible) != 1:
        return []
    m = eligible[0]
    changes: list[str] = []
    if not fits(m, kpi.value, kpi.scale):
        fixed = _misreading(kpi, m)
        if fixed is None:
            return []
        value, scale = fixed
        if not close(value, kpi.value):
            changes.append(f"value: {fmt(kpi.value)} -> {fmt(value)}")
            kpi.value = value
        if not close(scale, kpi.scale):
            changes.append(f"scale: {fmt(kpi.scale)} -> {fmt(scale)}")
            kpi.scale = scale
    if m.qualifier and _qualifier_of(kpi) != m.qualifier:
        changes.append(f"qualifier: {_qualifier_of(kpi)} -> {m.qualifier}")
        kpi.qualifier = Qualifier(m.qualifier)
    if m.role == "numerator" and m.out_of and (
            kpi.out_of is None or not any(close(kpi.out_of, o) for o in m.out_of)):
        old = "null" if kpi.out_of is None else fmt(kpi.out_of)
        changes.append(f"out_of: {old} -> {fmt(m.out_of[0])}")
        kpi.out_of = m.out_of[0]
    return changes


def repair_extraction(extraction: ArticleExtraction, text: str,
                      language: str | None = None) -> list[Finding]:
    """Repair every KPI of ``extraction`` that its quote settles; one info finding each.

    The records are changed in place; grounding fields are left as they are (the
    quote itself never changes).
    """
    lang = language_of(language or extraction.language)
    findings: list[Finding] = []
    for i, meeting in enumerate(extraction.meetings):
        for j, kpi in enumerate(meeting.kpis):
            changes = repair_kpi(kpi, text, lang)
            if changes:
                findings.append(Finding(
                    code=REPAIRED, severity="info", path=f"meetings[{i}].kpis[{j}]",
                    message="repaired from its quote: " + "; ".join(changes),
                    span=None if kpi.evidence_grounding is None or kpi.evidence_grounding.start is None
                    else (kpi.evidence_grounding.start, kpi.evidence_grounding.end),
                ))
    return findings


def errors_after_repair(draft: ExtractionDraft, text: str, language: str | None,
                        findings: list[Finding] | None = None) -> list[Finding]:
    """The validator errors of ``draft`` against ``text`` that repair cannot fix.

    What a re-ask must send back: a record the quote settles is repaired later (in
    the final check), so it never costs a request. ``findings``: the draft's findings
    when already computed.
    """
    def as_extraction() -> ArticleExtraction:
        return ArticleExtraction(
            article_id="draft", language=language or "und",
            meetings=[Meeting.model_validate(m.model_dump()) for m in draft.meetings],
        )

    if findings is None:
        findings = validate_extraction(as_extraction(), text, language)
    if not any(f.severity == "error" for f in findings):
        return []
    extraction = as_extraction()
    if not repair_extraction(extraction, text, language):
        return [f for f in findings if f.severity == "error"]
    return [f for f in validate_extraction(extraction, text, language) if f.severity == "error"]
