"""The run directory: its layout, its files, and what each article's outcome was.

    OUT/
      <article_id>.json    one ArticleExtraction per article (the record contract)
      run.json             the ledger (RUN_FILE): configuration, status of every article,
                           totals and failures; merged over the previous ledger on resume
      batch/               a Batch API job, when there is one (never read as a record)
      .<name>.XXXX.tmp     a write in progress, or one left by a killed writer

A gold directory has the same layout without the ledger. The pipeline, the Batch API
and Ray paths write run directories through this module; eval, the database loader,
the exporter and ``validate`` read them through it.

Three readers, for three needs:

* :func:`read_ledger`: ``run.json`` as a dict (``{}`` when absent or unreadable);
* :func:`read_records`: every record file, each bad file reported and skipped (eval
  scores the rest);
* :func:`read_run_dir`: the run as one unit for the database and exports; any bad
  record fails it (:class:`RunError`), and it gets a stable run id.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pydantic_core
from pydantic import ValidationError

from extractor.articles import ARTICLE_SUFFIXES, ArticleError, read_article
from extractor.cost import cost_totals
from extractor.schemas import ArticleExtraction

RUN_FILE = "run.json"


# -- outcomes -------------------------------------------------------------------------
class Status(str, Enum):
    """What happened to one article in one run."""

    ok = "ok"  # extracted and written
    failed = "failed"  # no output (see the error); re-run to retry
    skipped = "skipped"  # its output was already up to date (the ledger records it as ok)
    pending = "pending"  # waiting for answers (a batch job still running)
    stopped = "stopped"  # left for the next run: the budget (--max-cost) ran out first

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


@dataclass
class ArticleResult:
    """One article's outcome and what it cost: a ``run.json`` entry."""

    article_id: str
    path: str
    status: Status
    error: str | None = None
    attempts: int = 0
    chunks: int = 0
    requests: int = 0
    cached_chunks: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasks: int = 0
    transport_retries: int = 0
    seconds: float = 0.0
    model_seconds: float = 0.0
    records: int = 0
    flagged_records: int = 0
    dropped_records: int = 0
    errors: int = 0
    warnings: int = 0
    language: str | None = None
    article_sha256: str | None = None
    # records repaired from their quotes, KPI coverage, second looks
    repairs: int = 0
    candidates: int = 0  # figures that are KPI candidates
    covered: int = 0
    uncovered: int = 0
    followups: int = 0  # follow-up requests for uncovered figures
    followup_kpis: int = 0  # KPIs they added
    kept_best: int = 0  # chunks whose later request failed and kept an earlier answer
    # money (extractor.cost): null when a model had no price
    cost_usd: float | None = 0.0
    saved_usd: float | None = 0.0  # what its cached chunks cost when they were made
    spend: dict[str, Any] = field(default_factory=dict)  # model -> kind -> requests, tokens, cost
    escalations: int = 0  # chunks sent on to a stronger model (--escalate-to)
    leaked: int = 0  # records dropped because their text came from the few-shot example

    @property
    def all_flagged(self) -> bool:
        """Every record of the article has a validator error (an ok that is not)."""
        return self.records > 0 and self.flagged_records >= self.records

    def __setattr__(self, name: str, value: Any) -> None:
        # Always a Status, also when set from text (a ledger entry, a Ray row).
        object.__setattr__(self, name, Status(value) if name == "status" else value)

    def fail(self, error: str) -> ArticleResult:
        self.status, self.error = Status.failed, error
        return self


@dataclass
class RunSummary:
    run_id: str
    out_dir: str
    results: list[ArticleResult] = field(default_factory=list)
    budget: dict[str, Any] | None = None  # --max-cost: limit, spent, stopped (extractor.cost)

    @property
    def stopped(self) -> bool:
        """The budget ran out: some articles are left for the next run."""
        return any(r.status is Status.stopped for r in self.results)

    @property
    def ok(self) -> bool:
        """Every article has an up-to-date output: none failed, none still pending."""
        return all(r.status in (Status.ok, Status.skipped) for r in self.results)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.results:
            out[r.status.value] = out.get(r.status.value, 0) + 1
        return out


# -- writing --------------------------------------------------------------------------
def atomic_write_json(path: Path, obj: Any) -> None:
    """Write ``obj`` (JSON data or a pydantic model) to a temporary file in the same
    directory, fsync, then rename over the target.

    A reader (or a run killed with SIGKILL half-way) sees the old file or the new one,
    never a truncated mix.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            # pydantic-core's serializer: ~10x faster than json.dump with indent, which
            # falls back to the pure-Python encoder (~0.6 ms per article output).
            fh.write(pydantic_core.to_json(obj, indent=2))
            fh.write(b"\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def record_path(out_dir: Path, article_id: str) -> Path:
    """Where an article's record lives in a run directory."""
    return out_dir / f"{article_id}.json"


