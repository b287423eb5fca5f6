"""Schema v6: every record's confidence (meetings, attendees, KPIs, directives).

Revision ID: 0006
Revises: 0005
Create Date: 2025-01-06

A nullable float: the run's probability that the record is right
(``extractor.confidence``). Rows loaded before it have none (NULL), as gold has.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None
RELINK = False  # confidence, which no link reads: an upgrade through it alone keeps the links

TABLES = ("meetings", "attendees", "kpis", "directives")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("confidence", sa.Float()))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch copy of a parent table
    # would drop it, and SQLite's foreign keys would cascade the drop to its children.
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN confidence")
