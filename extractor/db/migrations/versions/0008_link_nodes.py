"""Schema v8: one summary per (name key, scope) node of person linking.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08

Adds ``link_nodes`` (``extractor.linking.nodes``): a family of names is linked from
its nodes instead of every stored mention, so a load's cost no longer grows with how
often a name was seen. Adds ``link_blocks.place`` (a chair's block is read only for
members whose place agrees) and indexes ``link_locks.a_key`` and ``b_key`` (a family
finds its locks by name key). Only the structure is created here; ``extractor.db.schema.upgrade``
then runs the full relink, which fills the table and keeps every stored id.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_nodes",
        sa.Column("link_key", sa.Text(), primary_key=True),
        sa.Column("scope", sa.String(200), primary_key=True),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.Column("summary", sa.JSON().with_variant(JSONB(), "postgresql"), nullable=False),
    )
    op.add_column("link_blocks", sa.Column("place", sa.Text()))
    op.create_index("ix_link_locks_a_key", "link_locks", ["a_key"])
    op.create_index("ix_link_locks_b_key", "link_locks", ["b_key"])


def downgrade() -> None:
    op.drop_index("ix_link_locks_b_key", "link_locks")
    op.drop_index("ix_link_locks_a_key", "link_locks")
    op.drop_table("link_nodes")
    op.execute("ALTER TABLE link_blocks DROP COLUMN place")