def remove_stale_temps(out_dir: Path) -> int:
    """Delete temporary files left by a killed writer (``.NAME.XXXX.tmp``); returns how many.

    They are never read as outputs (they do not end in ``.json``), but a directory that
    keeps them after the run that resumes it is not clean. Called before a run starts
    writing, so it cannot race with this process's own writes.
    """
    removed = 0
    for tmp in out_dir.glob(".*.tmp"):
        try:
            tmp.unlink()
            removed += 1
        except OSError:
            pass
    return removed


# -- the ledger -----------------------------------------------------------------------
def read_ledger(out_dir: Path) -> dict[str, Any]:
    """``run.json`` as written, or ``{}`` when there is none (or it is unreadable)."""
    try:
        doc = json.loads((out_dir / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def _ledger_entries(previous: Mapping[str, Any], results: list[ArticleResult]) -> dict[str, Any]:
    """The previous ledger's articles with this run's results merged over them."""
    articles: dict[str, Any] = dict(previous.get("articles", {}))
    for r in results:
        entry = {**vars(r), "status": r.status.value}  # flat scalars: asdict copies recursively
        if r.status is Status.skipped:
            # Its output is up to date, so it is ok. Keep the numbers of the run that
            # produced the file when the ledger has them (a killed run may not have
            # written its last results).
            prior = articles.get(r.article_id)
            base = prior if prior and prior.get("status") == Status.ok else entry
            entry = {**base, "status": Status.ok.value, "skipped_in_last_run": True}
        articles[r.article_id] = entry
    return articles


def _totals(articles: Mapping[str, Any], results: list[ArticleResult]) -> dict[str, int]:
    statuses = [a["status"] for a in articles.values()]
    return {
        "articles": len(articles),
        "ok": statuses.count(Status.ok),
        "failed": statuses.count(Status.failed),
        "pending": statuses.count(Status.pending),
        "stopped": statuses.count(Status.stopped),
        "skipped_this_run": sum(r.status is Status.skipped for r in results),
        "requests": sum(r.requests for r in results),
        "transport_retries": sum(r.transport_retries for r in results),
        "reasks": sum(r.reasks for r in results),
        "prompt_tokens": sum(r.prompt_tokens for r in results),
        "completion_tokens": sum(r.completion_tokens for r in results),
        "records": sum(a.get("records", 0) for a in articles.values()),
        "flagged_records": sum(a.get("flagged_records", 0) for a in articles.values()),
        "dropped_records": sum(a.get("dropped_records", 0) for a in articles.values()),
        **{key: sum(a.get(key, 0) for a in articles.values())
           for key in ("reasks", "repairs", "candidates", "covered", "uncovered", "followups",
                       "followup_kpis", "kept_best", "escalations", "leaked")},
        "all_flagged": sum(a.get("records", 0) > 0 and a.get("flagged_records", 0) >= a.get("records", 0)
                           for a in articles.values() if a["status"] == Status.ok),
    }


def write_ledger(out_dir: Path, summary: RunSummary, config: dict[str, Any], started: float,
                 previous: Mapping[str, Any], finished: bool = False) -> dict[str, Any]:
    """Merge this run's results over the previous ledger and write it atomically."""
    articles = _ledger_entries(previous, summary.results)
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    doc = {
        "run_id": summary.run_id,
        "started_at": time.strftime(stamp, time.gmtime(started)),
        "finished_at": time.strftime(stamp, time.gmtime()) if finished else None,
        "wall_seconds": round(time.time() - started, 3),
        "backend": config.get("backend"),
        "model": config.get("model"),
        "prompt_version": config.get("prompt_version"),
        "config": config,
        "totals": {**_totals(articles, summary.results),
                   **cost_totals(summary.results, previous, summary.run_id)},
        "budget": summary.budget,
        "failures": [
            {"article_id": k, "path": a.get("path"), "error": a.get("error"),
             "attempts": a.get("attempts", 0)}
            for k, a in sorted(articles.items()) if a["status"] == Status.failed
        ],
        "articles": dict(sorted(articles.items())),
    }
    atomic_write_json(out_dir / RUN_FILE, doc)
    return doc


# -- reading records ------------------------------------------------------------------
@dataclass
class RecordSet:
    """The readable records of a directory, and why the others were skipped."""

    path: Path
    articles: dict[str, ArticleExtraction] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # file name -> why it was skipped


def read_records(path: str | Path) -> RecordSet:
    """Every record file of a run (or gold) directory, keyed by ``article_id``.

    Any other file that is not a valid ``ArticleExtraction`` is reported in ``errors``,
    not fatal, so one broken file does not hide the scores of the others.
    """
    root = Path(path)
    if not root.is_dir():
        raise NotADirectoryError(f"not a directory: {root}")
    found = RecordSet(root)
    for file in sorted(root.glob("*.json")):
        if file.name == RUN_FILE:
            continue
        try:
            extraction = ArticleExtraction.model_validate_json(file.read_bytes())
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(map(str, first["loc"])) or "file"
            found.errors[file.name] = (
                f"not an ArticleExtraction ({exc.error_count()} errors); {where}: {first['msg']}"
            )
            continue
        except OSError as exc:
            found.errors[file.name] = f"unreadable: {exc}"
            continue
        if extraction.article_id in found.articles:
            found.errors[file.name] = f"duplicate article_id {extraction.article_id!r}"
            continue
        found.articles[extraction.article_id] = extraction
    return found


# -- a run as one unit: identity and metadata (the database, exports) ----------------------
class RunError(ValueError):
    """A run directory that cannot be loaded as a whole."""


@dataclass(frozen=True)
class RunRecord:
    """A run as the loader and the exporter see it: its identity, metadata and records.

    Gold directories have no ``run.json`` and no provenance; their run id is derived
    from the records' content, so reading the same gold files twice names the same run,
    and a corrected gold set is a new version instead of a silent overwrite.
    """

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
            return datetime.fromtimestamp(value, tz=UTC)
        if isinstance(value, str) and value.strip():
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            if parsed.tzinfo is None:  # naive stamps are taken as UTC
                parsed = parsed.replace(tzinfo=UTC)
            return parsed.astimezone(UTC)
    except (ValueError, OverflowError, OSError):
        return None
    return None


def _run_id(articles: tuple[ArticleExtraction, ...], metadata: Mapping[str, Any] | None,
            gold: bool, content: str) -> str:
    run_ids = {a.provenance.run_id for a in articles
               if a.provenance is not None and a.provenance.run_id}
    if metadata and metadata.get("run_id"):
        run_id = str(metadata["run_id"])
        strays = sorted(run_ids - {run_id})
        if strays:
            raise RunError(f"run.json says run {run_id!r} but records carry run ids {strays}")
        return run_id
    if len(run_ids) > 1:
        raise RunError(f"records from several runs in one directory: {sorted(run_ids)}")
    return run_ids.pop() if run_ids else f"{'gold' if gold else 'run'}-{content[:16]}"


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
    return RunRecord(run_id=_run_id(articles, metadata, gold, content), is_gold=gold,
                     articles=articles, metadata=metadata, source_path=source_path,
                     content_sha256=content, record_sha256=hashes)


def read_run_dir(path: str | Path, *, gold: bool | None = None) -> RunRecord:
    """Read a run directory as one unit; any unreadable record fails the whole run."""
    root = Path(path)
    try:
        found = read_records(root)
    except NotADirectoryError as exc:
        raise RunError(str(exc)) from exc
    if found.errors:
        details = "; ".join(f"{name}: {why}" for name, why in sorted(found.errors.items()))
        raise RunError(f"{root}: unreadable records ({details})")
    if not found.articles:
        raise RunError(f"{root}: no record files (<article_id>.json)")
    metadata = None
    meta_file = root / RUN_FILE
    if meta_file.is_file():
        try:
            metadata = json.loads(meta_file.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise RunError(f"{meta_file}: not JSON ({exc})") from exc
        if not isinstance(metadata, dict):
            raise RunError(f"{meta_file}: expected a JSON object")
    return make_run(found.articles.values(), metadata, gold=gold,
                    source_path=str(root.resolve()))


# -- an article's text ------------------------------------------------------------------
Source = tuple[ArticleExtraction | None, Path | None]  # a record and the directory it is in


def article_files(article_id: str, sources: Iterable[Source],
                  articles_dir: Path | None = None) -> Iterator[Path]:
    """Existing files that may hold the article, best first.

    ``provenance.article_path`` of each record (as written, then relative to the
    record's directory), then ``articles_dir/<article_id>.<suffix>`` (gold records have
    no provenance).
    """
    for extraction, record_dir in sources:
        prov = extraction.provenance if extraction is not None else None
        if prov is not None and prov.article_path:
            p = Path(prov.article_path)
            for candidate in (p, record_dir / p if record_dir and not p.is_absolute() else None):
                if candidate is not None and candidate.is_file():
                    yield candidate
    if articles_dir is not None:
        for suffix in ARTICLE_SUFFIXES:
            candidate = articles_dir / f"{article_id}{suffix}"
            if candidate.is_file():
                yield candidate


def find_article(extraction: ArticleExtraction, record_dir: Path | None,
                 articles_dir: Path | None = None) -> Path | None:
    """The article file a record was extracted from, if it can be found."""
    return next(article_files(extraction.article_id, [(extraction, record_dir)], articles_dir), None)


class ArticleTexts:
    """Article text by id, read as the pipeline reads it (quote offsets index into it)."""

    def __init__(self, articles_dir: str | Path | None = None) -> None:
        self.articles_dir = Path(articles_dir) if articles_dir else None
        self._cache: dict[Path, str | None] = {}

    def _read(self, path: Path) -> str | None:
        key = path.resolve()
        if key not in self._cache:
            try:
                self._cache[key] = read_article(path).text
            except (OSError, ArticleError):
                self._cache[key] = None
        return self._cache[key]

    def get(self, article_id: str, sources: Iterable[Source] = ()) -> str | None:
        for path in article_files(article_id, sources, self.articles_dir):
            text = self._read(path)
            if text is not None:
                return text
        return None
