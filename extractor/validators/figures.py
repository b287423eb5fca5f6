"""Grounding checks: every quote, name and figure of a record is in the article.

A KPI passes when its evidence quote is found in the article and one figure inside
the quote reads back to ``value`` at ``scale`` (``3 312 mld`` = 3312 x 1e9), with a
percent sign exactly when the unit is a percentage. ``out_of`` and ``target`` must
be written somewhere in the article too.
"""

from __future__ import annotations

import re

from extractor.numbers import NumberMention, find_numbers
from extractor.numbers.words import written_in_words
from extractor.schemas import KPI, MatchStatus
from extractor.validators.context import (
    ArticleContext,
    FigureMatch,
    fits,
    fmt,
    fmt_scale,
    is_percent_unit,
    is_point_unit,
    locate_quote,
    value_fits,
)

# Style guides spell out small whole numbers ("four years", "żadna gmina"): a value
# this small that is not in digits may be in words, so it is only a warning.
SMALL_IN_WORDS = 10


def _quote_check(ctx: ArticleContext, path: str, quote: str | None, stored) -> object:
    g = locate_quote(quote, stored, ctx.text)
    span = (g.start, g.end) if g.start is not None else None
    if g.status == MatchStatus.not_found:
        ctx.add("quote_not_found", "error", f"{path}.evidence",
                f"the evidence quote is not in the article: {_short(quote)!r}")
    elif g.status == MatchStatus.fuzzy:
        ctx.add("quote_fuzzy", "warning", f"{path}.evidence",
                f"the evidence quote is not verbatim (similarity {g.score:.2f}); "
                f"closest text: {_short(ctx.text[g.start:g.end])!r}", span)
    return g


