"""Cross-check every record of an article against the article's own text.

``validate_extraction(extraction, text)`` returns :class:`~extractor.schemas.Finding`
objects; ``error_messages(findings)`` renders the errors as the short, article-based
reasons sent back to the model in a re-ask.

Severity: **error** when the record certainly disagrees with the article (the quote is
not there, the quote says 3 312 and the value is 3 412, parts sum past their whole);
**warning** when it cannot be confirmed (the figure may be written in words, the quote
only approximately matches).

Finding codes
-------------
Grounding (:mod:`.figures`): ``quote_not_found``, ``quote_fuzzy``, ``value_not_in_quote``,
``value_unconfirmed``, ``scale_mismatch``, ``percent_mismatch``, ``qualifier_mismatch``,
``out_of_not_in_article``, ``target_not_in_article``, ``name_not_found``, ``name_fuzzy``.
Ranges and fields (:mod:`.ranges`): ``share_out_of_range``, ``percent_out_of_range``,
``bad_out_of``, ``value_exceeds_out_of``, ``period_backwards``, ``bad_date``,
``deadline_before_meeting``, ``deadline_not_in_article``, ``issuer_not_attendee``,
``issuer_spelling``, ``no_chair``, ``duplicate_attendee``.
Arithmetic (:mod:`.arithmetic`): ``parts_exceed_whole``, ``parts_total_mismatch``,
``share_count_mismatch``, ``shares_disagree``, ``level_change_mismatch``,
``figure_claimed_twice``.
"""

from __future__ import annotations

from collections.abc import Iterable

from extractor.schemas import ArticleExtraction, Finding
from extractor.validators import arithmetic, figures, ranges
from extractor.validators.context import ArticleContext, language_of, share_out_figures

__all__ = ["validate_extraction", "error_messages", "count_by_severity"]


def validate_extraction(
    extraction: ArticleExtraction, text: str, language: str | None = None
) -> list[Finding]:
    """All findings about ``extraction`` read against its article ``text``.

    Grounding fields are used when they still match the text and recomputed when they
    are missing or stale; the record is not modified. ``language`` overrides
    ``extraction.language`` (ISO 639-1) for reading numbers.
    """
    ctx = ArticleContext(
        text=text,
        language=language_of(language or extraction.language),
        extraction=extraction,
    )
    for i, meeting in enumerate(extraction.meetings):
        for j, kpi in enumerate(meeting.kpis):
            ctx.figures.append(figures.check_kpi(ctx, f"meetings[{i}].kpis[{j}]", kpi))
    share_out_figures(ctx.figures)
    figures.check_names(ctx)
    figures.check_directive_quotes(ctx)
    ranges.check_kpi_ranges(ctx)
    ranges.check_dates(ctx)
    ranges.check_people(ctx)
    arithmetic.check_parts_of_whole(ctx)
    arithmetic.check_breakdowns(ctx)
    arithmetic.check_count_and_share(ctx)
    arithmetic.check_level_and_change(ctx)
    arithmetic.check_claims(ctx)
    return ctx.findings


def error_messages(findings: Iterable[Finding], limit: int = 20) -> str:
    """The errors as one line each, ``path: reason``, for a re-ask to the model.

    Warnings are left out: the model cannot fix what the article does not settle.
    """
    lines: list[str] = []
    for f in findings:
        if f.severity != "error":
            continue
        line = f"{f.path}: {f.message}"
        if line not in lines:
            lines.append(line)
    if len(lines) > limit:
        lines = lines[:limit] + [f"... and {len(lines) - limit} more errors"]
    return "\n".join(lines)


def count_by_severity(findings: Iterable[Finding]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for f in findings:
        if f.severity == "error":
            errors += 1
        else:
            warnings += 1
    return errors, warnings
