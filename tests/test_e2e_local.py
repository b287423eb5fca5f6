"""End to end with the real embedded model (Gemma 3 270M GGUF, llama.cpp in process).

Asserts structure and grounding only: a 270M base model's content is not a measure
of anything.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from e2e_helpers import SHORT_ARTICLE, check_run_dir, repo_env

from extractor.draft.build import build_draft
from extractor.draft.embedded import unmatched

pytestmark = pytest.mark.model


def _extract(articles, out, env, *extra):
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(articles), "--out", str(out),
           "-q", *extra]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done


def test_the_default_keeps_the_readers_records_and_asks_the_model_only_to_choose(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    text = SHORT_ARTICLE + " Provinsen har 37 håndverkslandsbyer."  # no catalogue keyword
    (articles / "dien_bien_short.txt").write_text(text, encoding="utf-8")
    unnamed = [f.text for f in unmatched(build_draft(text, "no"))]
    assert "37" in unnamed
    out = tmp_path / "out"
    done = _extract(articles, out, repo_env(EXTRACTOR_CACHE=str(tmp_path / "cache.sqlite")))
    assert done.stderr == ""  # -q: no llama.cpp notes or known warnings either
    run = check_run_dir(out, {"dien_bien_short"})
    entry = run["articles"]["dien_bien_short"]
    assert run["backend"] == "local" and run["model"].startswith("gemma-3-270m")
    assert entry["status"] == "ok" and entry["requests"] == len(unnamed)  # a choice each
    assert entry["prompt_tokens"] > 0 and entry["completion_tokens"] > 0
    doc = json.loads((out / "dien_bien_short.json").read_text(encoding="utf-8"))
    meeting = doc["meetings"][0]
    assert [a["name"] for a in meeting["attendees"]] == ["Tran Quoc Cuong"]
    assert {k["value"] for k in meeting["kpis"]} >= {9.0, 37.0}


def test_extract_cli_with_embedded_model_writing_every_record_then_cache(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "dien_bien_short.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    env = repo_env(EXTRACTOR_CACHE=str(tmp_path / "cache.sqlite"))
    _extract(articles, out, env, "--draft", "none")
    run = check_run_dir(out, {"dien_bien_short"})
    entry = run["articles"]["dien_bien_short"]
    assert entry["status"] == "ok" and entry["requests"] >= 1
    assert entry["prompt_tokens"] > 0 and entry["completion_tokens"] > 0
    assert run["backend"] == "local" and run["model"].startswith("gemma-3-270m")

    # Same articles into a fresh directory: everything comes from the cache.
    out2 = tmp_path / "out2"
    _extract(articles, out2, env, "--draft", "none")
    run2 = check_run_dir(out2, {"dien_bien_short"})
    assert run2["totals"]["requests"] == 0
    assert run2["articles"]["dien_bien_short"]["cached_chunks"] == 1
    assert (out2 / "dien_bien_short.json").read_bytes() == (out / "dien_bien_short.json").read_bytes()

    # Same directory again: up to date, skipped without reading the cache.
    _extract(articles, out, env, "--draft", "none")
    assert check_run_dir(out, {"dien_bien_short"})["totals"]["skipped_this_run"] == 1
