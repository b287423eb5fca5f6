"""Locate model-quoted text in the article: the system, not the model, owns spans.

Offsets are Python ``str`` indices (code points) into the article text as read by
``extractor.articles``; ``text[start:end]`` is the matched window. Three tiers, the
first that succeeds wins, as in langextract's aligner:

1. exact substring;
2. normalized: case, Unicode compatibility forms, combining marks (Vietnamese and
   Arabic diacritics), quote/dash variants and whitespace runs folded, with an
   offset map back to the original text;
3. fuzzy: the best window by ``rapidfuzz`` partial-ratio alignment on the
   normalized text, accepted at or above ``FUZZY_THRESHOLD``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from extractor.schemas import Grounding, MatchStatus
from extractor.schemas.registry import child_records

FUZZY_THRESHOLD = 85.0
# partial_ratio is quadratic-ish in needle length times haystack; beyond this the
# fuzzy tier is skipped (the quote is then reported not_found, never guessed).
FUZZY_MAX_TEXT = 400_000

_FOLD = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ـ": "",  # Arabic tatweel
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "−": "-",
    }
)


@dataclass(frozen=True)
class NormalizedText:
    """Folded text plus, for every folded character, the index of its source character."""

    text: str
    source_index: tuple[int, ...]


def _fold_char(ch: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKD", ch.translate(_FOLD)):
        if unicodedata.combining(c):
            continue
        out.append(c.casefold())
    return "".join(out)


def normalize_with_map(text: str) -> NormalizedText:
    chars: list[str] = []
    index: list[int] = []
    prev_space = True  # also strips leading whitespace
    for i, ch in enumerate(text):
        if ch.isspace():
            if not prev_space:
                chars.append(" ")
                index.append(i)
            prev_space = True
            continue
        folded = _fold_char(ch)
        for c in folded:
            chars.append(c)
            index.append(i)
        if folded:
            prev_space = False
    if chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return NormalizedText("".join(chars), tuple(index))


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    # Cached: the validators compare the same names and quotes many times per article.
    return normalize_with_map(text).text


@lru_cache(maxsize=64)
def _cached_map(text: str) -> NormalizedText:
    return normalize_with_map(text)


def _span_from_normalized(norm: NormalizedText, start: int, end: int) -> tuple[int, int]:
    src_start = norm.source_index[start]
    src_end = norm.source_index[end - 1] + 1
    return src_start, src_end


def ground(quote: str | None, text: str) -> Grounding:
    """Find ``quote`` in ``text`` and say how it matched."""
    if not quote or not quote.strip():
        return Grounding(status=MatchStatus.not_found)
    pos = text.find(quote)
    if pos >= 0:
        return Grounding(start=pos, end=pos + len(quote), status=MatchStatus.exact, score=1.0)
    stripped = quote.strip()
    pos = text.find(stripped)
    if pos >= 0:
        return Grounding(start=pos, end=pos + len(stripped), status=MatchStatus.exact, score=1.0)

    norm = _cached_map(text)
    needle = normalize(quote)
    if not needle:
        return Grounding(status=MatchStatus.not_found)
    pos = norm.text.find(needle)
    if pos >= 0:
        start, end = _span_from_normalized(norm, pos, pos + len(needle))
        return Grounding(start=start, end=end, status=MatchStatus.normalized, score=1.0)

    if len(norm.text) > FUZZY_MAX_TEXT or len(needle) < 4:
        return Grounding(status=MatchStatus.not_found)
    from rapidfuzz import fuzz

    aln = fuzz.partial_ratio_alignment(needle, norm.text, score_cutoff=FUZZY_THRESHOLD)
    if aln is None or aln.dest_end <= aln.dest_start:
        return Grounding(status=MatchStatus.not_found)
    start, end = _span_from_normalized(norm, aln.dest_start, aln.dest_end)
    return Grounding(start=start, end=end, status=MatchStatus.fuzzy, score=round(aln.score / 100, 4))


def ground_extraction(extraction, text: str):
    """Fill every grounding field of an ``ArticleExtraction`` in place and return it."""
    for meeting in extraction.meetings:
        for rtype, _, record in child_records(meeting):
            if rtype.quote_field and rtype.grounding_field:
                setattr(record, rtype.grounding_field, ground(getattr(record, rtype.quote_field), text))
    return extraction
