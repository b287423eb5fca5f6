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

from extractor.linking.events import assign_event_ids, link_events
from extractor.linking.indicators import catalogue, indicator_code, indicator_rows, scaled_value
from extractor.linking.merge import merge_event
from extractor.linking.model import Figure, MeetingInput, Mention, meetings_from_articles
from extractor.linking.people import (
    MentionKey,
    PeopleLinks,
    Person,
    count_meetings,
    link_people,
    near_namesakes,
)
from extractor.linking.text import name_key, short_hash

__all__ = [
    "Event", "Figure", "Linking", "MeetingInput", "Mention", "Person", "catalogue",
    "indicator_code", "indicator_rows", "link", "link_runs", "meetings_from_articles", "name_key",
    "report",
    "scaled_value",
]


@dataclass
class Event:
    event_id: str
    is_gold: bool
    editions: list[MeetingInput]
    merged: dict = field(default_factory=dict)
    findings: list[dict] = field(default_factory=list)

    def _majority(self, values: list) -> object:
        present = [v for v in values if v]
        if not present:
            return None
        counts: dict = {}
        for v in present:
            counts[v] = counts.get(v, 0) + 1
        return min(counts, key=lambda v: (-counts[v], str(v)))

    def row(self) -> dict:
        """The ``events`` row (JSON columns as Python lists and dicts)."""
        lead = max(self.editions, key=lambda m: (len(m.kpis) + len(m.attendees),
                                                 m.language == "en", m.article_id))
        chairs = [a["person_id"] for a in self.merged.get("attendees", ())
                  if a["role"] == "chair"]
        return {
            "event_id": self.event_id, "is_gold": self.is_gold,
            "date_text": self._majority([m.date for m in self.editions]),
            "province": self._majority([m.province for m in self.editions]),
            "location": self._majority([m.location for m in self.editions]),
            "title": lead.title,
            "editions": len({m.article_id for m in self.editions}),
            "languages": sorted({m.language for m in self.editions}),
            "meetings": [{"meeting_id": m.key, "run_id": m.run_id, "article_id": m.article_id,
                          "position": m.position, "language": m.language}
                         for m in self.editions],
            "chairs": chairs,
            "merged": self.merged,
            "findings": len(self.findings),
        }


@dataclass
class Linking:
    person_of: dict[MentionKey, str]
    people: dict[str, Person]
    event_of: dict[str, str]
    events: dict[str, Event]
    meetings: dict[str, MeetingInput] = field(default_factory=dict)  # by meeting key


def _kind(is_gold: bool) -> str:
    return "gold" if is_gold else "model"


def _event_groups(meetings: Sequence[MeetingInput],
                  people: PeopleLinks) -> dict[bool, list[list[MeetingInput]]]:
    """Current meetings clustered into events, per kind (gold, model)."""
    return {is_gold: link_events([m for m in meetings if m.is_gold == is_gold and m.is_current],
                                 people.person_of)
            for is_gold in (True, False)}


def link(meetings: Sequence[MeetingInput],
         previous_people: Mapping[MentionKey, str] | None = None,
         previous_events: Mapping[str, str] | None = None) -> Linking:
    """People over every mention; events per kind (gold, model) over current versions.

    A gold record and a model record of one article are two readings of one edition,
    not two editions, so each kind is clustered on its own (ids differ by kind); an
    older version of an article takes the event of the current version's meeting at
    the same position.
    """
    people = link_people(meetings, previous_people)
    groups = _event_groups(meetings, people)
    same = near_namesakes([g for kind in groups.values() for g in kind], people)
    if same:  # misspelt names found through their events (which already tolerate them)
        people = link_people(meetings, previous_people, same, people.prepared)
    event_of: dict[str, str] = {}
    events: dict[str, Event] = {}
    for is_gold, kind_groups in groups.items():
        kind = [m for m in meetings if m.is_gold == is_gold]
        ids = assign_event_ids(kind_groups, _kind(is_gold), previous_events)
        for event_id, group in zip(ids, kind_groups, strict=True):
            merged, findings = merge_event(group, people.person_of)
            events[event_id] = Event(event_id, is_gold, list(group), merged, findings)
            for m in group:
                event_of[m.key] = event_id
        by_position = {(m.article_id, m.position): event_of[m.key]
                       for group in kind_groups for m in group}
        for m in kind:
            if m.key in event_of:
                continue
            event_id = by_position.get((m.article_id, m.position))
            if event_id is None:  # an older version's meeting with no current counterpart
                event_id = short_hash("event", _kind(is_gold), m.key, prefix="e_")
                events[event_id] = Event(event_id, is_gold, [m], *merge_event([m], people.person_of))
            event_of[m.key] = event_id
    count_meetings(people, event_of)
    return Linking(people.person_of, people.people, event_of, events,
                   {m.key: m for m in meetings})


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
    from extractor.db.rows import meeting_id

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
