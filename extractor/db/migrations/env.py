"""Alembic environment for the extractor's own tables.

Run programmatically by ``extractor.db.schema.upgrade``, which passes an open
connection already inside a transaction (``config.attributes["connection"]``): the
migrations then run in that transaction, under the lock the caller holds, so two
loaders starting on an empty database do not both create the tables.
"""

from __future__ import annotations

from alembic import context

from extractor.db.models import metadata
from extractor.db.schema import VERSION_TABLE


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # `alembic -c ...` from a shell: open our own connection.
        from sqlalchemy import create_engine

        engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        # SQLite cannot ALTER constraints in place; batch mode rebuilds the table.
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
