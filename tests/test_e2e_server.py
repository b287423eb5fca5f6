"""End to end through the `openai` backend against a real OpenAI-compatible server.

The server is llama-cpp-python's own (``python -m llama_cpp.server``) with the same
GGUF, on loopback: this proves the network path (HTTP, TOOLS-mode function calling,
token usage), not a mock of the client.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from e2e_helpers import SHORT_ARTICLE, check_run_dir, repo_env

from extractor.backends.local import default_model_path
from extractor.testing.llama_server import llama_server

pytestmark = pytest.mark.model


def test_extract_through_openai_compatible_server(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "short_no.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    with llama_server(default_model_path()) as base_url:
        env = repo_env(EXTRACTOR_CACHE=str(tmp_path / "cache.sqlite"), OPENAI_API_KEY="sk-local-test")
        cmd = [sys.executable, "-m", "extractor.cli", "extract", str(articles), "--out", str(out),
               "--backend", "openai", "--base-url", base_url, "--model", "gemma-3-270m",
               "--bounded", "--max-reasks", "0", "--max-tokens", "1280", "-q"]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    run = check_run_dir(out, {"short_no"})
    entry = run["articles"]["short_no"]
    assert run["backend"] == "openai" and run["model"] == "gemma-3-270m"
    assert run["config"]["base_url"] == base_url and run["config"]["mode"] == "tools"
    assert entry["requests"] >= 1
    assert entry["prompt_tokens"] > 0 and entry["completion_tokens"] > 0
    assert "sk-local-test" not in (out / "run.json").read_text(encoding="utf-8")
