"""Engines, the schema version, and upgrades (Alembic, run from code).

The migrations live inside the package (``extractor/db/migrations``) and are found by
path, so upgrades work from an installed wheel without an ``alembic.ini``. The version
is recorded in its own table, ``extractor_schema_version``, so that a database that
also holds the user's own Alembic-managed tables keeps both histories apart.

Writers are serialized: SQLite transactions start with ``BEGIN IMMEDIATE`` (the write
lock is taken up front, so two writers queue on the busy timeout instead of failing
when both try to upgrade a read lock), and PostgreSQL transactions that write take a
transaction-scoped advisory lock first. Readers are never blocked by either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

VERSION_TABLE = "extractor_schema_version"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_DB_FILE = "extractor.db"
# Arbitrary constant: the key of the PostgreSQL advisory lock all writers share.
_PG_LOCK_KEY = 0x6578_7472_6163_74  # "extract"
SQLITE_BUSY_TIMEOUT_S = 60.0
_WRITE_OPTION = "extractor_write"


class SchemaError(RuntimeError):
    """The database holds a schema this version of the tool does not know."""


def default_url(directory: str | Path = ".") -> str:
    """A SQLite file in ``directory`` (the current directory by default)."""
    return URL.create("sqlite", database=str(Path(directory) / DEFAULT_DB_FILE)).render_as_string()


def make_engine(url: str | URL) -> Engine:
    """An engine with the settings loading relies on (foreign keys, write locks)."""
    url = make_url(url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
            # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin,
            # so that the `begin` hook below can make them IMMEDIATE.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")  # off by default in SQLite
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            write = connection.get_execution_options().get(_WRITE_OPTION, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    return create_engine(url)


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that holds the writers' lock.

    Commits when the block ends, rolls everything back when it raises.
    """
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE_OPTION: True})
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                   {"key": _PG_LOCK_KEY})
            yield connection


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The schema version of the database, or None when it has no extractor tables."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(engine: Engine, revision: str = "head",
            at_head: Callable[[Connection], object] | None = None) -> str:
    """Create or upgrade the extractor tables to ``revision``; returns the version.

    Runs in one transaction under the writers' lock, so a failed migration changes
    nothing and two processes starting on an empty database do not race. ``at_head``
    runs in that transaction after an upgrade that reached the head through a migration
    linking depends on (``relinks``; the links are data over the whole database:
    ``extractor.db.link_store`` fills them).
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    with writing(engine) as connection:
        current = current_revision(connection)
        if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
            raise SchemaError(
                f"the database schema is at version {current!r}, which this version of "
                f"extractor does not know (newest known: {scripts.get_current_head()!r}); "
                "upgrade extractor"
            )
        target = scripts.get_current_head() if revision == "head" else revision
        if current != target:
            command.upgrade(alembic_config(connection), revision)
            if target == scripts.get_current_head() and at_head is not None \
                    and relinks(current, target):
                at_head(connection)
        return current_revision(connection) or target


def relinks(current: str | None, target: str) -> bool:
    """Whether an upgrade from ``current`` to ``target`` changes what linking reads or
    writes: a migration that does not says ``RELINK = False`` (a new column no link
    depends on), so adding it to a large database does not relink it in full."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return any(getattr(s.module, "RELINK", True)
               for s in scripts.iterate_revisions(target, current or "base"))


def ensure_schema(engine: Engine,
                  at_head: Callable[[Connection], object] | None = None) -> str:
    """Upgrade to head unless the database already is there (cheap check first)."""
    head = head_revision()
    with engine.connect() as connection:
        if current_revision(connection) == head:
            return head
    return upgrade(engine, at_head=at_head)
