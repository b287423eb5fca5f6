"""Example leakage: records whose text comes from the few-shot example, not the article.

A small model copies the example's names, places and quotes into answers about other
articles. A record whose name, quote or place is written in the example and not in the
article is dropped; a meeting keeps its place only when the article names it.
"""

from __future__ import annotations

from functools import cache

from extractor.grounding import normalize
from extractor.schemas import ExtractionDraft
from extractor.schemas.registry import CHILD_TYPES

#: The fields whose text must come from the article (quotes, names, places).
_TEXT_FIELDS = ("name", "name_in_text", "evidence", "location")


@cache
def _example() -> tuple[str, frozenset[str]]:
    from extractor.prompting import load_example

    ex = load_example()
    values: set[str] = set()
    for m in ex.output.meetings:
        values.add(normalize(m.location or ""))
        for rtype in CHILD_TYPES:
            for rec in rtype.items(m):
                values.update(normalize(str(getattr(rec, f, "") or "")) for f in _TEXT_FIELDS)
    values.discard("")
    return normalize(ex.text), frozenset(values)


def leaked(value: str | None, article: str, place: bool = False) -> bool:
    """``value`` is written in the example (its text or its answer) and not in the article."""
    if not value:
        return False
    v = normalize(value)
    text, values = _example()
    return bool(v) and (v in values or v in text) and (_core(v) if place else v) not in article


def _core(value: str) -> str:
    """The value without the English level word a place carries ('Quan Son district')."""
    from extractor.languages import knowledge

    levels = {w for ws in knowledge("en", "meetings").get("places", {}).values() for w in ws}
    return " ".join(w for w in value.split() if w not in levels)


def _record_leaked(rec: object, article: str) -> bool:
    # A name romanized from the article's script ('Нгуєн Ван Тхі' -> 'Nguyen Van Thi') is
    # not in the article, but its name_in_text is: the name comes from the article.
    written = getattr(rec, "name_in_text", None)
    from_text = bool(written) and normalize(written) in article
    return any(leaked(getattr(rec, f, None), article, place=f == "location")
               for f in _TEXT_FIELDS if not (f == "name" and from_text))


def drop_leaked(draft: ExtractionDraft, article_text: str) -> int:
    """Drop the leaked records of ``draft`` in place; returns how many were dropped."""
    article = normalize(article_text)
    dropped = 0
    for m in draft.meetings:
        if leaked(m.location, article, place=True):
            m.location = None
            dropped += 1
        for rtype in CHILD_TYPES:
            items = rtype.items(m)
            keep = [r for r in items if not _record_leaked(r, article)]
            dropped += len(items) - len(keep)
            setattr(m, rtype.name, keep)
    return dropped
