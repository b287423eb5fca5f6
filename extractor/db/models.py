"""The relational mirror of the record contract (schema head), as SQLAlchemy Core tables.

This module describes the schema the *current* migrations produce; the migrations in
``extractor/db/migrations/versions`` are what creates and upgrades real databases, and
a test compares the two with Alembic's autogenerate diff so they cannot drift apart.

Keys are natural or deterministic so that loading the same run again rewrites the
same rows instead of adding new ones:

* ``runs.run_id`` is the run's own id (``run.json``), or a content hash for gold;
* ``articles`` is keyed by ``(run_id, article_id)``: one row per article *version*;
* ``meetings.meeting_id`` is a hash of ``(run_id, article_id, position)``;
* child rows are keyed by ``(meeting_id, position)``, the index in the record's list.

Every foreign key cascades on delete: replacing a run or an article deletes its old
rows in the same transaction, so a shrinking list never leaves stale children.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

from extractor.schemas import MatchStatus, Qualifier, Role
from extractor.schemas.registry import RECORD_TYPES

# Constraint names are fixed by convention so that migrations can refer to them and
# SQLite and PostgreSQL databases end up with identical names.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# JSONB on PostgreSQL (indexable, `?` and `@>` operators); JSON text elsewhere.
Json = JSON().with_variant(JSONB(), "postgresql")

ROLES = tuple(r.value for r in Role)
QUALIFIERS = tuple(q.value for q in Qualifier)
MATCH_STATUSES = tuple(s.value for s in MatchStatus)
SEVERITIES = ("error", "warning", "info")  # info: a repaired record


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _span_columns(prefix: str) -> list[Column]:
    """The grounded span of a quote: ``article_text[start:end]`` plus how it matched."""
    return [
        Column(f"{prefix}_start", Integer),
        Column(f"{prefix}_end", Integer),
        Column(f"{prefix}_status", String(16)),
        Column(f"{prefix}_score", Float),
    ]


def _span_checks(prefix: str) -> list[CheckConstraint]:
    return [
        CheckConstraint(
            f"{prefix}_start IS NULL OR {prefix}_end IS NULL OR {prefix}_start <= {prefix}_end",
            name=f"{prefix}_span_order",
        ),
        CheckConstraint(
            f"{prefix}_status IS NULL OR {_in(f'{prefix}_status', MATCH_STATUSES)}",
            name=f"{prefix}_status",
        ),
    ]


runs = Table(
    "runs",
    metadata,
    Column("run_id", String(200), primary_key=True),
    Column("is_gold", Boolean(create_constraint=False), nullable=False),
    Column("backend", String(100)),
    Column("model", String(300)),
    Column("prompt_version", String(100)),
    Column("contract_version", String(20)),
    Column("started_at", DateTime(timezone=True)),
    # First time this run was loaded; kept on reload so that reloading changes nothing.
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Column("source_path", Text),
    Column("content_sha256", String(64), nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("run_metadata", Json),
    # What the run cost in USD, all its invocations together (schema v7; null: a model
    # had no price, or the run predates cost accounting).
    Column("cost_usd", Float),
)

articles = Table(
    "articles",
    metadata,
    Column("run_id", String(200), ForeignKey("runs.run_id", ondelete="CASCADE"),
           primary_key=True),
    Column("article_id", String(200), primary_key=True),
    Column("language", String(16)),
    Column("province", String(200)),
    # The newest version of this article among runs of the same kind (gold or model).
    Column("is_current", Boolean(create_constraint=False), nullable=False),
    Column("contract_version", String(20)),
    Column("backend", String(100)),
    Column("model", String(300)),
    Column("prompt_version", String(100)),
    Column("article_path", Text),
    Column("article_sha256", String(64)),
    Column("chunks", Integer),
    Column("extracted_at", String(40)),
    Column("record_sha256", String(64), nullable=False),
    # What producing this record set cost in USD (schema v7; null: no price known).
    Column("cost_usd", Float),
    Index(None, "article_id"),
    Index(None, "province"),
)

meetings = Table(
    "meetings",
    metadata,
    Column("meeting_id", String(32), primary_key=True),
    Column("run_id", String(200), nullable=False),
    Column("article_id", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("title", Text, nullable=False),
    # `date` is the contract's value when it is a valid ISO date; `date_text` keeps
    # whatever the record said, so a malformed date is visible instead of lost.
    Column("date", Date),
    Column("date_text", String(100)),
    Column("location", Text),
    # The real meeting this record reports (schema v3): one id for every language
    # edition of a story (extractor.linking.events), set at every load.
    Column("event_id", String(32)),
    # The province the linkers block on (schema v5): the manifest's, else one the
    # meeting names ('' when unknown).
    Column("province_key", String(200)),
    # The run's probability that the record is right (schema v6, extractor.confidence).
    Column("confidence", Float),
    Column("model", String(300)),  # the model of this record in a cascade (schema v7)
    ForeignKeyConstraint(["run_id", "article_id"], ["articles.run_id", "articles.article_id"],
                         ondelete="CASCADE"),
    Index(None, "run_id", "article_id", "position", unique=True),
    Index(None, "article_id"),
    Index(None, "date"),
    Index(None, "event_id"),
)


def _child(name: str, *columns: Column | CheckConstraint | Index) -> Table:
    """A list inside a meeting: keyed by the meeting and the item's position."""
    return Table(
        name,
        metadata,
        Column("meeting_id", String(32), ForeignKey("meetings.meeting_id", ondelete="CASCADE"),
               primary_key=True),
        Column("position", Integer, primary_key=True),
        *columns,
        Column("model", String(300)),  # the model of this record in a cascade (schema v7)
    )


