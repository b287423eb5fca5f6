"""`extractor calibrate`: fit the confidence calibration of a model and prompt version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from extractor.cli.app import app, failure, usage_error

_DIR = {"exists": True, "file_okay": False, "dir_okay": True, "readable": True}


@app.command("calibrate")
def calibrate_command(
    runs: Annotated[list[Path], typer.Argument(help="Run directories of one model and prompt "
                                               "version.", **_DIR)],
    gold: Annotated[Path, typer.Option(help="Directory of gold <article_id>.json.", **_DIR)] = Path(
        "corpus/gold"),
    articles: Annotated[Path, typer.Option(help="Article texts by id.")] = Path("corpus/articles"),
    method: Annotated[str, typer.Option(help="logistic (over the signals) or isotonic (over "
                                        "the uncalibrated score).")] = "logistic",
    seed: Annotated[int, typer.Option(help="Seed of the fit.")] = 0,
    store: Annotated[Path | None, typer.Option(
        help="Calibration directory (default: $EXTRACTOR_CALIBRATIONS or "
        "~/.cache/extractor/calibrations).", file_okay=False, show_default=False)] = None,
    apply: Annotated[bool, typer.Option("--apply", help="Also rewrite the runs' records "
                                        "with calibrated confidences.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Fit a calibration of record confidence on runs against gold.

    It is stored where later runs and the review app find it (by model and prompt version)."""
    from extractor.confidence import calibrate_runs, rescore_run, save_calibration

    if method not in ("logistic", "isotonic"):
        raise usage_error(f"unknown method {method!r} (logistic, isotonic)", "--method")
    try:
        cal, samples = calibrate_runs(runs, gold, articles if articles.is_dir() else None,
                                      method=method, seed=seed)
    except ValueError as exc:
        raise failure(str(exc)) from None
    path = save_calibration(cal, store)
    rewritten = sum(rescore_run(r, cal) for r in runs) if apply else 0
    doc = {"calibration": cal.id, "path": str(path), "model": cal.model,
           "prompt_version": cal.prompt_version, "method": cal.method,
           "records": len(samples), "right": sum(s.right for s in samples),
           "rewritten_articles": rewritten}
    if as_json:
        typer.echo(json.dumps(doc, indent=2))
        return
    typer.echo(f"calibration {cal.id} ({cal.method}) for {cal.model} / {cal.prompt_version}: "
               f"{doc['records']} records, {doc['right']} right -> {path}")
    if apply:
        typer.echo(f"rewrote the confidences of {rewritten} article(s)")
