"""What the reader drafts from one text, as the language tests compare it."""

from __future__ import annotations

from extractor.draft import build_draft


def figures(text: str, lang: str) -> list[tuple]:
    """(value, scale, qualifier, unit) of every KPI candidate the reader drafts."""
    return [(f.value, f.scale, f.qualifier, f.unit_word) for f in build_draft(text, lang).figures]


def clauses(text: str, lang: str) -> list[str]:
    """The text of every instruction clause the reader drafts."""
    draft = build_draft(text, lang)
    return [text[c.span[0]:c.span[1]] for c in draft.clauses]


def titles(text: str, lang: str) -> dict[str, list[str]]:
    """Each drafted person's titles, by name."""
    return {p.name: p.titles for p in build_draft(text, lang).people}
