"""Load runs into the database: one transaction per run, safe to repeat.

After the rows, the links across articles (person ids, event ids, the ``people``,
``events`` and ``indicators`` tables) are brought up to date in the same transaction
(``extractor.db.link_store``): only the neighbourhoods of what was added or removed are
relinked, and the ids already stored are kept. Inside ``deferred_links``
(``extractor.db.load`` and the ``load`` command), that pass runs once after the last
run, in a transaction of its own.

Reloading a run deletes the run's rows (foreign keys cascade to every child) and
inserts them again with the same deterministic keys, all in one transaction: the
result is the run directory as it is now, so a record whose lists shrank leaves no
stale rows, and a failure half-way rolls back to the database as it was.

A *different* run of the same articles is a new version (``articles`` is keyed by
``(run_id, article_id)``). ``replace=False`` keeps every version and marks the newest
one per article ``is_current``; ``replace=True`` deletes the other versions of the
loaded articles (of the same kind, gold or model) so one version remains.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, bindparam, delete, func, select, update

from extractor.db import models as m
from extractor.db.link_store import (
    after_insert,
    before_delete,
    ensure_schema,
    link_or_defer,
)
from extractor.db.rows import table_rows
from extractor.db.schema import writing
from extractor.db.sql_store import update_rows
from extractor.rundir import RunRecord

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

_CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's limits


@dataclass
class LoadResult:
    run_id: str
    is_gold: bool
    reloaded: bool  # the run was already in the database
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table
    replaced_runs: list[str] = field(default_factory=list)  # emptied by replace=True
    links: dict[str, int] = field(default_factory=dict)  # what linking touched

    def as_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "is_gold": self.is_gold, "reloaded": self.reloaded,
                "rows": self.rows, "replaced_runs": self.replaced_runs, "links": self.links}


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _as_utc(stamp: datetime | None) -> datetime | None:
    # SQLite hands datetimes back naive; they were written as UTC.
    if stamp is None:
        return None
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp


def store_run(engine: Engine, run: RunRecord, *, replace: bool = False,
              provinces: Mapping[str, str | None] | None = None) -> LoadResult:
    """Write one run (read with ``extractor.rundir.read_run_dir``) into the database, in
    one transaction (creating or upgrading the schema first)."""
    ensure_schema(engine)
    rows = table_rows(run, provinces)
    article_ids = [a.article_id for a in run.articles]
    with writing(engine) as conn:
        loaded_at = conn.execute(
            select(m.runs.c.loaded_at).where(m.runs.c.run_id == run.run_id)).scalar()
        before = set(conn.execute(
            select(m.articles.c.article_id).where(m.articles.c.run_id == run.run_id)).scalars())
        old = _meetings_of(conn, [run.run_id], None)
        kept = _stored_ids(conn, old)  # the reloaded rows keep their person/event ids
        pending = before_delete(conn, old | (_other_versions(conn, run, article_ids)
                                             if replace else set()))
        # ON DELETE CASCADE removes the run's articles, meetings, lists and findings.
        conn.execute(delete(m.runs).where(m.runs.c.run_id == run.run_id))
        replaced = _delete_other_versions(conn, run, article_ids) if replace else []

        run_row = dict(rows.rows["runs"][0])
        run_row["loaded_at"] = _as_utc(loaded_at) or datetime.now(UTC)
        conn.execute(m.runs.insert(), [run_row])
        for article in rows.rows["articles"]:
            article["is_current"] = False  # settled below, once every version is in
        for table in m.TABLES[1:]:
            if rows.rows[table.name]:
                conn.execute(table.insert(), rows.rows[table.name])
        _restore_ids(conn, kept)
        _mark_current(conn, sorted(before | set(article_ids)))
        pending.add(after_insert(conn, before | set(article_ids), pending))
        report = link_or_defer(engine, conn, pending)
    links = {} if report is None else {
        "families": report.families, "mentions": report.mentions, "moved": report.moved,
        "closures": report.closures, "meetings": report.meetings,
        "events_changed": report.events_changed, "aliases": len(report.aliases)}
    return LoadResult(run.run_id, run.is_gold, reloaded=loaded_at is not None,
                      rows=rows.counts(), replaced_runs=replaced, links=links)


def _meetings_of(conn: Connection, run_ids: list[str], article_ids: list[str] | None) -> set[str]:
    query = select(m.meetings.c.meeting_id).where(m.meetings.c.run_id.in_(run_ids))
    if article_ids is None:
        return set(conn.execute(query).scalars())
    out: set[str] = set()
    for chunk in _chunks(article_ids):
        out |= set(conn.execute(query.where(m.meetings.c.article_id.in_(chunk))).scalars())
    return out


def _other_versions(conn: Connection, run: RunRecord, article_ids: list[str]) -> set[str]:
    """Meetings of the other runs' versions of these articles (same kind)."""
    runs = list(conn.execute(select(m.runs.c.run_id).where(
        m.runs.c.is_gold == run.is_gold, m.runs.c.run_id != run.run_id)).scalars())
    return _meetings_of(conn, runs, article_ids) if runs else set()


