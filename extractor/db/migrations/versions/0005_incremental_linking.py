"""Schema v5: what incremental linking blocks on, aliases of merged ids, locks.

Revision ID: 0005
Revises: 0004
Create Date: 2025-01-05

Adds the blocking columns (``attendees.link_key``, ``alt_key``, ``scope``, ``latin``;
``meetings.province_key``), ``people.first_seen`` and ``events.first_seen``, and the
tables ``link_blocks``, ``link_aliases`` and ``link_locks``. Only the structure is
created here; ``extractor.db.schema.upgrade`` then runs the full relink, which fills the
columns and blocks and keeps every stored person and event id.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FLAG = sa.Boolean(create_constraint=False)


def upgrade() -> None:
    op.add_column("meetings", sa.Column("province_key", sa.String(200)))
    for name, type_ in (("link_key", sa.Text()), ("alt_key", sa.Text()),
                        ("scope", sa.String(200)), ("latin", FLAG)):
        op.add_column("attendees", sa.Column(name, type_))
    op.create_index("ix_attendees_link_key", "attendees", ["link_key"])
    op.create_index("ix_attendees_alt_key", "attendees", ["alt_key"])
    op.create_index("ix_attendees_scope_latin_link_key", "attendees",
                    ["scope", "latin", "link_key"])
    for table in ("people", "events"):
        op.add_column(table, sa.Column("first_seen", sa.DateTime(timezone=True)))
        op.execute(f"UPDATE {table} SET first_seen = CURRENT_TIMESTAMP")
    op.create_table(
        "link_blocks",
        sa.Column("meeting_id", sa.String(32), nullable=False),
        sa.Column("block", sa.String(400), nullable=False),
        sa.Column("undated", FLAG, nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.meeting_id"],
                                name="fk_link_blocks_meeting_id_meetings", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "block", name="pk_link_blocks"),
    )
    op.create_index("ix_link_blocks_block_undated", "link_blocks", ["block", "undated"])
    op.create_table(
        "link_aliases",
        sa.Column("alias_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("target_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("alias_id", name="pk_link_aliases"),
    )
    op.create_index("ix_link_aliases_target_id", "link_aliases", ["target_id"])
    op.create_table(
        "link_locks",
        sa.Column("lock_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("same", FLAG, nullable=False),
        sa.Column("a_meeting", sa.String(32), nullable=False),
        sa.Column("a_position", sa.Integer()),
        sa.Column("a_key", sa.Text()),
        sa.Column("b_meeting", sa.String(32), nullable=False),
        sa.Column("b_position", sa.Integer()),
        sa.Column("b_key", sa.Text()),
        sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("lock_id", name="pk_link_locks"),
    )
    op.create_index("ix_link_locks_a_meeting", "link_locks", ["a_meeting"])
    op.create_index("ix_link_locks_b_meeting", "link_locks", ["b_meeting"])


def downgrade() -> None:
    for table in ("link_locks", "link_aliases", "link_blocks"):
        op.drop_table(table)
    for index in ("ix_attendees_link_key", "ix_attendees_alt_key",
                  "ix_attendees_scope_latin_link_key"):
        op.drop_index(index, table_name="attendees")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch copy of a
    # parent table would drop it, and SQLite's foreign keys would cascade the drop.
    for table, column in (("people", "first_seen"), ("events", "first_seen"),
                          ("attendees", "link_key"), ("attendees", "alt_key"),
                          ("attendees", "scope"), ("attendees", "latin"),
                          ("meetings", "province_key")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
