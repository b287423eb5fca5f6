"""The Typer application object every subcommand module registers itself on.

Command modules import only typer and the standard library at top level so that
``extractor --help`` stays fast; heavy libraries are imported inside commands.

Errors, one style for every command: one line ``error: <message>`` on stderr; exit
code 2 for usage errors (a bad flag or argument: raise :func:`usage_error`), 1 for
failures (the command ran and something went wrong: raise :func:`failure`). Any other
exception is reported the same way, exit code 1, with its traceback only under the
global ``--debug`` (or ``EXTRACTOR_DEBUG=1``).
"""

from __future__ import annotations

import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup


class UsageProblem(typer.TyperException):
    """The command was given something it cannot use (exit code 2)."""

    exit_code = 2


class Failure(typer.TyperException):
    """The command could not do its work (exit code 1)."""

    exit_code = 1


def usage_error(message: str, param: str | None = None) -> UsageProblem:
    """A usage error (exit code 2): ``raise usage_error("...", "--out")``."""
    return UsageProblem(f"{param}: {message}" if param else message)


def failure(message: str) -> Failure:
    """A failure (exit code 1): ``raise failure("...")``."""
    return Failure(message)


_debug = False


def _report(message: str, command: str | None = None) -> None:
    hint = f" (see '{command} --help')" if command else ""
    typer.echo(f"error: {message}{hint}", err=True)


class ExtractorGroup(TyperGroup):
    """Typer's group, with the one error style above instead of panels and tracebacks."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        global _debug
        _debug = os.environ.get("EXTRACTOR_DEBUG", "") not in ("", "0")
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
        except typer.TyperException as exc:  # typer's usage errors (exit 2) and ours
            code = exc.exit_code
            ctx = getattr(exc, "ctx", None)
            _report(exc.format_message(), ctx.command_path if code == 2 and ctx else None)
        except typer.Abort:
            typer.echo("aborted", err=True)
            code = 1
        except Exception as exc:
            if _debug:
                raise
            _report(f"{type(exc).__name__}: {exc} (run with --debug for the traceback)")
            code = 1
        if standalone_mode:
            sys.exit(code)
        return code

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """A bare group (``extractor``, ``extractor batch``): its help on stderr, exit 2."""
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            typer.echo(ctx.get_help(), err=True)
            ctx.exit(2)
        return super().parse_args(ctx, args)


app = typer.Typer(
    name="extractor",
    cls=ExtractorGroup,
    help=(
        "Extract meetings, attendees, KPIs and directives from news articles about "
        "Vietnamese Party and People's Committee meetings, as grounded, validated JSON "
        "records.\n\nTypical flow: [bold]extract[/] a folder of articles -> "
        "[bold]validate[/] -> [bold]eval[/]/[bold]diff[/] against gold labels -> "
        "[bold]load[/] into SQLite/PostgreSQL or [bold]export[/] to files."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


@app.callback()
def _global_options(
    debug: bool = typer.Option(
        False, "--debug", metavar="", help="Show the full traceback when a command fails "
        "unexpectedly."
    ),
) -> None:
    global _debug
    _debug = _debug or debug
