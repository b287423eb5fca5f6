"""Options shared by several commands, defined once so they read and behave the same."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

GoldOption = Annotated[bool | None, typer.Option(
    "--gold/--not-gold", show_default=False,
    help="Mark the runs as gold labels or as model output. Default: gold when a "
    "directory has no run.json and no record has provenance.",
)]

ManifestOption = Annotated[Path | None, typer.Option(
    "--manifest", "-m", exists=True, dir_okay=False,
    help="Corpus manifest (corpus/manifest.json) that fills articles.province.",
)]
