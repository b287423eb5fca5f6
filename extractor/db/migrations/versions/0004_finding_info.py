"""Schema v4: a validation finding may have severity ``info`` (a record repaired from its quote).

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-04

Runs record the KPIs they corrected from their own quotes as findings of severity
``info`` (code ``repaired``); the check constraint on ``validation_findings.severity``
admits it. Downgrading removes those rows first.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None
RELINK = False  # a severity nothing links on: an upgrade through it alone keeps the links

NAME = "ck_validation_findings_severity"


def _severities(*allowed: str) -> None:
    listed = ", ".join(f"'{s}'" for s in allowed)
    with op.batch_alter_table("validation_findings") as batch:
        batch.drop_constraint(NAME, type_="check")
        batch.create_check_constraint(NAME, f"severity IN ({listed})")


def upgrade() -> None:
    _severities("error", "warning", "info")


def downgrade() -> None:
    op.execute("DELETE FROM validation_findings WHERE severity = 'info'")
    _severities("error", "warning")
