"""The database as a linking ``Store`` (``extractor.linking.incremental``).

Every read names the rows it wants through an indexed column (name keys, scopes,
block keys, meeting ids), so a load reads the neighbourhood of what it adds, never the
whole database. Writes touch the rows whose link changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, or_, select, true, update

from extractor.db import models as m
from extractor.db.sql_nodes import NodeCount, NodeRows
from extractor.db.sql_rows import (
    BATCH,
    chunks,
    lock_from_row,
    meeting_query,
    meeting_row,
    mention_row,
    update_rows,
)
from extractor.linking.blocks import (
    Lookup,
    block_figure,
    block_keys,
    iso_date,
    place_key,
    places_agree,
)
from extractor.linking.events import Event
from extractor.linking.incremental import Lock
from extractor.linking.model import Figure, Instruction, MeetingInput, Mention
from extractor.linking.nodes import MentionKey, Node, NodeId
from extractor.linking.people import Person, mention_node
from extractor.linking.text import is_latin, name_key
from extractor.schemas.dates import parse_date

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

def link_columns(meeting: MeetingInput, mention: Mention) -> dict:
    """The blocking columns of one attendee row."""
    latin = is_latin(mention.name_in_text)
    key, scope = mention_node(meeting, mention)
    alt = name_key(mention.name_in_text) if latin else ""
    return {"link_key": key, "alt_key": alt if alt and alt != key else None,
            "scope": scope, "latin": latin}


def _now() -> datetime:
    return datetime.now(UTC)


class SqlStore(NodeRows):
    """A ``Store`` on one connection, inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- reading meetings
    def meetings(self, keys: Collection[str]) -> dict[str, MeetingInput]:
        out: dict[str, MeetingInput] = {}
        for chunk in chunks(sorted(keys)):
            children = {name: defaultdict(list) for name in ("attendees", "kpis", "directives")}
            for name in children:
                table = m.metadata.tables[name]
                for row in self.conn.execute(select(table).where(
                        table.c.meeting_id.in_(chunk)).order_by(table.c.meeting_id,
                                                                table.c.position)):
                    children[name][row.meeting_id].append(row)
            for r in self.conn.execute(meeting_query().where(
                    m.meetings.c.meeting_id.in_(chunk))):
                out[r.meeting_id] = meeting_row(
                    r, [mention_row(a) for a in children["attendees"][r.meeting_id]],
                    [Figure(k.position, k.indicator, k.value, k.unit, k.scale, k.period,
                            k.qualifier, k.evidence, k.indicator_code, k.scaled_value)
                     for k in children["kpis"][r.meeting_id]],
                    [Instruction(d.position, d.action, d.deadline_text, d.issuer)
                     for d in children["directives"][r.meeting_id]])
        return out

    def outlines(self, keys: Collection[str]) -> dict[str, MeetingInput]:
        out: dict[str, MeetingInput] = {}
        for chunk in chunks(sorted(keys)):
            for r in self.conn.execute(meeting_query().where(
                    m.meetings.c.meeting_id.in_(chunk))):
                out[r.meeting_id] = meeting_row(r)
        return out

    def sketches(self, keys: Collection[str],
                 ) -> dict[str, tuple[MeetingInput, frozenset[tuple[str, float]] | None]]:
        """From the meeting rows, the attendees' names and roles, and the figure blocks
        (a current meeting's distinctive figures, as ``blocks.figure_key`` wrote them)."""
        a, blocks = m.attendees, m.link_blocks
        out = {}
        for chunk in chunks(sorted(keys)):
            people: dict[str, list[Mention]] = defaultdict(list)
            for r in self.conn.execute(select(a.c.meeting_id, a.c.position, a.c.name, a.c.role)
                                       .where(a.c.meeting_id.in_(chunk))
                                       .order_by(a.c.meeting_id, a.c.position)):
                people[r.meeting_id].append(Mention(r.position, r.name, "", (), r.role))
            figures: dict[str, set] = defaultdict(set)
            for r in self.conn.execute(select(blocks.c.meeting_id, blocks.c.block)
                                       .where(blocks.c.meeting_id.in_(chunk))):
                if (figure := block_figure(r.block)) is not None:
                    figures[r.meeting_id].add(figure)
            for r in self.conn.execute(meeting_query().where(m.meetings.c.meeting_id.in_(chunk))):
                out[r.meeting_id] = (meeting_row(r, people[r.meeting_id]),
                                     frozenset(figures[r.meeting_id]))
        return out

    # -- people
    def scope_keys(self, scope: str, size: int, latin: bool) -> list[str]:
        keys = self.conn.execute(select(m.attendees.c.link_key).distinct().where(
            m.attendees.c.scope == scope, m.attendees.c.latin == latin)).scalars()
        return sorted(k for k in keys if k and len(k.split()) == size)

    def person_of(self, mentions: Iterable[MentionKey] | None = None,
                  meetings: Iterable[str] | None = None) -> dict[MentionKey, str]:
        wanted = set(mentions or ())
        ids = set(meetings or ()) | {mk[0] for mk in wanted}
        out = {}
        for chunk in chunks(sorted(ids)):
            for r in self.conn.execute(select(
                    m.attendees.c.meeting_id, m.attendees.c.position, m.attendees.c.person_id)
                    .where(m.attendees.c.meeting_id.in_(chunk),
                           m.attendees.c.person_id.is_not(None))):
                out[(r.meeting_id, r.position)] = r.person_id
        if meetings is None:
            out = {k: v for k, v in out.items() if k in wanted}
        return out

    def ages(self, kind: str, ids: Collection[str]) -> dict[str, tuple]:
        table, column = (m.people, m.people.c.person_id) if kind == "person" else \
            (m.events, m.events.c.event_id)
        out = {}
        for chunk in chunks(sorted(ids)):
            for i, seen in self.conn.execute(select(column, table.c.first_seen)
                                             .where(column.in_(chunk))):
                out[i] = (seen.isoformat() if seen else "",)
        return out

    def locks(self, kind: str, items: Collection) -> list[Lock]:
        wanted = set(items)
        kinds = ("person", "near") if kind == "person" else ("event",)
        meetings = {x[0] for x in wanted} if kind == "person" else wanted
        found: dict[int, Lock] = {}
        for chunk in chunks(sorted(meetings)):
            for r in self.conn.execute(select(m.link_locks).where(
                    m.link_locks.c.kind.in_(kinds), or_(m.link_locks.c.a_meeting.in_(chunk),
                                                        m.link_locks.c.b_meeting.in_(chunk)))):
                lock = lock_from_row(r)
                if lock.a in wanted or lock.b in wanted:
                    found[r.lock_id] = lock
        return [found[i] for i in sorted(found)]

    def save_people(self, people: Mapping[str, Person], person_of: Mapping[NodeId, str],
                    nodes: Mapping[NodeId, Node], removed: Collection[str],
                    aliases: Mapping[str, str]) -> tuple[set[str], int]:
        stored = self._people_rows(set(people))
        rows = [p.row() | {"scope": p.scope or None} for _, p in sorted(people.items())]
        fresh = [r for r in rows if _changed(r, stored.get(r["person_id"]))]
        for chunk in chunks(sorted({r["person_id"] for r in fresh} | set(removed))):
            self.conn.execute(delete(m.people).where(m.people.c.person_id.in_(chunk)))
        # a person keeps when its id was first given and its meeting count (recounted
        # by ``refresh_meetings`` when its mentions move)
        fresh = [r | {"first_seen": stored.get(r["person_id"], {}).get("first_seen") or _now(),
                      "meetings": stored.get(r["person_id"], {}).get("meetings", 0)}
                 for r in fresh]
        for chunk in chunks(fresh, BATCH):
            self.conn.execute(m.people.insert(), chunk)
        changed, moved = self.give_people(person_of, nodes)
        self._alias("person", people, aliases)
        return changed, moved

    def _people_rows(self, ids: Collection[str]) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for chunk in chunks(sorted(ids)):
            out.update((r.person_id, dict(r._mapping)) for r in self.conn.execute(
                select(m.people).where(m.people.c.person_id.in_(chunk))))
        return out

    def _alias(self, kind: str, kept: Iterable[str], aliases: Mapping[str, str]) -> None:
        table = m.link_aliases
        for chunk in chunks(sorted(set(kept) | set(aliases))):
            self.conn.execute(delete(table).where(table.c.alias_id.in_(chunk)))
        for old, new in sorted(aliases.items()):
            self.conn.execute(update(table).where(table.c.target_id == old)
                              .values(target_id=new))
        if aliases:
            self.conn.execute(table.insert(), [{"alias_id": a, "kind": kind, "target_id": t}
                                               for a, t in sorted(aliases.items())])

    def refresh_meetings(self, person_ids: Collection[str]) -> None:
        count = (select(func.count(func.distinct(func.coalesce(m.meetings.c.event_id,
                                                                m.meetings.c.meeting_id))))
                 .select_from(m.attendees.join(m.meetings, m.meetings.c.meeting_id
                                               == m.attendees.c.meeting_id))
                 .where(m.attendees.c.person_id == m.people.c.person_id).scalar_subquery())
        for chunk in chunks(sorted(person_ids)):
            self.conn.execute(update(m.people).where(m.people.c.person_id.in_(chunk))
                              .values(meetings=count))

    def save_near(self, meetings: Collection[str], pairs: Collection[Lock]) -> set[str]:
        old: dict[int, Lock] = {}
        for chunk in chunks(sorted(meetings)):
            for r in self.conn.execute(select(m.link_locks).where(
                    m.link_locks.c.kind == "near", or_(m.link_locks.c.a_meeting.in_(chunk),
                                                       m.link_locks.c.b_meeting.in_(chunk)))):
                old[r.lock_id] = lock_from_row(r)
        for chunk in chunks(sorted(old)):
            self.conn.execute(delete(m.link_locks).where(m.link_locks.c.lock_id.in_(chunk)))
        if pairs:
            self.conn.execute(m.link_locks.insert(), [lock_row("near", lk) for lk in pairs])
        return {k for lock in set(old.values()) ^ set(pairs) for k in lock.keys}

    # -- events
    def block_members(self, lookups: Collection[Lookup]) -> dict[Lookup, list[str]]:
        found: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
        every = {b for b, only, _ in lookups if not only}
        table = m.link_blocks
        for blocks, only in ((every, False), ({b for b, _, _ in lookups} - every, True)):
            for chunk in chunks(sorted(blocks)):
                query = select(table).where(table.c.block.in_(chunk))
                if only:  # the (block, undated) index reads the undated members alone
                    query = query.where(table.c.undated == true())
                for r in self.conn.execute(query):
                    found[r.block].append((r.meeting_id, bool(r.undated), r.place or ""))
        agree = lru_cache(maxsize=None)(places_agree)  # a block's editions share places
        return {(b, only, place): sorted(
            key for key, undated, theirs in found.get(b, ())
            if (undated or not only) and (place is None or agree(place, theirs)))
            for b, only, place in lookups}

    def event_of(self, keys: Collection[str]) -> dict[str, str]:
        out = {}
        for chunk in chunks(sorted(keys)):
            out.update(self.conn.execute(select(m.meetings.c.meeting_id, m.meetings.c.event_id)
                                         .where(m.meetings.c.meeting_id.in_(chunk),
                                                m.meetings.c.event_id.is_not(None))).all())
        return out

    def event_members(self, event_ids: Collection[str]) -> set[str]:
        out: set[str] = set()
        for chunk in chunks(sorted(event_ids)):
            out.update(self.conn.execute(
                select(m.meetings.c.meeting_id).join(
                    m.articles, (m.articles.c.run_id == m.meetings.c.run_id)
                    & (m.articles.c.article_id == m.meetings.c.article_id))
                .where(m.meetings.c.event_id.in_(chunk), m.articles.c.is_current)).scalars())
        return out

    def versions(self, meetings: Collection[MeetingInput]) -> list[MeetingInput]:
        wanted = {(x.article_id, x.is_gold) for x in meetings}
        keys = set()
        for chunk in chunks(sorted({a for a, _ in wanted})):
            for r in self.conn.execute(
                    select(m.meetings.c.meeting_id, m.meetings.c.article_id, m.runs.c.is_gold)
                    .join(m.runs, m.runs.c.run_id == m.meetings.c.run_id)
                    .where(m.meetings.c.article_id.in_(chunk))):
                if (r.article_id, bool(r.is_gold)) in wanted:
                    keys.add(r.meeting_id)
        known = {x.key: x for x in meetings}  # read whole already: not read again
        found = known | self.meetings(keys - set(known))
        return [found[k] for k in sorted(keys)]

    def save_events(self, events: Mapping[str, Event], changes: Mapping[str, str],
                    removed: Collection[str], aliases: Mapping[str, str]) -> None:
        seen = self.ages("event", set(events) | set(removed))
        for chunk in chunks(sorted(set(events) | set(removed))):
            self.conn.execute(delete(m.events).where(m.events.c.event_id.in_(chunk)))
        rows, findings = [], []
        for event_id, event in sorted(events.items()):
            row = event.row()
            rows.append(row | {"date": parse_date(row["date_text"]),
                               "first_seen": _stamp(seen.get(event_id))})
            findings += [{"event_id": event_id, "position": i, "code": f["code"],
                          "severity": f["severity"], "indicator_code": f["indicator_code"],
                          "indicator": f["indicator"], "message": f["message"],
                          "editions": f["editions"]} for i, f in enumerate(event.findings)]
        for table, data in ((m.events, rows), (m.event_findings, findings)):
            for chunk in chunks(data, BATCH):
                self.conn.execute(table.insert(), chunk)
        update_rows(self.conn, m.meetings, [{"m": k, "v_event_id": e}
                                            for k, e in sorted(changes.items())], ("event_id",))
        self._alias("event", events, aliases)

    # -- indexing what a load wrote
    def index(self, keys: Collection[str], dirty: Collection[NodeId] = (),
              nodes: bool = True) -> tuple[set[str], set[str]]:
        """Fill the blocking columns and block rows of these meetings (all versions) and
        add their new mentions to the node summaries (``dirty``: nodes that lost mentions,
        summarised again; ``nodes=False``: leave the summaries to the caller); returns
        their name keys and their current meetings."""
        names: set[str] = set()
        current: set[str] = set()
        counted = NodeCount(dirty)
        for chunk in chunks(sorted(keys)):
            found = self.meetings(chunk)
            stored = self.link_rows(chunk)
            params, blocks = [], []
            for meeting in found.values():
                for a in meeting.attendees:
                    cols = link_columns(meeting, a)
                    names |= {cols["link_key"]} | ({cols["alt_key"]} if cols["alt_key"] else set())
                    params.append({"m": meeting.key, "p": a.position,
                                   **{f"v_{k}": v for k, v in cols.items()}})
                    counted.add(meeting, a, cols, stored[(meeting.key, a.position)])
                if meeting.is_current:
                    current.add(meeting.key)
                    undated = iso_date(meeting) is None
                    place = place_key(meeting.location)
                    blocks += [{"meeting_id": meeting.key, "block": b, "undated": undated,
                                "place": place} for b in block_keys(meeting)]
            update_rows(self.conn, m.attendees, params, ("link_key", "alt_key", "scope", "latin"))
            update_rows(self.conn, m.meetings, [{"m": k, "v_province_key": x.province}
                                                for k, x in sorted(found.items())],
                        ("province_key",))
            self.conn.execute(delete(m.link_blocks).where(m.link_blocks.c.meeting_id.in_(chunk)))
            if blocks:
                self.conn.execute(m.link_blocks.insert(), blocks)
        if nodes:
            self.count_nodes(counted)
        return names, current


def _changed(row: Mapping, stored: Mapping | None) -> bool:
    """Whether a person row differs from the stored one (its count and age aside)."""
    return stored is None or any(stored[k] != v for k, v in row.items()
                                 if k not in ("meetings", "first_seen"))


def _stamp(age: tuple | None) -> datetime:
    if age and age[0]:
        stamp = datetime.fromisoformat(age[0])
        return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp
    return _now()


def lock_row(kind: str, lock: Lock) -> dict:
    a, b = lock.a, lock.b
    keys = list(lock.keys) + [None, None]
    return {"kind": kind, "same": lock.same,
            "a_meeting": a[0] if isinstance(a, tuple) else a,
            "a_position": a[1] if isinstance(a, tuple) else None, "a_key": keys[0],
            "b_meeting": b[0] if isinstance(b, tuple) else b,
            "b_position": b[1] if isinstance(b, tuple) else None, "b_key": keys[1],
            "created_at": _now()}

