"""Options shared by several commands, defined once so they read and behave the same.

Only typer and the standard library here (``--help`` must stay fast). The choices
for ``--backend`` and ``--mode`` mirror :mod:`extractor.backends.options`, which
tests/test_cli_errors.py checks.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class BackendName(str, Enum):
    local = "local"
    openai = "openai"


class ModeName(str, Enum):
    tools = "tools"
    json_schema = "json_schema"
    json = "json"
    md_json = "md_json"


def at_least(low: int) -> Callable[[int | None], int | None]:
    """A callback that rejects numbers below ``low`` (``min=`` would print its range)."""

    def check(value: int | None) -> int | None:
        if value is not None and value < low:
            raise typer.BadParameter(f"{value} is less than {low}")
        return value

    return check


GoldOption = Annotated[bool | None, typer.Option(
    "--gold/--not-gold", show_default=False, metavar="",
    help="Mark the runs as gold labels or as model output. Default: gold when a "
    "directory has no run.json and no record has provenance.",
)]

ManifestOption = Annotated[Path | None, typer.Option(
    "--manifest", "-m", exists=True, dir_okay=False, metavar="FILE",
    help="Corpus manifest (corpus/manifest.json) that fills articles.province.",
)]

# -- extract and batch submit -----------------------------------------------------------
_MODEL = "Model"
_PROMPT = "Prompt and output"

ArticlePaths = Annotated[list[Path], typer.Argument(
    metavar="PATH", show_default=False,
    help="Article files (.txt, .md, .html) or directories of them.",
)]
ModelOption = Annotated[str | None, typer.Option(
    "--model", "-m", metavar="NAME", rich_help_panel=_MODEL,
    help="Model name on the OpenAI-compatible server. Default: $EXTRACTOR_MODEL or "
    "gpt-4o-mini.",
)]
BaseUrlOption = Annotated[str | None, typer.Option(
    "--base-url", metavar="URL", rich_help_panel=_MODEL,
    help="OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp ...), e.g. "
    "http://localhost:8000/v1. Default: $OPENAI_BASE_URL, else OpenAI's.",
)]
ModeOption = Annotated[ModeName | None, typer.Option(
    "--mode", metavar="MODE", show_default=False, rich_help_panel=_MODEL,
    help="Structured-output mode on the OpenAI-compatible server: tools (the default), "
    "json_schema, json or md_json.",
)]
MaxTokensOption = Annotated[int | None, typer.Option(
    "--max-tokens", metavar="N", rich_help_panel=_MODEL,
    help="Completion token budget per request (extract doubles it on truncation, up to "
    "--max-tokens-cap).",
)]
NoExampleOption = Annotated[bool, typer.Option(
    "--no-example", metavar="", rich_help_panel=_PROMPT,
    help="Leave the few-shot example out of the prompt (fewer tokens).",
)]
ChunkCharsOption = Annotated[int | None, typer.Option(
    "--chunk-chars", metavar="N", callback=at_least(1), rich_help_panel=_PROMPT,
    help="Characters per chunk. Default: derived from the model's context.",
)]
ChunkOverlapOption = Annotated[int | None, typer.Option(
    "--chunk-overlap", metavar="N", callback=at_least(0), rich_help_panel=_PROMPT,
    help="Characters shared by neighbouring chunks (at most a quarter of a chunk). "
    "Default: 300.",
)]
