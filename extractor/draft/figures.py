"""The KPI candidates of a text as numbered draft figures.

Each figure is what the number reader read (value, scale word, percent sign,
qualifier, the whole of a ratio, a range) plus what stands next to it in the text: the
word after it (its unit), its sentence, and whether a target word introduces it (then it
is the planned value of the figure before it, not a figure of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.draft.segments import Segment, sentence_of
from extractor.languages import knowledge
from extractor.linking.text import fold
from extractor.validators.coverage import classify

_WORD_AFTER = re.compile(r"[\s\u00a0\u202f]*([^\W\d_][^\s,.;:()\[\]（）、，。]*)")


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


def unit_of(word: str, percent: bool, language: str | None) -> str:
    """The English unit of a figure: '%', a currency code the language data names, else
    the word after it as written."""
    if percent:
        return "%"
    folded = fold(word).strip(".")
    for lang in (language, "en"):
        for code, words in knowledge(lang, "units").get("units", {}).items():
            if folded in {fold(w) for w in words}:
                return code
    return word


def _target_cue(text: str, start: int, sentence: Segment, language: str | None) -> bool:
    """A target word stands shortly before the figure, inside the same sentence."""
    window = fold(text[max(sentence.start, start - 40):start])
    cues = knowledge(language, "figures").get("target", []) + knowledge("en", "figures").get("target", [])
    return any(re.search(rf"(?<![a-z]){re.escape(fold(c))}", window) for c in cues)


def draft_figures(text: str, language: str | None) -> list[DraftFigure]:
    """Every KPI candidate of ``text``, numbered in reading order."""
    out: list[DraftFigure] = []
    for fig in classify(text, language):
        m = fig.mention
        if not fig.candidate or m.role == "range_end":
            continue
        word = _WORD_AFTER.match(text, m.span[1])
        unit_word = word.group(1) if word else ""
        sentence = sentence_of(text, m.span[0])
        previous = out[-1] if out and out[-1].sentence == sentence else None
        target_of = previous.id if previous and _target_cue(text, m.number_span[0], sentence,
                                                             language) else None
        out.append(DraftFigure(
            id=f"F{len(out) + 1}", text=m.text.strip(), span=m.span, value=m.value,
            scale=m.scale, percent=m.percent, qualifier=m.qualifier,
            out_of=m.out_of[0] if m.out_of else None, range=m.range,
            unit_word=unit_of(unit_word, m.percent, language), sentence=sentence,
            target_of=target_of))
    return out
