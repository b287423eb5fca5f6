"""Whole runs through the CLI: a failing article does not stop the run, is recorded, and is
the only one redone next time; a run killed with SIGKILL resumes into exactly the files
an uninterrupted run produces.

The CLI runs as a subprocess (as a user runs it) against a scripted server in this
process; answers are a pure function of the request, so outputs are comparable byte
for byte.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from e2e_helpers import EXTRACTOR, repo_env
from reliability_support import grounded, write_articles

from extractor.schemas import ArticleExtraction
from extractor.testing import SchemaBreaking, ScriptedOpenAIServer


def extract_cmd(srv: ScriptedOpenAIServer, src: Path, out: Path, *extra: str) -> list[str]:
    return [*EXTRACTOR, "extract", str(src), "--out", str(out), "--backend", "openai",
            "--base-url", srv.base_url, "--quiet", "--timeout", "10", *extra]


def env(cache: Path) -> dict[str, str]:
    return repo_env(OPENAI_API_KEY="sk-test-runs", EXTRACTOR_CACHE=str(cache))


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json")) if p.name != "run.json"}


def test_failed_article_is_recorded_and_only_failed_or_missing_ones_are_redone(tmp_path: Path):
    src = tmp_path / "in"
    write_articles(src, 5)
    out = tmp_path / "out"
    broken = "Article art_0002"

    def first(request, index):  # art_0002 never gets a schema-valid answer
        return SchemaBreaking() if broken in json.dumps(request["messages"]) else grounded(request)

    # One server throughout: its URL is part of the run's identity (another endpoint may
    # serve another model under the same name), so a resumed run talks to the same one.
    with ScriptedOpenAIServer(responder=first) as srv:
        done = subprocess.run(extract_cmd(srv, src, out, "-j", "3", "--max-reasks", "1"),
                              env=env(tmp_path / "c1.sqlite"), capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        run = json.loads((out / "run.json").read_text())
        assert run["totals"]["ok"] == 4 and run["totals"]["failed"] == 1
        [failure] = run["failures"]
        assert failure["article_id"] == "art_0002"
        assert failure["attempts"] == 2 and "schema-valid" in failure["error"]
        assert run["articles"]["art_0002"]["status"] == "failed"
        assert sorted(outputs(out)) == [f"art_000{i}.json" for i in (0, 1, 3, 4)]

        (out / "art_0004.json").unlink()  # a missing output is redone too
        kept = (out / "art_0000.json").stat().st_mtime_ns
        srv.responder = grounded  # the endpoint has recovered
        before = srv.request_count
        again = subprocess.run(extract_cmd(srv, src, out, "-j", "3", "--max-reasks", "1"),
                               env=env(tmp_path / "c1.sqlite"), capture_output=True, text=True, timeout=120)
        asked = sorted(json.dumps(r.body["messages"][-1])[:80] for r in srv.requests[before:])
    assert again.returncode == 0, again.stderr
    # the failed article is asked again; the missing one is rebuilt from the cache
    assert len(asked) == 1 and "Article art_0002" in asked[0]
    assert sorted(outputs(out)) == [f"art_000{i}.json" for i in range(5)]
    assert (out / "art_0000.json").stat().st_mtime_ns == kept  # up-to-date outputs are not rewritten
    run = json.loads((out / "run.json").read_text())
    assert run["totals"] == {**run["totals"], "ok": 5, "failed": 0, "skipped_this_run": 3}
    assert run["failures"] == []


def test_sigkill_mid_run_then_resume_gives_the_files_of_an_uninterrupted_run(tmp_path: Path):
    src = tmp_path / "in"
    write_articles(src, 40)
    killed, reference = tmp_path / "killed", tmp_path / "reference"

    with ScriptedOpenAIServer(responder=grounded, fixed_latency=0.05) as srv:
        proc = subprocess.Popen(extract_cmd(srv, src, killed, "-j", "4"), env=env(tmp_path / "c1.sqlite"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while len(outputs(killed) if killed.exists() else {}) < 8 and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL

        # Whatever the kill interrupted, every visible output is whole and valid.
        partial = outputs(killed)
        assert 8 <= len(partial) < 40, "the run finished before it could be killed"
        for data in partial.values():
            ArticleExtraction.model_validate_json(data)
        if (killed / "run.json").exists():
            json.loads((killed / "run.json").read_text())  # atomic too: parses or is absent
        # a writer killed between creating and renaming its temp file leaves one behind
        (killed / ".art_0039.json.x1y2z3.tmp").write_text('{"article_id": "art_00')

        before = srv.request_count
        resumed = subprocess.run(extract_cmd(srv, src, killed, "-j", "4"), env=env(tmp_path / "c1.sqlite"),
                                 capture_output=True, text=True, timeout=120)
        redone = srv.request_count - before
        full = subprocess.run(extract_cmd(srv, src, reference, "-j", "4"), env=env(tmp_path / "c2.sqlite"),
                              capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert full.returncode == 0, full.stderr
    # only what was not finished was asked again (at most the 4 in flight were lost)
    assert redone <= 40 - len(partial)
    assert list(killed.glob(".*.tmp")) == []
    got, want = outputs(killed), outputs(reference)
    assert len(want) == 40
    # provenance names the article path, which is the same for both runs; no timestamps
    assert got == want
    run = json.loads((killed / "run.json").read_text())
    assert run["totals"]["ok"] == 40 and run["totals"]["failed"] == 0
    # the ledger counts every record, also of articles the killed run wrote but never logged
    assert run["totals"]["records"] == json.loads((reference / "run.json").read_text())["totals"]["records"]


def test_ctrl_c_drops_the_articles_not_started_and_finishes_those_under_way(tmp_path: Path):
    """KeyboardInterrupt in the main thread (here from the progress callback, which
    runs there) stops the run: it does not go on through the rest of the folder."""
    import pytest

    from extractor.backends import make_backend
    from extractor.cache import ResponseCache
    from extractor.pipeline import ExtractOptions, run_extraction

    def interrupt(result):
        raise KeyboardInterrupt

    write_articles(tmp_path / "in", 40)
    with ScriptedOpenAIServer(responder=grounded, fixed_latency=0.1) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-ctrl-c")
        with pytest.raises(KeyboardInterrupt):
            run_extraction([tmp_path / "in"], tmp_path / "out", backend, ExtractOptions(concurrency=2),
                           cache=ResponseCache(tmp_path / "c.sqlite"), on_result=interrupt)
        sent = srv.request_count
    # at most the 2 x 2 articles under way when the first one finished, and they completed
    assert 1 <= sent <= 5
    written = [p for p in (tmp_path / "out").glob("*.json") if p.name != "run.json"]
    assert 1 <= len(written) <= 5
    # run.json says what was done (not finished)
    ledger = json.loads((tmp_path / "out" / "run.json").read_text())
    assert ledger["finished_at"] is None and ledger["totals"]["ok"] == len(written)
    for f in written:
        ArticleExtraction.model_validate_json(f.read_text(encoding="utf-8"))
    assert not list((tmp_path / "out").glob(".*.tmp"))
