"""Expanding command-line PATH... arguments into files."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path


def expand_paths(paths: Iterable[str | Path], accept: Callable[[Path], bool], *,
                 recursive: bool) -> list[Path]:
    """Files given directly, plus the accepted files inside given directories.

    Sorted within each directory, without duplicates, in argument order. A path that
    does not exist raises ``FileNotFoundError`` (commands turn it into exit code 2).
    """
    found: dict[Path, None] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            children = p.rglob("*") if recursive else p.iterdir()
            for child in sorted(children):
                if child.is_file() and accept(child):
                    found.setdefault(child, None)
        elif p.is_file():
            found.setdefault(p, None)
        else:
            raise FileNotFoundError(f"no such file or directory: {p}")
    return list(found)
