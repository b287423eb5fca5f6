"""Validate saved records: run outputs or gold files, read from disk with their articles.

A record file is ``<article_id>.json`` holding one ``ArticleExtraction``; a directory
is every such file in it (``run.json``, a run's metadata, is not a record). Its
article is ``provenance.article_path`` when that file exists (run outputs), else the
file named by the article id in the articles directory (gold files).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from extractor.paths import expand_paths
from extractor.rundir import RUN_FILE, find_article
from extractor.schemas import ArticleExtraction, Finding
from extractor.validators import validate_extraction


@dataclass
class FileReport:
    """Findings about one record file (or why it could not be checked)."""

    path: Path
    article_id: str
    findings: list[Finding] = field(default_factory=list)

    def as_rows(self) -> list[dict]:
        return [{"article_id": self.article_id, **f.model_dump(mode="json")} for f in self.findings]


def record_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories into record files (a run's ``run.json`` left out)."""
    return expand_paths(paths, lambda f: f.suffix == ".json" and f.name != RUN_FILE,
                        recursive=False)


def read_text(path: Path) -> str:
    """The article text exactly as the pipeline reads it (spans index into this)."""
    from extractor.articles import read_article

    return read_article(path).text


def validate_file(path: Path, articles_dir: Path | None) -> FileReport:
    try:
        extraction = ArticleExtraction.model_validate_json(path.read_bytes())
    except (ValidationError, ValueError, OSError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, ValidationError):
            first = f"{exc.error_count()} schema error(s), first: {_first_error(exc)}"
        return FileReport(path, path.stem, [Finding(
            code="invalid_record", severity="error", path=str(path),
            message=f"not an ArticleExtraction record: {first}")])
    article = find_article(extraction, path.parent, articles_dir)
    if article is None:
        where = f" in {articles_dir}" if articles_dir else " (give --articles DIR)"
        return FileReport(path, extraction.article_id, [Finding(
            code="article_not_found", severity="error", path=str(path),
            message=f"no article file for {extraction.article_id!r}{where}")])
    text = read_text(article)
    return FileReport(path, extraction.article_id, check_output(extraction, text))


def check_output(extraction: ArticleExtraction, text: str) -> list[Finding]:
    """The validators' findings, and for a run output (one with provenance) also the
    repairs it records (severity info) and its uncovered KPI candidates (warnings)."""
    findings = validate_extraction(extraction, text)
    if extraction.provenance is None:
        return findings  # gold: labelled by hand, nothing repaired, coverage not asked
    from extractor.validators.coverage import coverage, uncovered_findings
    from extractor.validators.repair import REPAIRED

    repaired = [f for f in extraction.findings if f.code == REPAIRED]
    return repaired + findings + uncovered_findings(coverage(extraction, text))


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(x) for x in err.get("loc", ()))
    return f"{loc}: {err.get('msg')}"


def validate_paths(paths: Iterable[str | Path], articles_dir: str | Path | None) -> list[FileReport]:
    folder = Path(articles_dir) if articles_dir else None
    return [validate_file(p, folder) for p in record_files(paths)]


def summary(reports: list[FileReport]) -> dict:
    """The ``--json`` document of ``extractor validate``."""
    rows = [row for r in reports for row in r.as_rows()]
    errors = sum(1 for row in rows if row["severity"] == "error")
    infos = sum(1 for row in rows if row["severity"] == "info")
    return {"findings": rows, "errors": errors, "warnings": len(rows) - errors - infos,
            "infos": infos}


def dumps(reports: list[FileReport]) -> str:
    return json.dumps(summary(reports), ensure_ascii=False, indent=2)
