"""A real PostgreSQL server for the tests, started on loopback in a temporary directory.

Uses the server binaries of Debian's ``postgresql`` package (``initdb`` and ``postgres``
from ``/usr/lib/postgresql/<version>/bin``, or ``$PG_BIN``). PostgreSQL refuses to run
as root, and CI runs as root, so there the binaries run as the ``postgres`` user via
``runuser``; the data directory is created under /tmp (not pytest's 0700 tmp tree)
and handed to that user.

When the binaries are missing the tests FAIL with what to install: a skipped database
test would look like a passing one.

Fixtures (tests/conftest.py imports them, so every test can use them):

* ``postgres_server`` (session): the running server;
* ``pg_url`` (function): a fresh, empty database on it, as a SQLAlchemy URL;
* ``db_url`` (function, parametrized): the same test on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, postgres) not found. Install them with "
    "`apt-get install -y postgresql` (Debian), or point $PG_BIN at the directory "
    "that holds them."
)


def _has_server(directory: str | None) -> bool:
    return bool(directory) and all((Path(directory) / b).is_file() for b in ("initdb", "postgres"))


def find_bin_dir() -> Path | None:
    """$PG_BIN when set (and only it), else the newest Debian install, else $PATH."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"]) if _has_server(os.environ["PG_BIN"]) else None
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                    key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                    reverse=True)
    on_path = shutil.which("initdb")
    candidates = [*debian, str(Path(on_path).resolve().parent) if on_path else None]
    return next((Path(c) for c in candidates if c and _has_server(c)), None)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """One ``postgres`` process on 127.0.0.1, trust authentication, user ``postgres``."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.as_root = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="extractor-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    def _cmd(self, *args: str) -> list[str]:
        # Run as the postgres user when we are root: the server will not run as root.
        return ["runuser", "-u", "postgres", "--", *args] if self.as_root else list(args)

    def start(self) -> None:
        if self.as_root:
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                pytest.fail("running as root but there is no `postgres` user to run the "
                            "server as; " + INSTALL_HINT)
            os.chown(self.root, account.pw_uid, account.pw_gid)
        subprocess.run(
            self._cmd(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres",
                      "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"),
            check=True, capture_output=True, timeout=120,
        )
        log = self.log.open("wb")
        self.process = subprocess.Popen(
            self._cmd(str(self.bin_dir / "postgres"), "-D", str(self.data),
                      "-p", str(self.port), "-k", str(self.root),
                      "-c", "listen_addresses=127.0.0.1",
                      # A throwaway cluster: durability buys nothing here, speed does.
                      "-c", "fsync=off", "-c", "synchronous_commit=off",
                      "-c", "full_page_writes=off", "-c", "max_connections=60"),
            stdout=log, stderr=subprocess.STDOUT,
        )
        self._wait_ready()

    def _wait_ready(self, timeout: float = 60.0) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"postgres exited with {self.process.returncode}:\n"
                                   + self.log.read_text(errors="replace"))
            try:
                with psycopg.connect(self.dsn("postgres"), connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise RuntimeError("postgres did not accept connections:\n"
                                       + self.log.read_text(errors="replace")) from None
                time.sleep(0.1)

    def dsn(self, dbname: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={dbname}"

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            subprocess.run(self._cmd(str(self.bin_dir / "pg_ctl"), "stop", "-D", str(self.data),
                                     "-m", "fast", "-w"), capture_output=True, timeout=60)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.fail(INSTALL_HINT, pytrace=False)
    server = PostgresServer(bin_dir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    with contextlib.suppress(Exception):
        postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The database URL of one backend; tests using it run once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")
