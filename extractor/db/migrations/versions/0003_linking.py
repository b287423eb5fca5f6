"""Schema v3: records that link across articles.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03

Adds ``attendees.person_id``, ``kpis.indicator_code``, ``meetings.event_id`` and the
tables ``indicators``, ``people``, ``events`` and ``event_findings``.

Only the structure is created here. The values are linking results over the whole
database, recomputed by the library at every load (``extractor.db.linking.relink``);
``extractor.db.schema.upgrade`` runs that same step right after migrating, so an
upgraded database holds exactly what a fresh load would write (a test checks this).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.add_column("meetings", sa.Column("event_id", sa.String(32)))
    op.create_index("ix_meetings_event_id", "meetings", ["event_id"])
    op.add_column("attendees", sa.Column("person_id", sa.String(32)))
    op.create_index("ix_attendees_person_id", "attendees", ["person_id"])
    op.add_column("kpis", sa.Column("indicator_code", sa.String(64)))
    op.create_index("ix_kpis_indicator_code", "kpis", ["indicator_code"])
    op.create_table(
        "indicators",
        sa.Column("indicator_code", sa.String(64), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("family", sa.String(16), nullable=False),
        sa.Column("keywords", JSON, nullable=False),
        sa.PrimaryKeyConstraint("indicator_code", name="pk_indicators"),
    )
    op.create_table(
        "people",
        sa.Column("person_id", sa.String(32), nullable=False),
        sa.Column("canonical_name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("scope", sa.String(200)),
        sa.Column("aliases", JSON, nullable=False),
        sa.Column("titles", JSON, nullable=False),
        sa.Column("provinces", JSON, nullable=False),
        sa.Column("meetings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name="pk_people"),
    )
    op.create_index("ix_people_name_key", "people", ["name_key"])
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("is_gold", sa.Boolean(), nullable=False),
        sa.Column("date", sa.Date()),
        sa.Column("date_text", sa.String(100)),
        sa.Column("province", sa.String(200)),
        sa.Column("location", sa.Text()),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("editions", sa.Integer(), nullable=False),
        sa.Column("languages", JSON, nullable=False),
        sa.Column("meetings", JSON, nullable=False),
        sa.Column("chairs", JSON, nullable=False),
        sa.Column("merged", JSON, nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name="pk_events"),
    )
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_province", "events", ["province"])
    op.create_table(
        "event_findings",
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(100), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("indicator_code", sa.String(64)),
        sa.Column("indicator", sa.Text()),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("editions", JSON, nullable=False),
        sa.PrimaryKeyConstraint("event_id", "position", name="pk_event_findings"),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"], ondelete="CASCADE",
                                name="fk_event_findings_event_id_events"),
    )
    op.create_index("ix_event_findings_code", "event_findings", ["code"])


def downgrade() -> None:
    op.drop_index("ix_event_findings_code", table_name="event_findings")
    op.drop_table("event_findings")
    op.drop_index("ix_events_province", table_name="events")
    op.drop_index("ix_events_date", table_name="events")
    op.drop_table("events")
    op.drop_index("ix_people_name_key", table_name="people")
    op.drop_table("people")
    op.drop_table("indicators")
    # v2 held value * scale; v3 converts some units (km2 -> ha), so restore v2's meaning.
    op.execute("UPDATE kpis SET scaled_value = value * scale")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch copy of
    # `meetings` would drop the parent table, and SQLite's foreign keys would cascade
    # that drop to every attendee, KPI and directive.
    for table, column in (("kpis", "indicator_code"), ("attendees", "person_id"),
                          ("meetings", "event_id")):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
