"""Linking in the database: what a load links, a full relink, reviewers' locks.

A load links what it adds against what is stored (``extractor.linking.incremental``
over ``extractor.db.sql_store``): it indexes its rows (blocking columns, the
``link_blocks`` table), then relinks the families of the name keys it touched and the
event closures around its meetings, inside the load's transaction. The ids already
stored are kept; a merge keeps the oldest id and records the others in
``link_aliases`` (``resolve`` follows them).

``relink`` recomputes everything, one family and one closure at a time, for after a
change of the linking rules or an upgrade; its result is the one loads give.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from extractor.db import models as m
from extractor.db.rows import kpi_columns
from extractor.db.schema import ensure_schema as _ensure_schema
from extractor.db.schema import upgrade as _upgrade
from extractor.db.schema import writing
from extractor.db.sql_store import SqlStore, chunks, link_columns, lock_row, update_rows
from extractor.linking import indicator_rows
from extractor.linking.incremental import Lock, Report, update

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from extractor.db.rows import TableRows
    from extractor.rundir import RunRecord

# Engines inside `deferred_links`, with what their loads left to link.
_DEFERRED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclass
class Pending:
    """What a load touched: name keys, meetings, ids that may have lost every member, and
    the person-linking nodes that lost mentions."""

    keys: set[str] = field(default_factory=set)
    seeds: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    nodes: set[tuple[str, str]] = field(default_factory=set)

    def add(self, other: Pending) -> None:
        for name in ("keys", "seeds", "people", "events", "nodes"):
            getattr(self, name).update(getattr(other, name))


def before_delete(conn: Connection, meeting_ids: Collection[str]) -> Pending:
    """What deleting these meetings leaves to relink: their name keys, the other members
    of their events, and their person and event ids."""
    out = Pending()
    store = SqlStore(conn)
    for chunk in chunks(sorted(meeting_ids)):
        for r in conn.execute(select(m.attendees.c.link_key, m.attendees.c.alt_key,
                                     m.attendees.c.scope, m.attendees.c.person_id)
                              .where(m.attendees.c.meeting_id.in_(chunk))):
            out.keys |= {k for k in (r.link_key, r.alt_key) if k}
            out.people |= {r.person_id} if r.person_id else set()
            out.nodes |= {(r.link_key, r.scope or "")} if r.link_key else set()
    out.events = set(store.event_of(meeting_ids).values())
    out.seeds = store.event_members(out.events) - set(meeting_ids)
    return out


def after_insert(conn: Connection, article_ids: Collection[str],
                 deleted: Pending | None = None) -> Pending:
    """Index every version of these articles (which one is current may have changed),
    and summarise again the nodes that ``deleted`` rows were in; their name keys and
    meetings are what to link."""
    meetings: set[str] = set()
    for chunk in chunks(sorted(article_ids)):
        meetings |= set(conn.execute(select(m.meetings.c.meeting_id)
                                     .where(m.meetings.c.article_id.in_(chunk))).scalars())
    keys, _current = SqlStore(conn).index(meetings, deleted.nodes if deleted else ())
    return Pending(keys=keys, seeds=meetings)


def _unlinked(conn: Connection) -> Pending:
    """Rows a load indexed but did not link (a deferred pass that never ran)."""
    keys = set(conn.execute(select(m.attendees.c.link_key).distinct()
                            .where(m.attendees.c.person_id.is_(None),
                                   m.attendees.c.link_key.is_not(None))).scalars())
    seeds = set(conn.execute(select(m.meetings.c.meeting_id)
                             .where(m.meetings.c.event_id.is_(None))).scalars())
    return Pending(keys=keys, seeds=seeds)


def _drop_orphans(conn: Connection, people: Iterable[str] | None,
                  events: Iterable[str] | None) -> None:
    """Delete people and events no row refers to any more (all of them when ``None``)."""
    used_people = select(m.attendees.c.person_id).where(m.attendees.c.person_id.is_not(None))
    used_events = select(m.meetings.c.event_id).where(m.meetings.c.event_id.is_not(None))
    for table, column, used, ids in ((m.people, m.people.c.person_id, used_people, people),
                                     (m.events, m.events.c.event_id, used_events, events)):
        if ids is None:
            conn.execute(delete(table).where(column.not_in(used)))
            continue
        for chunk in chunks(sorted(ids)):
            conn.execute(delete(table).where(column.in_(chunk), column.not_in(used)))


def _indicators(conn: Connection) -> None:
    rows = indicator_rows()
    stored = conn.execute(select(func.count()).select_from(m.indicators)).scalar_one()
    if stored != len(rows) or set(conn.execute(select(m.indicators.c.indicator_code))
                                  .scalars()) != {r["indicator_code"] for r in rows}:
        conn.execute(delete(m.indicators))
        conn.execute(m.indicators.insert(), rows)


def link_pending(conn: Connection, pending: Pending) -> Report:
    """Link what loads touched (and anything left unlinked), in ``conn``'s transaction."""
    pending.add(_unlinked(conn))
    report = update(SqlStore(conn), sorted(pending.keys), sorted(pending.seeds))
    _drop_orphans(conn, pending.people | set(report.aliases), pending.events
                  | set(report.aliases))
    _indicators(conn)
    return report


