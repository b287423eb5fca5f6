"""Helpers shared by the benchmark scripts (not a benchmark itself)."""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
EXTRACTOR = str(Path(sys.executable).with_name("extractor"))
ARTICLE_ID = re.compile(r"Article (\S+) \(")


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def print_table(title: str, headers: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*headers, title=title)
    for row in rows:
        table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row))
    Console(width=160).print(table)


def gold_drafts() -> dict[str, dict]:
    """The gold records as model answers (drafts: no grounding, no provenance)."""
    from extractor.schemas import ExtractionDraft

    return {p.stem: ExtractionDraft.model_validate_json(p.read_text(encoding="utf-8")).model_dump(mode="json")
            for p in sorted((CORPUS / "gold").glob("*.json"))}


def make_corpus(dest: Path, count: int, folder: Path | None = None) -> Path:
    """``count`` articles cycled from the corpus (or ``folder``), named ``<id>__<n>.txt``."""
    dest.mkdir(parents=True, exist_ok=True)
    sources = sorted((folder or CORPUS / "articles").glob("*.txt"))
    for n in range(count):
        src = sources[n % len(sources)]
        shutil.copyfile(src, dest / f"{src.stem}__{n:05d}.txt")
    return dest


def gold_responder(drafts: dict[str, dict]):
    """A scripted-server responder answering each request with its article's gold draft."""
    from extractor.testing import Answer

    def respond(body: dict, index: int) -> Any:
        match = ARTICLE_ID.search(body["messages"][-1]["content"])
        article = match.group(1).split("__")[0] if match else ""
        return Answer(drafts.get(article, {"meetings": []}))

    return respond


def run_cli(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """(wall seconds, exit code, stderr) of one `extractor` process."""
    t0 = time.perf_counter()
    done = subprocess.run([EXTRACTOR, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})
    return time.perf_counter() - t0, done.returncode, done.stderr


def run_json(out: Path) -> dict[str, Any]:
    from extractor.rundir import RUN_FILE

    return json.loads((out / RUN_FILE).read_text(encoding="utf-8"))
