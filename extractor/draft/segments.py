"""Sentences and clauses of an article, in any script, as spans of the text.

The validators' sentence splitter needs a space after the full stop; Chinese and
Japanese put none after 。, and the article's instructions are often lists of clauses
joined by semicolons. Both are read here, once per text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.languages import gathered

# A sentence ends at a full stop (any script) followed by a space, at an ideographic or
# Devanagari full stop, or at a line break.
# A number of one or two digits before the full stop is an ordinal ("19. Kongresu",
# "31. desember"), not a sentence end.
# Full stops of other scripts: Urdu ۔ and Armenian ։ before a space; Devanagari ।,
# Khmer ។, Burmese ။ and Ethiopic ። with or without one.
_SENTENCE_END = re.compile(r"(?<!(?<!\d)\d\.)(?<!(?<!\d)\d\d\.)(?<=[.!?؟…۔։])\s+"
                           r"|(?<=[。！？।។။።])\s*|\n+")
# A clause of a list of instructions ends at a semicolon (Latin, Arabic, ideographic).
_CLAUSE_END = re.compile(r"[;؛；]\s*")
_WORD_BEFORE_STOP = re.compile(r"(?:^|[\s(])([^\s(]{1,6})\.$")
_TRIM = " \t\"'“”„«»「」『』()（）-–—:：,，、"


@dataclass(frozen=True)
class Segment:
    """``text[start:end]`` of the article; ``paragraph`` counts line-separated blocks."""

    start: int
    end: int
    paragraph: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM + ".。":
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Words written with a full stop inside a sentence, every language's (a
    translation keeps its source's): 'Ms.', 'mld.', 'тыс.'."""
    return frozenset(w.casefold() for w in gathered("names", "abbreviations"))


def _false_end(text: str, m: re.Match) -> bool:
    """A full stop that ends no sentence: the next word starts in lower case, or the
    word before it is an abbreviation ('Ms. Luong Thi Hanh', '312,5 mld. VND')."""
    if "\n" in m.group() or text[m.start() - 1 : m.start()] != ".":
        return False
    after = text[m.end() : m.end() + 1]
    if after.islower():
        return True
    word = _WORD_BEFORE_STOP.search(text, max(0, m.start() - 8), m.start())
    return word is not None and word.group(1).casefold() in _abbreviations()


@lru_cache(maxsize=64)
def sentences(text: str) -> tuple[Segment, ...]:
    """Every non-empty sentence, trimmed of surrounding quotes and punctuation."""
    out, pos, para = [], 0, 0
    for m in _SENTENCE_END.finditer(text):
        if _false_end(text, m):
            continue
        s, e = _trimmed(text, pos, m.start())
        if e > s:
            out.append(Segment(s, e, para))
        if "\n" in m.group():
            para += 1
        pos = m.end()
    s, e = _trimmed(text, pos, len(text))
    if e > s:
        out.append(Segment(s, e, para))
    return tuple(out)


def clauses(text: str, sentence: Segment) -> list[Segment]:
    """The sentence cut at its semicolons (one clause when it has none)."""
    out, pos = [], sentence.start
    body = text[sentence.start:sentence.end]
    for m in _CLAUSE_END.finditer(body):
        s, e = _trimmed(text, pos, sentence.start + m.start())
        if e > s:
            out.append(Segment(s, e, sentence.paragraph))
        pos = sentence.start + m.end()
    s, e = _trimmed(text, pos, sentence.end)
    if e > s:
        out.append(Segment(s, e, sentence.paragraph))
    return out


def sentence_of(text: str, pos: int) -> Segment:
    """The sentence holding offset ``pos`` (the whole text when none does)."""
    for seg in sentences(text):
        if seg.start <= pos < seg.end:
            return seg
    return Segment(0, len(text), 0)


def paragraph_sizes(text: str) -> dict[int, int]:
    """How many sentences each paragraph has (a one-sentence paragraph is often a caption)."""
    sizes: dict[int, int] = {}
    for seg in sentences(text):
        sizes[seg.paragraph] = sizes.get(seg.paragraph, 0) + 1
    return sizes
