"""`extractor eval`: score a run directory against gold labels."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import app

_DIR = {"exists": True, "file_okay": False, "dir_okay": True, "readable": True}


@app.command("eval")
def eval_command(
    run_dir: Annotated[
        Path,
        typer.Argument(
            help="Directory of <article_id>.json records: a run's output or another "
            "annotator's labels.",
            **_DIR,
        ),
    ],
    gold: Annotated[Path, typer.Option(help="Directory of gold <article_id>.json.", **_DIR)] = Path(
        "corpus/gold"
    ),
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of tables.")
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            help="Another run to compare with: deltas and articles that got worse.", **_DIR
        ),
    ] = None,
    articles: Annotated[
        Path,
        typer.Option(
            help="Article texts by id, used to ground quotes that have no stored span.",
        ),
    ] = Path("corpus/articles"),
    tolerance: Annotated[
        float,
        typer.Option(help="Relative tolerance for numbers in the lenient field accuracy.", min=0),
    ] = 0.01,
    anls: Annotated[
        bool, typer.Option("--anls/--no-anls", help="Compute the ANLS* cross-check.")
    ] = True,
    by: Annotated[
        list[str] | None,
        typer.Option(
            help="Also break the scores down by this: 'language' (the article's language).",
            show_default=False,
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option(help="Exit with status 1 when the overall F1 is below this.", min=0, max=1),
    ] = None,
) -> None:
    """Precision, recall and F1 per record type and overall, per-field accuracy, ANLS*."""
    from extractor.eval import Tolerances, score_runs

    unknown = sorted(set(by or ()) - {"language"})
    if unknown:
        raise typer.BadParameter(f"cannot break down by {', '.join(unknown)}", param_hint="--by")
    by_language = "language" in (by or ())
    report = score_runs(
        run_dir,
        gold,
        articles_dir=articles if articles.is_dir() else None,
        tol=Tolerances(number_rel_lenient=tolerance),
        baseline_dir=baseline,
        anls=anls,
    )
    from extractor.cost import eval_cost
    from extractor.rundir import read_ledger

    cost = eval_cost(read_ledger(run_dir), report.overall.tp, report.overall.f1)
    if as_json:
        import json

        typer.echo(json.dumps({**report.to_dict(by_language), "cost": cost}, indent=2,
                              ensure_ascii=False))
    else:
        from extractor.eval.terminal import print_report

        print_report(report, by_language=by_language)
        if cost is not None:
            typer.echo(_cost_line(cost))
    if fail_under is not None and report.overall.f1 < fail_under:
        typer.echo(f"overall F1 {report.overall.f1:.4f} is below {fail_under}", err=True)
        raise typer.Exit(1)


def _cost_line(cost: dict) -> str:
    """The run's cost beside its scores (cost figures are null when a price was unknown)."""
    if cost["cost_usd"] is None:
        return "cost: unknown (a model had no price; see run.json)"
    per = cost["cost_per_correct_record_usd"]
    if cost["cost_usd"] == 0:
        return f"cost: $0 for {cost['correct_records']} correct records"
    line = f"cost: ${cost['cost_usd']:.6f} for {cost['correct_records']} correct records"
    if per is not None:
        line += f" (${per:.6f} each)"
    if cost["f1_per_usd"] is not None:
        line += f"; F1 per dollar {cost['f1_per_usd']:.4g}"
    return line
