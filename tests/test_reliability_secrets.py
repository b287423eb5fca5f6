"""The API key never lands anywhere the tool writes.

A run with a recognizable key goes through the CLI against a server that misbehaves
(including an error page that echoes the key back, as proxies and some providers do);
then the run is loaded into a database and rendered as an HTML review page. Every byte
written (outputs, run.json, the cache and prompt log with its WAL, the database, the
report, stdout and stderr) is searched for the key and for its distinctive tail.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from e2e_helpers import EXTRACTOR, repo_env
from reliability_support import scripted_then_grounded, write_articles

from extractor.testing import RateLimit, SchemaBreaking, ScriptedOpenAIServer, ServerError

KEY = "sk-proj-CANARY7f3e9a1c5b2d8e4f6a0c3b9d7e1f5a2c"
TAIL = KEY[-12:]


def run_cli(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([*EXTRACTOR, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=180)


def test_api_key_appears_in_nothing_written(tmp_path: Path):
    src = tmp_path / "in"
    write_articles(src, 4)
    out, cache, db, report = tmp_path / "out", tmp_path / "cache.sqlite", tmp_path / "runs.db", tmp_path / "r.html"
    env = repo_env(OPENAI_API_KEY=KEY, EXTRACTOR_CACHE=str(cache), EXTRACTOR_DB=f"sqlite:///{db}")
    echo = f"upstream rejected request with Authorization: Bearer {KEY}"
    faults = [RateLimit(0.01), ServerError(502, message=echo), ServerError(401, message=f"bad key {KEY}")]

    def responder(request, index):  # art_0003 breaks the schema forever: its error is recorded
        if "Article art_0003" in str(request.get("messages")):
            return SchemaBreaking()
        return scripted_then_grounded(*faults)(request, index)

    with ScriptedOpenAIServer(responder=responder, api_key=KEY) as srv:
        first = run_cli("extract", str(src), "--out", str(out), "--backend", "openai", "--base-url",
                        srv.base_url, "-j", "1", "--max-reasks", "1", cwd=tmp_path, env=env)
        # the server did receive the key (so it was really in play), in the header only
        assert srv.request_count >= 4
    assert first.returncode == 1, first.stderr
    assert "Traceback" not in first.stderr
    logs = [first.stdout, first.stderr]
    for args in (["load", str(out), "--db", f"sqlite:///{db}"],
                 ["diff", str(out), "--gold", str(out), "--articles", str(src), "--html", str(report)],
                 ["evaluate", str(out), "--gold", str(out)]):
        done = run_cli(*args, cwd=tmp_path, env=env)
        assert "Traceback" not in done.stderr, done.stderr
        logs += [done.stdout, done.stderr]
    assert db.exists() and report.exists() and (out / "run.json").exists()

    written = [p for p in tmp_path.rglob("*") if p.is_file() and src not in p.parents]
    assert any(p.name.startswith("cache.sqlite") for p in written)
    leaks = [str(p) for p in written if KEY.encode() in p.read_bytes() or TAIL.encode() in p.read_bytes()]
    leaks += [f"output stream {i}" for i, text in enumerate(logs) if KEY in text or TAIL in text]
    assert leaks == []
    # the errors themselves were kept (redacted), so hiding the key hid nothing else
    assert "401" in (out / "run.json").read_text()