attendees = _child(
    "attendees",
    Column("name", Text, nullable=False),
    Column("name_in_text", Text, nullable=False),
    # Lower-case ASCII fold of `name` (schema v2): finds 'Đỗ Trọng Hưng' and 'do trong hung'.
    Column("name_key", Text),
    # The person (schema v3): same id for the same person in every article and script
    # (extractor.linking.people), set at every load; see the `people` table.
    Column("person_id", String(32)),
    Column("titles", Json, nullable=False),
    Column("role", String(16), nullable=False),
    # What person linking blocks on (schema v5, extractor.linking.people): the folded
    # name key, the key of a Latin name_in_text, the scope (province, 'central' or '')
    # and whether name_in_text is in Latin script.
    Column("link_key", Text),
    Column("alt_key", Text),
    Column("scope", String(200)),
    Column("latin", Boolean(create_constraint=False)),
    *_span_columns("name"),
    Column("confidence", Float),
    CheckConstraint(_in("role", ROLES), name="role"),
    *_span_checks("name"),
    Index(None, "name"),
    Index(None, "name_key"),
    Index(None, "person_id"),
    Index(None, "link_key"),
    Index(None, "alt_key"),
    Index(None, "scope", "latin", "link_key"),
)

kpis = _child(
    "kpis",
    Column("indicator", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(100), nullable=False),
    Column("scale", Float, nullable=False),
    # value * scale in the base unit of the unit's family (v2: value * scale; v3: also
    # 'km2' -> ha, 'billion VND' -> VND): comparable across '3 312 mld' and '3.3 trillion'.
    Column("scaled_value", Float),
    # The canonical indicator (schema v3, `indicators` table; 'other' when none fits).
    Column("indicator_code", String(64)),
    Column("qualifier", String(16), nullable=False),
    Column("out_of", Float),
    Column("period", Text),
    Column("target", Float),
    Column("evidence", Text, nullable=False),
    *_span_columns("evidence"),
    Column("confidence", Float),
    CheckConstraint(_in("qualifier", QUALIFIERS), name="qualifier"),
    *_span_checks("evidence"),
    Index(None, "indicator"),
    Index(None, "indicator_code"),
)

directives = _child(
    "directives",
    Column("issuer", Text),
    Column("addressee", Text),
    Column("action", Text, nullable=False),
    Column("deadline", Date),
    Column("deadline_text", String(100)),
    Column("evidence", Text, nullable=False),
    *_span_columns("evidence"),
    Column("confidence", Float),
    *_span_checks("evidence"),
    Index(None, "deadline"),
)

