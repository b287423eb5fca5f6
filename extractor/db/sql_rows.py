"""Reading linking inputs from the database's rows: meetings, mentions, id chunks.

Shared by the database's linking store (``extractor.db.sql_store``) and its node
summaries (``extractor.db.sql_nodes``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select, update

from extractor.db import models as m
from extractor.linking.incremental import Lock
from extractor.linking.model import MeetingInput, Mention, meeting_province

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's limits
BATCH = 5000


def chunks(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def update_rows(conn: Connection, table, params: list[dict], columns: Iterable[str]) -> None:  # noqa: ANN001
    """``UPDATE table SET columns`` per row, keyed by meeting (``m``) and position (``p``)."""
    if not params:
        return
    where = [table.c.meeting_id == bindparam("m")]
    if "p" in params[0]:
        where.append(table.c.position == bindparam("p"))
    # Bound names must differ from column names (SQLAlchemy reserves those for SET).
    statement = update(table).where(*where).values(**{c: bindparam(f"v_{c}") for c in columns})
    for i in range(0, len(params), BATCH):
        conn.execute(statement, params[i:i + BATCH])


def meeting_query():  # noqa: ANN202
    return (select(m.meetings.c.meeting_id, m.meetings.c.run_id, m.meetings.c.article_id,
                   m.meetings.c.position, m.meetings.c.kind, m.meetings.c.title,
                   m.meetings.c.date_text, m.meetings.c.location, m.meetings.c.province_key,
                   m.articles.c.language, m.articles.c.is_current, m.articles.c.province,
                   m.runs.c.is_gold)
            .join(m.articles, (m.articles.c.run_id == m.meetings.c.run_id)
                  & (m.articles.c.article_id == m.meetings.c.article_id))
            .join(m.runs, m.runs.c.run_id == m.meetings.c.run_id))


def meeting_row(r, attendees=(), kpis=(), directives=()) -> MeetingInput:  # noqa: ANN001
    return MeetingInput(
        key=r.meeting_id, run_id=r.run_id, article_id=r.article_id, position=r.position,
        language=r.language or "", date=r.date_text,
        province=meeting_province(r.province, r.location, r.title) if r.province_key is None
        else r.province_key,
        title=r.title, location=r.location, attendees=tuple(attendees), kpis=tuple(kpis),
        directives=tuple(directives), is_gold=bool(r.is_gold), is_current=bool(r.is_current),
        kind=r.kind)


def mention_row(a) -> Mention:  # noqa: ANN001
    return Mention(a.position, a.name, a.name_in_text, tuple(a.titles or ()), a.role)


def lock_from_row(r) -> Lock:  # noqa: ANN001
    a = r.a_meeting if r.a_position is None else (r.a_meeting, r.a_position)
    b = r.b_meeting if r.b_position is None else (r.b_meeting, r.b_position)
    return Lock(bool(r.same), a, b, tuple(k for k in (r.a_key, r.b_key) if k))
