"""Schema v1: runs, articles, meetings, attendees, kpis, directives, validation_findings.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Frozen copy of the first schema: later changes go into new revisions, never here,
so that a database created by any earlier release upgrades the same way.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(JSONB(), "postgresql")
STATUSES = "('exact', 'normalized', 'fuzzy', 'not_found')"


def _span(table: str, prefix: str) -> list:
    return [
        sa.Column(f"{prefix}_start", sa.Integer()),
        sa.Column(f"{prefix}_end", sa.Integer()),
        sa.Column(f"{prefix}_status", sa.String(16)),
        sa.Column(f"{prefix}_score", sa.Float()),
        sa.CheckConstraint(
            f"{prefix}_start IS NULL OR {prefix}_end IS NULL OR {prefix}_start <= {prefix}_end",
            name=f"ck_{table}_{prefix}_span_order",
        ),
        sa.CheckConstraint(f"{prefix}_status IS NULL OR {prefix}_status IN {STATUSES}",
                           name=f"ck_{table}_{prefix}_status"),
    ]


def _child(table: str) -> list:
    return [
        sa.Column("meeting_id", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("meeting_id", "position", name=f"pk_{table}"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.meeting_id"], ondelete="CASCADE",
                                name=f"fk_{table}_meeting_id_meetings"),
    ]


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("run_id", sa.String(200), nullable=False),
        sa.Column("is_gold", sa.Boolean(), nullable=False),
        sa.Column("backend", sa.String(100)),
        sa.Column("model", sa.String(300)),
        sa.Column("prompt_version", sa.String(100)),
        sa.Column("contract_version", sa.String(20)),
        sa.Column("started_at", sa.DateTime(timezone=True)),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_path", sa.Text()),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("run_metadata", JSON),
        sa.PrimaryKeyConstraint("run_id", name="pk_runs"),
    )
    op.create_table(
        "articles",
        sa.Column("run_id", sa.String(200), nullable=False),
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("province", sa.String(200)),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("contract_version", sa.String(20)),
        sa.Column("backend", sa.String(100)),
        sa.Column("model", sa.String(300)),
        sa.Column("prompt_version", sa.String(100)),
        sa.Column("article_path", sa.Text()),
        sa.Column("article_sha256", sa.String(64)),
        sa.Column("chunks", sa.Integer()),
        sa.Column("extracted_at", sa.String(40)),
        sa.Column("record_sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("run_id", "article_id", name="pk_articles"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.run_id"], ondelete="CASCADE",
                                name="fk_articles_run_id_runs"),
    )
    op.create_index("ix_articles_article_id", "articles", ["article_id"])
    op.create_index("ix_articles_province", "articles", ["province"])
    op.create_table(
        "meetings",
        sa.Column("meeting_id", sa.String(32), nullable=False),
        sa.Column("run_id", sa.String(200), nullable=False),
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("date", sa.Date()),
        sa.Column("date_text", sa.String(100)),
        sa.Column("location", sa.Text()),
        sa.PrimaryKeyConstraint("meeting_id", name="pk_meetings"),
        sa.ForeignKeyConstraint(["run_id", "article_id"], ["articles.run_id", "articles.article_id"],
                                ondelete="CASCADE", name="fk_meetings_run_id_article_id_articles"),
    )
    op.create_index("ix_meetings_run_id_article_id_position", "meetings",
                    ["run_id", "article_id", "position"], unique=True)
    op.create_index("ix_meetings_article_id", "meetings", ["article_id"])
    op.create_index("ix_meetings_date", "meetings", ["date"])
    op.create_table(
        "attendees",
        *_child("attendees"),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_in_text", sa.Text(), nullable=False),
        sa.Column("titles", JSON, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        *_span("attendees", "name"),
        sa.CheckConstraint("role IN ('chair', 'speaker', 'attendee')", name="ck_attendees_role"),
    )
    op.create_index("ix_attendees_name", "attendees", ["name"])
    op.create_table(
        "kpis",
        *_child("kpis"),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(100), nullable=False),
        sa.Column("scale", sa.Float(), nullable=False),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("out_of", sa.Float()),
        sa.Column("period", sa.Text()),
        sa.Column("target", sa.Float()),
        sa.Column("evidence", sa.Text(), nullable=False),
        *_span("kpis", "evidence"),
        sa.CheckConstraint("qualifier IN ('exact', 'over', 'under', 'about')",
                           name="ck_kpis_qualifier"),
    )
    op.create_index("ix_kpis_indicator", "kpis", ["indicator"])
    op.create_table(
        "directives",
        *_child("directives"),
        sa.Column("issuer", sa.Text()),
        sa.Column("addressee", sa.Text()),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date()),
        sa.Column("deadline_text", sa.String(100)),
        sa.Column("evidence", sa.Text(), nullable=False),
        *_span("directives", "evidence"),
    )
    op.create_index("ix_directives_deadline", "directives", ["deadline"])
    op.create_table(
        "validation_findings",
        sa.Column("run_id", sa.String(200), nullable=False),
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(100), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer()),
        sa.Column("span_end", sa.Integer()),
        sa.PrimaryKeyConstraint("run_id", "article_id", "position", name="pk_validation_findings"),
        sa.ForeignKeyConstraint(["run_id", "article_id"], ["articles.run_id", "articles.article_id"],
                                ondelete="CASCADE",
                                name="fk_validation_findings_run_id_article_id_articles"),
        sa.CheckConstraint("severity IN ('error', 'warning')", name="ck_validation_findings_severity"),
    )
    op.create_index("ix_validation_findings_code", "validation_findings", ["code"])


def downgrade() -> None:
    for table in ("validation_findings", "directives", "kpis", "attendees", "meetings",
                  "articles", "runs"):
        op.drop_table(table)