def _fill_kpi_codes(conn: Connection) -> None:
    """Codes and base-unit values for KPIs that have none (rows from before v3)."""
    missing = conn.execute(select(
        m.kpis.c.meeting_id, m.kpis.c.position, m.kpis.c.indicator, m.kpis.c.value,
        m.kpis.c.unit, m.kpis.c.scale, m.kpis.c.evidence,
    ).where(m.kpis.c.indicator_code.is_(None))).all()
    params = [{"m": r.meeting_id, "p": r.position, **{
        f"v_{k}": v for k, v in kpi_columns(r.indicator, r.value, r.unit, r.scale,
                                            r.evidence).items()}} for r in missing]
    update_rows(conn, m.kpis, params, ("indicator_code", "scaled_value"))


def _stream(conn: Connection, column) -> Iterator[str]:  # noqa: ANN001
    """Distinct values of an indexed column in order, a page at a time."""
    last = None
    while True:
        query = select(column).distinct().where(column.is_not(None)).order_by(column).limit(5000)
        if last is not None:
            query = query.where(column > last)
        page = list(conn.execute(query).scalars())
        if not page:
            return
        yield from page
        last = page[-1]


def relink(conn: Connection) -> Report:
    """Recompute every link of the database (see the module doc), in ``conn``'s
    transaction: indexes every meeting again, then one family and one closure at a time."""
    _fill_kpi_codes(conn)
    store = SqlStore(conn)
    for page in chunks(_stream(conn, m.meetings.c.meeting_id), 2000):
        store.index(page, nodes=False)
    conn.execute(delete(m.link_nodes))
    for page in chunks(_stream(conn, m.attendees.c.link_key), 500):
        store.write_nodes(store.summaries(page).values())
    # The namesake pairs stay: each closure replaces its own, and families whose pairs
    # came or went are linked again (dropping them first would split and re-merge).
    current = (select(m.meetings.c.meeting_id)
               .join(m.link_blocks, m.link_blocks.c.meeting_id == m.meetings.c.meeting_id)
               .distinct().order_by(m.meetings.c.meeting_id))
    report = update(store, _stream(conn, m.attendees.c.link_key),
                    (r for r in conn.execute(current).scalars()))
    _drop_orphans(conn, None, None)
    _indicators(conn)
    return report


def upgrade(engine: Engine, revision: str = "head") -> str:
    """``extractor.db.schema.upgrade``, then the full relink when it reached the head."""
    return _upgrade(engine, revision, at_head=relink)


def ensure_schema(engine: Engine) -> str:
    return _ensure_schema(engine, at_head=relink)


# ---------------------------------------------------------------- deferred linking


@contextmanager
def deferred_links(engine: Engine) -> Iterator[None]:
    """Loads into ``engine`` inside the block index their rows but link once, when the
    block ends (also when a load failed, for the runs that did load)."""
    _DEFERRED[engine] = Pending()
    try:
        yield
    finally:
        pending = _DEFERRED.pop(engine)
        if pending.keys or pending.seeds:
            with writing(engine) as conn:
                link_pending(conn, pending)


def link_or_defer(engine: Engine, conn: Connection, pending: Pending) -> Report | None:
    """``link_pending`` now, or, inside ``deferred_links``, remember it for later."""
    waiting = _DEFERRED.get(engine)
    if waiting is None:
        return link_pending(conn, pending)
    waiting.add(pending)
    return None


