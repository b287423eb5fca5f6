"""Many articles at high concurrency through a server failing one request in ten, in
rotating ways: every article ends extracted or reported, and the faults were really met.
bench/load.py runs the same at 1,000 articles and prints the figures.
"""

from __future__ import annotations

import json
from pathlib import Path

from reliability_support import faults_in_rotation, write_articles

from extractor.backends import make_backend
from extractor.cache import ResponseCache
from extractor.pipeline import ExtractOptions, run_extraction
from extractor.schemas import ArticleExtraction
from extractor.testing import ScriptedOpenAIServer


def test_concurrent_run_through_rotating_faults(tmp_path: Path):
    n = 160
    write_articles(tmp_path / "in", n)
    with ScriptedOpenAIServer(responder=faults_in_rotation(10), fixed_latency=0.01) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-load", timeout=1.0,
                               backoff_base=0.02, backoff_max=0.5, max_retry_seconds=20)
        summary = run_extraction([tmp_path / "in"], tmp_path / "out", backend,
                                 ExtractOptions(concurrency=32), cache=ResponseCache(tmp_path / "c.sqlite"))
        kinds = set(srv.counts)
        assert srv.max_concurrent > 1
    # every fault kind was served, and none of them lost an article
    assert kinds >= {"RateLimit", "ServerError", "Disconnect", "Malformed", "BadContent",
                     "SchemaBreaking", "Delay", "Answer"}
    assert summary.counts() == {"ok": n}
    assert sum(r.transport_retries for r in summary.results) > 0
    assert sum(r.reasks for r in summary.results) > 0
    files = [p for p in (tmp_path / "out").glob("*.json") if p.name != "run.json"]
    assert len(files) == n
    for p in files:
        assert not ArticleExtraction.model_validate_json(p.read_text()).findings
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["totals"]["ok"] == n and run["finished_at"]
