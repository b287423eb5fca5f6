"""Arithmetic across the KPIs of one article.

Grounding proves each value is *some* figure of its quote; these checks catch a value
taken from the wrong figure of a quote that holds several, and records that contradict
each other:

* parts of one whole (KPIs sharing ``out_of``) do not sum past it;
* a count and its share of one total (118 villages = 89.4 %, 21 villages = 15.9 %)
  imply the same total, within the rounding of the written share;
* a level and its change (14,963 bn in 2023, up 23 % on 2020) agree with the other
  level when the article gives it;
* a stated total agrees with the whole its parts are counted against, and with the
  parts written after it in brackets ("56 units (53 communes, 3 wards)");
* one figure of the text is not claimed by two different indicators while a figure of
  the same kind in their quotes is left unclaimed.

Every tolerance comes from how the figures are written: a share written ``89.4`` may be
anything in [89.35, 89.45).
"""

from __future__ import annotations

import re
from collections import defaultdict

from extractor.validators.context import (
    ArticleContext,
    FigureMatch,
    close,
    fmt,
    half_unit,
    is_percent_unit,
    norm_unit,
)
from extractor.validators.ranges import share_kind

_CHANGE = re.compile(r"grow|growth|increas|rise|rose|up\b|decreas|declin|drop|fall|fell|"
                     r"reduc|change|compar|higher|lower", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TOTAL = re.compile(r"\b(?:total|all|overall|whole)\b", re.IGNORECASE)


def _exact(f: FigureMatch) -> bool:
    q = getattr(f.kpi.qualifier, "value", f.kpi.qualifier)
    return q in (None, "exact") and (f.match is None or f.match.qualifier is None)


def _period(f: FigureMatch) -> str:
    return " ".join((f.kpi.period or "").casefold().split())


def _names(f: FigureMatch) -> frozenset[str]:
    """Proper names in an indicator ("criteria met by Muong Min commune"): its subject."""
    words = re.findall(r"[^\W\d_][\w'-]*", f.kpi.indicator or "")
    return frozenset(w for w in words[1:] if w[0].isupper())


def one_subject(members: list[FigureMatch]) -> bool:
    """Records provably about one whole: distinct measures, no two different named subjects.

    The same indicator twice is the same measure of two subjects (five communes, each
    "meeting x of 19 criteria"), and two indicators naming different places or bodies
    are about different subjects: neither is a breakdown of one whole.
    """
    keys = [_indicator_key(f) for f in members]
    if len(set(keys)) < len(keys):
        return False
    named = {n for n in (_names(f) for f in members) if n}
    return len(named) <= 1


def _by_sentence(ctx: ArticleContext, members: list[FigureMatch]) -> list[list[FigureMatch]]:
    """Grounded members grouped by the sentence their figure stands in."""
    groups: dict[tuple[int, int], list[FigureMatch]] = defaultdict(list)
    for f in members:
        if f.match is not None and f.quote.start is not None:
            groups[ctx.sentence_of(f.match.span[0])].append(f)
    return list(groups.values())


def check_parts_of_whole(ctx: ArticleContext) -> None:
    """Parts of ONE whole -- same sentence, same subject -- do not sum past it.

    Records that merely share a denominator (each commune "meeting x of 19 criteria")
    are not combined: nothing proves they split one whole.
    """
    groups: dict[tuple, list[FigureMatch]] = defaultdict(list)
    for f in ctx.figures:
        if f.kpi.out_of is not None and f.kpi.out_of > 0:
            groups[(f.kpi.out_of, norm_unit(f.kpi.unit), _period(f))].append(f)
    for (whole, unit, period), shared in groups.items():
        for members in _by_sentence(ctx, shared):
            _total_vs_whole(ctx, whole, unit, period, members)
            if len(members) < 2 or any(close(f.kpi.value, whole) for f in members):
                continue  # a part equal to the whole means the others are its subsets
            if not one_subject(members):
                continue
            _sum_parts(ctx, whole, unit, members)


def _sum_parts(ctx: ArticleContext, whole: float, unit: str, members: list[FigureMatch]) -> None:
    seen: set = set()
    parts = []
    for f in members:  # one figure of the text counted once
        if f.match.span not in seen:
            seen.add(f.match.span)
            parts.append(f)
    total = sum(f.kpi.value for f in parts)
    if total > whole + 1e-9:
        biggest = max(parts, key=lambda f: f.kpi.value)
        listing = " + ".join(f"{fmt(f.kpi.value)} ({f.path})" for f in parts)
        ctx.add("parts_exceed_whole", "error", f"{biggest.path}.value",
                f"parts of one whole of {fmt(whole)} {unit} sum past it: "
                f"{listing} = {fmt(total)}")


def _total_vs_whole(ctx: ArticleContext, whole: float, unit: str, period: str,
                    members: list[FigureMatch]) -> None:
    """A stated total of the same sentence agrees with the whole its parts count against."""
    sentence = ctx.sentence_of(members[0].match.span[0])
    for f in ctx.grounded:
        if f.kpi.out_of is not None or norm_unit(f.kpi.unit) != unit or _period(f) != period:
            continue
        if not sentence[0] <= f.match.span[0] < sentence[1]:
            continue
        if not _TOTAL.search(f.kpi.indicator or "") or close(f.kpi.value, whole):
            continue
        if not one_subject([f, members[0]]):
            continue
        ctx.add("parts_total_mismatch", "error", f"{f.path}.value",
                f"the total is {fmt(f.kpi.value)} {unit} but {members[0].path} counts its part "
                f"out of {fmt(whole)}")


# --------------------------------------------------------------------------- breakdowns

# "(w tym 9 wsi ...)": the parts that follow are a subset, not the whole breakdown.
_INCLUDING = re.compile(
    r"\(\s*(?:w tym|including|incl\.?|of which|у тому числі|в тому числі|в том числе|"
    r"بما في ذلك|منها|trong đó|herav|hvorav|darunter|davon|dont|de los cuales|dos quais|"
    r"waarvan|varav|z toho|din care|מתוכם|जिनमें|其中|うち|그중)",
    re.IGNORECASE,
)


def check_breakdowns(ctx: ArticleContext) -> None:
    """A total followed by its parts in brackets: "56 units (53 communes, 3 wards)".

    When records state the total and every part, the parts add up to the total (or,
    after "including", to no more than it).
    """
    by_span = {f.match.span: f for f in ctx.grounded}
    for total in ctx.grounded:
        end = total.match.span[1]
        head = ctx.text[end : end + 80]
        bracket = head.find("(")
        if bracket < 0 or any(c.isdigit() for c in head[:bracket]) or "." in head[:bracket]:
            continue
        start = end + bracket
        close_at = ctx.text.find(")", start)
        if close_at < 0 or close_at - start > 200:
            continue
        parts = [m for m in ctx.in_span(start, close_at)
                 if m.role not in ("date", "denominator") and not m.percent]
        if len(parts) < 2 or not all(m.span in by_span for m in parts):
            continue
        members = [by_span[m.span] for m in parts]
        added = sum(f.kpi.value * f.kpi.scale for f in members)
        whole = total.kpi.value * total.kpi.scale
        listing = " + ".join(f"{fmt(f.kpi.value)} ({f.path})" for f in members)
        if _INCLUDING.match(ctx.text, start):
            if added > whole + 1e-9:
                ctx.add("parts_total_mismatch", "error", f"{total.path}.value",
                        f"the parts {listing} = {fmt(added)} exceed the total {fmt(total.kpi.value)}")
        elif not close(added, whole):
            ctx.add("parts_total_mismatch", "error", f"{total.path}.value",
                    f"the total {fmt(total.kpi.value)} is broken down as {listing} = {fmt(added)}")


# --------------------------------------------------------------------------- count & share


def _pairs(ctx: ArticleContext) -> list[tuple[FigureMatch, FigureMatch]]:
    """(count, share) KPIs written side by side: "118 villages ..., i.e. 89.4 %"."""
    counts = [f for f in ctx.grounded if not is_percent_unit(f.kpi.unit)
              and not f.match.percent and f.kpi.value > 0 and _exact(f)]
    shares = [f for f in ctx.grounded if is_percent_unit(f.kpi.unit)
              and f.match.percent and 0 < f.kpi.value <= 100 and _exact(f)
              and share_kind(f.kpi.indicator or "") != "relative"]
    if not counts or not shares:
        return []
    starts = {id(m): i for i, m in enumerate(ctx.mentions)}
    pairs = []
    for s in shares:
        si = starts.get(id(s.match))
        if si is None:
            continue
        sentence = ctx.sentence_of(s.match.span[0])
        best = None
        for c in counts:
            ci = starts.get(id(c.match))
            if ci is None or ci >= si or c.match.span[0] < sentence[0]:
                continue
            between = [m for m in ctx.mentions[ci + 1 : si] if m.role not in ("denominator", "date")]
            if between or s.match.span[0] - c.match.span[1] > 80:
                continue
            best = c if best is None or ci > starts[id(best.match)] else best
        if best is not None:
            pairs.append((best, s))
    return pairs


def _implied_total(count: FigureMatch, share: FigureMatch) -> tuple[float, float]:
    c = count.kpi.value * count.kpi.scale
    h = half_unit(share.kpi.value, share.match)
    lo_share, hi_share = share.kpi.value - h, share.kpi.value + h
    return c * 100 / hi_share, (c * 100 / lo_share if lo_share > 0 else float("inf"))


def check_count_and_share(ctx: ArticleContext) -> None:
    by_unit: dict[str, list[tuple[FigureMatch, FigureMatch, tuple[float, float]]]] = defaultdict(list)
    for count, share in _pairs(ctx):
        lo, hi = _implied_total(count, share)
        whole = count.kpi.out_of
        if whole is not None and not lo - 1e-9 <= whole <= hi + 1e-9:
            ctx.add("share_count_mismatch", "error", f"{share.path}.value",
                    f"{fmt(count.kpi.value)} of {fmt(whole)} is "
                    f"{100 * count.kpi.value / whole:.2f} %, but the share is "
                    f"{fmt(share.kpi.value)} % ({count.path})")
        by_unit[norm_unit(count.kpi.unit)].append((count, share, (lo, hi)))
    for unit, all_items in by_unit.items():
        for items in _same_whole_pairs(ctx, all_items):
            _disagree(ctx, unit, items)


def _same_whole_pairs(ctx: ArticleContext, items: list) -> list[list]:
    """(count, share) pairs provably of one total: one sentence, one subject."""
    groups: dict[tuple[int, int], list] = defaultdict(list)
    for item in items:
        groups[ctx.sentence_of(item[1].match.span[0])].append(item)
    return [g for g in groups.values() if len(g) >= 2 and one_subject([c for c, _, _ in g])]


def _disagree(ctx: ArticleContext, unit: str, items: list) -> None:
    lo = max(r[0] for _, _, r in items)
    hi = min(r[1] for _, _, r in items)
    if lo <= hi + 1e-9:
        return
    described = "; ".join(
        f"{fmt(c.kpi.value)} = {fmt(s.kpi.value)} % gives {(r[0] + r[1]) / 2:.1f}"
        for c, s, r in items
    )
    last = items[-1]
    ctx.add("shares_disagree", "error", f"{last[1].path}.value",
            f"counts and shares of {unit} imply different totals: {described}")


# --------------------------------------------------------------------------- level & change


def _years_after(ctx: ArticleContext, f: FigureMatch) -> set[int]:
    start, end = ctx.sentence_of(f.match.span[0])
    return {int(m.readings[0]) for m in ctx.in_span(f.match.span[1], end)
            if m.readings and 1900 <= m.readings[0] <= 2100 and m.readings[0] == int(m.readings[0])}


def _topic(f: FigureMatch) -> str:
    words = _CHANGE.sub(" ", (f.kpi.indicator or "").casefold())
    return " ".join(w for w in re.split(r"\W+", words) if w and not w.isdigit())


def check_level_and_change(ctx: ArticleContext) -> None:
    from rapidfuzz import fuzz

    changes = [f for f in ctx.grounded if is_percent_unit(f.kpi.unit)
               and _CHANGE.search(f.kpi.indicator or "") and _exact(f)]
    levels = [f for f in ctx.grounded if not is_percent_unit(f.kpi.unit)
              and _exact(f)]
    for g in changes:
        sentence = ctx.sentence_of(g.match.span[0])
        here = [f for f in levels if sentence[0] <= f.match.span[0] < g.match.span[0]]
        if not here:
            continue
        level = max(here, key=lambda f: f.match.span[0])
        years = _years_after(ctx, g)
        for base in levels:
            if base is level or base.match is level.match:
                continue
            if norm_unit(base.kpi.unit) != norm_unit(level.kpi.unit):
                continue
            base_years = {int(y) for y in _YEAR.findall(base.kpi.period or "")}
            if len(base_years) != 1 or not base_years <= years:
                continue  # the base must be the one year the change is measured from
            if fuzz.token_set_ratio(_topic(base), _topic(level)) < 80:
                continue
            _compare(ctx, g, level, base)


def _compare(ctx: ArticleContext, g: FigureMatch, level: FigureMatch, base: FigureMatch) -> None:
    l1 = level.kpi.value * level.kpi.scale
    h1 = half_unit(level.kpi.value, level.match) * level.kpi.scale
    l0 = base.kpi.value * base.kpi.scale
    h0 = half_unit(base.kpi.value, base.match) * base.kpi.scale
    if l0 - h0 <= 0:
        return
    lo = ((l1 - h1) / (l0 + h0) - 1) * 100
    hi = ((l1 + h1) / (l0 - h0) - 1) * 100
    hg = half_unit(g.kpi.value, g.match)
    for change in (g.kpi.value, -g.kpi.value):  # "up 23 %" or "down 23 %"
        if change - hg <= hi + 1e-9 and change + hg >= lo - 1e-9:
            return
    ctx.add("level_change_mismatch", "error", f"{g.path}.value",
            f"{fmt(level.kpi.value)} ({level.path}) against {fmt(base.kpi.value)} "
            f"({base.path}) is a change of {(lo + hi) / 2:.1f} %, not {fmt(g.kpi.value)} %")


# --------------------------------------------------------------------------- claims


def _indicator_key(f: FigureMatch) -> str:
    return " ".join((f.kpi.indicator or "").casefold().split())


def check_claims(ctx: ArticleContext) -> None:
    claims: dict[tuple[int, int], list[FigureMatch]] = defaultdict(list)
    for f in ctx.grounded:
        claims[f.match.span].append(f)
    claimed = set(claims)
    for _span, fs in claims.items():
        if len({_indicator_key(f) for f in fs}) < 2:
            continue
        m = fs[0].match
        pool = {x.span: x for f in fs for x in f.mentions}
        spare = [x for x in pool.values() if x.span not in claimed and x.percent == m.percent
                 and (x.out_of is not None) == (m.out_of is not None)
                 and (m.out_of is None or set(x.out_of) & set(m.out_of))
                 and x.scales == m.scales and x.role not in ("denominator", "date")]
        if not spare:
            continue
        paths = ", ".join(f.path for f in fs)
        ctx.add("figure_claimed_twice", "error", f"{fs[-1].path}.value",
                f"{m.text.strip()!r} is the value of {len(fs)} different indicators ({paths}) "
                f"while {spare[0].text.strip()!r} in the same quote is nobody's", m.span)
