"""`extract`'s money flags (--price, --max-cost) and cascade flags (--escalate-*).

Only typer and the standard library at import (``--help`` must stay fast).
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from typing import Annotated, Any

import typer

_COST = "Cost and cascade"

#: exit code of a run that the budget stopped before every article was done
EXIT_BUDGET = 3


def _prices(values: list[str] | None) -> list[str] | None:
    from extractor.cost import parse_price

    for value in values or ():
        try:
            parse_price(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    return values


def _share(value: float | None) -> float | None:
    if value is not None and not 0 <= value <= 1:
        raise typer.BadParameter(f"{value} is not between 0 and 1")
    return value


def _count(value: int | None) -> int | None:
    if value is not None and value < 0:
        raise typer.BadParameter(f"{value} is less than 0")
    return value


def _usd(value: float | None) -> float | None:
    if value is not None and value < 0:
        raise typer.BadParameter(f"{value} is negative")
    return value


PriceOption = Annotated[list[str] | None, typer.Option(
    "--price", metavar="MODEL=IN:OUT", callback=_prices, rich_help_panel=_COST, show_default=False,
    help="Price of MODEL in USD per million input and output tokens (repeatable). Default: "
    "genai-prices' list price; the embedded model costs 0; a model with neither costs null.")]
MaxCostOption = Annotated[float | None, typer.Option(
    "--max-cost", metavar="USD", callback=_usd, rich_help_panel=_COST,
    help="Start no request whose estimated cost (prompt plus output bound) would take the "
    "run past USD; the articles left over are done by the next run (exit code 3).")]
EscalateToOption = Annotated[list[str] | None, typer.Option(
    "--escalate-to", metavar="MODEL", rich_help_panel=_COST, show_default=False,
    help="A stronger model for chunks whose answer still has errors or uncovered figures "
    "(repeatable, in order; same server unless --escalate-base-url).")]
EscalateBaseUrlOption = Annotated[str | None, typer.Option(
    "--escalate-base-url", metavar="URL", rich_help_panel=_COST,
    help="Server of the --escalate-to models (its key from $OPENAI_API_KEY).")]
EscalateBelowOption = Annotated[float | None, typer.Option(
    "--escalate-below", metavar="P", callback=_share, rich_help_panel=_COST,
    help="Also escalate a chunk with a record whose confidence is below P.")]
ReasksBeforeOption = Annotated[int | None, typer.Option(
    "--cheap-reasks", metavar="N", callback=_count, rich_help_panel=_COST,
    help="Re-asks of a model before its chunk goes on to the next --escalate-to model. "
    "Default: 1 (see docs/cost.md).")]


def cost_options(price: list[str] | None, max_cost: float | None, escalate_to: list[str] | None,
                 escalate_base_url: str | None, escalate_below: float | None,
                 reasks_before_escalating: int | None) -> dict[str, Any]:
    """The ExtractOptions fields these flags set (None: not given)."""
    from extractor.cost import parse_price

    prices = tuple(map(parse_price, price or ()))
    return {"prices": prices or None, "max_cost": max_cost,
            "escalate_to": tuple(escalate_to) if escalate_to else None,
            "escalate_base_url": escalate_base_url, "escalate_below": escalate_below,
            "reasks_before_escalating": reasks_before_escalating}


@contextlib.contextmanager
def cost_warnings(console: Any) -> Iterator[None]:
    """Print each missing-price warning once, as one ``warning:`` line on stderr."""
    from extractor.cost import CostWarning

    with warnings.catch_warnings():
        warnings.simplefilter("always", CostWarning)
        previous = warnings.showwarning

        def show(message: Any, category: type[Warning], *args: Any, **kwargs: Any) -> None:
            if issubclass(category, CostWarning):
                console.print(f"warning: {message}", markup=False, highlight=False)
            else:
                previous(message, category, *args, **kwargs)

        warnings.showwarning = show
        try:
            yield
        finally:
            warnings.showwarning = previous


def print_cost(console: Any, summary: Any) -> None:
    """One line with the run's cost by model; one more when the budget stopped it."""
    from extractor.cost import cost_totals

    totals = cost_totals(summary.results)
    parts = [f"{m} {_money(v['cost_usd'])} ({v['requests']} requests)"
             for m, v in totals["by_model"].items()]
    line = f"cost: {_money(totals['cost_usd'])}" + (f" = {', '.join(parts)}" if parts else "")
    if totals["saved_usd"]:
        line += f"; saved by the cache: {_money(totals['saved_usd'])}"
    console.print(line, markup=False, highlight=False)
    if summary.stopped:
        left = sum(r.status == "stopped" for r in summary.results)
        budget = summary.budget or {}
        console.print(f"stopped by --max-cost {budget.get('max_cost_usd')} USD after spending "
                      f"{_money(budget.get('spent_usd'))}: {left} article(s) left; run the same "
                      f"command again to resume", markup=False, highlight=False)


def _money(value: float | None) -> str:
    """Dollars to the millionth (a request to a cheap model costs fractions of a cent);
    nothing spent is "$0", as for the embedded model."""
    if value is None:
        return "unknown (no price)"
    return "$0" if value == 0 else f"${value:.6f}"
