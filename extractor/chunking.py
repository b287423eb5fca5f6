"""Split long articles into overlapping chunks and merge the records they yield.

Chunks break at paragraph, then sentence, then word boundaries so a quote is rarely
cut; the overlap lets a figure near a boundary appear whole in one of the two chunks.
Records found twice in the overlap are de-duplicated on merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.grounding import normalize
from extractor.schemas import ExtractionDraft, MeetingDraft
from extractor.schemas.registry import CHILD_TYPES


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int  # offset of the chunk in the article text
    text: str


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?؟。])\s+"), re.compile(r"\s+"))


def _cut_point(text: str, lo: int, hi: int) -> int:
    """Best place to end a chunk in text[lo:hi]: the last paragraph/sentence/word break."""
    window = text[lo:hi]
    for pattern in _BREAKS:
        last = None
        for m in pattern.finditer(window):
            last = m
        if last is not None and last.end() > (hi - lo) // 2:
            return lo + last.end()
    return hi


def split_text(text: str, max_chars: int, overlap: int = 200) -> list[Chunk]:
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    overlap = min(overlap, max_chars // 4)
    if len(text) <= max_chars:
        return [Chunk(0, 0, text)]
    chunks: list[Chunk] = []
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= max_chars else _cut_point(text, start, start + max_chars)
        chunks.append(Chunk(len(chunks), start, text[start:end]))
        if end >= len(text):
            break
        next_start = max(end - overlap, start + 1)
        # start the overlap at a word boundary
        space = text.find(" ", next_start, end)
        start = space + 1 if space != -1 else next_start
    return chunks


def _key(item: object, fields: tuple[str, ...]) -> tuple:
    parts = (getattr(item, f) for f in fields)
    return tuple(normalize(p) if isinstance(p, str) else p for p in parts)


def _dedupe(items: list, fields: tuple[str, ...]) -> list:
    """``items`` without repeats: equal (after folding) on the record type's dedupe key."""
    seen: set = set()
    out = []
    for item in items:
        k = _key(item, fields)
        if k in seen:
            continue
        seen.add(k)
        out.append(item)
    return out


def _same_meeting(a: MeetingDraft, b: MeetingDraft) -> bool:
    if a.date and b.date:
        return a.date == b.date
    return a.kind == b.kind or not (a.date or b.date)


def merge_drafts(drafts: list[ExtractionDraft]) -> ExtractionDraft:
    """Union of per-chunk drafts: meetings with the same date (or compatible kind) fuse."""
    merged: list[MeetingDraft] = []
    for draft in drafts:
        for meeting in draft.meetings:
            target = next((m for m in merged if _same_meeting(m, meeting)), None)
            if target is None:
                merged.append(meeting.model_copy(deep=True))
                continue
            target.date = target.date or meeting.date
            target.location = target.location or meeting.location
            for rtype in CHILD_TYPES:
                rtype.items(target).extend(rtype.items(meeting))
    for m in merged:
        for rtype in CHILD_TYPES:
            setattr(m, rtype.name, _dedupe(rtype.items(m), rtype.dedupe_key))
    return ExtractionDraft(meetings=merged)
