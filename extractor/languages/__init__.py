"""Language knowledge as data: one JSON file per language and kind of knowledge.

Layout: ``extractor/languages/<code>/<kind>.json`` (for example ``vi/directives.json``),
where ``<code>`` is a normalised language code (see :func:`normalise_code`) and ``<kind>``
names what the file knows. Every file holds one JSON object. Code never lists words of a
language itself; it asks :func:`knowledge` and the files answer.

Knowledge that belongs to no single language (comparison signs, the list of languages
the stories are published in) lives under the code ``mul`` (ISO 639-2: multiple
languages). Every string read from a file is NFC-normalised, the form article texts
are read in (see :func:`nfc`).

A kind may declare the shape its files must have (:func:`declare_shape`); a file that
does not have it is refused with a :class:`LanguageDataError` that names the file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent
MULTIPLE = "mul"

# Deprecated or regional tags that name a language the data files know by another code.
# Bokmål and Nynorsk share one Norwegian lexicon; CLDR's two locales are both merged in.
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi", "jw": "jv"}


class LanguageDataError(ValueError):
    """A language data file is missing its shape; the message names the file."""


def normalise_code(code: str | None) -> str | None:
    """The one place that turns a language tag into the code the data files use.

    ``en-GB`` and ``en_IN`` are ``en``; Bokmål (``nb``) and Nynorsk (``nn``) are ``no``;
    deprecated ISO codes (``iw``, ``in``) are their current ones.
    """
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return _ALIASES.get(base, base) or None


def nfc(text: str) -> str:
    """``text`` in Unicode normalisation form C, the one form article texts are read in."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def spellings(word: str) -> tuple[str, ...]:
    """The canonically equivalent ways ``word`` may be written: its NFC and NFD forms and
    the form with precomposed letters that NFC decomposes (Devanagari ``ड़`` U+095C)."""
    composed = nfc(word)
    forms = dict.fromkeys((composed, unicodedata.normalize("NFD", word), _excluded(composed)))
    return tuple(forms)


@cache
def _exclusions() -> dict[str, str]:
    """Decomposed pair -> the precomposed letter NFC does not recompose (nukta letters)."""
    out: dict[str, str] = {}
    for cp in (*range(0x0900, 0x0E00), *range(0xFB1D, 0xFB50)):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFD", ch)
        if decomposed != ch and unicodedata.normalize("NFC", decomposed) != ch:
            out[decomposed] = ch
    return out


def _excluded(text: str) -> str:
    for pair, letter in _exclusions().items():
        text = text.replace(pair, letter)
    return text


def _normalised(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_normalised(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): _normalised(v) for k, v in value.items()}
    return value


_SHAPES: dict[str, Callable[[dict[str, Any]], str | None]] = {}


def declare_shape(kind: str, check: Callable[[dict[str, Any]], str | None]) -> None:
    """Files of ``kind`` must pass ``check``: it returns what is wrong, or None."""
    _SHAPES[kind] = check


def load_file(path: Path) -> dict[str, Any]:
    """Read one data file, refusing anything but a JSON object (of its kind's shape)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise LanguageDataError(f"{path}: cannot be read as JSON: {err}") from err
    if not isinstance(data, dict):
        raise LanguageDataError(f"{path}: expected a JSON object, found {type(data).__name__}")
    check = _SHAPES.get(path.stem)
    problem = check(data) if check is not None else None
    if problem:
        raise LanguageDataError(f"{path}: {problem}")
    return _normalised(data)


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


def count_entries(data: Any) -> int:
    """How many words, phrases or values a data file holds (lists and maps counted
    by their items)."""
    if isinstance(data, dict):
        return sum(count_entries(v) for v in data.values())
    if isinstance(data, list):
        return len(data)
    return 1


def coverage_table() -> list[dict[str, Any]]:
    """One row per language: how many entries it has of each kind (0 where none)."""
    every = kinds()
    rows = []
    for code in sorted({p.parent.name for p in DATA_DIR.glob("*/*.json")}):
        row: dict[str, Any] = {"language": code}
        for kind in every:
            path = DATA_DIR / code / f"{kind}.json"
            row[kind] = count_entries(load_file(path)) if path.is_file() else 0
        rows.append(row)
    return rows


def format_table(rows: list[dict[str, Any]]) -> str:
    """``rows`` of :func:`coverage_table` as a plain-text table, with a total line."""
    if not rows:
        return "no language data\n"
    columns = list(rows[0])
    totals = {c: sum(r[c] for r in rows) for c in columns[1:]}
    body = [*rows, {"language": "total", **totals}]
    widths = {c: max(len(c), *(len(str(r[c])) for r in body)) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns)]
    for row in body:
        cells = [str(row[c]) if c == "language" or row[c] else "-" for c in columns]
        lines.append("  ".join(v.ljust(widths[c]) for v, c in zip(cells, columns, strict=True)))
    return "\n".join(lines) + "\n"


# Scripts whose words coverage marks with a word boundary in front; Arabic prefixes
# (و, ب, ال) and scripts written without spaces attach to the word instead.
_BOUNDED = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]")


def entry_regex(entry: str, *, word_start: bool = False, word_end: bool = False) -> str:
    """One data-file entry as a regex alternative.

    An entry is literal text, except: ``re:...`` is a regular expression written as is;
    a trailing ``*`` lets the word go on (``uchwa*``: "uchwała", "uchwały"). With
    ``word_start`` a Latin, Greek or Cyrillic word must start at a word boundary; with
    ``word_end`` a word (in a script written with spaces) must end at one.
    """
    if entry.startswith("re:"):
        return entry[3:]
    stem = entry.endswith("*") and len(entry) > 1
    word = entry[:-1] if stem else entry
    body = "|".join(re.escape(form) for form in spellings(word))
    body = f"(?:{body})" if "|" in body else body
    if stem:
        body += r"\w*"
    if word_start and _BOUNDED.match(word):
        body = r"\b" + body
    if word_end and not stem and not unspaced_script(word[-1]):
        body += r"(?![^\W\d_])"
    return body


# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, CJK, kana,
# full-width forms), and Hangul, whose particles and counters are glued to the word.
_UNSPACED_RANGES = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2E80, 0x9FFF),
                    (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))


def unspaced_script(ch: str) -> bool:
    """A character of a script written without spaces between words, where a word is
    found as the start of a run, not as a whole token (the one home of this rule)."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _UNSPACED_RANGES)


def has_unspaced_script(text: str) -> bool:
    return any(unspaced_script(c) for c in text)


def gathered(kind: str, key: str, langs: list[str] | None = None) -> list[str]:
    """The entries every language (or ``langs``) lists under ``key`` in its ``kind``
    file, ``mul``'s first, without repeats."""
    codes = [MULTIPLE, *(languages_with(kind) if langs is None else langs)]
    out: dict[str, None] = {}
    for code in codes:
        value = knowledge(code, kind).get(key, ())
        if isinstance(value, list):
            out.update(dict.fromkeys(value))
    return list(out)


def alternation(kind: str, key: str, *, word_start: bool = False, word_end: bool = False) -> str:
    """``(?:a|b|...)`` of every language's entries under ``key`` (see :func:`entry_regex`);
    a pattern that matches nothing when no language has any."""
    parts = [entry_regex(e, word_start=word_start, word_end=word_end) for e in gathered(kind, key)]
    return f"(?:{'|'.join(parts)})" if parts else "(?!)"
