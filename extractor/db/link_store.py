"""Linking in the database: person, event and indicator ids, computed at every load.

``relink`` reads every meeting with its attendees and KPIs (model runs and gold, every
version), links them with ``extractor.linking``, writes the ids that changed
(``attendees.person_id``, ``meetings.event_id``) and rewrites the tables ``indicators``,
``people``, ``events`` and ``event_findings``. It runs inside the load's transaction,
so a failed load leaves the links as they were; running it twice changes nothing.

Ids are stable across loads: the ids already stored are handed to the linker as the
previous ids, and a cluster keeps the id most of its members had. New clusters get
content-derived ids (hashes), never sequence numbers.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, select, update

from extractor.db import models as m
from extractor.linking import Figure, Linking, MeetingInput, Mention, indicator_rows, link
from extractor.linking.indicators import indicator_code, scaled_value
from extractor.linking.model import Instruction, meeting_province
from extractor.schemas.dates import parse_date

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from extractor.db.rows import TableRows
    from extractor.rundir import RunRecord

_BATCH = 5000
# Engines inside `deferred_links`, with the ids of rows their loads deleted and rewrote.
_DEFERRED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def kpi_columns(indicator: str, value: float, unit: str, scale: float,
                evidence: str | None) -> dict[str, Any]:
    """The KPI columns computed from the record: canonical code, base-unit value."""
    return {"indicator_code": indicator_code(indicator, unit, evidence or None),
            "scaled_value": scaled_value(value, scale, unit)}


def link_table_rows(linking: Linking) -> dict[str, list[dict[str, Any]]]:
    """Rows of the ``indicators``, ``people``, ``events`` and ``event_findings`` tables."""
    events, findings = [], []
    for event_id in sorted(linking.events):
        event = linking.events[event_id]
        row = event.row()
        row["date"] = parse_date(row["date_text"])
        events.append(row)
        findings += [{"event_id": event_id, "position": i, "code": f["code"],
                      "severity": f["severity"], "indicator_code": f["indicator_code"],
                      "indicator": f["indicator"], "message": f["message"],
                      "editions": f["editions"]}
                     for i, f in enumerate(event.findings)]
    people = [p.row() | {"scope": p.scope or None}
              for _, p in sorted(linking.people.items())]
    return {"indicators": indicator_rows(), "people": people, "events": events,
            "event_findings": findings}


# ---------------------------------------------------------------- from the database


def _rows_by_meeting(conn: Connection, table, columns: list[str]) -> dict[str, list]:  # noqa: ANN001
    out: dict[str, list] = defaultdict(list)
    query = select(*(table.c[c] for c in ["meeting_id", "position", *columns])).order_by(
        table.c.meeting_id, table.c.position)
    for row in conn.execute(query):
        out[row.meeting_id].append(row)
    return out


def _fill_kpi_codes(conn: Connection) -> None:
    """Codes and base-unit values for KPIs that have none (rows from before v3)."""
    missing = conn.execute(select(
        m.kpis.c.meeting_id, m.kpis.c.position, m.kpis.c.indicator, m.kpis.c.value,
        m.kpis.c.unit, m.kpis.c.scale, m.kpis.c.evidence,
    ).where(m.kpis.c.indicator_code.is_(None))).all()
    params = [{"m": r.meeting_id, "p": r.position, **{
        f"v_{k}": v for k, v in kpi_columns(r.indicator, r.value, r.unit, r.scale,
                                            r.evidence).items()}} for r in missing]
    _update(conn, m.kpis, params, ("indicator_code", "scaled_value"))


def _update(conn: Connection, table, params: list[dict], columns: Iterable[str]) -> None:  # noqa: ANN001
    if not params:
        return
    where = [table.c.meeting_id == bindparam("m")]
    if "p" in params[0]:
        where.append(table.c.position == bindparam("p"))
    # Bound names must differ from column names (SQLAlchemy reserves those for SET).
    statement = update(table).where(*where).values(**{c: bindparam(f"v_{c}") for c in columns})
    for i in range(0, len(params), _BATCH):
        conn.execute(statement, params[i:i + _BATCH])


def read_meetings(conn: Connection) -> tuple[list[MeetingInput], dict, dict]:
    """Every meeting as linker input, with the person and event ids already stored."""
    attendees = _rows_by_meeting(conn, m.attendees,
                                 ["name", "name_in_text", "titles", "role", "person_id"])
    kpis = _rows_by_meeting(conn, m.kpis, ["indicator", "value", "unit", "scale", "period",
                                           "qualifier", "evidence", "indicator_code",
                                           "scaled_value"])
    directives = _rows_by_meeting(conn, m.directives, ["action", "deadline_text", "issuer"])
    query = (select(m.meetings.c.meeting_id, m.meetings.c.run_id, m.meetings.c.article_id,
                    m.meetings.c.position, m.meetings.c.kind, m.meetings.c.title,
                    m.meetings.c.date_text, m.meetings.c.location, m.meetings.c.event_id,
                    m.articles.c.language, m.articles.c.province, m.articles.c.is_current,
                    m.runs.c.is_gold)
             .join(m.articles, (m.articles.c.run_id == m.meetings.c.run_id)
                   & (m.articles.c.article_id == m.meetings.c.article_id))
             .join(m.runs, m.runs.c.run_id == m.meetings.c.run_id)
             .order_by(m.meetings.c.meeting_id))
    meetings, people, events = [], {}, {}
    for r in conn.execute(query):
        mine = attendees.get(r.meeting_id, [])
        meetings.append(MeetingInput(
            key=r.meeting_id, run_id=r.run_id, article_id=r.article_id, position=r.position,
            language=r.language or "", province=meeting_province(r.province, r.location,
                                                                 r.title),
            date=r.date_text, title=r.title, location=r.location,
            attendees=tuple(Mention(a.position, a.name, a.name_in_text, tuple(a.titles or ()),
                                    a.role) for a in mine),
            kpis=tuple(Figure(k.position, k.indicator, k.value, k.unit, k.scale, k.period,
                              k.qualifier, k.evidence, k.indicator_code, k.scaled_value)
                       for k in kpis.get(r.meeting_id, [])),
            directives=tuple(Instruction(d.position, d.action, d.deadline_text, d.issuer)
                             for d in directives.get(r.meeting_id, [])),
            is_gold=bool(r.is_gold), is_current=bool(r.is_current), kind=r.kind))
        people.update({(r.meeting_id, a.position): a.person_id for a in mine if a.person_id})
        if r.event_id:
            events[r.meeting_id] = r.event_id
    return meetings, people, events


def stored_ids(conn: Connection, run_id: str) -> tuple[dict, dict]:
    """The person and event ids a run's rows hold now (kept when the run is reloaded)."""
    people = {(r.meeting_id, r.position): r.person_id for r in conn.execute(
        select(m.attendees.c.meeting_id, m.attendees.c.position, m.attendees.c.person_id)
        .join(m.meetings, m.meetings.c.meeting_id == m.attendees.c.meeting_id)
        .where(m.meetings.c.run_id == run_id, m.attendees.c.person_id.is_not(None)))}
    events = {r.meeting_id: r.event_id for r in conn.execute(
        select(m.meetings.c.meeting_id, m.meetings.c.event_id)
        .where(m.meetings.c.run_id == run_id, m.meetings.c.event_id.is_not(None)))}
    return people, events


