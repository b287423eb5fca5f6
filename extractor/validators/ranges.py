"""Range checks on single records, and cross-field checks within one meeting.

* a share of a whole lies in 0-100 %; a percentage *of plan*, of an estimate, of last
  year, or a growth rate may exceed 100, so only a real share is an error;
* a part is not larger than its whole (``value <= out_of``);
* dates are real calendar dates, periods run forwards, deadlines are not before
  the meeting;
* a directive's issuer is one of the meeting's attendees; a meeting with named
  attendees has a chair.
"""

from __future__ import annotations

import re

from extractor.grounding import normalize
from extractor.numbers.dates import is_year, periods
from extractor.schemas.dates import parse_date
from extractor.validators.context import ArticleContext, fmt, is_percent_unit

# Percentages that compare with something else may pass 100 (or go below 0).
_RELATIVE = re.compile(
    r"grow|growth|increas|rise|rose|decreas|declin|drop|fall|fell|reduc|change|compar|"
    r"year[- ]on[- ]year|\byoy\b|y/y|relative|versus|\bvs\b|plan|target|goal|estimat|"
    r"forecast|scenario|exceed|surpass|overfulfil|complet|fulfil|achiev|implement|"
    r"index|same period|previous|last year|prior|budget|disburs|progress|speed|pace|"
    r"over\b|above|ratio to|times",
    re.IGNORECASE,
)
# Percentages that are a part of a whole and so lie in 0-100.
_SHARE = re.compile(
    r"share|proportion|rate|ratio|coverage|percentage of|percent of|portion|fraction|"
    r"accounting for|of (?:all|total|the)|poverty|literacy|employment|enrol",
    re.IGNORECASE,
)

def share_kind(indicator: str) -> str:
    if _RELATIVE.search(indicator):
        return "relative"
    if _SHARE.search(indicator):
        return "share"
    return "unknown"


def check_kpi_ranges(ctx: ArticleContext) -> None:
    for i, meeting in enumerate(ctx.extraction.meetings):
        for j, kpi in enumerate(meeting.kpis):
            path = f"meetings[{i}].kpis[{j}]"
            if is_percent_unit(kpi.unit):
                kind = share_kind(kpi.indicator or "")
                if kpi.value > 100 or kpi.value < 0:
                    if kind == "share":
                        ctx.add("share_out_of_range", "error", f"{path}.value",
                                f"'{kpi.indicator}' is a share of a whole but value is "
                                f"{fmt(kpi.value)} %, outside 0-100")
                    elif kind == "unknown":
                        ctx.add("percent_out_of_range", "warning", f"{path}.value",
                                f"{fmt(kpi.value)} % is outside 0-100: right only for a "
                                f"growth rate or a percentage of plan, and "
                                f"'{kpi.indicator}' does not say which")
            if kpi.out_of is not None:
                if kpi.out_of <= 0:
                    ctx.add("bad_out_of", "error", f"{path}.out_of",
                            f"out_of must be a positive whole, got {fmt(kpi.out_of)}")
                elif kpi.value > kpi.out_of + 1e-9:
                    ctx.add("value_exceeds_out_of", "error", f"{path}.value",
                            f"value {fmt(kpi.value)} is larger than its whole "
                            f"out_of {fmt(kpi.out_of)}")
            if kpi.period:
                _check_period(ctx, f"{path}.period", kpi.period)


def _check_period(ctx: ArticleContext, path: str, period: str) -> None:
    for start, end, written_end in periods(period):
        if end < start:
            ctx.add("period_backwards", "error", path,
                    f"period '{period}' ends ({written_end}) before it starts ({start[0]})")


def check_dates(ctx: ArticleContext) -> None:
    years = {int(r) for m in ctx.mentions for r in m.readings[:1]
             if is_year(r, other_calendars=False)}
    for i, meeting in enumerate(ctx.extraction.meetings):
        held = parse_date(meeting.date)
        if held is None and meeting.date is not None:
            ctx.add("bad_date", "error", f"meetings[{i}].date",
                    f"'{meeting.date}' is not a real date in YYYY-MM-DD form")
        for j, directive in enumerate(meeting.directives):
            path = f"meetings[{i}].directives[{j}].deadline"
            deadline = parse_date(directive.deadline)
            if deadline is None:
                if directive.deadline is not None:
                    ctx.add("bad_date", "error", path,
                            f"'{directive.deadline}' is not a real date in YYYY-MM-DD form")
                continue
            if held is not None and deadline < held:
                ctx.add("deadline_before_meeting", "error", path,
                        f"deadline {deadline.isoformat()} is before the meeting "
                        f"({held.isoformat()})")
            if years and deadline.year not in years:
                ctx.add("deadline_not_in_article", "warning", path,
                        f"the article never mentions the year {deadline.year} of deadline "
                        f"{deadline.isoformat()}")


def check_people(ctx: ArticleContext) -> None:
    from rapidfuzz import fuzz

    for i, meeting in enumerate(ctx.extraction.meetings):
        names = [(p.name, p.name_in_text) for p in meeting.attendees]
        # Normalized once per meeting: every directive's issuer is compared with them all.
        known = {normalize(x) for pair in names for x in pair if x}
        normalized_names = [normalize(n) for n, _ in names]
        if meeting.attendees and not any(
            getattr(p.role, "value", p.role) == "chair" for p in meeting.attendees
        ):
            ctx.add("no_chair", "warning", f"meetings[{i}].attendees",
                    "the meeting has named attendees but none is marked as chair")
        seen: dict[str, int] = {}
        for j, person in enumerate(meeting.attendees):
            key = normalize(person.name)
            if key in seen:
                ctx.add("duplicate_attendee", "warning", f"meetings[{i}].attendees[{j}]",
                        f"{person.name!r} is listed twice (also attendees[{seen[key]}])")
            seen.setdefault(key, j)
        for j, directive in enumerate(meeting.directives):
            issuer = directive.issuer
            if not issuer:
                continue
            path = f"meetings[{i}].directives[{j}].issuer"
            wanted = normalize(issuer)
            if wanted in known:
                continue
            best = max((fuzz.token_set_ratio(wanted, n) for n in normalized_names), default=0)
            if best >= 90:
                ctx.add("issuer_spelling", "warning", path,
                        f"issuer {issuer!r} is spelled differently from the attendee list")
            else:
                listed = ", ".join(n for n, _ in names) or "none"
                ctx.add("issuer_not_attendee", "error", path,
                        f"issuer {issuer!r} is not among the meeting's attendees ({listed})")