def _stored_ids(conn: Connection, meetings: set[str]) -> tuple[list[dict], list[dict]]:
    people, events = [], []
    for chunk in _chunks(sorted(meetings)):
        people += [{"m": r.meeting_id, "p": r.position, "v_person_id": r.person_id}
                   for r in conn.execute(select(m.attendees.c.meeting_id, m.attendees.c.position,
                                                m.attendees.c.person_id)
                                         .where(m.attendees.c.meeting_id.in_(chunk),
                                                m.attendees.c.person_id.is_not(None)))]
        events += [{"m": r.meeting_id, "v_event_id": r.event_id}
                   for r in conn.execute(select(m.meetings.c.meeting_id, m.meetings.c.event_id)
                                         .where(m.meetings.c.meeting_id.in_(chunk),
                                                m.meetings.c.event_id.is_not(None)))]
    return people, events


def _restore_ids(conn: Connection, kept: tuple[list[dict], list[dict]]) -> None:
    """Rows written again under the same keys get the ids they had (rows that are gone
    simply match nothing)."""
    update_rows(conn, m.attendees, kept[0], ("person_id",))
    update_rows(conn, m.meetings, kept[1], ("event_id",))


def _delete_other_versions(conn: Connection, run: RunRecord, article_ids: list[str]) -> list[str]:
    """Delete other runs' versions of these articles; drop runs left with no article."""
    same_kind = select(m.runs.c.run_id).where(m.runs.c.is_gold == run.is_gold)
    touched: set[str] = set()
    for chunk in _chunks(article_ids):
        touched.update(conn.execute(
            select(m.articles.c.run_id).distinct()
            .where(m.articles.c.article_id.in_(chunk), m.articles.c.run_id.in_(same_kind))
        ).scalars())
        conn.execute(delete(m.articles).where(
            m.articles.c.article_id.in_(chunk), m.articles.c.run_id.in_(same_kind)))
    emptied: list[str] = []
    for run_id in sorted(touched):
        left = conn.execute(select(func.count()).select_from(m.articles)
                            .where(m.articles.c.run_id == run_id)).scalar_one()
        if left == 0:
            conn.execute(delete(m.runs).where(m.runs.c.run_id == run_id))
            emptied.append(run_id)
        else:  # keep the run's own count honest
            conn.execute(update(m.runs).where(m.runs.c.run_id == run_id)
                         .values(article_count=left))
    return emptied


def _mark_current(conn: Connection, article_ids: list[str]) -> None:
    """Set ``is_current`` on the newest version of each article, per kind.

    Newest = latest ``started_at`` (when the run began, not when it was loaded, so
    loading an old run again does not demote a newer one), falling back to the first
    load time; ties go to the larger run id so the outcome never depends on order.
    """
    for chunk in _chunks(article_ids):
        versions = conn.execute(
            select(m.articles.c.article_id, m.articles.c.run_id, m.runs.c.is_gold,
                   m.runs.c.started_at, m.runs.c.loaded_at)
            .join(m.runs, m.runs.c.run_id == m.articles.c.run_id)
            .where(m.articles.c.article_id.in_(chunk))
        ).all()
        best: dict[tuple[str, bool], tuple] = {}
        for article_id, run_id, is_gold, started_at, loaded_at in versions:
            key = (_as_utc(started_at) or _as_utc(loaded_at), run_id)
            group = (article_id, bool(is_gold))
            if group not in best or key > best[group]:
                best[group] = key
        params = [{"a": article_id, "r": run_id,
                   "c": best[(article_id, bool(is_gold))][1] == run_id}
                  for article_id, run_id, is_gold, _, _ in versions]
        if params:
            conn.execute(
                update(m.articles)
                .where(and_(m.articles.c.article_id == bindparam("a"),
                            m.articles.c.run_id == bindparam("r")))
                .values(is_current=bindparam("c")),
                params,
            )
