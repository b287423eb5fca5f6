"""Schema v7: what runs and articles cost, and which model produced each record.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

``runs.cost_usd`` is what a run cost in USD, all its invocations together;
``articles.cost_usd`` what producing the article's record set cost (null when a model
had no price, or the run predates cost accounting). ``model`` on meetings, attendees,
KPIs and directives names the model that produced the record when a cascade
(``--escalate-to``) used several. All nullable: older rows stay valid.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None
RELINK = False  # cost and model columns, which no link reads: an upgrade through it alone keeps the links

COST = ("runs", "articles")
MODEL = ("meetings", "attendees", "kpis", "directives")


def upgrade() -> None:
    for table in COST:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("cost_usd", sa.Float(), nullable=True))
    for table in MODEL:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("model", sa.String(300), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch copy of a parent table
    # would drop it, and SQLite's foreign keys would cascade the drop to its children.
    for table in reversed(MODEL):
        op.execute(f"ALTER TABLE {table} DROP COLUMN model")
    for table in reversed(COST):
        op.execute(f"ALTER TABLE {table} DROP COLUMN cost_usd")
