"""`extractor agree`: agreement between two annotators' gold folders."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from extractor.cli.app import app

_DIR = {"exists": True, "file_okay": False, "dir_okay": True, "readable": True}


def _f(v: float | None) -> str:
    return "–" if v is None else f"{v:.3f}"


def _print(doc: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    rec = Table(title=f"Records: {doc['gold_a']} vs {doc['gold_b']} "
                f"({doc['articles_compared']} articles)", title_justify="left")
    for col in ("type", "F1", "both", "only A", "only B"):
        rec.add_column(col, justify="left" if col == "type" else "right")
    for t, r in doc["records"].items():
        rec.add_row(t, _f(r["f1"]), str(r["both"]), str(r["only_a"]), str(r["only_b"]))
    fields = Table(title="Fields of aligned records", title_justify="left")
    for col in ("field", "kind", "n", "exact", "within tol.", "kappa"):
        fields.add_column(col, justify="left" if col in ("field", "kind") else "right")
    for name, f in doc["fields"].items():
        fields.add_row(name, f["kind"], str(f["n"]), _f(f["exact"]), _f(f["within_tolerance"]),
                       _f(f.get("kappa")) if "kappa" in f else "")
    arts = Table(title="Articles", title_justify="left")
    for col in ("article", "record F1", "fields exact"):
        arts.add_column(col, justify="left" if col == "article" else "right")
    for aid, a in doc["articles"].items():
        n = sum(f["n"] for f in a["fields"].values())
        exact = sum(f["exact"] * f["n"] for f in a["fields"].values()) / n if n else None
        arts.add_row(aid, _f(a["records"]["overall"]["f1"]), _f(exact))
    for table in (rec, fields, arts):
        console.print(table)
    for side in ("a", "b"):
        if doc[f"only_in_{side}"]:
            console.print(f"only in {side.upper()}: {', '.join(doc[f'only_in_{side}'])}")


@app.command("agree")
def agree_command(
    gold_a: Annotated[Path, typer.Argument(help="One annotator's gold folder.", **_DIR)],
    gold_b: Annotated[Path, typer.Argument(help="The other annotator's gold folder.", **_DIR)],
    articles: Annotated[Path, typer.Option(help="Article texts by id.")] = Path("corpus/articles"),
    tolerance: Annotated[float, typer.Option(help="Relative tolerance for numbers.", min=0)] = 0.01,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Score two annotators' gold folders against each other, article by article.

    Record F1 per type and field agreement (Cohen's kappa for categorical fields, exact or within-tolerance agreement for numbers and dates)."""
    from extractor.eval import Tolerances
    from extractor.eval.agree import agreement

    doc = agreement(gold_a, gold_b, articles if articles.is_dir() else None,
                    Tolerances(number_rel_lenient=tolerance))
    if as_json:
        typer.echo(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        _print(doc)
