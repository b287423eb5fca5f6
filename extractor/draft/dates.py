"""Dates the article writes, and the meeting's date among them.

Month names come from CLDR (through babel), in the forms a date uses (``17 lipca``)
and the stand-alone forms (``lipiec``), wide and abbreviated. Day-month and
day-month-year orders, numeric dates (``17/7``, ``17.07.2024``) and the CJK forms
(``7月17日``, ``7월 17일``) are read in every language.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractor.draft.segments import sentences
from extractor.languages import normalise_code


@dataclass(frozen=True)
class DraftDate:
    """One date of the text: ``D<n>`` in the draft; ``year`` None when not written."""

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


@lru_cache(maxsize=64)
def _month_names(lang: str | None) -> dict[str, int]:
    """Folded month name -> month number, from CLDR for ``lang`` (empty when unknown)."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    try:
        locale = Locale.parse(lang or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for month, name in get_month_names(width, context, locale).items():
                key = name.lower().strip(".")
                if len(key) >= 3 or not key.isascii():
                    names.setdefault(key, month)
    return names


_YEAR = r"(\d{4})"
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?(?![\d/]|\.\d)")
_CJK = re.compile(r"(?:(\d{4})\s?[年년]\s?)?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]")


def _named(lang: str | None) -> re.Pattern[str] | None:
    names = sorted(_month_names(lang), key=len, reverse=True)
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?<!\d)(\d{{1,2}})\.?\s(?:de\s|ב)?({alt})\b\.?(?:,?\s(?:de\s)?{_YEAR})?"
        rf"|\b({alt})\s(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s{_YEAR})?", re.IGNORECASE)


def find_dates(text: str, lang: str | None) -> list[DraftDate]:
    """Every day-and-month the text writes, in reading order."""
    lang = normalise_code(lang)
    found: list[tuple[tuple[int, int], int | None, int, int]] = []
    named = _named(lang)
    months = _month_names(lang)
    if named is not None:
        for m in named.finditer(text):
            if m.group(1):
                day, month, year = m.group(1), m.group(2), m.group(3)
            else:
                month, day, year = m.group(4), m.group(5), m.group(6)
            found.append((m.span(), int(year) if year else None, months[month.lower().strip(".")],
                          int(day)))
    for m in _CJK.finditer(text):
        found.append((m.span(), int(m.group(1)) if m.group(1) else None, int(m.group(2)),
                      int(m.group(3))))
    for m in _NUMERIC.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if m.group(3) or lang == "vi":
            found.append((m.span(), int(m.group(3)) if m.group(3) else None, month, day))
    found = [f for f in found if 1 <= f[2] <= 12 and 1 <= f[3] <= 31]
    found.sort()
    return [DraftDate(f"D{i + 1}", *f) for i, f in enumerate(found)]


def _years(text: str) -> Counter:
    """Years the text names outside ranges (a term of office names its end years)."""
    years: Counter = Counter()
    for m in re.finditer(r"(?<![\d\-–/])(19[5-9]\d|20\d\d)(?![\d\-–/])", text):
        years[int(m.group(1))] += 1
    return years


def _term_starts(text: str) -> Counter:
    """First years of the ranges the text names (a term of office, 2025-2030)."""
    return Counter(int(m.group(1)) for m in re.finditer(r"(?<!\d)(20\d\d)\s?[-–]\s?20\d\d", text))


def meeting_date(text: str, dates: list[DraftDate], lead_sentences: int = 2) -> str | None:
    """The date of the meeting: the first date in the article's opening sentences, its
    year from the date itself, else from a full date of the same month, else the latest
    year the article names."""
    lead = sentences(text)[:lead_sentences]
    if not lead:
        return None
    end = lead[-1].end
    first = next((d for d in dates if d.span[0] < end), None)
    if first is None:
        return None
    if first.year:
        return first.iso()
    same_month = [d.year for d in dates if d.year and d.month == first.month]
    years = _years(text) or _term_starts(text)
    year = max(same_month) if same_month else (max(years) if years else None)
    return first.iso(year)
