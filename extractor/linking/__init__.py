"""Records that link across articles: people, indicators and events.

    from extractor.linking import link, meetings_from_articles
    linking = link(meetings_from_articles(run_id, records, meeting_key, provinces))
    linking.person_of[(meeting_id, attendee_position)]  # -> 'p_…'
    linking.event_of[meeting_id]                        # -> 'e_…'
    linking.events['e_…'].findings                      # editions_disagree

* people (``extractor.linking.people``): a ``person_id`` per attendee mention;
* indicators (``extractor.linking.indicators``): an ``indicator_code`` and a base-unit
  ``scaled_value`` per KPI, from the canonical list ``schemas/indicators.json``;
* events (``extractor.linking.events``, ``extractor.linking.merge``): an ``event_id``
  per meeting, the records merged across editions, and ``editions_disagree`` findings.

Everything is deterministic. Ids hash content; given the ids of an earlier linking
(``previous_people``, ``previous_events``), clusters keep their old ids.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from extractor.linking.events import Event
from extractor.linking.incremental import relink_all
from extractor.linking.indicators import catalogue, indicator_code, indicator_rows, scaled_value
from extractor.linking.memory import MemoryStore
from extractor.linking.model import (
    Figure,
    MeetingInput,
    Mention,
    meeting_id,
    meetings_from_articles,
)
from extractor.linking.people import MentionKey, Person
from extractor.linking.text import name_key

__all__ = [
    "Event", "Figure", "Linking", "MeetingInput", "Mention", "Person", "catalogue",
    "indicator_code", "indicator_rows", "link", "link_runs", "meetings_from_articles", "name_key",
    "report",
    "scaled_value",
]


@dataclass
class Linking:
    person_of: dict[MentionKey, str]
    people: dict[str, Person]
    event_of: dict[str, str]
    events: dict[str, Event]
    meetings: dict[str, MeetingInput] = field(default_factory=dict)  # by meeting key
    aliases: dict[str, str] = field(default_factory=dict)  # merged-away id -> id kept


def link(meetings: Sequence[MeetingInput],
         previous_people: Mapping[MentionKey, str] | None = None,
         previous_events: Mapping[str, str] | None = None) -> Linking:
    """People over every mention; events per kind (gold, model) over current versions.

    A gold record and a model record of one article are two readings of one edition,
    not two editions, so each kind is clustered on its own (ids differ by kind); an
    older version of an article takes the event of the current version's meeting at
    the same position. The steps are those of a load into the database
    (``extractor.linking.incremental`` over ``extractor.linking.memory``).
    """
    store = MemoryStore(meetings, previous_people, previous_events)
    relink_all(store, iter(sorted(store.by_name)),
               iter(sorted(k for k, m in store.by_key.items() if m.is_current)))
    store.settle()
    event_of = {m.key: store.event[m.key] for m in meetings if m.key in store.event}
    person_of = {(m.key, a.position): store.person[(m.key, a.position)]
                 for m in meetings for a in m.attendees}
    return Linking(person_of, store.people, event_of, store.events,
                   {m.key: m for m in meetings}, store.aliases)


def _current(runs: Sequence) -> set[tuple[str, str]]:
    """(run_id, article_id) of the newest version of each article per kind: the latest
    run start, ties to the larger run id (the loader's ``is_current`` rule)."""
    best: dict[tuple[str, bool], tuple] = {}
    for run in runs:
        stamp = run.started_at.isoformat() if run.started_at else ""
        for article in run.articles:
            group = (article.article_id, run.is_gold)
            best[group] = max(best.get(group, ("", "")), (stamp, run.run_id))
    return {(run_id, article_id) for (article_id, _), (_, run_id) in best.items()}


def link_runs(runs: Sequence, provinces: Mapping[str, str | None] | None = None,
              previous_people: Mapping[MentionKey, str] | None = None,
              previous_events: Mapping[str, str] | None = None) -> Linking:
    """Link the records of run directories (``extractor.rundir.RunRecord``s)."""
    current = _current(runs)
    meetings: list[MeetingInput] = []
    for run in runs:
        for m in meetings_from_articles(run.run_id, run.articles, meeting_id, provinces,
                                        is_gold=run.is_gold):
            meetings.append(replace(m, is_current=(run.run_id, m.article_id) in current))
    return link(meetings, previous_people, previous_events)


def _mention(linking: Linking, meeting_key: str, position: int) -> dict:
    m = linking.meetings.get(meeting_key)
    return {"meeting_id": meeting_key, "attendee": position,
            "run_id": m.run_id if m else None, "article_id": m.article_id if m else None,
            "meeting": m.position if m else None, "language": m.language if m else None}


def report(linking: Linking) -> dict:
    """The clusters as plain data: events (with editions and findings), then people."""
    events = []
    for event in sorted(linking.events.values(),
                        key=lambda e: (not e.is_gold, -len(e.editions), e.event_id)):
        events.append({**event.row(), "findings": event.findings})
    people = [person.row() | {"mentions": [_mention(linking, k, p) for k, p in person.mentions]}
              for person in sorted(linking.people.values(),
                                   key=lambda p: (-len(p.mentions), p.person_id))]
    return {"events": events, "people": people}
