"""Response cache and prompt/response log in one SQLite file.

* ``responses``: the validated answer for one chunk, keyed by a hash of everything
  that could change it (backend, model, generation parameters, prompt version,
  response schema, chunk text). A re-run over unchanged articles makes no model call.
* ``log``: every request and response (like simonw's ``llm logs``), queryable with
  any SQLite client. Credentials are never passed in, so never written.

Default location: ``$EXTRACTOR_CACHE`` or ``~/.cache/extractor/cache.sqlite``. The
schema is versioned (``PRAGMA user_version``) and upgraded on open by :data:`MIGRATIONS`.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sqlite3
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import pydantic_core


class CacheError(Exception):
    """The cache file cannot be used (not SQLite, or written by a newer extractor)."""


# The schema, as forward migrations: entry N-1 brings a file to version N, recorded in
# SQLite's ``PRAGMA user_version``. A file from before versioning has user_version 0 and
# the tables of version 1 (created with IF NOT EXISTS, so it simply adopts them). Never
# edit a shipped entry; append one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: the response cache and the prompt/response log
        """CREATE TABLE IF NOT EXISTS responses (
            key TEXT PRIMARY KEY,
            backend TEXT, model TEXT, prompt_version TEXT,
            response_json TEXT NOT NULL,
            prompt_tokens INTEGER, completion_tokens INTEGER,
            created_at REAL
        )""",
        """CREATE TABLE IF NOT EXISTS log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id TEXT, article_id TEXT, chunk INTEGER,
            backend TEXT, model TEXT, prompt_version TEXT,
            messages_json TEXT, response_text TEXT, finish_reason TEXT,
            prompt_tokens INTEGER, completion_tokens INTEGER, duration_s REAL,
            error TEXT, created_at REAL
        )""",
        "CREATE INDEX IF NOT EXISTS log_article ON log(article_id)",
    ),
    (  # 2: the log of one run (``WHERE run_id = ?``) without a full scan
        "CREATE INDEX IF NOT EXISTS log_run ON log(run_id, article_id, chunk)",
    ),
    (  # 3: what each request cost (extractor.cost) and what a cached answer cost to make
        "ALTER TABLE log ADD COLUMN kind TEXT",
        "ALTER TABLE log ADD COLUMN cost_usd REAL",
        "ALTER TABLE responses ADD COLUMN cost_usd REAL",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: Path | str = "cache") -> int:
    """Bring the file behind ``conn`` to :data:`SCHEMA_VERSION`; returns the version found.

    Runs in one ``BEGIN IMMEDIATE`` transaction, so two processes opening an old file at
    once migrate it once. A file newer than this code raises :class:`CacheError`.
    """
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current == SCHEMA_VERSION:
        return current  # the usual case: no write lock taken
    previous = conn.isolation_level
    conn.isolation_level = None  # explicit transaction below
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            if found > SCHEMA_VERSION:
                raise CacheError(
                    f"{path} has cache schema version {found}, newer than this extractor's "
                    f"({SCHEMA_VERSION}): upgrade extractor or use another --cache file"
                )
            for statements in MIGRATIONS[found:]:
                for statement in statements:
                    conn.execute(statement)
            if found < SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return found
    finally:
        conn.isolation_level = previous


def cache_home() -> Path:
    """The folder of the tool's caches: ``$XDG_CACHE_HOME/extractor`` or ``~/.cache/extractor``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "extractor"


def default_cache_path() -> Path:
    env = os.environ.get("EXTRACTOR_CACHE")
    if env:
        return Path(env)
    return cache_home() / "cache.sqlite"


