"""What the linkers read: meetings with their attendee mentions and figures.

Plain frozen dataclasses, built either from records (``meetings_from_articles``) or
from database rows (``extractor.db``), so linking never depends on where the data
came from. ``MeetingInput.key`` is the meeting's id in the database (``meeting_id``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from extractor.linking.indicators import indicator_code, parse_unit, scaled_value
from extractor.linking.text import find_province, province_key
from extractor.schemas import ArticleExtraction


def meeting_id(run_id: str, article_id: str, position: int) -> str:
    """The id of a meeting of one article version: a hash of where it sits."""
    return hashlib.sha256(f"{run_id}\0{article_id}\0{position}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Mention:
    """One attendee of one meeting."""

    position: int
    name: str
    name_in_text: str
    titles: tuple[str, ...] = ()
    role: str = "attendee"


@dataclass(frozen=True)
class Figure:
    """One KPI of one meeting, with its canonical code and base-unit value."""

    position: int
    indicator: str
    value: float
    unit: str
    scale: float = 1.0
    period: str | None = None
    qualifier: str = "exact"
    evidence: str = ""
    code: str = ""
    scaled: float = 0.0

    @staticmethod
    def of(position: int, indicator: str, value: float, unit: str, scale: float = 1.0,
           period: str | None = None, qualifier: str = "exact", evidence: str = "") -> Figure:
        return Figure(position, indicator, value, unit, scale, period, qualifier, evidence,
                      indicator_code(indicator, unit, evidence or None),
                      scaled_value(value, scale, unit))

    @property
    def base_unit(self) -> str:
        return parse_unit(self.unit).base_unit


@dataclass(frozen=True)
class Instruction:
    """One directive of one meeting (merged across editions by its English action)."""

    position: int
    action: str
    deadline: str | None = None
    issuer: str | None = None


@dataclass(frozen=True)
class MeetingInput:
    """One meeting of one article version, as the linkers see it."""

    key: str  # meetings.meeting_id
    run_id: str
    article_id: str
    position: int
    language: str
    province: str  # province key ('' when unknown): manifest, else named in the meeting
    date: str | None
    title: str
    location: str | None
    attendees: tuple[Mention, ...] = ()
    kpis: tuple[Figure, ...] = ()
    directives: tuple[Instruction, ...] = ()
    is_gold: bool = False
    is_current: bool = True
    kind: str = "other"
    extra: Mapping[str, object] = field(default_factory=dict)


def meeting_province(manifest_province: str | None, location: str | None, title: str) -> str:
    """The article's province when the manifest gives one, else one named in the meeting."""
    return province_key(manifest_province) or find_province(location, title)


def meetings_from_articles(
    run_id: str,
    articles: Iterable[ArticleExtraction],
    meeting_key: Callable[[str, str, int], str],
    provinces: Mapping[str, str | None] | None = None,
    *,
    is_gold: bool = False,
) -> list[MeetingInput]:
    """Linker inputs for the meetings of a run's records."""
    out = []
    for article in articles:
        for pos, meeting in enumerate(article.meetings):
            out.append(MeetingInput(
                key=meeting_key(run_id, article.article_id, pos),
                run_id=run_id, article_id=article.article_id, position=pos,
                language=article.language,
                province=meeting_province((provinces or {}).get(article.article_id),
                                          meeting.location, meeting.title),
                date=meeting.date, title=meeting.title, location=meeting.location,
                attendees=tuple(Mention(i, a.name, a.name_in_text, tuple(a.titles), a.role.value)
                                for i, a in enumerate(meeting.attendees)),
                kpis=tuple(Figure.of(i, k.indicator, k.value, k.unit, k.scale, k.period,
                                     k.qualifier.value, k.evidence)
                           for i, k in enumerate(meeting.kpis)),
                directives=tuple(Instruction(i, d.action, d.deadline, d.issuer)
                                 for i, d in enumerate(meeting.directives)),
                is_gold=is_gold, kind=meeting.kind.value,
            ))
    return out
