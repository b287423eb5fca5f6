"""The reader's draft of one text: everything it can ground, numbered for reference.

``F<n>`` figures (KPI candidates), ``D<n>`` dates, ``P<n>`` people, ``C<n>`` instruction
clauses, and the meeting's kind, date and place as the cue words tell them. The model
refers to these ids instead of restating numbers and quotes; the tool fills the
records from them (see :mod:`extractor.draft.fill`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.draft.dates import meeting_date
from extractor.draft.directives import DraftClause, directive_clauses
from extractor.draft.figures import DraftFigure, draft_figures
from extractor.draft.meeting import meeting_kind, meeting_location
from extractor.draft.people import DraftPerson, draft_people
from extractor.draft.titles import person_titles
from extractor.languages import normalise_code
from extractor.numbers.dates import WrittenDate, find_dates


@dataclass
class Draft:
    text: str
    language: str | None
    figures: list[DraftFigure] = field(default_factory=list)
    dates: list[WrittenDate] = field(default_factory=list)
    people: list[DraftPerson] = field(default_factory=list)
    clauses: list[DraftClause] = field(default_factory=list)
    kind: str = "other"
    date: str | None = None
    location: str | None = None

    def ids(self) -> set[str]:
        """Every id a reader-first answer may refer to."""
        return ({f.id for f in self.figures} | {d.id for d in self.dates}
                | {p.id for p in self.people} | {c.id for c in self.clauses})

    def item(self, ref: str) -> object | None:
        for group in (self.figures, self.dates, self.people, self.clauses):
            for x in group:
                if x.id == ref:
                    return x
        return None


def build_draft(text: str, language: str | None) -> Draft:
    """The draft of ``text`` (an article or one chunk of it)."""
    lang = normalise_code(language)
    dates = find_dates(text, lang)
    figures = draft_figures(text, lang)
    reports = tuple(f.span for f in figures if f.percent or f.scale > 1)
    draft = Draft(text, lang, figures=figures, dates=dates, people=draft_people(text, lang),
                  clauses=directive_clauses(text, lang, reports))
    draft.kind, _ = meeting_kind(text, lang)
    draft.date = meeting_date(text, dates)
    draft.location = meeting_location(text, lang)
    for person in draft.people:
        person.titles = person_titles(draft, person)
    return draft
