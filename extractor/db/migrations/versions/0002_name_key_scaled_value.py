"""Schema v2: attendees.name_key (folded name, indexed) and kpis.scaled_value.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02

Both columns are derived from data already stored, so existing rows are filled in
here: a database upgraded from v1 holds exactly what a fresh v2 load would write.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op
from anyascii import anyascii

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _name_key(name: str) -> str:
    # Frozen copy of extractor.db.rows.name_key as of this revision (a migration must
    # not change meaning when the library does); a test checks the two agree.
    return re.sub(r"\s+", " ", anyascii(name)).strip().casefold()


def upgrade() -> None:
    op.add_column("attendees", sa.Column("name_key", sa.Text()))
    op.create_index("ix_attendees_name_key", "attendees", ["name_key"])
    op.add_column("kpis", sa.Column("scaled_value", sa.Float()))

    bind = op.get_bind()
    bind.execute(sa.text("UPDATE kpis SET scaled_value = value * scale"))
    attendees = sa.table("attendees", sa.column("meeting_id"), sa.column("position"),
                         sa.column("name"), sa.column("name_key"))
    rows = bind.execute(sa.select(attendees.c.meeting_id, attendees.c.position,
                                  attendees.c.name)).all()
    if rows:
        bind.execute(
            attendees.update()
            .where(attendees.c.meeting_id == sa.bindparam("m"),
                   attendees.c.position == sa.bindparam("p"))
            .values(name_key=sa.bindparam("k")),
            [{"m": m, "p": p, "k": _name_key(n)} for m, p, n in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("kpis") as batch:
        batch.drop_column("scaled_value")
    op.drop_index("ix_attendees_name_key", table_name="attendees")
    with op.batch_alter_table("attendees") as batch:
        batch.drop_column("name_key")
