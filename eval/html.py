"""One self-contained HTML review page for a run compared with gold.

Each article shows its text with every record's evidence highlighted (colour =
missing, extra, mismatched or matched; dotted underline = the prediction's quote)
beside the records, gold and predicted side by side. Clicking a record jumps to its
highlight and the reverse; prev/next buttons, the side list and the arrow keys move
between articles.

Everything taken from articles or records goes through ``html.escape``: an
article containing ``<script>`` shows it as text. The page inlines its CSS and
JavaScript (``review.css``, ``review.js`` beside this module) and loads nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from importlib.resources import files
from typing import Any

from extractor.eval.compare import ArticleComparison, FlatRecord, RecordPair
from extractor.eval.harness import RunComparison
from extractor.eval.metrics import EvalReport, score_comparisons

# When highlights overlap, the segment shows the most alarming status.
_PRIORITY = {"missing": 3, "extra": 2, "mismatched": 1, "matched": 0}
STATUSES = tuple(_PRIORITY)


def _asset(name: str) -> str:
    return files("extractor.eval").joinpath(name).read_text(encoding="utf-8")


def record_ref(side: str, rec: FlatRecord) -> str:
    """The id linking a record to its highlights: ``g-kpis-3`` (gold) or ``p-kpis-3``."""
    return f"{side}-{rec.type}-{rec.index}"


@dataclass(frozen=True)
class Segment:
    """A piece ``text[start:end]`` covered by the evidence of the records ``refs``."""

    start: int
    end: int
    status: str  # the most alarming status among the covering records
    pred_only: bool  # only the prediction quotes it (dotted underline)
    refs: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "status": self.status,
            "pred_only": self.pred_only,
            "refs": list(self.refs),
        }


def highlight_segments(text: str, pairs: list[RecordPair]) -> list[Segment]:
    """The highlighted pieces of ``text``, in order (unhighlighted gaps left out).

    Spans may overlap (gold and prediction usually quote the same sentence), so the
    text is cut at every span boundary and each piece lists all records covering it.
    The review app sends these to the browser, which builds the same marks as
    ``highlight_text`` with DOM text nodes.
    """
    spans: list[tuple[int, int, str, str, str]] = []  # start, end, ref, status, side
    for pair in pairs:
        for side, rec in (("g", pair.gold), ("p", pair.pred)):
            if rec is not None and rec.span is not None:
                start, end = max(0, rec.span[0]), min(len(text), rec.span[1])
                if end > start:
                    spans.append((start, end, record_ref(side, rec), pair.status, side))
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in spans if s[0] <= a and s[1] >= b]
        if covering:
            status = max((s[3] for s in covering), key=_PRIORITY.__getitem__)
            pred_only = {s[4] for s in covering} == {"p"}
            out.append(Segment(a, b, status, pred_only, tuple(sorted({s[2] for s in covering}))))
    return out


def highlight_text(text: str, pairs: list[RecordPair]) -> str:
    """Escaped article text with ``<mark>`` segments for every grounded record."""
    out: list[str] = []
    pos = 0
    for seg in highlight_segments(text, pairs):
        out.append(escape(text[pos : seg.start]))
        cls = f"hl st-{seg.status}" + (" side-pred" if seg.pred_only else "")
        piece = escape(text[seg.start : seg.end])
        out.append(f'<mark class="{cls}" data-refs="{" ".join(seg.refs)}">{piece}</mark>')
        pos = seg.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _value(value: Any) -> str:
    if value is None:
        return '<span class="empty">null</span>'
    if isinstance(value, list):
        return escape("; ".join(map(str, value))) if value else '<span class="empty">[]</span>'
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return escape(str(value))


def _fields(rec: FlatRecord | None, verdicts: dict[str, str]) -> str:
    if rec is None:
        return '<span class="empty">—</span>'
    rows = []
    for name, value in rec.data.items():
        cls = verdicts.get(name, "")
        rows.append(f'<dt>{escape(name)}</dt><dd class="{cls}">{_value(value)}</dd>')
    return f'<span class="path">{escape(rec.path)}</span><dl class="fields">{"".join(rows)}</dl>'


def field_verdicts(pair: RecordPair) -> dict[str, str]:
    """CSS class per compared field: '' equal, 'near' lenient-equal only, 'ne' different."""
    return {f.field: ("" if f.strict else "near" if f.lenient else "ne") for f in pair.fields}


def pair_refs(pair: RecordPair) -> list[str]:
    return [record_ref(s, r) for s, r in (("g", pair.gold), ("p", pair.pred)) if r is not None]


def _pair_row(pair: RecordPair) -> str:
    verdicts = field_verdicts(pair)
    refs = " ".join(pair_refs(pair))
    sim = "" if pair.similarity is None else f' title="similarity {pair.similarity:.2f}"'
    return (
        f'<tr class="rec status-{pair.status}" data-refs="{refs}" data-type="{pair.type}"{sim}>'
        f'<td class="status"><span>{pair.status}</span><span class="rtype">{pair.type}</span></td>'
        f"<td>{_fields(pair.gold, verdicts)}</td><td>{_fields(pair.pred, verdicts)}</td></tr>"
    )


def _counts(comp: ArticleComparison) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for p in comp.pairs:
        counts[p.status] += 1
    return counts


def _badges(counts: dict[str, int]) -> str:
    return "".join(
        f'<span class="badge {s}" title="{s}">{n}</span>' for s, n in counts.items() if n
    )


def _section(i: int, total: int, comp: ArticleComparison, f1: float | None) -> str:
    text_html = (
        f'<pre class="article-text">{highlight_text(comp.text, comp.pairs)}</pre>'
        if comp.text is not None
        else '<p class="no-text">Article text not found: no highlights.</p>'
    )
    order = {"missing": 0, "extra": 1, "mismatched": 2, "matched": 3}
    rows = sorted(comp.pairs, key=lambda p: (order[p.status], p.type))
    note = " (not in the run)" if comp.status == "missing_from_run" else ""
    f1_txt = "" if f1 is None else f"F1 {f1:.3f} · "
    prev_dis = " disabled" if i == 0 else ""
    next_dis = " disabled" if i == total - 1 else ""
    return (
        f'<section class="article" id="art-{i}" data-article="{escape(comp.article_id)}">'
        "<header>"
        f'<button class="nav prev" type="button"{prev_dis}>← prev</button>'
        f"<h2>{escape(comp.article_id)}{note}</h2>"
        f'<span class="pos">{i + 1} / {total}</span>'
        f'<button class="nav next" type="button"{next_dis}>next →</button>'
        f'<span class="scores">{f1_txt}{_badges(_counts(comp))}</span>'
        "</header>"
        '<div class="cols">'
        f'<div class="text-col">{text_html}</div>'
        '<div class="records-col"><table class="recs">'
        "<thead><tr><th>status</th><th>gold</th><th>predicted</th></tr></thead>"
        f"<tbody>{''.join(_pair_row(p) for p in rows)}</tbody></table></div>"
        "</div></section>"
    )


def render_html(
    rc: RunComparison, report: EvalReport | None = None, title: str | None = None
) -> str:
    """The review page for ``rc`` (from ``compare_runs``/``diff_articles``) as a string."""
    report = report or score_comparisons(rc.comparisons)
    title = title or f"Review: {rc.run.path} vs {rc.gold.path}"
    total = len(rc.comparisons)
    nav_items, sections = [], []
    for i, comp in enumerate(rc.comparisons):
        score = report.articles.get(comp.article_id)
        f1 = score.overall.f1 if score else None
        f1_txt = "" if f1 is None else f" · F1 {f1:.2f}"
        nav_items.append(
            f'<li><a href="#art-{i}" data-index="{i}">{escape(comp.article_id)}'
            f'<span class="badges">{_badges(_counts(comp))}{f1_txt}</span></a></li>'
        )
        sections.append(_section(i, total, comp, f1))
    legend = "".join(f'<span class="badge {s}">{s}</span>' for s in STATUSES)
    overall = report.overall
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_asset('review.css')}</style></head><body>"
        f'<nav id="articles"><h1>{total} article{"" if total == 1 else "s"}</h1>'
        f'<p class="run">{escape(str(rc.run.path))} vs {escape(str(rc.gold.path))}<br>'
        f"P {overall.precision:.3f} · R {overall.recall:.3f} · F1 {overall.f1:.3f}</p>"
        f'<p class="legend">{legend}<br>dotted underline: only the prediction quotes it</p>'
        '<label class="toggle"><input type="checkbox" id="hide-matched"> hide matched records</label>'
        f"<ol>{''.join(nav_items)}</ol></nav>"
        f"<main>{''.join(sections) or '<p>No gold articles.</p>'}</main>"
        f"<script>{_asset('review.js')}</script></body></html>"
    )
