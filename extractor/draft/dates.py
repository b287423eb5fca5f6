"""The meeting's date among the dates an article writes.

The dates themselves are read where every date is, :mod:`extractor.numbers.dates`.
"""

from __future__ import annotations

import re
from collections import Counter

from extractor.draft.segments import sentences
from extractor.numbers.dates import WrittenDate


def _years(text: str) -> Counter:
    """Years the text names outside ranges (a term of office names its end years)."""
    years: Counter = Counter()
    for m in re.finditer(r"(?<![\d\-–/])(19[5-9]\d|20\d\d)(?![\d\-–/])", text):
        years[int(m.group(1))] += 1
    return years


def _term_starts(text: str) -> Counter:
    """First years of the ranges the text names (a term of office, 2025-2030)."""
    return Counter(int(m.group(1)) for m in re.finditer(r"(?<!\d)(20\d\d)\s?[-–]\s?20\d\d", text))


def meeting_date(text: str, dates: list[WrittenDate], lead_sentences: int = 2) -> str | None:
    """The date of the meeting: the first date in the article's opening sentences, its
    year from the date itself, else from a full date of the same month, else the year the
    article names most (the period under review; a deadline names a later one once),
    the latest of those named as often."""
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
    most = max(years, key=lambda y: (years[y], y)) if years else None
    year = max(same_month) if same_month else most
    return first.iso(year)
