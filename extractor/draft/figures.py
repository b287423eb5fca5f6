"""The KPI candidates of a text as numbered draft figures.

Each figure is what the number reader read (value, scale word, percent sign,
qualifier, the whole of a ratio, a range) plus what stands next to it in the text: the
word after it (its unit), its sentence, and whether a target word introduces it (then it
is the planned value of the figure before it, not a figure of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.draft import cues
from extractor.draft.segments import Segment, sentence_of
from extractor.languages import knowledge, unspaced_script
from extractor.linking.text import fold
from extractor.validators.coverage import classify

_WORD_AFTER = re.compile(r"[\s\u00a0\u202f]*([^\W\d_][^\s,.;:()\[\]（）、，。،؛/।۔]*)")
_UNIT_WORDS = 3  # the longest unit a data file names, in words ('rumah tangga miskin')


@dataclass(frozen=True)
class DraftFigure:
    """One KPI candidate: ``F<n>`` in the draft."""

    id: str
    text: str
    span: tuple[int, int]
    value: float
    scale: float
    percent: bool
    qualifier: str | None
    out_of: float | None
    range: tuple[float, float] | None
    unit_word: str
    sentence: Segment
    target_of: str | None = None  # id of the figure this one is the planned value of
    period: str | None = None  # '2024', '2021-2024', 'first 9 months of 2025'
    months: int | None = None  # 'the first 9 months' of a year the sentence does not name


@lru_cache(maxsize=64)
def _unit_words(language: str | None) -> tuple[dict[str, str], frozenset[str], tuple[str, ...]]:
    """Folded unit words (one or more words) -> English unit; the words that may stand
    between a figure and its unit ('de' in '17.350 bilhões de VND', 'new' in '46 new
    products'); and those of them written onto the next word ("d'" in "d'USD", '个' in
    '53个乡'). From English's units.json, then the language's."""
    codes: dict[str, str] = {}
    skip: set[str] = set()
    glue: set[str] = set()
    for lang in ("en", language):
        data = knowledge(lang, "units")
        codes.update({fold(w): code for code, words in data.get("units", {}).items()
                      for w in words})
        between = data.get("between_figure_and_unit", [])
        skip |= {fold(w) for w in between}
        # glued ones compared in their own script: transliterated, 'つの' and a word
        # starting with it would not line up letter for letter
        glue |= {cues.fold(w) for w in between if w[-1] in "'’" or unspaced_script(w[-1])}
    return codes, frozenset(skip), tuple(sorted(glue, key=len, reverse=True))


def _words_after(text: str, end: int, glued: tuple[str, ...]) -> list[str]:
    words: list[str] = []
    while len(words) < _UNIT_WORDS + 2 and (m := _WORD_AFTER.match(text, end)):
        word, end = m.group(1), m.end()
        prefix = next((g for g in glued if cues.fold(word).startswith(g) and len(word) > len(g)),
                      "")
        words.append(word[len(prefix):])
    return words


def _unit_prefix(word: str, codes: dict[str, str]) -> str | None:
    """In a script without spaces the unit starts the run: 'ドンに達した' -> VND."""
    folded = fold(word)
    found = [w for w in codes if w and folded.startswith(w)]
    return codes[max(found, key=len)] if found else None


def unit_after(text: str, end: int, percent: bool, language: str | None) -> str:
    """The unit of the figure that ends at ``end``: the first run of the next words
    (within its clause) that the language data names as a unit, longest first; else
    the first word after the figure that is not a filler, as written."""
    if percent:
        return "%"
    codes, skip, glued = _unit_words(language)
    words = _words_after(text, end, glued)
    # a counter that is no unit itself: '15개 사' (but 'জন' counts people)
    while len(words) > 1 and fold(words[0]).strip(".") in skip - codes.keys():
        words = words[1:]
    if words and unspaced_script(words[0][0]):
        return _unit_prefix(words[0], codes) or words[0]
    for start in range(min(len(words), _UNIT_WORDS)):
        for size in range(_UNIT_WORDS, 0, -1):
            phrase = fold(" ".join(words[start:start + size])).strip(".")
            if len(words) - start >= size and phrase in codes:
                return codes[phrase]
    plain = [w for w in words[:3] if fold(w).strip(".") not in skip]
    return plain[0] if plain else (words[0] if words else "")


def _target_cue(text: str, start: int, sentence: Segment, language: str | None) -> bool:
    """A target word stands shortly before the figure, inside the same sentence."""
    window = fold(text[max(sentence.start, start - 40):start])
    cues = knowledge(language, "figures").get("target", []) + knowledge("en", "figures").get("target", [])
    # a cue may take a short ending ('targets', 'celem'), not become another word
    # ('plantaron' is no 'plan')
    return any(re.search(rf"(?<![a-z]){re.escape(fold(c))}"
                         + ("" if unspaced_script(c[-1]) else "(?![a-z]{3})"), window) for c in cues)


def _cumulative(text: str, year, language: str | None) -> str | None:
    """'by end of 2024' / 'by 2024' when the words before the year (or after it, in
    Chinese, Japanese and Korean: 2024年底) say the figure is a total up to then."""
    data = knowledge(language, "dates")
    before = cues.fold(text[max(0, year.span[0] - 28):year.span[0]]).rstrip()
    after = cues.fold(text[year.number_span[1]:year.number_span[1] + 6])
    for key, form in (("cumulative_end", "by end of {}"), ("cumulative", "by {}")):
        if any(re.search(rf"(?<!\w){re.escape(cues.fold(w))}$", before)
               for w in data.get(key, ())) or any(
                after.startswith(cues.fold(w)) for w in data.get(f"{key}_after", ())):
            return form.format(int(year.value))
    return None


def _period(figures: list, i: int, sentence: Segment, text: str,
            language: str | None) -> tuple[str | None, int | None]:
    """The time a figure covers, from the years and durations its sentence names (nearest
    before it first): a span of years '2021-2024'; N months and a year, 'first 9 months
    of 2025'; a year; and N months without one (the meeting's year is theirs)."""
    at = figures[i].mention.span[0]
    # before the figure only: a year after it is mostly a comparison ('up 12% on 2023')
    here = sorted((f for f in figures if sentence.start <= f.mention.span[0] < at),
                  key=lambda f: at - f.mention.span[0])
    years = [f.mention for f in here if f.reason == "year"]
    span = next((m for m in years if m.role == "range_start" and m.range), None)
    if span is not None:
        return f"{int(span.range[0])}-{int(span.range[1])}", None
    months = next((int(f.mention.value) for f in here if f.reason == "duration"
                   and f.mention.value in range(1, 12)), None)
    single = next((m for m in years if m.role == "number"), None)
    year = int(single.value) if single is not None else None
    if months and year:
        return f"first {months} months of {year}", None
    if single is not None:
        return _cumulative(text, single, language) or str(year), None
    return None, months


def draft_figures(text: str, language: str | None) -> list[DraftFigure]:
    """Every KPI candidate of ``text``, numbered in reading order."""
    out: list[DraftFigure] = []
    figures = classify(text, language)
    for i, fig in enumerate(figures):
        m = fig.mention
        if not fig.candidate or m.role == "range_end":
            continue
        # the unit of a ratio or a range follows its second number: '362/411 communes'
        after = figures[i + 1].mention.span[1] if m.role in ("numerator", "range_start") \
            and i + 1 < len(figures) else m.span[1]
        sentence = sentence_of(text, m.span[0])
        period, months = _period(figures, i, sentence, text, language)
        previous = out[-1] if out and out[-1].sentence == sentence else None
        target_of = previous.id if previous and _target_cue(text, m.number_span[0], sentence,
                                                             language) else None
        out.append(DraftFigure(
            id=f"F{len(out) + 1}", text=m.text.strip(), span=m.span, value=m.value,
            # a range is drafted as its lower end, about (corpus/ANNOTATION.md)
            scale=m.scale, percent=m.percent, qualifier=m.qualifier or ("about" if m.range else None),
            out_of=m.out_of[0] if m.out_of else None, range=m.range,
            unit_word=unit_after(text, after, m.percent, language), sentence=sentence,
            target_of=target_of, period=period, months=months))
    return out
