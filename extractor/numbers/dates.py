"""Dates in text: the one place that says which figures are (parts of) dates.

* numeric dates: ``17.07.2024``, ``12/10/2025``, ``2024-07-17`` (:func:`numeric_date`,
  :func:`date_spans`);
* a day beside a month name (CLDR's, through babel, in the article's language: ``5
  tháng 3`` needs the word list, ``3 marca``, ``١٥ آب``), after a CJK day or month
  mark (``5日``, ``3월``) or after a word that introduces a day (``ngày 5``) --
  :func:`day_of_month`; after a word that introduces a date (``on 10/5``) --
  :func:`after_date_word`;
* years, Gregorian and of the Buddhist and solar hijri calendars (:func:`is_year`);
* periods written in a record (``2021-2025``, ``2024-01 to 2024-06``; :func:`periods`).

The words come from ``extractor/languages/<code>/dates.json``; month names from CLDR
(a data file may name extra CLDR locales, e.g. Levantine Arabic month names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extractor.languages import alternation, declare_shape, knowledge

_DATE_CHUNK = re.compile(
    r"^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})$|^(\d{4})([./])(\d{1,2})\6(\d{1,2})$")
# 12/10/2025, 2024-07-17, 17.07.2024: parts of a date are not quantities.
# Written to start with a digit (the look-behind after it) so that the regex engine
# skips straight to digits instead of trying every position (~5x faster on an article).
_DATES = re.compile(r"\d(?<!\d\d)(?:\d?([./-])\d{1,2}\1\d{2,4}|\d{3}([./-])\d{1,2}\2\d{1,2})(?!\d)")
_PERIOD = re.compile(r"(?<!\d)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*(?:-|–|—|/|to|until|through)\s*"
                     r"(\d{4}|\d{2})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")


def _shape(data: dict) -> str | None:
    for key, value in data.items():
        if not (isinstance(value, list) and all(isinstance(v, str) and v for v in value)):
            return f"'{key}' must be a list of strings"
    return None


declare_shape("dates", _shape)


def numeric_date(chunk: str) -> bool:
    """Whether a digit-and-separator run is a whole numeric date (``17.07.2024``)."""
    return _DATE_CHUNK.match(chunk) is not None


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes numeric dates (with ``.``, ``/`` or ``-``), in order."""
    return [m.span() for m in _DATES.finditer(text)]


def is_year(value: float, language: str | None = None, *, other_calendars: bool = True) -> bool:
    """A plausible year: Gregorian; with ``other_calendars``, also Buddhist era where the
    language is Thai (2566) and solar hijri where it is Persian (1402), or unknown."""
    if value != int(value):
        return False
    if 1900 <= value <= 2100:
        return True
    return other_calendars and ((language in ("th", None) and 2400 <= value <= 2700)
                                or (language in ("fa", None) and 1300 <= value <= 1500))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "date_word": re.compile(rf"{alternation('dates', 'date_words_before', word_start=True)}\s*$",
                                re.IGNORECASE),
        "day_suffix": re.compile(rf"^\s?{alternation('dates', 'day_suffixes')}"),
        "day_word": re.compile(rf"{alternation('dates', 'day_words_before', word_start=True)}\s*$",
                               re.IGNORECASE),
    }


def after_date_word(before: str) -> bool:
    """Whether ``before`` ends with a word that introduces a date ("on", "dated")."""
    return _patterns()["date_word"].search(before) is not None


@lru_cache(maxsize=64)
def _months(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Month names of ``language`` (CLDR): one after a figure, one before it."""
    from babel.dates import get_month_names

    from extractor.numbers.locale_data import SUPPORTED_LANGUAGES, babel_locales

    names: set[str] = set()
    for lang in (SUPPORTED_LANGUAGES if language is None else (language,)):
        extra = knowledge(lang, "dates").get("month_locales", [])
        for loc in (*babel_locales(lang), *extra):
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    try:
                        found = get_month_names(width, context=context, locale=loc).values()
                    except Exception:  # noqa: BLE001 - a locale babel lacks: no month names
                        continue
                    # short abbreviations ("mi", "ma") would be read in ordinary words
                    names |= {n.casefold().rstrip(".") for n in found
                              if n and not any(c.isdigit() for c in n)
                              and (len(n) >= 3 or (width == "wide" and loc in extra))}
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    return (re.compile(rf"^[\s.,]{{0,2}}(?:{body})(?![^\W\d_])", re.IGNORECASE),
            re.compile(rf"(?<![^\W\d_])(?:{body})\.?\s{{0,2}}$", re.IGNORECASE))


def day_of_month(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the figure at ``text[start:end]`` is the day of a date: beside a month
    name, before a CJK day or month mark, or after a word that introduces a day."""
    after_re, before_re = _months(language)
    right = text[end : end + 24]
    before = text[max(0, start - 24) : start]
    patterns = _patterns()
    return bool(after_re.match(right) or before_re.search(before)
                or patterns["day_suffix"].match(right) or patterns["day_word"].search(before))


def periods(text: str) -> Iterator[tuple[tuple[int, int, int], tuple[int, int, int], str]]:
    """(start, end, as written) of each period ``text`` writes: ``2021-2025``,
    ``2021-23``, ``2024-01 to 2024-06``; a missing month or day is the period's first
    (start) or last (end)."""
    for m in _PERIOD.finditer(text):
        y1, m1, d1, y2, m2, d2 = m.groups()
        if len(y2) == 2:  # "2021-23"
            y2 = y1[:2] + y2
        yield (int(y1), int(m1 or 1), int(d1 or 1)), (int(y2), int(m2 or 12), int(d2 or 28)), m.group(4)
