"""Language knowledge as data: one JSON file per language and kind of knowledge.

Layout: ``extractor/languages/<code>/<kind>.json`` (for example ``vi/directives.json``),
where ``<code>`` is a normalised language code (see :func:`normalise_code`) and ``<kind>``
names what the file knows. Every file holds one JSON object. Code never lists words of a
language itself; it asks :func:`knowledge` and the files answer.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent


class LanguageDataError(ValueError):
    """A language data file is missing its shape; the message names the file."""


def normalise_code(code: str | None) -> str | None:
    """The one place that turns a language tag into the code the data files use."""
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return base or None


def load_file(path: Path) -> dict[str, Any]:
    """Read one data file, refusing anything but a JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise LanguageDataError(f"{path}: cannot be read as JSON: {err}") from err
    if not isinstance(data, dict):
        raise LanguageDataError(f"{path}: expected a JSON object, found {type(data).__name__}")
    return data


@cache
def knowledge(lang: str | None, kind: str) -> dict[str, Any]:
    """What the data files know of ``kind`` for ``lang`` (empty when nothing)."""
    code = normalise_code(lang)
    if code is None:
        return {}
    path = DATA_DIR / code / f"{kind}.json"
    return load_file(path) if path.is_file() else {}


def languages_with(kind: str) -> list[str]:
    """Every language code that has a data file of ``kind``."""
    return sorted(p.parent.name for p in DATA_DIR.glob(f"*/{kind}.json"))


def kinds() -> list[str]:
    """Every kind of knowledge some language has."""
    return sorted({p.stem for p in DATA_DIR.glob("*/*.json")})