validation_findings = Table(
    "validation_findings",
    metadata,
    Column("run_id", String(200), primary_key=True),
    Column("article_id", String(200), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("code", String(100), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("path", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("span_start", Integer),
    Column("span_end", Integer),
    ForeignKeyConstraint(["run_id", "article_id"], ["articles.run_id", "articles.article_id"],
                         ondelete="CASCADE"),
    CheckConstraint(_in("severity", SEVERITIES), name="severity"),
    Index(None, "code"),
)

# Parents before children: the order rows are inserted and files are exported in. One
# table per record type (schemas.registry), meetings first.
TABLES: tuple[Table, ...] = (runs, articles, *(metadata.tables[t.table] for t in RECORD_TYPES),
                             validation_findings)


# -- linking (schema v3): computed over the whole database at every load -----------------

indicators = Table(
    "indicators",
    metadata,
    Column("indicator_code", String(64), primary_key=True),
    Column("label", Text, nullable=False),
    Column("family", String(16), nullable=False),
    Column("keywords", Json, nullable=False),
)

people = Table(
    "people",
    metadata,
    Column("person_id", String(32), primary_key=True),
    Column("canonical_name", Text, nullable=False),
    Column("name_key", Text, nullable=False),
    # Province key the person was linked within, 'central' for national posts.
    Column("scope", String(200)),
    Column("aliases", Json, nullable=False),  # [{text, language, field}]
    Column("titles", Json, nullable=False),  # [{title, first_seen, last_seen}]
    Column("provinces", Json, nullable=False),
    Column("meetings", Integer, nullable=False),  # distinct events
    # When the id was first given (schema v5): a merge keeps the oldest id.
    Column("first_seen", DateTime(timezone=True)),
    Index(None, "name_key"),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("is_gold", Boolean(create_constraint=False), nullable=False),
    Column("date", Date),
    Column("date_text", String(100)),
    Column("province", String(200)),
    Column("location", Text),
    Column("title", Text, nullable=False),
    Column("editions", Integer, nullable=False),
    Column("languages", Json, nullable=False),
    Column("meetings", Json, nullable=False),  # [{meeting_id, run_id, article_id, ...}]
    Column("chairs", Json, nullable=False),  # person ids
    Column("merged", Json, nullable=False),  # {attendees: [...], kpis: [...]}
    Column("findings", Integer, nullable=False),
    Column("first_seen", DateTime(timezone=True)),  # schema v5, as people.first_seen
    Index(None, "date"),
    Index(None, "province"),
)

event_findings = Table(
    "event_findings",
    metadata,
    Column("event_id", String(32), ForeignKey("events.event_id", ondelete="CASCADE"),
           primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("code", String(100), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("indicator_code", String(64)),
    Column("indicator", Text),
    Column("message", Text, nullable=False),
    Column("editions", Json, nullable=False),  # [{article_id, language, value, ...}]
    Index(None, "code"),
)

# Kept up to date by each load (extractor.db.link_store), parents first.
LINK_TABLES: tuple[Table, ...] = (indicators, people, events, event_findings)


# -- incremental linking (schema v5) ------------------------------------------------------

# The block keys of each current meeting (extractor.linking.blocks): a new meeting is
# compared with the meetings that share one.
link_blocks = Table(
    "link_blocks",
    metadata,
    Column("meeting_id", String(32), ForeignKey("meetings.meeting_id", ondelete="CASCADE"),
           primary_key=True),
    Column("block", String(400), primary_key=True),
    Column("undated", Boolean(create_constraint=False), nullable=False),
    # The meeting's place key (schema v8): a chair's block is read only for members
    # whose place agrees (extractor.linking.blocks, near_place).
    Column("place", Text),
    Index(None, "block", "undated"),
)

# Ids merged into an older one: a person or event id users hold keeps resolving.
link_aliases = Table(
    "link_aliases",
    metadata,
    Column("alias_id", String(32), primary_key=True),
    Column("kind", String(8), nullable=False),  # person | event
    Column("target_id", String(32), nullable=False),
    Index(None, "target_id"),
)

# Reviewers' decisions (kind person | event; same: one person/event or two) and the
# namesake pairs linking found through events (kind near), on mentions or meetings.
link_locks = Table(
    "link_locks",
    metadata,
    Column("lock_id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False),
    Column("same", Boolean(create_constraint=False), nullable=False),
    Column("a_meeting", String(32), nullable=False),
    Column("a_position", Integer),
    Column("a_key", Text),
    Column("b_meeting", String(32), nullable=False),
    Column("b_position", Integer),
    Column("b_key", Text),
    Column("created_at", DateTime(timezone=True)),
    Index(None, "a_meeting"),
    Index(None, "b_meeting"),
    Index(None, "a_key"),  # schema v8: a family finds its locks by name key
    Index(None, "b_key"),
)

# One summary per (name key, scope) node of person linking (schema v8,
# extractor.linking.nodes): a family of names is linked from its nodes, whatever the
# number of mentions behind them. Kept up to date by every load.
link_nodes = Table(
    "link_nodes",
    metadata,
    Column("link_key", Text, primary_key=True),
    Column("scope", String(200), primary_key=True),  # '' for an unknown province
    Column("mentions", Integer, nullable=False),
    Column("summary", Json, nullable=False),
)

INDEX_TABLES: tuple[Table, ...] = (link_blocks, link_aliases, link_locks, link_nodes)
