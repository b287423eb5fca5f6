"""Output files of a run: atomic writes and the ``run.json`` ledger."""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractor.pipeline import RunSummary

RUN_FILE = "run.json"


def atomic_write_json(path: Path, obj: Any) -> None:
    """Write to a temporary file in the same directory, fsync, then rename over the target.

    A reader (or a run killed with SIGKILL half-way) sees the old file or the new one,
    never a truncated mix.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_run(out_dir: Path) -> dict[str, Any]:
    try:
        return json.loads((out_dir / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_run(out_dir: Path, summary: RunSummary, config: dict[str, Any], started: float,
              previous: dict[str, Any], finished: bool = False) -> dict[str, Any]:
    """Merge this run's results over the previous ledger and write it atomically."""
    articles: dict[str, Any] = dict(previous.get("articles", {}))
    for r in summary.results:
        entry = asdict(r)
        if r.status == "skipped" and r.article_id in articles:
            # keep the numbers of the run that actually produced the file
            entry = {**articles[r.article_id], "status": "ok", "skipped_in_last_run": True}
        articles[r.article_id] = entry
    statuses = [a["status"] for a in articles.values()]
    results = summary.results
    doc = {
        "run_id": summary.run_id,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()) if finished else None,
        "wall_seconds": round(time.time() - started, 3),
        "backend": config.get("backend"),
        "model": config.get("model"),
        "prompt_version": config.get("prompt_version"),
        "config": config,
        "totals": {
            "articles": len(articles),
            "ok": statuses.count("ok"),
            "failed": statuses.count("failed"),
            "skipped_this_run": sum(r.status == "skipped" for r in results),
            "requests": sum(r.requests for r in results),
            "prompt_tokens": sum(r.prompt_tokens for r in results),
            "completion_tokens": sum(r.completion_tokens for r in results),
            "records": sum(a.get("records", 0) for a in articles.values()),
            "flagged_records": sum(a.get("flagged_records", 0) for a in articles.values()),
            "dropped_records": sum(a.get("dropped_records", 0) for a in articles.values()),
        },
        "failures": [
            {"article_id": k, "path": a.get("path"), "error": a.get("error"), "attempts": a.get("attempts", 0)}
            for k, a in sorted(articles.items()) if a["status"] == "failed"
        ],
        "articles": dict(sorted(articles.items())),
    }
    atomic_write_json(out_dir / RUN_FILE, doc)
    return doc