def cache_key(**parts: Any) -> str:
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseCache:
    """Thread-safe: one connection guarded by a lock.

    The log's rows (every prompt and answer, ~20 KB per request) are written by a
    writer thread, several requests per transaction, so that an event loop logging
    them does not wait on SQLite; :meth:`flush` (and :meth:`close`) wait until they
    are written.
    """

    def __init__(self, path: str | Path | None = None, *, enabled: bool = True, log: bool = True):
        self.path = Path(path) if path else default_cache_path()
        self.enabled = enabled
        self.log_enabled = log
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pending: queue.Queue[list[tuple] | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        if enabled or log:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
            try:
                self._conn.execute("PRAGMA journal_mode=WAL")
                # WAL + NORMAL: no fsync per commit (a power cut may lose the last few
                # answers, never corrupt the file); FULL made every answer wait on the disk.
                self._conn.execute("PRAGMA synchronous=NORMAL")
                migrate(self._conn, self.path)
            except sqlite3.DatabaseError as exc:
                self.close()
                raise CacheError(f"{self.path} is not a usable cache database: {exc}") from exc
            except CacheError:
                self.close()
                raise

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.enabled or self._conn is None:
            return None
        with self._lock:
            row = self._conn.execute(
                "SELECT response_json FROM responses WHERE key = ?", (key,)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, value: dict[str, Any], *, backend: str, model: str, prompt_version: str,
            prompt_tokens: int = 0, completion_tokens: int = 0, cost_usd: float | None = None) -> None:
        if not self.enabled or self._conn is None:
            return
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO responses (key, backend, model, prompt_version, response_json,"
                " prompt_tokens, completion_tokens, created_at, cost_usd) VALUES (?,?,?,?,?,?,?,?,?)",
                (key, backend, model, prompt_version, _json(value),
                 prompt_tokens, completion_tokens, time.time(), cost_usd),
            )

    def made_by(self, key: str) -> tuple[str | None, float | None]:
        """The model that made a cached answer and what it cost then (None: unknown)."""
        if not self.enabled or self._conn is None:
            return None, None
        with self._lock:
            row = self._conn.execute(
                "SELECT model, cost_usd FROM responses WHERE key = ?", (key,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def log(self, *, run_id: str, article_id: str, chunk: int, backend: str, model: str,
            prompt_version: str, exchanges: list) -> None:
        if not self.log_enabled or self._conn is None or not exchanges:
            return
        rows = [
            (run_id, article_id, chunk, backend, model, prompt_version,
             ex.messages, ex.response_text, ex.finish_reason,
             ex.prompt_tokens, ex.completion_tokens, ex.duration_s, ex.error, time.time(),
             getattr(ex, "kind", None), getattr(ex, "cost_usd", None))
            for ex in exchanges
        ]
        if self._writer is None:
            with self._lock:
                if self._writer is None:
                    self._writer = threading.Thread(target=self._write_log, name="cache-log", daemon=True)
                    self._writer.start()
        self._pending.put(rows)

    def flush(self) -> None:
        """Wait until every logged row is written."""
        self._pending.join()

    def _write_log(self) -> None:
        while True:
            batches = [self._pending.get()]
            while not self._pending.empty():  # what queued meanwhile: one transaction
                batches.append(self._pending.get_nowait())
            try:
                # the messages are encoded here too: off the caller's thread
                rows = [(*row[:6], _json(row[6]), *row[7:]) for batch in batches if batch for row in batch]
                if rows and self._conn is not None:
                    with self._lock, self._conn:
                        self._conn.executemany(_LOG_INSERT, rows)
            except Exception as exc:  # the log is a record, not the run: say so, go on
                warnings.warn(f"could not write the request log to {self.path}: {exc}", stacklevel=1)
            finally:
                for _ in batches:
                    self._pending.task_done()
            if None in batches:
                return

    def close(self) -> None:
        if self._writer is not None:
            self._pending.put(None)
            self._writer.join()
            self._writer = None
        if self._conn is not None:
            with self._lock:
                self._conn.close()
                self._conn = None


_LOG_INSERT = (
    "INSERT INTO log (run_id, article_id, chunk, backend, model, prompt_version,"
    " messages_json, response_text, finish_reason, prompt_tokens, completion_tokens,"
    " duration_s, error, created_at, kind, cost_usd) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _json(value: Any) -> str:
    """Compact JSON text, UTF-8 unescaped (pydantic-core: a few times faster than json.dumps)."""
    return pydantic_core.to_json(value).decode("utf-8")
