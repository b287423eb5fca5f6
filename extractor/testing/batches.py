"""In-memory Files and Batch API state for the scripted server.

Formats follow https://platform.openai.com/docs/guides/batch (which ``vllm run-batch``
also reads and writes): the input is JSONL of ``{"custom_id", "method", "url", "body"}``;
the output file holds ``{"id", "custom_id", "response": {"status_code", "request_id",
"body"}, "error": null}`` lines, and the error file holds lines whose response status is
>= 400 or whose request never produced a response (``"error": {"code", "message"}``).

Lines are run lazily, when the batch leaves ``in_progress`` (on the poll that finds it
done), through the same script as online requests.  That keeps the order of script
consumption deterministic for a test that polls, and lets ``cancel`` stop a batch
before any line has run.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extractor.testing.behaviours import Reply, error_reply

#: Runs one batch line through the script: returns the reply, or None when the
#: behaviour produces no HTTP answer (a disconnect).
LineRunner = Callable[[dict[str, Any], str], "Reply | None"]

TERMINAL = {"completed", "failed", "expired", "cancelled"}


def _id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:24]}"


@dataclass
class StoredFile:
    id: str
    filename: str
    purpose: str
    data: bytes
    created_at: int = field(default_factory=lambda: int(time.time()))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "file",
            "bytes": len(self.data),
            "created_at": self.created_at,
            "filename": self.filename,
            "purpose": self.purpose,
            "status": "processed",
            "expires_at": None,
            "status_details": None,
        }


@dataclass
class BatchJob:
    id: str
    input_file_id: str
    endpoint: str
    completion_window: str
    metadata: dict[str, Any] | None
    lines: list[dict[str, Any]]
    polls_left: int
    created_at: int = field(default_factory=lambda: int(time.time()))
    status: str = "validating"
    output_file_id: str | None = None
    error_file_id: str | None = None
    completed: int = 0
    failed: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    stamps: dict[str, int] = field(default_factory=dict)  # e.g. completed_at

    def set_status(self, status: str) -> None:
        self.status = status
        stamp = {"in_progress": "in_progress_at", "cancelling": "cancelling_at"}.get(
            status, f"{status}_at"
        )
        self.stamps.setdefault(stamp, int(time.time()))

    def to_json(self) -> dict[str, Any]:
        stamps = (
            "in_progress_at", "finalizing_at", "completed_at", "failed_at", "expired_at",
            "cancelling_at", "cancelled_at",
        )  # fmt: skip
        return {
            "id": self.id,
            "object": "batch",
            "endpoint": self.endpoint,
            "errors": {"object": "list", "data": self.errors} if self.errors else None,
            "input_file_id": self.input_file_id,
            "completion_window": self.completion_window,
            "status": self.status,
            "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id,
            "created_at": self.created_at,
            "expires_at": self.created_at + 24 * 3600,
            **{name: self.stamps.get(name) for name in stamps},
            "request_counts": {
                "total": len(self.lines),
                "completed": self.completed,
                "failed": self.failed,
            },
            "metadata": self.metadata,
        }


class BatchError(Exception):
    """A request the Files/Batch API refuses; carries the HTTP reply to send."""

    def __init__(self, reply: Reply):
        super().__init__(reply.payload)
        self.reply = reply


def _not_found(what: str, id_: str) -> BatchError:
    return BatchError(
        error_reply(404, f"No such {what}: '{id_}'", "invalid_request_error", "not_found")
    )


class BatchStore:
    """Files and batches of one server; every method is safe to call from handler threads."""

    def __init__(self, in_progress_polls: int = 0, expire_after: int | None = None):
        self.in_progress_polls = in_progress_polls
        self.expire_after = expire_after
        self.files: dict[str, StoredFile] = {}
        self.batches: dict[str, BatchJob] = {}
        self._lock = threading.RLock()

    # -- files ---------------------------------------------------------------
    def add_file(self, filename: str, purpose: str, data: bytes) -> StoredFile:
        stored = StoredFile(_id("file-"), filename, purpose, data)
        with self._lock:
            self.files[stored.id] = stored
        return stored

    def get_file(self, file_id: str) -> StoredFile:
        with self._lock:
            if file_id not in self.files:
                raise _not_found("file", file_id)
            return self.files[file_id]

    def delete_file(self, file_id: str) -> dict[str, Any]:
        with self._lock:
            self.get_file(file_id)
            del self.files[file_id]
        return {"id": file_id, "object": "file", "deleted": True}

    # -- batches -------------------------------------------------------------
    def create(self, request: dict[str, Any]) -> BatchJob:
        """Validate the request and its input file, as the real API does before queueing."""
        input_id = str(request.get("input_file_id", ""))
        endpoint = str(request.get("endpoint", ""))
        if endpoint != "/v1/chat/completions":
            raise BatchError(
                error_reply(
                    400,
                    f"Unsupported endpoint {endpoint!r}: the scripted server batches "
                    "only /v1/chat/completions",
                    "invalid_request_error",
                    "invalid_value",
                )
            )
        source = self.get_file(input_id)
        lines, errors = _parse_lines(source.data, endpoint)
        job = BatchJob(
            id=_id("batch_"),
            input_file_id=input_id,
            endpoint=endpoint,
            completion_window=str(request.get("completion_window", "24h")),
            metadata=request.get("metadata"),
            lines=lines,
            polls_left=self.in_progress_polls,
        )
        if errors:
            job.errors = errors
            job.set_status("failed")
        with self._lock:
            self.batches[job.id] = job
        return job

    def get(self, batch_id: str) -> BatchJob:
        with self._lock:
            if batch_id not in self.batches:
                raise _not_found("batch", batch_id)
            return self.batches[batch_id]

    def poll(self, batch_id: str, run_line: LineRunner) -> BatchJob:
        """One status poll: advances the batch one step towards its terminal status."""
        with self._lock:
            job = self.get(batch_id)
            if job.status == "cancelling":
                job.set_status("cancelled")
            elif job.status in ("validating", "in_progress"):
                if job.polls_left > 0:
                    job.polls_left -= 1
                    job.set_status("in_progress")
                else:
                    self._finish(job, run_line)
            return job

    def cancel(self, batch_id: str) -> BatchJob:
        with self._lock:
            job = self.get(batch_id)
            if job.status in TERMINAL or job.status == "cancelling":
                raise BatchError(
                    error_reply(
                        400,
                        f"Cannot cancel a batch with status '{job.status}'.",
                        "invalid_request_error",
                    )
                )
            job.set_status("cancelling")
            return job

    def _finish(self, job: BatchJob, run_line: LineRunner) -> None:
        job.set_status("in_progress")
        job.set_status("finalizing")
        outputs: list[dict[str, Any]] = []
        failures: list[dict[str, Any]] = []
        limit = len(job.lines) if self.expire_after is None else self.expire_after
        for position, line in enumerate(job.lines):
            custom_id = str(line["custom_id"])
            entry: dict[str, Any] = {"id": _id("batch_req_"), "custom_id": custom_id}
            if position >= limit:
                message = "This request could not be executed before the completion window expired."
                failures.append({**entry, "response": None,
                                 "error": {"code": "batch_expired", "message": message}})  # fmt: skip
                continue
            reply = run_line(line["body"], custom_id)
            if reply is None:
                message = "The server closed the connection before answering."
                failures.append({**entry, "response": None,
                                 "error": {"code": "server_error", "message": message}})  # fmt: skip
                continue
            response = {"status_code": reply.status, "request_id": _id("req_"),
                        "body": reply.payload}  # fmt: skip
            (failures if reply.status >= 400 else outputs).append(
                {**entry, "response": response, "error": None}
            )
        job.completed, job.failed = len(outputs), len(failures)
        if outputs:
            job.output_file_id = self._write(f"{job.id}_output.jsonl", outputs).id
        if failures:
            job.error_file_id = self._write(f"{job.id}_error.jsonl", failures).id
        job.set_status("expired" if limit < len(job.lines) else "completed")

    def _write(self, filename: str, rows: list[dict[str, Any]]) -> StoredFile:
        data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        return self.add_file(filename, "batch_output", data.encode())


def _parse_lines(data: bytes, endpoint: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The input lines, and a validation error for each bad one (as ``errors.data`` reports)."""
    lines: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    seen: set[str] = set()

    def fail(number: int, code: str, message: str) -> None:
        errors.append({"code": code, "line": number, "message": message, "param": None})

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        fail(0, "invalid_file_format", "The input file is not UTF-8.")
        return lines, errors
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except json.JSONDecodeError:
            fail(number, "invalid_json_line", "This line is not parseable as valid JSON.")
            continue
        if not isinstance(line, dict) or not isinstance(line.get("body"), dict):
            fail(number, "invalid_request", "Each line needs a JSON object 'body'.")
        elif line.get("method", "POST") != "POST" or line.get("url", endpoint) != endpoint:
            fail(number, "mismatched_endpoint", f"The line's url must be {endpoint}.")
        elif "custom_id" not in line:
            fail(number, "missing_required_parameter", "Each line needs a custom_id.")
        elif str(line["custom_id"]) in seen:
            fail(number, "duplicate_custom_id", "The custom_id of each line must be unique.")
        else:
            seen.add(str(line["custom_id"]))
            lines.append(line)
    if not lines and not errors:
        fail(0, "empty_file", "The input file has no requests.")
    return lines, errors
