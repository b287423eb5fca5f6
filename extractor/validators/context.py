"""What every check needs about one article: its figures, sentences and quote spans.

Parsing and grounding are cached per article text, so validating many records (or
re-validating a re-asked answer) reads the article once.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from extractor.grounding import ground
from extractor.languages import normalise_code
from extractor.numbers import NumberMention, find_numbers, numbers_in_span
from extractor.numbers.locale_data import SUPPORTED_LANGUAGES, has_conventions
from extractor.schemas import KPI, ArticleExtraction, Finding, Grounding, MatchStatus

PERCENT_UNITS = {"%", "percent", "per cent", "percentage", "pct", "pp", "p.p.",
                 "percentage point", "percentage points", "% points", "%-points"}

_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟…])\s+|\n+")


def is_point_unit(unit: str | None) -> bool:
    """Percentage points: often written "2 điểm phần trăm", "2 p.p.", without a % sign."""
    u = (unit or "").strip().casefold()
    return u in ("pp", "p.p.", "pps", "% points", "%-points") or "point" in u


def is_percent_unit(unit: str | None) -> bool:
    if not unit:
        return False
    u = unit.strip().casefold()
    return u in PERCENT_UNITS or u.startswith("%") or "percent" in u


def norm_unit(unit: str | None) -> str:
    u = (unit or "").strip().casefold()
    if is_percent_unit(u):
        return "%"
    return u[:-1] if u.endswith("s") and len(u) > 3 else u


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def half_unit(value: float, mention: NumberMention | None = None) -> float:
    """Half a unit of the last digit the figure was written with (its rounding error)."""
    if mention is not None:
        for reading, digits in zip(mention.readings, mention.fraction_digits, strict=False):
            if close(reading, abs(value)):
                return 0.5 * 10.0**-digits
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return 0.5 * 10.0 ** min(0, int(exponent))


def fmt(value: float) -> str:
    """A figure as a person writes it: 3312, 6.52, 1e+09 -> 1000000000."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.10g}"


def fmt_scale(scale: float) -> str:
    if scale == 1:
        return ""
    exp = math.log10(scale)
    return f" (x1e{int(exp)})" if close(exp, round(exp)) else f" (x{fmt(scale)})"


def language_of(code: str | None) -> str | None:
    """The language whose number conventions read the article; None for all of them
    (a language CLDR does not describe)."""
    code = normalise_code(code)
    if code is None:
        return None
    return code if code in SUPPORTED_LANGUAGES or has_conventions(code) else None


@lru_cache(maxsize=4096)
def _ground_cached(quote: str, text: str) -> Grounding:
    return ground(quote, text)


def locate_quote(quote: str | None, stored: Grounding | None, text: str) -> Grounding:
    """The span of ``quote``: the stored grounding when it still fits, else ground it.

    A stored span is trusted only if the text there is the quote itself (exact) --
    a record edited after grounding (or a mutated one) is grounded again.
    """
    if not quote:
        return Grounding(status=MatchStatus.not_found)
    if (
        stored is not None
        and stored.start is not None
        and stored.end is not None
        and stored.status == MatchStatus.exact
        and text[stored.start : stored.end] == quote
    ):
        return stored
    return _ground_cached(quote, text)


@dataclass
class FigureMatch:
    """How a KPI's figure relates to the figures of its quote."""

    path: str
    kpi: KPI
    quote: Grounding
    mentions: list[NumberMention]  # figures inside the quote
    match: NumberMention | None = None  # the figure that reads back to value at scale
    candidates: list[NumberMention] = field(default_factory=list)  # every figure that does
    value_only: list[NumberMention] = field(default_factory=list)  # value fits, scale/% not


@dataclass
class ArticleContext:
    text: str
    language: str | None
    extraction: ArticleExtraction
    findings: list[Finding] = field(default_factory=list)
    figures: list[FigureMatch] = field(default_factory=list)
    mentions: list[NumberMention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions = find_numbers(self.text, self.language)

    @property
    def grounded(self) -> list[FigureMatch]:
        """KPIs whose figure was found inside a quote located in the article."""
        return [f for f in self.figures if f.match is not None and f.quote.start is not None]

    def in_span(self, start: int, end: int) -> list[NumberMention]:
        return numbers_in_span(self.text, start, end, self.language)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        starts, ends = sentence_spans(self.text)
        i = bisect.bisect_right(starts, pos) - 1
        return (starts[i], ends[i]) if i >= 0 else (0, len(self.text))

    def add(self, code: str, severity: str, path: str, message: str,
            span: tuple[int, int] | None = None) -> None:
        self.findings.append(
            Finding(code=code, severity=severity, path=path, message=message, span=span)
        )

    def any_reading(self, value: float, scale: float = 1.0, within: tuple[int, int] | None = None) -> NumberMention | None:
        """A figure of the article (or of ``within``) that reads ``value`` at ``scale``."""
        pool = self.in_span(*within) if within else self.mentions
        for m in pool:
            if fits(m, value, scale):
                return m
        return None


def share_out_figures(figures: list[FigureMatch]) -> None:
    """Give KPIs that read the same value from one quote different figures of it.

    "przekraczając 69% ... co stanowi wzrost o 69%": two KPIs quoting the whole
    sentence both fit the first 69 %; the second KPI takes the second one, so that
    one figure of the text is one fact.
    """
    claimed: dict[tuple[int, int], FigureMatch] = {}
    for f in figures:
        if f.match is None or f.quote.start is None:
            continue
        if f.match.span not in claimed:
            claimed[f.match.span] = f
            continue
        free = next((c for c in f.candidates if c.span not in claimed), None)
        if free is not None:
            f.match = free
            claimed[free.span] = f


@lru_cache(maxsize=256)
@lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    starts = [0]
    ends = []
    for m in _SENTENCE_END.finditer(text):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    return tuple(starts), tuple(ends)


def value_fits(m: NumberMention, value: float) -> bool:
    return _close_any(abs(value), m.readings)


def _close_any(x: float, values: tuple[float, ...]) -> bool:
    """``any(close(x, v) for v in values)`` without a generator and a call per value:
    coverage and the validators ask it ~100,000 times per 200 articles."""
    isclose = math.isclose
    for v in values:  # noqa: SIM110 - any() over a generator is the slower form
        if x == v or isclose(x, v, rel_tol=1e-9, abs_tol=1e-9):
            return True
    return False


def fits(m: NumberMention, value: float, scale: float) -> bool:
    """``value`` at ``scale`` is what ``m`` says: same digits and scale word, or same
    magnitude written with another scale (1.299 x1e9 for "1 299 mln")."""
    if _close_any(abs(value), m.readings):
        if m.scales and _close_any(scale, m.scales):
            return True
        if not m.scales and close(scale, 1.0):
            return True
    return _close_any(abs(value) * scale, m.absolute)
