"""The response cache and prompt/response log: a versioned schema, migrated forward on open."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from extractor.cache import SCHEMA_VERSION, CacheError, ResponseCache, cache_key

# The file as extractor wrote it before the schema had a version (user_version 0).
UNVERSIONED = """
CREATE TABLE responses (
    key TEXT PRIMARY KEY,
    backend TEXT, model TEXT, prompt_version TEXT,
    response_json TEXT NOT NULL,
    prompt_tokens INTEGER, completion_tokens INTEGER,
    created_at REAL
);
CREATE TABLE log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT, article_id TEXT, chunk INTEGER,
    backend TEXT, model TEXT, prompt_version TEXT,
    messages_json TEXT, response_text TEXT, finish_reason TEXT,
    prompt_tokens INTEGER, completion_tokens INTEGER, duration_s REAL,
    error TEXT, created_at REAL
);
CREATE INDEX log_article ON log(article_id);
"""


def old_cache(path: Path) -> str:
    key = cache_key(chunk="old answer")
    with sqlite3.connect(path) as conn:
        conn.executescript(UNVERSIONED)
        conn.execute("INSERT INTO responses VALUES (?, 'local', 'm', 'p1', ?, 10, 5, 0)",
                     (key, '{"meetings": []}'))
        conn.execute("INSERT INTO log (run_id, article_id, chunk) VALUES ('r1', 'a1', 0)")
    conn.close()
    return key


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def indexes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()


def test_an_old_unversioned_cache_is_migrated_and_keeps_its_answers(tmp_path):
    path = tmp_path / "cache.sqlite"
    key = old_cache(path)
    assert user_version(path) == 0
    cache = ResponseCache(path)
    try:
        assert cache.get(key) == {"meetings": []}
        cache.put("new", {"meetings": [1]}, backend="b", model="m", prompt_version="p")
        assert cache.get("new") == {"meetings": [1]}
    finally:
        cache.close()
    assert user_version(path) == SCHEMA_VERSION
    assert {"log_article", "log_run"} <= indexes(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT run_id, article_id FROM log").fetchall() == [("r1", "a1")]
    conn.close()


def test_a_new_cache_starts_at_the_current_version(tmp_path):
    path = tmp_path / "sub" / "cache.sqlite"
    ResponseCache(path).close()
    assert user_version(path) == SCHEMA_VERSION
    ResponseCache(path).close()  # opening again changes nothing
    assert user_version(path) == SCHEMA_VERSION


def test_a_cache_from_a_newer_extractor_is_refused(tmp_path):
    path = tmp_path / "cache.sqlite"
    ResponseCache(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(CacheError, match="newer than this extractor"):
        ResponseCache(path)


def test_a_file_that_is_not_sqlite_is_a_cache_error(tmp_path):
    path = tmp_path / "cache.sqlite"
    path.write_text("not a database, just text that is long enough to have a header" * 4)
    with pytest.raises(CacheError, match="not a usable cache database"):
        ResponseCache(path)


def test_processes_opening_an_old_cache_at_once_migrate_it_once(tmp_path):
    path = tmp_path / "cache.sqlite"
    key = old_cache(path)
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            cache = ResponseCache(path)
            assert cache.get(key) is not None
            cache.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert user_version(path) == SCHEMA_VERSION


def test_disabled_cache_opens_no_file(tmp_path):
    path = tmp_path / "cache.sqlite"
    ResponseCache(path, enabled=False, log=False).close()
    assert not path.exists()


def _exchange(i: int):
    from extractor.backends.base import Exchange

    return Exchange([{"role": "user", "content": f"article {i} ✓"}], f'{{"answer": {i}}}', "stop", 10, 2, 0.1)


def test_the_log_is_written_off_the_callers_thread_and_flush_waits_for_it(tmp_path):
    path = tmp_path / "cache.sqlite"
    cache = ResponseCache(path)
    try:
        for i in range(50):
            cache.log(run_id="r", article_id=f"a{i}", chunk=0, backend="b", model="m",
                      prompt_version="p", exchanges=[_exchange(i)])
        cache.flush()
        conn = sqlite3.connect(path)
        rows = conn.execute("SELECT article_id, messages_json, response_text FROM log ORDER BY id").fetchall()
        conn.close()
        assert [r[0] for r in rows] == [f"a{i}" for i in range(50)]  # all, in order
        assert json.loads(rows[7][1]) == [{"role": "user", "content": "article 7 ✓"}]
        assert rows[7][2] == '{"answer": 7}'
    finally:
        cache.close()


def test_closing_writes_what_is_still_queued(tmp_path):
    path = tmp_path / "cache.sqlite"
    cache = ResponseCache(path)
    for i in range(20):
        cache.log(run_id="r", article_id=f"a{i}", chunk=0, backend="b", model="m",
                  prompt_version="p", exchanges=[_exchange(i)])
    cache.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM log").fetchone()[0] == 20
    conn.close()


def test_a_row_the_log_cannot_write_is_reported_and_the_writer_goes_on(tmp_path):
    from extractor.backends.base import Exchange

    path = tmp_path / "cache.sqlite"
    cache = ResponseCache(path)
    try:
        bad = Exchange([{"role": "user", "content": object()}], "x", "stop", 1, 1, 0.1)
        with pytest.warns(UserWarning, match="could not write the request log"):
            cache.log(run_id="r", article_id="bad", chunk=0, backend="b", model="m",
                      prompt_version="p", exchanges=[bad])
            cache.flush()  # returns: the writer thread did not die
        cache.log(run_id="r", article_id="good", chunk=0, backend="b", model="m",
                  prompt_version="p", exchanges=[_exchange(1)])
        cache.flush()
    finally:
        cache.close()
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT article_id FROM log")] == ["good"]
    conn.close()
