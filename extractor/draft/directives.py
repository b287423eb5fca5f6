"""Instructions the article reports: the clauses of its closing directions.

Articles of this class end with what the chair asked for: a sentence with a verb of
asking ("requested", "yêu cầu", "zwrócił się", "طلب", "要求") opens the directions, and
the clauses that follow (infinitives, lists joined by semicolons) continue them until a
paragraph that reports something else. One-sentence paragraphs that are photo captions
are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.draft import cues
from extractor.draft.segments import Segment, clauses, paragraph_sizes, sentences
from extractor.languages import has_unspaced_script

CAPTION_CHARS = 100  # a one-sentence paragraph shorter than this is a caption
MIN_CLAUSE_CHARS = 25
_URL = re.compile(r"https?://|www\.")  # a source line is no instruction
# A character of a script without spaces carries about a word: '县里需加快拨付公共投资资金。'
MIN_CLAUSE_CHARS_UNSPACED = 10


def _dense(text: str) -> bool:
    """Written without spaces between words (Korean, though its particles are glued, puts
    spaces between words: its clauses are measured as spaced ones)."""
    return has_unspaced_script(text.replace(" ", "")) and not any(
        "\uac00" <= c <= "\ud7af" for c in text)


@dataclass(frozen=True)
class DraftClause:
    """One instruction clause: ``C<n>`` in the draft."""

    id: str
    span: tuple[int, int]
    opens: bool  # its sentence has a verb of asking
    issuer_hint: tuple[int, int] | None  # the opening sentence's span (who asked is named there)
    paragraph: int = 0


def _caption(seg: Segment, text: str, sizes: dict[int, int]) -> bool:
    return sizes.get(seg.paragraph, 0) == 1 and seg.end - seg.start < CAPTION_CHARS


def directive_clauses(text: str, lang: str | None,
                      reports: tuple[tuple[int, int], ...] = ()) -> list[DraftClause]:
    """The clauses of the directions, in reading order, numbered ``C1``, ``C2`` ...

    ``reports``: spans of reported amounts and percentages; a sentence that continues
    the directions but holds one reports a result instead."""
    asking = cues.cue_list(lang, "directives", "asking")
    duty = cues.cue_list(lang, "directives", "obligation")
    stop = cues.cue_list(lang, "directives", "not_directive")
    # 'expressed confidence that ... will ...': a hope, unless the sentence also asks
    belief = cues.cue_list(lang, "directives", "belief")
    sizes = paragraph_sizes(text)
    out: list[DraftClause] = []
    opening: Segment | None = None
    for seg in sentences(text):
        body = seg.of(text)
        opens = cues.has(body, asking, lang)
        if (_caption(seg, text, sizes) and not opens) or cues.has(body, stop, lang) or (
                not opens and cues.has(body, belief, lang)) or _URL.search(body):
            continue
        if opens:
            opening = seg
        elif not _follows(seg, body, opening, out, duty, lang, reports):
            continue
        for clause in clauses(text, seg):
            least = MIN_CLAUSE_CHARS_UNSPACED if _dense(text[clause.start:clause.end]) \
                else MIN_CLAUSE_CHARS
            if clause.end - clause.start >= least:
                out.append(DraftClause(f"C{len(out) + 1}", (clause.start, clause.end), opens,
                                       (opening.start, opening.end), seg.paragraph))
    return out


def _follows(seg: Segment, body: str, opening: Segment | None, out: list[DraftClause],
             duty: tuple[str, ...], lang: str | None, reports: tuple[tuple[int, int], ...]) -> bool:
    """A sentence after the opening one continues the directions: in its paragraph, with
    a word of obligation, or right after the last clause, and reporting no result."""
    if opening is None or any(seg.start <= s < seg.end for s, _ in reports):
        return False
    return seg.paragraph == opening.paragraph or cues.has(body, duty, lang) or _continues(out, seg)


def _continues(out: list[DraftClause], seg: Segment) -> bool:
    """The sentence follows the directions without a break: same or next paragraph."""
    return bool(out) and seg.paragraph - out[-1].paragraph <= 1
