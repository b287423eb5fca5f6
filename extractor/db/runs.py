"""A run as the loader and the exporter see it: its identity, metadata and records.

A run directory holds ``<article_id>.json`` records plus an optional ``run.json``. Gold
directories have no ``run.json`` and no provenance; their run id is derived from the
records' content, so loading the same gold files twice names the same run, and a
corrected gold set is a new version instead of a silent overwrite.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from extractor.schemas import ArticleExtraction

RUN_METADATA_FILE = "run.json"


class RunError(ValueError):
    """A run directory that cannot be loaded as a whole."""


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    is_gold: bool
    articles: tuple[ArticleExtraction, ...]
    metadata: Mapping[str, Any] | None = None  # run.json as written
    source_path: str | None = None
    content_sha256: str = ""
    record_sha256: Mapping[str, str] = field(default_factory=dict)  # article_id -> hash

    @property
    def backend(self) -> str | None:
        return self._run_level("backend")

    @property
    def model(self) -> str | None:
        return self._run_level("model")

    @property
    def prompt_version(self) -> str | None:
        return self._run_level("prompt_version")

    @property
    def contract_version(self) -> str | None:
        versions = {a.contract_version for a in self.articles}
        return versions.pop() if len(versions) == 1 else None

    @property
    def started_at(self) -> datetime | None:
        """When the run started: run.json, else the earliest provenance.extracted_at."""
        if self.metadata and self.metadata.get("started_at") is not None:
            return parse_timestamp(self.metadata["started_at"])
        stamps = [parse_timestamp(a.provenance.extracted_at) for a in self.articles
                  if a.provenance is not None and a.provenance.extracted_at]
        stamps = [s for s in stamps if s is not None]
        return min(stamps) if stamps else None

    def _run_level(self, key: str) -> str | None:
        """run.json's value, else the value every article's provenance agrees on."""
        if self.metadata and self.metadata.get(key) is not None:
            return str(self.metadata[key])
        values = {getattr(a.provenance, key) for a in self.articles if a.provenance is not None}
        return values.pop() if len(values) == 1 else None


def record_hash(extraction: ArticleExtraction) -> str:
    """Hash of a record's content, independent of the file's formatting."""
    return hashlib.sha256(extraction.model_dump_json().encode()).hexdigest()


def parse_timestamp(value: Any) -> datetime | None:
    """ISO 8601 text or a Unix time, as an aware UTC datetime; None when unreadable."""
    try:
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            return datetime.fromtimestamp(value, tz=timezone.utc)
        if isinstance(value, str) and value.strip():
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            if parsed.tzinfo is None:  # naive stamps are taken as UTC
                parsed = parsed.replace(tzinfo=timezone.utc)
            return parsed.astimezone(timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None
    return None


def make_run(
    extractions: Iterable[ArticleExtraction],
    metadata: Mapping[str, Any] | None = None,
    *,
    gold: bool | None = None,
    source_path: str | None = None,
) -> RunRecord:
    """Build a run from records; ``gold=None`` means gold when nothing has provenance."""
    articles = tuple(sorted(extractions, key=lambda a: a.article_id))
    seen: set[str] = set()
    for a in articles:
        if a.article_id in seen:
            raise RunError(f"article {a.article_id!r} appears twice in the run")
        seen.add(a.article_id)
    hashes = {a.article_id: record_hash(a) for a in articles}
    digest = hashlib.sha256()
    for article_id, h in hashes.items():
        digest.update(f"{article_id}\0{h}\n".encode())
    if metadata:
        digest.update(json.dumps(metadata, sort_keys=True, default=str).encode())
    content = digest.hexdigest()

    if gold is None:
        gold = not metadata and all(a.provenance is None for a in articles)
    run_ids = {a.provenance.run_id for a in articles
               if a.provenance is not None and a.provenance.run_id}
    if metadata and metadata.get("run_id"):
        run_id = str(metadata["run_id"])
        strays = sorted(run_ids - {run_id})
        if strays:
            raise RunError(f"run.json says run {run_id!r} but records carry run ids {strays}")
    elif len(run_ids) == 1:
        run_id = run_ids.pop()
    elif len(run_ids) > 1:
        raise RunError(f"records from several runs in one directory: {sorted(run_ids)}")
    else:
        run_id = f"{'gold' if gold else 'run'}-{content[:16]}"
    return RunRecord(run_id=run_id, is_gold=gold, articles=articles, metadata=metadata,
                     source_path=source_path, content_sha256=content, record_sha256=hashes)


def read_run_dir(path: str | Path, *, gold: bool | None = None) -> RunRecord:
    """Read every record of a run directory; any unreadable record fails the whole run."""
    from extractor.eval.rundir import load_run

    root = Path(path)
    try:
        found = load_run(root)
    except NotADirectoryError as exc:
        raise RunError(str(exc)) from exc
    if found.errors:
        details = "; ".join(f"{name}: {why}" for name, why in sorted(found.errors.items()))
        raise RunError(f"{root}: unreadable records ({details})")
    if not found.articles:
        raise RunError(f"{root}: no record files (<article_id>.json)")
    metadata = None
    meta_file = root / RUN_METADATA_FILE
    if meta_file.is_file():
        try:
            metadata = json.loads(meta_file.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise RunError(f"{meta_file}: not JSON ({exc})") from exc
        if not isinstance(metadata, dict):
            raise RunError(f"{meta_file}: expected a JSON object")
    return make_run(found.articles.values(), metadata, gold=gold,
                    source_path=str(root.resolve()))


def read_manifest(path: str | Path) -> dict[str, str | None]:
    """``article_id -> province`` from a corpus manifest (a list of article entries)."""
    entries = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(entries, dict):  # {"articles": [...]} is accepted too
        entries = entries.get("articles", [])
    return {str(e["id"]): e.get("province") for e in entries if isinstance(e, dict) and "id" in e}
