"""Shared checks for end-to-end runs: structure and grounding, never model accuracy."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import jsonschema

from extractor.schemas import ArticleExtraction
from extractor.schemas.export import SCHEMA_DIR

REPO = Path(__file__).resolve().parent.parent
#: The CLI as a user runs it, by the interpreter running the tests (no path into a venv).
EXTRACTOR = [sys.executable, "-m", "extractor.cli"]

SHORT_ARTICLE = (
    "Kamerater: Tran Quoc Cuong, sekretær for den provinsielle partikomiteen, ledet konferansen "
    "i Dien Bien 12. desember 2023. Den gjennomsnittlige GRDP-vekstraten i perioden 2021-2023 er "
    "anslått til over 9 %/år. Han ba provinsens folkekomité fullføre veien før 31. desember 2024."
)


def check_run_dir(out: Path, expected_ids: set[str]) -> dict:
    schema = json.loads((SCHEMA_DIR / "article_extraction.schema.json").read_text(encoding="utf-8"))
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert set(run["articles"]) == expected_ids
    for article_id in expected_ids:
        doc = json.loads((out / f"{article_id}.json").read_text(encoding="utf-8"))
        jsonschema.validate(doc, schema)
        ex = ArticleExtraction.model_validate(doc)
        assert ex.article_id == article_id
        assert ex.provenance is not None and ex.provenance.prompt_version == run["prompt_version"]
        text = Path(ex.provenance.article_path).read_text(encoding="utf-8")
        for m in ex.meetings:
            groundings = [a.name_grounding for a in m.attendees]
            groundings += [k.evidence_grounding for k in m.kpis]
            groundings += [d.evidence_grounding for d in m.directives]
            for g in groundings:
                assert g is not None, "every quote carries a grounding status"
                if g.status.value != "not_found":
                    assert 0 <= g.start < g.end <= len(text)
        for f in ex.findings:
            assert f.severity in ("error", "warning", "info") and f.code and f.path
    return run


def repo_env(**extra: str) -> dict[str, str]:
    """Environment for CLI subprocesses: the test interpreter's scripts first on PATH."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env
