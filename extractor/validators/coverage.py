"""Coverage: which figures of a text did the records leave out?

The number reader finds every figure of a text; :func:`classify` sorts them into KPI
*candidates* and figures that are not KPIs by the annotation guide
(``corpus/ANNOTATION.md`` section 3), in every supported language:

* dates and years (``17.07.2024``, ``2023``, ``2021-2025``) and times of day;
* document and resolution numbers (``74-TB/VPTU``, ``No. 11-NQ/TW``, ``Uchwały nr 17``);
* anniversaries and ordinals (``77th anniversary``, ``XX congress``, ``lần thứ 2``,
  ``第2回``, ``2-й``); ages (``aged 45``, ``45 tuổi``, ``45歳``); durations
  (``after 3 years``, ``3 năm``); phone numbers;
* the denominator of a ratio (``/34``: the numerator is the candidate) and group sizes
  that only place the locality ("one of the 74 poorest districts").

:func:`coverage` then says which candidates no KPI covers (its value, whole or target
reads back to the figure). A figure repeated later in the text is covered by a KPI of
its first occurrence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.languages import alternation, declare_shape, knowledge, languages_with
from extractor.numbers import NumberMention, find_numbers
from extractor.numbers.dates import after_date_word, day_of_month, is_year
from extractor.schemas import ArticleExtraction, Coverage, UncoveredFigure
from extractor.validators.context import fits, fmt, language_of, sentence_spans

# --------------------------------------------------------------------------- marks
# The words come from extractor/languages/<code>/coverage.json; each regex below joins
# every language's entries, whatever the article's language: a machine translation
# keeps words of its source ("No. 11-NQ/TW", "Điều 5" in an English text).


def _shape(data: dict) -> str | None:
    for key, value in data.items():
        if key == "ordinal_dot":
            if not isinstance(value, bool):
                return "'ordinal_dot' must be true or false"
        elif not (isinstance(value, list) and all(isinstance(v, str) and v for v in value)):
            return f"'{key}' must be a list of strings"
    return None


declare_shape("coverage", _shape)


def _words(key: str, *, word_start: bool = False, word_end: bool = False) -> str:
    return alternation("coverage", key, word_start=word_start, word_end=word_end)


@lru_cache(maxsize=1)
def _marks() -> dict[str, re.Pattern[str]]:
    """The compiled marks, built once from the data files."""
    i = re.IGNORECASE
    return {
        "doc_before": re.compile(rf"{_words('document_before', word_start=True)}[\s:.]*$", i),
        "legal_before": re.compile(rf"{_words('law_article_before', word_start=True)}\s*$", i),
        "doc_after": re.compile(rf"^[-/][A-ZĐА-Я]{{1,6}}|^/(?:\d|[A-ZĐ])|^{_words('document_after')}"),
        "ordinal_after": re.compile(rf"^{_words('ordinal_after', word_end=True)}", i),
        "ordinal_before": re.compile(rf"{_words('ordinal_before', word_start=True)}\s*$", i),
        "anniversary": re.compile(_words("anniversary"), i),
        "age": re.compile(rf"^\s*{_words('age_after')}", i),
        "age_word": re.compile(_words("age_word"), i),
        "age_before": re.compile(rf"{_words('age_before')}\s*$", i),
        "duration_after": re.compile(rf"^\s*(?:[^\W\d_]+\s)?{_words('duration_after')}", i),
        "one_of": re.compile(rf"{_words('one_of')}\s*(?:the\s+)?$", i),
        "structure_after": re.compile(
            rf"^[\s„“\"«]{{0,3}}(?:\w+\s){{0,2}}?{_words('structure_after')}", i),
        "place_before": re.compile(
            rf"{_words('place_before')}[\s-]*(?:nr\.?|no\.?|số)?[\s-]*$", i),
        "phone_before": re.compile(rf"{_words('phone_before')}[\s:.]*\+?$", i),
        "per_head": re.compile(rf"^\s?{_words('per_head')}", i),
    }


@lru_cache(maxsize=1)
def _ordinal_dot() -> frozenset[str]:
    """Languages that write an ordinal as digits and a dot ("5. Parteitag")."""
    return frozenset(c for c in languages_with("coverage") if knowledge(c, "coverage").get("ordinal_dot"))


_TIME = re.compile(r"^\d{1,2}$")


# --------------------------------------------------------------------------- classify


@dataclass(frozen=True)
class Figure:
    """One figure of a text and whether a KPI should report it."""

    mention: NumberMention
    candidate: bool
    reason: str | None  # why it is not a candidate; None for candidates

    @property
    def span(self) -> tuple[int, int]:
        return self.mention.span


def _year(m: NumberMention, text: str, language: str | None = None) -> bool:
    """A year written as four bare digits (see :func:`extractor.numbers.dates.is_year`)."""
    digits = text[m.number_span[0] : m.number_span[1]]
    if m.scales or m.percent or not digits.isdigit() or len(digits) != 4:
        return False
    return is_year(m.readings[0], language)


def _reason(m: NumberMention, text: str, language: str | None = None) -> str | None:
    start, end = m.number_span
    before = text[max(0, start - 40) : start]
    right = text[end : end + 24]
    if m.role == "date":
        return "date"
    if m.role == "denominator":
        return "whole of a ratio"
    if _year(m, text, language):
        return "year"
    if not m.percent and not m.scales and m.readings[0] <= 31 and day_of_month(text, start, end, language):
        return "date"
    marks = _marks()
    if m.percent or m.scales:
        if marks["doc_after"].match(right):
            return "document number"
        return None  # a percentage or an amount is a reported figure
    if (marks["doc_after"].match(right) and m.role != "numerator") or marks["doc_before"].search(before):
        return "document number"
    if marks["legal_before"].search(before):
        return "article of a law"
    if m.role == "numerator" and m.readings[0] <= 31 and m.out_of and 1 <= m.out_of[0] <= 12 \
            and after_date_word(before):
        return "date"
    if _in_token(text, start, end):
        return "code or link"
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and m.readings[0] == 0:
        return "page furniture"
    if marks["place_before"].search(before):
        return "road, phase or name"
    if language in _ordinal_dot() and re.match(r"^\.\s?[^\W\d_]", right) and m.readings[0] < 1000:
        return "ordinal"
    if (text[end : end + 1] == ":" and text[end + 1 : end + 3].isdigit()) or \
            (before.endswith(":") and _TIME.match(text[start:end]) and before[-2:-1].isdigit()):
        return "time"
    return _reason_by_words(m, text, before, right, marks)


def _reason_by_words(m: NumberMention, text: str, before: str, right: str,
                     marks: dict[str, re.Pattern[str]]) -> str | None:
    """The reasons read from the words around a figure: ordinals, anniversaries, ages,
    durations, phone numbers, group sizes and plan structure."""
    start, end = m.number_span
    after = text[m.span[1] : m.span[1] + 24]
    if marks["ordinal_after"].match(right) or marks["ordinal_before"].search(before):
        return "anniversary" if marks["anniversary"].search(before + after) else "ordinal"
    if marks["anniversary"].search(after[:16]) or marks["anniversary"].search(before[-16:]):
        return "anniversary"
    if marks["age_before"].search(before) or (marks["age"].match(right)
                                              and marks["age_word"].search(right[:12])):
        return "age"
    if m.readings[0] == 1 and marks["per_head"].match(right):
        return "per head"
    if marks["duration_after"].match(right):
        return "duration"
    if marks["phone_before"].search(before) or _phone(text[start:end]):
        return "phone number"
    if marks["one_of"].search(before):
        return "group placing the locality"
    if marks["structure_after"].match(right):
        return "plan structure or rating"
    return None


def _in_token(text: str, start: int, end: int) -> bool:
    """Digits glued to a Latin or Cyrillic word, or in a link: "Covid-19", "A3", "-219730.htm".

    Only these scripts: CJK, Thai and Arabic write figures against their letters.
    """
    left = text[max(0, start - 2) : start]
    glued = bool(re.search(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff][-/_]?$", left))
    return glued or bool(re.match(r"^\.(?:html?|php|aspx?)", text[end : end + 6]))


def non_kpi_reason(m: NumberMention, text: str, language: str | None = None) -> str | None:
    """Why figure ``m`` of ``text`` is not a KPI (a year, a date, a document number ...);
    None when it is a KPI candidate. Read from the text's cached classification (repair
    asks before coverage classifies the same text)."""
    lang = language_of(language)
    reasons = _reasons(text, lang)
    return reasons[m] if m in reasons else _reason(m, text, lang)


@lru_cache(maxsize=256)
def _reasons(text: str, lang: str | None) -> dict[NumberMention, str | None]:
    return {f.mention: f.reason for f in _classified(text, lang)}


def _phone(digits: str) -> bool:
    plain = re.sub(r"\D", "", digits)
    return len(plain) >= 9 and (digits.startswith("0") or bool(re.search(r"[ .-]\d{3,4}[ .-]", digits)))


def classify(text: str, language: str | None = None) -> list[Figure]:
    """Every figure of ``text`` with its verdict: KPI candidate or not (and why not).

    Cached per (text, language): a chunk is classified for its follow-up plan, the
    plan's coverage and the article's final coverage (Figures are immutable).
    """
    return list(_classified(text, language_of(language)))


@lru_cache(maxsize=256)
def _classified(text: str, lang: str | None) -> tuple[Figure, ...]:
    out = []
    for m in find_numbers(text, lang):
        reason = _reason(m, text, lang)
        out.append(Figure(m, reason is None, reason))
    return tuple(out)


# --------------------------------------------------------------------------- coverage


@dataclass
class _Reported:
    """One KPI as coverage sees it: its figures and where its quote is."""

    values: list[tuple[float, float]]  # (value, scale) of value, out_of and target
    quote: tuple[int, int] | None  # the quote's span in the text, when located
    word: str | None  # the word after the KPI's own figure in its quote ("communes")
    misread: list[NumberMention]  # its quote's figures when its value fits none of them


def _next_word(text: str, m: NumberMention) -> str:
    found = re.match(r"\s*([^\W\d_]+)", text[m.span[1] : m.span[1] + 30])
    return found.group(1).casefold() if found else ""


def _reported(extraction: ArticleExtraction, text: str, language: str | None) -> list[_Reported]:
    from extractor.numbers import numbers_in_span
    from extractor.validators.context import is_percent_unit, locate_quote

    out = []
    for meeting in extraction.meetings:
        for kpi in meeting.kpis:
            values = [(kpi.value, kpi.scale)]
            for other in (kpi.out_of, kpi.target):
                if other is not None:
                    values += [(other, kpi.scale), (other, 1.0)]
            g = locate_quote(kpi.evidence, kpi.evidence_grounding, text)
            if g.start is None:
                out.append(_Reported(values, None, None, []))
                continue
            inside = numbers_in_span(text, g.start, g.end, language)
            own = next((m for m in inside if fits(m, kpi.value, kpi.scale)), None)
            percent = is_percent_unit(kpi.unit)
            misread = [] if own is not None or not inside else \
                [m for m in inside if m.percent == percent]
            out.append(_Reported(values, (g.start, g.end), _next_word(text, own) if own else None,
                                 misread))
    return out


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence of ``text`` holding ``pos``."""
    starts, ends = sentence_spans(text)
    i = bisect.bisect_right(starts, pos) - 1
    return (starts[i], ends[i]) if i >= 0 else (0, len(text))


