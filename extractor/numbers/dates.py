"""Dates in text: the one place that says which figures are (parts of) dates.

* numeric dates: ``17.07.2024``, ``12/10/2025``, ``2024-07-17`` (:func:`numeric_date`,
  :func:`date_spans`);
* a day beside a month name (CLDR's, through babel, in the article's language: ``5
  tháng 3`` needs the word list, ``3 marca``, ``١٥ آب``), after a CJK day or month
  mark (``5日``, ``3월``) or after a word that introduces a day (``ngày 5``) --
  :func:`day_of_month`; after a word that introduces a date (``on 10/5``) --
  :func:`after_date_word`;
* years, Gregorian and of the Buddhist and solar hijri calendars (:func:`is_year`);
* periods written in a record (``2021-2025``, ``2024-01 to 2024-06``; :func:`periods`);
* every day-and-month a text writes, in any order CLDR's month names allow, numeric
  (``17/7``, ``17.07.2024``) and in the CJK forms (``7月17日``, ``7월 17일``)
  (:func:`find_dates`, which the reader's draft numbers ``D1``, ``D2``, ...).

The words come from ``extractor/languages/<code>/dates.json``; month names from CLDR
(a data file may name extra CLDR locales, e.g. Levantine Arabic month names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractor.languages import alternation, declare_shape, gathered, knowledge, normalise_code

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
def month_names(language: str | None) -> dict[str, int]:
    """Casefolded month name -> month number, from CLDR for ``language`` (every supported
    language when None): the forms a date uses (``lipca``) and the stand-alone ones
    (``lipiec``), wide and abbreviated."""
    from babel.dates import get_month_names

    from extractor.numbers.locale_data import SUPPORTED_LANGUAGES, babel_locales

    names: dict[str, int] = {}
    for lang in (SUPPORTED_LANGUAGES if language is None else (language,)):
        extra = knowledge(lang, "dates").get("month_locales", [])
        for loc in (*babel_locales(lang), *extra):
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    try:
                        found = get_month_names(width, context=context, locale=loc).items()
                    except Exception:  # noqa: BLE001 - a locale babel lacks: no month names
                        continue
                    # lower(), not casefold(): casefold spells "ΐ" in three code points,
                    # NFC text in one; short Latin abbreviations ("mi") are ordinary words
                    for month, name in found:
                        key = name.lower().rstrip(".") if name else ""
                        if key and not any(c.isdigit() for c in key) and (
                                len(key) >= 3 or not key.isascii()
                                or (width == "wide" and loc in extra)):
                            names.setdefault(key, month)
    return names


@lru_cache(maxsize=64)
def _months(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Month names of ``language`` (CLDR): one after a figure, one before it."""
    names = month_names(language)
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


@dataclass(frozen=True)
class WrittenDate:
    """One day-and-month of a text: ``D<n>`` in the draft; ``year`` None when not written."""

    id: str
    span: tuple[int, int]
    year: int | None
    month: int
    day: int

    def iso(self, year: int | None = None) -> str | None:
        y = self.year or year
        if y is None:
            return None
        try:
            return date(y, self.month, self.day).isoformat()
        except ValueError:
            return None


_NUMERIC_DAY = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?(?![\d/]|\.\d)")
_CJK_DAY = re.compile(r"(?:(\d{4})\s?[年년]\s?)?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]")




def _era(language: str | None) -> str:
    """An era written between month and year (dates.json ``era_before_year``: Thai
    พ.ศ. ๒๕๖๘, Buddhist era 2568, is 2025)."""
    words = (knowledge(language, "dates").get("era_before_year", []) if language
             else gathered("dates", "era_before_year"))
    return f"(?:{'|'.join(map(re.escape, words))})" if words else "(?!)"


def _gregorian(year: int) -> int:
    """A Buddhist-era year (2400-2700) as the Gregorian one."""
    return year - 543 if 2400 <= year <= 2700 else year


@lru_cache(maxsize=64)
def _named_day(language: str | None) -> re.Pattern[str] | None:
    names = sorted(month_names(language), key=len, reverse=True)
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(
        # not \b after the month: a name ending in a vowel sign (जनवरी) ends in no word
        # character, so no boundary follows it
        rf"(?<!\d)(\d{{1,2}})\.?\s(?:de\s|ב)?({alt})(?![^\W\d_])\.?"
        rf"(?:,?\s(?:de\s|{_era(language)}\s?)?(\d{{4}}))?"
        rf"|\b({alt})\s(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s(\d{{4}}))?", re.IGNORECASE)


def find_dates(text: str, language: str | None) -> list[WrittenDate]:
    """Every day-and-month the text writes, in reading order (a bare ``d/m`` only with a
    year, or in Vietnamese, which writes dates so)."""
    language = normalise_code(language)
    found: list[tuple[tuple[int, int], int | None, int, int]] = []
    named, months = _named_day(language), month_names(language)
    for m in named.finditer(text) if named is not None else ():
        day, name, year = m.group(1, 2, 3) if m.group(1) else m.group(5, 4, 6)
        # a case-insensitive match that lower() spells otherwise is no month of the list
        if (month := months.get(name.lower().rstrip("."))) is not None:
            found.append((m.span(), _gregorian(int(year)) if year else None, month, int(day)))
    for m in _CJK_DAY.finditer(text):
        found.append((m.span(), int(m.group(1)) if m.group(1) else None, int(m.group(2)),
                      int(m.group(3))))
    for m in _NUMERIC_DAY.finditer(text):
        if m.group(3) or language == "vi":
            found.append((m.span(), int(m.group(3)) if m.group(3) else None,
                          int(m.group(2)), int(m.group(1))))
    found = sorted(f for f in found if 1 <= f[2] <= 12 and 1 <= f[3] <= 31)
    return [WrittenDate(f"D{i + 1}", *f) for i, f in enumerate(found)]
