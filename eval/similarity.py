"""Similarity and equality primitives shared by alignment and per-field scoring.

Two uses, kept apart on purpose:

* *record similarity* (``meeting_similarity`` ... ``directive_similarity``) decides
  which predicted record is the counterpart of which gold record. Each is a weighted
  mean of component scores in [0, 1] whose largest weight stays below
  ``1 - MATCH_THRESHOLD``: a pair that differs in any **one** field still aligns, so a
  wrong value shows up as a field error on a matched pair, not as a miss plus a
  false record. Identity-bearing components (names, numbers, quoted evidence) are
  "gated" so unrelated text scores 0 instead of the 0.3-0.5 that any two English
  phrases get from a character ratio.
* *field comparison* (``compare_field``) judges one field of a matched pair, strict
  and lenient, with the tolerances stated in ``Tolerances``.

Text is compared after ``anyascii`` transliteration and rapidfuzz's default
processing (case, punctuation), so "Đỗ Trọng Hưng", "Do Trong Hung" and
"Hung Do Trong" are the same name and Cyrillic or Arabic spellings land in Latin.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from extractor.grounding import normalize as _normalize
from extractor.schemas.dates import parse_date
from extractor.schemas.registry import RECORD_TYPES

MATCH_THRESHOLD = 0.5


@dataclass(frozen=True)
class Tolerances:
    """What 'equal' means per field kind; reported beside the scores."""

    number_rel_lenient: float = 0.01  # |p - g| <= 1 % of |g| counts in the lenient variant
    number_rel_strict: float = 1e-9  # float noise only
    text_lenient: float = 0.80  # token-sort similarity of transliterated text
    name_lenient: float = 0.85
    span_iou_lenient: float = 0.5  # evidence spans overlapping this much are the same quote
    match_threshold: float = MATCH_THRESHOLD

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


# ----------------------------------------------------------------------------- text


@lru_cache(maxsize=16384)
def normalize(text: str) -> str:
    """``extractor.grounding.normalize``, cached: alignment compares each quote with
    every candidate, so the same strings are folded over and over."""
    return _normalize(text)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Transliterate to ASCII, lowercase, drop punctuation, squeeze whitespace."""
    return default_process(anyascii(text))


def text_similarity(a: str | None, b: str | None) -> float:
    """Word-order-insensitive similarity of two texts in any script, in [0, 1]."""
    if not a or not b:
        return 1.0 if not a and not b else 0.0
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return 1.0
    return fuzz.token_sort_ratio(fa, fb) / 100.0


def gated(score: float, floor: float = 0.5) -> float:
    """Map ``score`` so that ``floor`` and below become 0 and 1 stays 1.

    Two unrelated phrases still share letters; without the gate they would add a
    third of a component's weight to every pair.
    """
    return max(0.0, (score - floor) / (1.0 - floor))


