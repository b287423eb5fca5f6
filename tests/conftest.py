"""Test-wide guards.

* No test reaches a real model or any non-loopback host (``block_network``, the
  counterpart of pydantic-ai's ALLOW_MODEL_REQUESTS=False). Tests talk to servers
  they start themselves on 127.0.0.1.
* No test touches the user's caches: ``EXTRACTOR_CACHE`` (the response cache) and
  ``XDG_CACHE_HOME`` (the language model's uncompressed copy) point into temp dirs.

Shared fixtures: ``corpus_dir``; the database fixtures of pg_server.py
(``postgres_server``, ``pg_url``, ``db_url`` run once on SQLite and once on a real
PostgreSQL) and ``engine`` (a SQLAlchemy engine on ``db_url``);
``browser`` (headless Debian chromium through Playwright).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pg_server import db_url, pg_url, postgres_server  # noqa: F401 (fixtures)

from extractor.testing import block_network

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
# Debian's chromium for the browser tests, started as this machine's closed network needs.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session", autouse=True)
def _no_real_network():
    with block_network():
        yield


@pytest.fixture(scope="session", autouse=True)
def _private_cache_home(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:  # the session's processes share one copy
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache-home")))
        yield


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    cache = tmp_path_factory.mktemp("cache") / "cache.sqlite"
    monkeypatch.setenv("EXTRACTOR_CACHE", str(cache))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    yield


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture
def engine(db_url):  # noqa: F811 (the fixture imported above)
    from extractor.db import make_engine

    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def browser():
    """Headless Debian chromium through Playwright, one per test module."""
    if not Path(CHROMIUM).exists():
        # Fail, not skip: scripts/setup.sh --test installs it, and a silent skip would
        # hide a missing install step.
        pytest.fail("Debian chromium is not installed: run scripts/setup.sh --test")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()
