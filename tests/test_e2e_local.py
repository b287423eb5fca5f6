"""End to end with the real embedded model (Gemma 3 270M GGUF, llama.cpp in process).

Asserts structure and grounding only: a 270M base model's content is not a measure
of anything.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from e2e_helpers import SHORT_ARTICLE, check_run_dir, repo_env

pytestmark = pytest.mark.model


def test_extract_cli_with_embedded_model_then_cache(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "dien_bien_short.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    env = repo_env(EXTRACTOR_CACHE=str(tmp_path / "cache.sqlite"))
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(articles), "--out", str(out), "-q"]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    run = check_run_dir(out, {"dien_bien_short"})
    entry = run["articles"]["dien_bien_short"]
    assert entry["status"] == "ok" and entry["requests"] >= 1
    assert entry["prompt_tokens"] > 0 and entry["completion_tokens"] > 0
    assert run["backend"] == "local" and run["model"].startswith("gemma-3-270m")

    # Same articles into a fresh directory: everything comes from the cache.
    out2 = tmp_path / "out2"
    second = subprocess.run(cmd[:-3] + ["--out", str(out2), "-q"], env=env,
                            capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stderr
    run2 = check_run_dir(out2, {"dien_bien_short"})
    assert run2["totals"]["requests"] == 0
    assert run2["articles"]["dien_bien_short"]["cached_chunks"] == 1
    assert (out2 / "dien_bien_short.json").read_bytes() == (out / "dien_bien_short.json").read_bytes()

    # Same directory again: up to date, skipped without reading the cache.
    third = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert third.returncode == 0, third.stderr
    assert check_run_dir(out, {"dien_bien_short"})["totals"]["skipped_this_run"] == 1
