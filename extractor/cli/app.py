"""The Typer application object every subcommand module registers itself on.

Command modules import only typer and the standard library at top level so that
``extractor --help`` stays fast; heavy libraries are imported inside commands.
"""

import typer

app = typer.Typer(
    name="extractor",
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