def relink(conn: Connection, kept: tuple[dict, dict] | None = None) -> Linking:
    """Recompute every link of the database and store what changed (see module doc).

    ``kept``: ids of rows deleted and written again in this transaction (a reload)."""
    _fill_kpi_codes(conn)
    meetings, old_people, old_events = read_meetings(conn)
    kept_people, kept_events = kept or ({}, {})
    linking = link(meetings, {**kept_people, **old_people}, {**kept_events, **old_events})
    _update(conn, m.attendees, [{"m": k[0], "p": k[1], "v_person_id": pid}
                                for k, pid in sorted(linking.person_of.items())
                                if old_people.get(k) != pid], ("person_id",))
    _update(conn, m.meetings, [{"m": k, "v_event_id": eid}
                               for k, eid in sorted(linking.event_of.items())
                               if old_events.get(k) != eid], ("event_id",))
    rows = link_table_rows(linking)
    for table in reversed(m.LINK_TABLES):
        conn.execute(delete(table))
    for table in m.LINK_TABLES:
        for i in range(0, len(rows[table.name]), _BATCH):
            conn.execute(table.insert(), rows[table.name][i:i + _BATCH])
    return linking


@contextmanager
def deferred_links(engine: Engine) -> Iterator[None]:
    """Loads into ``engine`` inside the block skip relinking; one relink runs when the
    block ends (also when a load failed, for the runs that did load), so loading k runs
    costs one pass over the database instead of k."""
    from extractor.db.schema import writing

    _DEFERRED[engine] = ({}, {})
    try:
        yield
    finally:
        kept = _DEFERRED.pop(engine)
        if _has_rows(engine):
            with writing(engine) as conn:
                relink(conn, kept)


def _has_rows(engine: Engine) -> bool:
    """The database is at this tool's schema and holds meetings to link."""
    from extractor.db.schema import current_revision, head_revision

    with engine.connect() as conn:
        return current_revision(conn) == head_revision() and conn.execute(
            select(m.meetings.c.meeting_id).limit(1)).first() is not None


def relink_or_defer(engine: Engine, conn: Connection,
                    kept: tuple[dict, dict]) -> Linking | None:
    """``relink`` now, or, inside ``deferred_links``, remember the kept ids for later."""
    pending = _DEFERRED.get(engine)
    if pending is None:
        return relink(conn, kept)
    pending[0].update(kept[0])
    pending[1].update(kept[1])
    return None


# ---------------------------------------------------------------- for exported files


def link_exported(rows: TableRows, runs: Iterable[RunRecord],
                  provinces: Mapping[str, str | None] | None = None) -> None:
    """Fill ``person_id`` and ``event_id`` in exported rows and add the link tables,
    linking the exported runs the way a load of them into an empty database would."""
    from extractor.linking import link_runs

    linking = link_runs(list(runs), provinces)
    for row in rows.rows["attendees"]:
        row["person_id"] = linking.person_of.get((row["meeting_id"], row["position"]))
    for row in rows.rows["meetings"]:
        row["event_id"] = linking.event_of.get(row["meeting_id"])
    rows.rows.update(link_table_rows(linking))