def _short(text: str | None, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _describe(mentions: list[NumberMention], limit: int = 6) -> str:
    parts = []
    for m in mentions[:limit]:
        parts.append(f"{m.text.strip()}{fmt_scale(m.scale) if m.scales else ''}")
    more = "" if len(mentions) <= limit else f" and {len(mentions) - limit} more"
    return ", ".join(parts) + more


def check_kpi(ctx: ArticleContext, path: str, kpi: KPI) -> FigureMatch:
    g = _quote_check(ctx, path, kpi.evidence, kpi.evidence_grounding)
    if g.start is not None:
        mentions = [m for m in ctx.in_span(g.start, g.end) if m.role != "date"]
        where = "the quote"
    else:  # not in the article: still read the quote itself
        mentions = [m for m in find_numbers(kpi.evidence or "", ctx.language) if m.role != "date"]
        where = "the (unfound) quote"
    fm = FigureMatch(path=path, kpi=kpi, quote=g, mentions=mentions)
    percent = is_percent_unit(kpi.unit)
    full = [m for m in mentions if fits(m, kpi.value, kpi.scale)]
    fm.value_only = [m for m in mentions if value_fits(m, kpi.value) and m not in full]
    same_kind = [m for m in full if m.percent == percent or is_point_unit(kpi.unit)]
    span = (g.start, g.end) if g.start is not None else None
    fm.candidates = same_kind
    if same_kind:
        fm.match = same_kind[0]
        _qualifier_check(ctx, path, kpi, fm.match)
        _ratio_check(ctx, path, kpi, fm.match)
    elif full:
        m = full[0]
        fm.match = m
        if percent:
            msg = (f"unit is '{kpi.unit}' but {where} gives {m.text.strip()!r} as a count, "
                   f"not a percentage")
        else:
            msg = (f"{where} gives {m.text.strip()!r} as a percentage but unit is "
                   f"'{kpi.unit}'")
        ctx.add("percent_mismatch", "error", f"{path}.unit", msg, m.span)
    elif fm.value_only:
        m = fm.value_only[0]
        written = f"{m.text.strip()}{fmt_scale(m.scale) if m.scales else ' (no scale word)'}"
        ctx.add("scale_mismatch", "error", f"{path}.scale",
                f"{where} says {written} but the record has value {fmt(kpi.value)} at "
                f"scale {fmt(kpi.scale)}", m.span)
    else:
        quote_text = ctx.text[g.start:g.end] if g.start is not None else (kpi.evidence or "")
        _not_in_digits(ctx, path, kpi, mentions, quote_text, where, span, percent)
    _other_figure(ctx, path, "out_of", kpi.out_of, kpi, fm)
    _other_figure(ctx, path, "target", kpi.target, kpi, fm)
    return fm


def _not_in_digits(ctx: ArticleContext, path: str, kpi: KPI, mentions: list[NumberMention],
                   quote_text: str, where: str, span, percent: bool) -> None:
    """The value is not among the quote's digits: in words (warning) or absent (error)."""
    value = kpi.value
    listed = f" ({_describe(mentions)})" if mentions else ""
    in_words = written_in_words(quote_text, value, ctx.language)
    # Zero is written as "none"/"żadna"/"жодна": unconfirmable, unless the quote gives
    # a figure that is none of the record's other fields (then it states that figure).
    if (value == 0 and not _unaccounted(kpi, mentions)) or in_words:
        ctx.add("value_unconfirmed", "warning", f"{path}.value",
                f"value {fmt(value)} is not written in digits in {where}{listed}; it may be "
                f"written in words and cannot be confirmed", span)
        return
    if in_words is None and (not mentions or _maybe_in_words(kpi, mentions, percent)):
        ctx.add("value_unconfirmed", "warning", f"{path}.value",
                f"value {fmt(value)} is not among the figures of {where}{listed}; it may be "
                f"written in words", span)
        return
    says = f"says {_describe(mentions)}" if mentions else "states no figure"
    ctx.add("value_not_in_quote", "error", f"{path}.value",
            f"{where} {says} but value is {fmt(value)}{fmt_scale(kpi.scale)}", span)


def _unaccounted(kpi: KPI, mentions: list[NumberMention]) -> list[NumberMention]:
    """Figures of the quote that are not the KPI's target, whole or period."""
    others = [v for v in (kpi.target, kpi.out_of) if v is not None]
    period = set(re.findall(r"\d+", kpi.period or ""))
    return [m for m in mentions
            if not any(value_fits(m, v) for v in others)
            and not any(fmt(r) in period for r in m.readings)]


def _maybe_in_words(kpi: KPI, mentions: list[NumberMention], percent: bool) -> bool:
    value = kpi.value
    if value != int(value) or not 0 <= value <= SMALL_IN_WORDS:
        return False
    if percent:
        return False  # a percentage is written in digits where the quote has digits
    # "x/34": the numerator of a whole stated in the quote is written in digits.
    return not (kpi.out_of is not None and any(
        m.out_of and any(abs(o - kpi.out_of) < 1e-9 for o in m.out_of) for m in mentions))


def _qualifier_check(ctx: ArticleContext, path: str, kpi: KPI, m: NumberMention) -> None:
    said = kpi.qualifier.value if hasattr(kpi.qualifier, "value") else str(kpi.qualifier)
    if m.qualifier and said != m.qualifier:
        ctx.add("qualifier_mismatch", "warning", f"{path}.qualifier",
                f"the article writes {m.qualifier_text!r} ({m.qualifier}) before "
                f"{m.text.strip()!r} but qualifier is '{said}'", m.span)


def _ratio_check(ctx: ArticleContext, path: str, kpi: KPI, m: NumberMention) -> None:
    """A figure written as a ratio ("30/40") gives the record its whole."""
    if kpi.out_of is None or m.role != "numerator" or not m.out_of:
        return
    if ctx.any_reading(kpi.out_of) is None:
        return  # reported as out_of_not_in_article
    if not any(abs(kpi.out_of - o) < 1e-9 for o in m.out_of):
        ctx.add("out_of_mismatch", "error", f"{path}.out_of",
                f"the quote writes {m.text.strip()}/{fmt(m.out_of[0])} but out_of is "
                f"{fmt(kpi.out_of)}", m.span)


def _other_figure(ctx: ArticleContext, path: str, field: str, value: float | None,
                  kpi: KPI, fm: FigureMatch) -> None:
    if value is None:
        return
    if any(fits(m, value, kpi.scale) or fits(m, value, 1.0) for m in fm.mentions):
        return
    if ctx.any_reading(value, kpi.scale) or ctx.any_reading(value, 1.0):
        return
    in_words = written_in_words(ctx.text, value, ctx.language)
    if in_words is None:
        in_words = value == int(value) and 0 <= value <= SMALL_IN_WORDS
    severity = "warning" if in_words else "error"
    tail = " in digits (it may be written in words)" if in_words else ""
    ctx.add(f"{field}_not_in_article", severity, f"{path}.{field}",
            f"{field} {fmt(value)} is not written anywhere in the article{tail}")


def check_names(ctx: ArticleContext) -> None:
    for i, meeting in enumerate(ctx.extraction.meetings):
        for j, person in enumerate(meeting.attendees):
            path = f"meetings[{i}].attendees[{j}]"
            g = locate_quote(person.name_in_text, person.name_grounding, ctx.text)
            if g.status == MatchStatus.not_found:
                ctx.add("name_not_found", "error", f"{path}.name_in_text",
                        f"{person.name_in_text!r} does not occur in the article")
            elif g.status == MatchStatus.fuzzy:
                ctx.add("name_fuzzy", "warning", f"{path}.name_in_text",
                        f"{person.name_in_text!r} is not in the article verbatim; closest: "
                        f"{ctx.text[g.start:g.end]!r}", (g.start, g.end))


def check_directive_quotes(ctx: ArticleContext) -> None:
    for i, meeting in enumerate(ctx.extraction.meetings):
        for j, directive in enumerate(meeting.directives):
            path = f"meetings[{i}].directives[{j}]"
            _quote_check(ctx, path, directive.evidence, directive.evidence_grounding)
