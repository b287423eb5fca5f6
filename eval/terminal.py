"""Terminal rendering (rich) of eval reports and per-article diffs."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from extractor.eval.compare import RECORD_TYPES, ArticleComparison, FlatRecord, RecordPair
from extractor.eval.harness import RunComparison
from extractor.eval.metrics import EvalReport

_STATUS_STYLE = {
    "matched": "green",
    "mismatched": "yellow",
    "missing": "red",
    "extra": "magenta",
}


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _delta(value: float | None) -> Text:
    if value is None or abs(value) < 1e-9:
        return Text("·", style="dim")
    return Text(f"{value:+.3f}", style="green" if value > 0 else "red")


def language_table(report: EvalReport) -> Table:
    """P/R/F1 of all record types per article language, worst F1 first, each language
    followed by its record types."""
    table = Table(title="Records by article language", title_justify="left")
    for col in ("language", "articles", "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(col, justify="left" if col == "language" else "right")
    rows = sorted(report.per_language.items(), key=lambda kv: (kv[1].f1, kv[0]))
    for lang, s in rows:
        table.add_row(lang, str(report.language_articles.get(lang, 0)), *_prf_cells(s),
                      style="bold")
        for rtype, ts in report.language_types.get(lang, {}).items():
            if ts.tp + ts.fp + ts.fn:
                table.add_row(f"  {rtype}", "", *_prf_cells(ts))
    return table


def _prf_cells(s: Any) -> list[Any]:
    return [_pct(s.precision), _pct(s.recall), _pct(s.f1), str(s.tp), str(s.fp), str(s.fn)]


def confidence_table(report: EvalReport) -> Table | None:
    """AUROC, ECE and Brier of record confidence against rightness, per record type."""
    if not report.confidence.get("overall", {}).get("n"):
        return None
    table = Table(title="Record confidence against rightness", title_justify="left")
    for col in ("type", "n", "right", "AUROC", "ECE", "Brier"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for name, c in report.confidence.items():
        if c["n"]:
            table.add_row(name, str(c["n"]), str(c["right"]), _pct(c["auroc"]), _pct(c["ece"]),
                          _pct(c["brier"]), style="bold" if name == "overall" else None)
    return table


def report_renderables(report: EvalReport, by_language: bool = False) -> list[Any]:
    base = report.baseline
    prf = Table(title=f"Records: {report.run_dir} vs {report.gold_dir}", title_justify="left")
    for col in ("type", "precision", "recall", "F1", "TP", "FP", "FN", "ANLS*"):
        prf.add_column(col, justify="left" if col == "type" else "right")
    if base:
        prf.add_column("ΔF1", justify="right")
    rows = [(t, report.per_type[t], report.anls_star_per_type.get(t)) for t in RECORD_TYPES]
    rows.append(("overall (micro)", report.overall, report.anls_star))
    for name, s, anls in rows:
        cells: list[Any] = [
            name,
            _pct(s.precision),
            _pct(s.recall),
            _pct(s.f1),
            str(s.tp),
            str(s.fp),
            str(s.fn),
            _pct(anls),
        ]
        if base:
            d = base["overall"] if name.startswith("overall") else base["per_type"][name]
            cells.append(_delta(d["f1"]))
        prf.add_row(*cells, style="bold" if name.startswith("overall") else None)

    fields = Table(title="Fields of matched pairs (accuracy)", title_justify="left")
    for col in ("field", "n", "strict", "lenient"):
        fields.add_column(col, justify="left" if col == "field" else "right")
    if base:
        fields.add_column("Δlenient", justify="right")
    for key, fs in report.per_field.items():
        if fs.n == 0 and not base:
            continue
        cells = [key, str(fs.n), _pct(fs.strict), _pct(fs.lenient)]
        if base:
            cells.append(_delta(base["per_field"].get(key, {}).get("lenient")))
        fields.add_row(*cells)
    fo = report.field_overall
    fields.add_row("all fields", str(fo.n), _pct(fo.strict), _pct(fo.lenient), style="bold")
    tol = report.tolerances
    out: list[Any] = [
        prf,
        *([language_table(report)] if by_language else []),
        fields,
        *([conf] if (conf := confidence_table(report)) is not None else []),
        Text(
            f"numbers: strict exact, lenient within {tol.number_rel_lenient:.0%} relative; "
            f"dates exact; units normalized (lenient); text similarity >= {tol.text_lenient}, "
            f"names >= {tol.name_lenient}; match threshold {tol.match_threshold}",
            style="dim",
        ),
    ]
    missing = [a for a, s in report.articles.items() if s.status == "missing_from_run"]
    if missing:
        out.append(Text(f"Not in the run (scored as all missed): {', '.join(missing)}", "red"))
    if report.unscored_articles:
        out.append(
            Text(f"In the run but not in gold (not scored): {', '.join(report.unscored_articles)}")
        )
    for name, err in report.errors.items():
        out.append(Text(f"skipped {name}: {err}", style="yellow"))
    if base:
        out.append(_worse_table(base))
    return out


def _worse_table(base: dict[str, Any]) -> Any:
    worse = base["worse_articles"]
    if not worse:
        return Text(f"No article got worse than {base['run_dir']}.", style="green")
    table = Table(title=f"Articles worse than {base['run_dir']}", title_justify="left")
    for col in ("article", "F1 before", "F1 after", "fields before", "fields after"):
        table.add_column(col, justify="left" if col == "article" else "right")
    for row in worse:
        table.add_row(
            row["article_id"],
            _pct(row["f1_before"]),
            _pct(row["f1_after"]),
            _pct(row["field_accuracy_before"]),
            _pct(row["field_accuracy_after"]),
        )
    return table


def print_report(
    report: EvalReport, console: Console | None = None, by_language: bool = False
) -> None:
    console = console or Console()
    for item in report_renderables(report, by_language):
        console.print(item)


# ----------------------------------------------------------------------------- diff


def _record_text(rec: FlatRecord | None) -> str:
    if rec is None:
        return "—"
    return f"{rec.path}\n{rec.label}"


def _pair_rows(pair: RecordPair) -> list[tuple[str, str, str]]:
    """(label, gold, predicted) rows: the record, then each field that differs."""
    rows = [(pair.type, _record_text(pair.gold), _record_text(pair.pred))]
    for fr in pair.fields:
        if fr.strict:
            continue
        mark = "≈" if fr.lenient else "≠"  # lenient-equal, or wrong in both variants
        rows.append((f"  {mark} {fr.field}", _fmt(fr.gold), _fmt(fr.pred)))
    return rows


def _fmt(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return "; ".join(map(str, value)) or "[]"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def article_renderable(comp: ArticleComparison, show_matched: bool = False) -> Panel:
    counts = {s: 0 for s in _STATUS_STYLE}
    for p in comp.pairs:
        counts[p.status] += 1
    summary = ", ".join(
        f"[{_STATUS_STYLE[s]}]{n} {s}[/]" for s, n in counts.items() if n or s == "matched"
    )
    table = Table(expand=True)
    table.add_column("status", no_wrap=True)
    table.add_column("record / field", no_wrap=True)
    table.add_column("gold", ratio=1)
    table.add_column("predicted", ratio=1)
    for pair in comp.pairs:
        if pair.status == "matched" and not show_matched:
            continue
        rows = _pair_rows(pair)
        # One table row per line of the comparison, so a wrapped value never pushes
        # a field name out of line with its values; a section rule ends each record.
        for i, (label, gold, pred) in enumerate(rows):
            status = Text(pair.status, style=_STATUS_STYLE[pair.status]) if i == 0 else ""
            table.add_row(
                status, Text(label), Text(gold), Text(pred), end_section=i == len(rows) - 1
            )
    note = " [red](not in the run)[/]" if comp.status == "missing_from_run" else ""
    body: Any = table if table.row_count else Text("no differences", style="green")
    # Records the run corrected from their own quotes (severity info, code 'repaired').
    repairs = [Text(f"{f.path}: {f.message}", style="cyan")
               for f in (comp.pred.findings if comp.pred is not None else [])
               if f.severity == "info"]
    return Panel(
        Group(Text.from_markup(summary), body, *repairs),
        title=f"[bold]{escape(comp.article_id)}[/]{note}",
        title_align="left",
    )


def print_diff(
    rc: RunComparison, console: Console | None = None, show_matched: bool = False
) -> None:
    console = console or Console()
    for comp in rc.comparisons:
        console.print(article_renderable(comp, show_matched))
    if rc.unscored:
        console.print(f"In the run but not in gold (no diff): {', '.join(rc.unscored)}")
    for name, err in rc.errors.items():
        console.print(Text(f"skipped {name}: {err}", style="yellow"))
