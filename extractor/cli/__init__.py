"""Command-line interface: one module per subcommand, each a thin layer over the library."""

from __future__ import annotations

import importlib

from extractor.cli.app import app

# Each module registers its command(s) on `app` when imported.
COMMAND_MODULES = (
    "extract",
    "validate",
    "evaluate",
    "diff",
    "load",
    "export",
    "batch",
    "review",
    "link",
    "calibrate",
    "agree",
    "languages",
)
for _name in COMMAND_MODULES:
    importlib.import_module(f"extractor.cli.{_name}")


def main() -> None:
    """The ``extractor`` command."""
    app()
