"""Seeded mutations of correct records: the faults a model makes, planted on purpose.

Each kind turns one KPI of a correct record (gold) into a record that certainly
disagrees with the article; the mutation benchmark (``bench/mutations.py``) counts how
many the validators catch. Kinds:

``digit_changed``       one digit of the value replaced by another;
``decimal_misread``     the separator of the written figure read the other way
                        ("6,52" -> 652, "14,963" -> 14.963);
``scale_dropped``       the scale word lost (3312 x1e9 -> 3312 x1);
``scale_multiplied``    the scale multiplied by a thousand (mln read as mld);
``percent_as_count``    a percentage recorded as a count of things;
``parts_past_whole``    a part pushed so that the parts of one whole sum past it;
``quote_swapped``       the evidence replaced by another figure-bearing sentence of the
                        article that does not state the value (a sentence that does
                        would be an equivalent mutant, not a fault).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from extractor.numbers import NumberMention, find_numbers
from extractor.numbers.words import written_in_words
from extractor.schemas import ArticleExtraction
from extractor.validators.context import (
    fits,
    fmt,
    is_percent_unit,
    language_of,
    locate_quote,
    sentence_spans,
    value_fits,
)

KINDS = (
    "digit_changed",
    "decimal_misread",
    "scale_dropped",
    "scale_multiplied",
    "percent_as_count",
    "parts_past_whole",
    "quote_swapped",
)



@dataclass
class Mutant:
    kind: str
    path: str  # the KPI that was changed
    description: str
    record: ArticleExtraction


def _kpis(record: ArticleExtraction) -> Iterator[tuple[int, int, object]]:
    for i, meeting in enumerate(record.meetings):
        for j, kpi in enumerate(meeting.kpis):
            yield i, j, kpi


def _copy(record: ArticleExtraction) -> ArticleExtraction:
    return record.model_copy(deep=True)


def _figure(record: ArticleExtraction, kpi, text: str) -> NumberMention | None:
    """The figure of the article that the KPI's quote states as its value."""
    g = locate_quote(kpi.evidence, kpi.evidence_grounding, text)
    if g.start is None:
        return None
    lang = language_of(record.language)
    for m in find_numbers(text, lang):
        if g.start <= m.number_span[0] and m.number_span[1] <= g.end and fits(m, kpi.value, kpi.scale):
            return m
    return None


def _digit_changed(record, i, j, kpi, text, rng) -> tuple[str, Callable] | None:
    written = fmt(kpi.value)
    positions = [k for k, c in enumerate(written) if c.isdigit()]
    k = rng.choice(positions)
    choices = [d for d in "0123456789" if d != written[k] and not (k == 0 and d == "0" and len(written) > 1 and written[1] != ".")]
    new = written[:k] + rng.choice(choices) + written[k + 1 :]
    return f"value {written} -> {new}", lambda kp: setattr(kp, "value", float(new))


def _decimal_misread(record, i, j, kpi, text, rng):
    m = _figure(record, kpi, text)
    if m is None:
        return None
    digits = text[m.number_span[0] : m.number_span[1]]
    seps = [(k, c) for k, c in enumerate(digits) if not c.isdigit()]
    if not seps:
        return None
    plain = "".join(str(int(c)) if c.isdigit() else "" for c in digits)
    if kpi.value != int(kpi.value):  # a decimal point read as a thousands separator
        new = float(plain)
    else:  # a thousands separator read as a decimal point
        k = len([c for c in digits[: seps[-1][0]] if c.isdigit()])
        new = float(plain[:k] + "." + plain[k:])
    if value_fits(m, new):
        return None
    return f"{digits!r}: value {fmt(kpi.value)} -> {fmt(new)}", lambda kp: setattr(kp, "value", new)


def _scale_dropped(record, i, j, kpi, text, rng):
    if kpi.scale == 1:
        return None
    return f"scale {fmt(kpi.scale)} -> 1", lambda kp: setattr(kp, "scale", 1.0)


def _scale_multiplied(record, i, j, kpi, text, rng):
    if kpi.value == 0:
        return None  # zero at any scale is zero: an equivalent mutant
    return (f"scale {fmt(kpi.scale)} -> {fmt(kpi.scale * 1000)}",
            lambda kp: setattr(kp, "scale", kp.scale * 1000))


def _percent_as_count(record, i, j, kpi, text, rng):
    if not is_percent_unit(kpi.unit):
        return None
    units = sorted({k.unit for _, _, k in _kpis(record) if not is_percent_unit(k.unit)})
    unit = rng.choice(units) if units else "people"
    return f"unit {kpi.unit!r} -> {unit!r}", lambda kp: setattr(kp, "unit", unit)


def _parts_past_whole(record, i, j, kpi, text, rng):
    if kpi.out_of is None or kpi.out_of <= 0:
        return None
    siblings = [k for _, _, k in _kpis(record) if k is not kpi and k.out_of == kpi.out_of
                and k.unit == kpi.unit]
    rest = sum(k.value for k in siblings if k.value != kpi.out_of)
    new = float(int(kpi.out_of - rest) + rng.randint(1, max(1, int(kpi.out_of) // 4)))
    if new <= kpi.value:
        new = float(int(kpi.out_of) + rng.randint(1, 3))
    return f"value {fmt(kpi.value)} -> {fmt(new)} (whole {fmt(kpi.out_of)})", \
        lambda kp: setattr(kp, "value", new)


def _quote_swapped(record, i, j, kpi, text, rng):
    lang = language_of(record.language)
    options = []
    starts, ends = sentence_spans(text)
    for start, end in zip(starts, ends, strict=True):
        sentence = text[start:end].strip()
        figures = [m for m in find_numbers(sentence, lang) if m.role != "date"]
        if len(sentence) < 20 or not figures or sentence in (kpi.evidence or ""):
            continue
        if any(value_fits(m, kpi.value) for m in figures) or written_in_words(sentence, kpi.value, lang):
            continue  # states the same figure, in digits or words: an equivalent mutant
        options.append(sentence)
    if not options:
        return None
    new = rng.choice(options)
    return f"evidence -> {new[:60]!r}", lambda kp: setattr(kp, "evidence", new)


_MAKERS = {
    "digit_changed": _digit_changed,
    "decimal_misread": _decimal_misread,
    "scale_dropped": _scale_dropped,
    "scale_multiplied": _scale_multiplied,
    "percent_as_count": _percent_as_count,
    "parts_past_whole": _parts_past_whole,
    "quote_swapped": _quote_swapped,
}


def mutants(record: ArticleExtraction, text: str, kind: str, seed: int = 0) -> list[Mutant]:
    """Every mutant of ``kind`` this record allows: one per applicable KPI."""
    rng = random.Random(f"{seed}:{record.article_id}:{kind}")
    out: list[Mutant] = []
    for i, j, kpi in _kpis(record):
        made = _MAKERS[kind](record, i, j, kpi, text, rng)
        if made is None:
            continue
        description, apply = made
        mutant = _copy(record)
        apply(mutant.meetings[i].kpis[j])
        out.append(Mutant(kind, f"meetings[{i}].kpis[{j}]", description, mutant))
    return out