# ---------------------------------------------------------------- ids and locks


def resolve(conn: Connection, some_id: str) -> str:
    """The id a person or event id stands for now (itself, or what it was merged into)."""
    seen = {some_id}
    while True:
        target = conn.execute(select(m.link_aliases.c.target_id)
                              .where(m.link_aliases.c.alias_id == some_id)).scalar()
        if target is None or target in seen:
            return some_id
        seen.add(target)
        some_id = target


def _representative(conn: Connection, ref: str) -> tuple[str, object, str | None]:
    """(kind, a mention or meeting, its name key) for a reference: a person id (its first
    mention), an event id (its first meeting), ``<meeting_id>:<position>`` (a mention) or
    a meeting id."""
    ref = resolve(conn, ref)
    mention = None
    if ref.startswith("p_"):
        mention = conn.execute(select(m.attendees.c.meeting_id, m.attendees.c.position)
                               .where(m.attendees.c.person_id == ref)
                               .order_by(m.attendees.c.meeting_id, m.attendees.c.position)
                               .limit(1)).first()
    elif ":" in ref:
        meeting, _, position = ref.rpartition(":")
        mention = (meeting, int(position)) if position.isdigit() else None
    if mention is not None:
        key = conn.execute(select(m.attendees.c.link_key).where(
            m.attendees.c.meeting_id == mention[0],
            m.attendees.c.position == mention[1])).scalar()
        if key is not None:
            return "person", (mention[0], mention[1]), key
    meeting = conn.execute(select(m.meetings.c.meeting_id).where(
        (m.meetings.c.event_id == ref) | (m.meetings.c.meeting_id == ref))
        .order_by(m.meetings.c.meeting_id).limit(1)).scalar()
    if meeting is not None:
        return "event", meeting, None
    raise KeyError(f"no person, event, mention or meeting {ref!r}")


def lock(conn: Connection, first: str, second: str, *, same: bool) -> Report:
    """A reviewer's decision: ``first`` and ``second`` are one person or event
    (``same``) or two; stored in ``link_locks`` and applied at once. Each is a person or
    event id, a mention (``<meeting_id>:<position>``) or a meeting id: splitting what
    is one person now needs two of its mentions."""
    kind, a, key_a = _representative(conn, first)
    kind_b, b, key_b = _representative(conn, second)
    if kind != kind_b:
        raise ValueError("a lock joins two people or two events, not one of each")
    conn.execute(m.link_locks.insert(), [lock_row(kind, Lock(same, a, b, tuple(
        k for k in (key_a, key_b) if k)))])
    if kind == "person":
        return link_pending(conn, Pending(keys={key_a, key_b} - {None}))
    return link_pending(conn, Pending(seeds={a, b}))


# ---------------------------------------------------------------- for exported files


def link_exported(rows: TableRows, runs: Iterable[RunRecord],
                  provinces: Mapping[str, str | None] | None = None) -> None:
    """Fill ``person_id`` and ``event_id`` in exported rows and add the link tables,
    linking the exported runs the way a load of them into an empty database would."""
    from extractor.linking import link_runs
    from extractor.schemas.dates import parse_date

    linking = link_runs(list(runs), provinces)
    mentions = {(x.key, a.position): (x, a) for x in linking.meetings.values()
                for a in x.attendees}
    for row in rows.rows["attendees"]:
        row["person_id"] = linking.person_of.get((row["meeting_id"], row["position"]))
        row.update(link_columns(*mentions[(row["meeting_id"], row["position"])]))
    for row in rows.rows["meetings"]:
        row["event_id"] = linking.event_of.get(row["meeting_id"])
        row["province_key"] = linking.meetings[row["meeting_id"]].province
    events, findings = [], []
    for event_id in sorted(linking.events):
        event = linking.events[event_id]
        row = event.row()
        events.append(row | {"date": parse_date(row["date_text"])})
        findings += [{"event_id": event_id, "position": i, "code": f["code"],
                      "severity": f["severity"], "indicator_code": f["indicator_code"],
                      "indicator": f["indicator"], "message": f["message"],
                      "editions": f["editions"]} for i, f in enumerate(event.findings)]
    people = [p.row() | {"scope": p.scope or None} for _, p in sorted(linking.people.items())]
    rows.rows.update({"indicators": indicator_rows(), "people": people, "events": events,
                      "event_findings": findings})
