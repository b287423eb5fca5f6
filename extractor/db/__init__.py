"""Load runs and gold labels into SQLite or PostgreSQL as relational tables.

    from extractor.db import load
    results = load(["out/run-2025-01"], "postgresql+psycopg://me@localhost/news",
                   manifest="corpus/manifest.json")

Tables mirror the record contract (see ``extractor.db.models``); the schema is created
on first use and upgraded by Alembic migrations shipped in the package.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from extractor.db.link_store import deferred_links, ensure_schema, lock, relink, resolve, upgrade
from extractor.db.loader import LoadResult, store_run
from extractor.db.rows import read_manifest
from extractor.db.schema import (
    SchemaError,
    current_revision,
    default_url,
    head_revision,
    make_engine,
)

__all__ = [
    "LoadResult", "SchemaError", "current_revision", "default_url", "deferred_links",
    "ensure_schema", "lock", "relink", "resolve",
    "head_revision", "load", "make_engine", "read_manifest", "store_run", "upgrade",
]


def load(
    run_dirs: Iterable[str | Path],
    url: str | None = None,
    *,
    gold: bool | None = None,
    replace: bool = False,
    manifest: str | Path | None = None,
) -> list[LoadResult]:
    """Load each run directory in its own transaction; stops at the first failure.

    Runs loaded before a failure stay loaded; the failing run leaves no trace. A
    directory that cannot be read as a run raises ``extractor.rundir.RunError``.
    """
    from extractor.rundir import read_run_dir

    engine = make_engine(url or default_url())
    provinces = read_manifest(manifest) if manifest else None
    try:
        with deferred_links(engine):  # one relink for all the runs
            return [store_run(engine, read_run_dir(d, gold=gold), replace=replace,
                              provinces=provinces) for d in run_dirs]
    finally:
        engine.dispose()