def _covered(m: NumberMention, text: str, reported: list[_Reported], indicators: str) -> bool:
    """A KPI reports ``m``: in its own quote, or -- a figure repeated later -- the same
    value of the same thing (the same word after it); or a misread KPI claims its quote;
    or an indicator names it as a threshold ("targets achieved over 50%")."""
    word = None
    for r in reported:
        inside = r.quote is not None and r.quote[0] <= m.number_span[0] and m.number_span[1] <= r.quote[1]
        if inside and (any(fits(m, v, s) for v, s in r.values) or m in r.misread):
            return True
        if not inside and any(fits(m, v, s) for v, s in r.values):
            word = _next_word(text, m) if word is None else word
            if r.quote is None or r.word == word:
                return True
    return any(re.search(rf"(?<![\d.,]){re.escape(fmt(x))}(?![\d])", indicators)
               for x in m.readings)


def coverage(extraction: ArticleExtraction, text: str, language: str | None = None,
             offset: int = 0) -> Coverage:
    """Figures of ``text`` found, KPI candidates, those some KPI covers, the rest.

    ``offset`` is added to the spans (``text`` a chunk of the article starting there).
    A ratio's numerator covers its denominator; a range is covered when either end is.
    """
    lang = language_of(language or extraction.language)
    figures = classify(text, lang)
    reported = _reported(extraction, text, lang)
    indicators = " | ".join(k.indicator or "" for m in extraction.meetings for k in m.kpis)
    candidates = [f for f in figures if f.candidate]
    result = Coverage(figures=len(figures), candidates=len(candidates))
    covered_spans = {f.span for f in candidates if _covered(f.mention, text, reported, indicators)}
    # A range is covered when either end is: ends grouped by their range, in one pass.
    ends: dict[tuple[float, float] | None, list[Figure]] = {}
    for f in candidates:
        if f.mention.role.startswith("range"):
            ends.setdefault(f.mention.range, []).append(f)
    for f in candidates:
        if f.span not in covered_spans and f.mention.role.startswith("range") and \
                any(g.span in covered_spans for g in ends[f.mention.range] if g is not f):
            covered_spans.add(f.span)
    for f in candidates:
        if f.span in covered_spans:
            result.covered += 1
            continue
        s, e = sentence_at(text, f.span[0])
        result.uncovered.append(UncoveredFigure(
            text=f.mention.text.strip(), span=(f.span[0] + offset, f.span[1] + offset),
            sentence=" ".join(text[s:e].split())))
    return result


def uncovered_findings(cov: Coverage) -> list:
    """``uncovered_figure`` warnings, one per candidate no KPI reports."""
    from extractor.schemas import Finding

    return [Finding(code="uncovered_figure", severity="warning", path="meetings",
                    message=f"{u.text!r} is a reported figure no KPI covers: {u.sentence[:120]!r}",
                    span=u.span) for u in cov.uncovered]