def list_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Similarity of two unordered lists of short texts (titles)."""
    if not a or not b:
        return 1.0 if not a and not b else 0.0
    return text_similarity(" ; ".join(sorted(map(fold, a))), " ; ".join(sorted(map(fold, b))))


# ----------------------------------------------------------------------------- units

# Canonical unit -> spellings seen in model output and labels (already folded).
_UNIT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "%": ("percent", "per cent", "percentage", "pct", "procent", "prosent"),
    "percentage points": ("pp", "p p", "percentage point", "points"),
    "vnd": ("dong", "vietnam dong", "vietnamese dong", "vnd", "d"),
    "usd": ("us dollar", "us dollars", "dollar", "dollars", "usd"),
    "hectares": ("ha", "hectare"),
    "people": ("person", "persons", "inhabitants"),
    "km": ("kilometre", "kilometres", "kilometer", "kilometers"),
    "tonnes": ("tonne", "ton", "tons", "t"),
}
_UNIT_LOOKUP = {syn: canon for canon, syns in _UNIT_SYNONYMS.items() for syn in syns}


def canonical_unit(unit: str | None) -> str | None:
    """Unit after case, script, synonym and plural folding ('Hectare' == 'ha')."""
    if unit is None:
        return None
    raw = unit.strip()
    if raw in ("%", "％"):
        return "%"
    folded = fold(raw)
    if not folded:
        return raw or None
    if folded in _UNIT_LOOKUP:
        return _UNIT_LOOKUP[folded]
    if folded in _UNIT_SYNONYMS:
        return folded
    # plural folding: 'communes' == 'commune', 'households' == 'household'
    if len(folded) > 3 and folded.endswith("s"):
        folded = folded[:-1]
    return _UNIT_LOOKUP.get(folded, folded)


# ----------------------------------------------------------------------------- numbers, dates


def numbers_close(a: float | None, b: float | None, rel: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=0.0) or a == b


def dates_equal(a: str | None, b: str | None) -> bool:
    """Same calendar day; zero padding may differ. Non-dates must match as text."""
    if a is None or b is None:
        return a is None and b is None
    da, db = parse_date(a, lenient=True), parse_date(b, lenient=True)
    if da is not None and db is not None:
        return da == db
    return a.strip() == b.strip()


# ----------------------------------------------------------------------------- spans

Span = tuple[int, int]


def span_iou(a: Span | None, b: Span | None) -> float:
    if a is None or b is None:
        return 0.0
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def span_containment(a: Span | None, b: Span | None) -> float:
    """Overlap over the shorter span: a clause quoted inside a sentence scores 1.

    Used for *alignment*, where gold may quote a sentence and the model a clause of
    it; the field accuracy of ``evidence`` uses the stricter IoU.
    """
    if a is None or b is None:
        return 0.0
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    if inter <= 0 or shorter <= 0:
        return 0.0
    return inter / shorter


def evidence_similarity(
    a_text: str | None, a_span: Span | None, b_text: str | None, b_span: Span | None
) -> float:
    """How surely two quotes point at the same place in the article.

    With both spans grounded, span overlap decides; otherwise the quotes' texts do
    (partial ratio, so a clause matches the sentence it was cut from).
    """
    if a_span is not None and b_span is not None:
        return span_containment(a_span, b_span)
    if not a_text or not b_text:
        return 1.0 if not a_text and not b_text else 0.0
    na, nb = normalize(a_text), normalize(b_text)
    if na == nb:
        return 1.0
    return gated(fuzz.partial_ratio(na, nb) / 100.0, 0.6)


# ----------------------------------------------------------------------------- fields

# Field kinds: how each contract field is compared on a matched pair (per record type,
# from schemas.registry).
FIELD_KINDS: dict[str, dict[str, str]] = {t.name: dict(t.field_kinds) for t in RECORD_TYPES}


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list, tuple)) and not value)


def compare_field(
    kind: str,
    gold: Any,
    pred: Any,
    tol: Tolerances,
    gold_span: Span | None = None,
    pred_span: Span | None = None,
) -> tuple[bool, bool]:
    """(strict, lenient) equality of one field of a matched pair.

    Callers skip pairs where both sides are empty; here one empty side is wrong.
    """
    if is_empty(gold) or is_empty(pred):
        both = is_empty(gold) and is_empty(pred)
        return both, both
    if kind == "enum":
        same = _enum_value(gold) == _enum_value(pred)
        return same, same
    if kind == "number":
        return (
            numbers_close(gold, pred, tol.number_rel_strict),
            numbers_close(gold, pred, tol.number_rel_lenient),
        )
    if kind == "date":
        same = dates_equal(gold, pred)
        return same, same
    if kind == "unit":
        strict = gold.strip().casefold() == pred.strip().casefold()
        return strict, strict or canonical_unit(gold) == canonical_unit(pred)
    if kind == "list":
        strict = sorted(map(normalize, gold)) == sorted(map(normalize, pred))
        return strict, strict or list_similarity(gold, pred) >= tol.text_lenient
    strict = normalize(gold) == normalize(pred)
    if strict:
        return True, True
    if kind == "name":
        return False, text_similarity(gold, pred) >= tol.name_lenient
    if kind == "quote":
        if gold_span is not None and pred_span is not None:
            return False, span_iou(gold_span, pred_span) >= tol.span_iou_lenient
        return False, text_similarity(gold, pred) >= tol.text_lenient
    return False, text_similarity(gold, pred) >= tol.text_lenient


def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)
