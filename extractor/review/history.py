"""Every save of a gold file, kept: ``GOLD/.history/<article_id>.jsonl``.

One JSON line per save: who, when, from which run, the version before and after, the
change as a JSON Patch (RFC 6902: ``add`` / ``remove`` / ``replace`` ops, JSON Pointer
paths), and the document saved, so any version can be restored even when the file was
also edited by hand between two saves. The first save of a file that existed before
the app touched it also keeps that original document (``before``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

HISTORY_DIR = ".history"


def _pointer(parts: list[str | int]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def json_patch(old: Any, new: Any, at: list[str | int] | None = None) -> list[dict[str, Any]]:
    """RFC 6902 operations turning ``old`` into ``new`` (lists compared by position;
    a list whose length changes is replaced from the first position that differs)."""
    at = at or []
    if isinstance(old, dict) and isinstance(new, dict):
        ops: list[dict[str, Any]] = []
        for key in old.keys() - new.keys():
            ops.append({"op": "remove", "path": _pointer([*at, key])})
        for key, value in new.items():
            if key not in old:
                ops.append({"op": "add", "path": _pointer([*at, key]), "value": value})
            else:
                ops.extend(json_patch(old[key], value, [*at, key]))
        return ops
    if isinstance(old, list) and isinstance(new, list):
        ops = []
        for i in range(min(len(old), len(new))):
            ops.extend(json_patch(old[i], new[i], [*at, i]))
        # removals from the end first, so each index is still valid when applied
        for i in range(len(old) - 1, len(new) - 1, -1):
            ops.append({"op": "remove", "path": _pointer([*at, i])})
        for i in range(len(old), len(new)):
            ops.append({"op": "add", "path": _pointer([*at, "-"]), "value": new[i]})
        return ops
    if old == new and type(old) is type(new):
        return []
    return [{"op": "replace", "path": _pointer(at), "value": new}]


def apply_patch(doc: Any, ops: list[dict[str, Any]]) -> Any:
    """Apply operations made by :func:`json_patch` (add, remove, replace)."""
    doc = json.loads(json.dumps(doc))
    for op in ops:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in op["path"].split("/")[1:]]
        if not parts:
            doc = op.get("value")
            continue
        parent = doc
        for p in parts[:-1]:
            parent = parent[int(p)] if isinstance(parent, list) else parent[p]
        last = parts[-1]
        if isinstance(parent, list):
            if op["op"] == "add":
                parent.append(op["value"]) if last == "-" else parent.insert(int(last), op["value"])
            elif op["op"] == "remove":
                del parent[int(last)]
            else:
                parent[int(last)] = op["value"]
        elif op["op"] == "remove":
            del parent[last]
        else:
            parent[last] = op["value"]
    return doc


def history_path(gold_dir: Path, article_id: str) -> Path:
    return gold_dir / HISTORY_DIR / f"{article_id}.jsonl"


def append(gold_dir: Path, article_id: str, entry: dict[str, Any]) -> None:
    """Append one line (a single write of a whole line, flushed to disk)."""
    path = history_path(gold_dir, article_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def read(gold_dir: Path, article_id: str) -> list[dict[str, Any]]:
    """The article's saves, oldest first (a torn last line, from a crash, is skipped)."""
    try:
        lines = history_path(gold_dir, article_id).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    out = []
    for line in lines:
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def document_at(entries: list[dict[str, Any]], version: str) -> dict[str, Any] | None:
    """The document that had ``version``: saved by an entry, or the original before it."""
    for e in reversed(entries):
        if e.get("version") == version:
            return e.get("document")
        if e.get("previous_version") == version and e.get("before") is not None:
            return e["before"]
    return None


def summary(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the app lists: every save without the documents, newest first."""
    keep = ("version", "previous_version", "annotator", "at", "run_id", "status", "patch",
            "reverted_to")
    out = [{k: e.get(k) for k in keep} for e in reversed(entries)]
    originals = [e for e in entries if e.get("before") is not None]
    for e in originals:
        out.append({"version": e["previous_version"], "previous_version": None,
                    "annotator": None, "at": None, "run_id": None, "status": "original",
                    "patch": [], "reverted_to": None})
    return out
