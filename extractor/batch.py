"""The OpenAI Batch API path: the same requests as ``extract``, half the price, a day's latency.

``submit`` turns articles into one JSONL request file (``custom_id`` is
``<article_id>::<chunk_index>``), uploads it and creates a batch. ``refresh`` polls the
batches and downloads their result files; ``collect`` parses every answer with
instructor's own response handler, groups the chunks by article and hands them to
``Extractor.finalize``, so grounding, validation and the output files are exactly those
of the online path. Requests that failed, expired or gave an unusable answer are listed
and can be sent again as a new batch (``submit_retry``).

Each request body is what instructor sends online for the backend's mode (built by
instructor's own request handler), plus the backend's ``max_tokens``: the online path and
the batch path cannot drift apart. The request file is also the input format of
``vllm run-batch``, so a user with GPUs can run it offline and ``collect`` the result file.

What a batch cannot do: re-ask the model about a schema or validator error (there is no
conversation), or split a chunk whose answer was cut off. Such requests are reported as
failed; resubmitting them (optionally with a larger ``max_tokens``) is the remedy.

Everything about a batch job lives in ``DIR/batch/`` (``state.json``, request files,
downloaded results). Readers of a run directory glob ``DIR/*.json``, so the subfolder
never looks like an article record.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from extractor.articles import ArticleError, discover, read_article
from extractor.backends import Backend
from extractor.backends.base import instructor_mode
from extractor.cost import batch_spend, charge
from extractor.pipeline import ExtractOptions, Extractor
from extractor.rundir import (
    ArticleResult,
    RunSummary,
    Status,
    atomic_write_json,
    read_ledger,
    record_path,
    write_ledger,
)
from extractor.schemas import ExtractionDraft

ENDPOINT = "/v1/chat/completions"
STATE_DIR = "batch"
STATE_FILE = "state.json"
TERMINAL = {"completed", "failed", "expired", "cancelled"}


class BatchPathError(RuntimeError):
    """The batch directory or the API is not in a state that allows the operation."""


# -- request lines --------------------------------------------------------------------
def make_custom_id(article_id: str, chunk_index: int) -> str:
    return f"{article_id}::{chunk_index}"


def split_custom_id(custom_id: str) -> tuple[str, int]:
    article_id, _, index = custom_id.rpartition("::")
    return article_id, int(index)


class _Captured(Exception):
    """Stops instructor once it has built the request body (nothing is sent)."""


def request_body(backend: Backend, messages: list[dict[str, Any]]) -> dict[str, Any]:
    """The chat-completion body instructor sends online for ``backend``'s mode: what
    instructor's patched ``create`` is called with, caught before any request."""
    import instructor

    sent: dict[str, Any] = {}

    def create(**kwargs: Any) -> Any:
        sent.update(kwargs)
        raise _Captured

    patched = instructor.patch(create=create, mode=instructor_mode(backend.mode))
    try:
        patched(model=backend.model, messages=messages, response_model=ExtractionDraft,
                temperature=backend.temperature, max_retries=0)
    except Exception:
        if not sent:
            raise
    body = dict(sent)
    body["max_tokens"] = backend.max_tokens
    return body


def build_requests(paths: list[str | Path], extractor: Extractor) -> tuple[list[dict[str, Any]], dict[str, Any], list[dict[str, str]]]:
    """(request lines, articles by id, unreadable files) for every article under ``paths``."""
    lines: list[dict[str, Any]] = []
    articles: dict[str, Any] = {}
    unreadable: list[dict[str, str]] = []
    for path in discover(paths):
        try:
            article = read_article(path)
        except (ArticleError, OSError) as exc:
            unreadable.append({"path": str(path), "error": str(exc)})
            continue
        chunks = extractor.chunks(article)
        articles[article.id] = {"path": str(path), "sha256": article.sha256, "chunks": len(chunks)}
        for chunk in chunks:
            body = request_body(extractor.backend, extractor.messages_for(article, chunk, len(chunks)))
            lines.append({"custom_id": make_custom_id(article.id, chunk.index), "method": "POST",
                          "url": ENDPOINT, "body": body})
    return lines, articles, unreadable


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    tmp.replace(path)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- state ------------------------------------------------------------------------------
@dataclass
class BatchState:
    """``DIR/batch/state.json``: what was asked, of which batches, from which article bytes."""

    out_dir: Path
    backend: dict[str, Any]
    run_id: str
    options: dict[str, Any]
    articles: dict[str, Any]
    unreadable: list[dict[str, str]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.out_dir / STATE_DIR

    def save(self) -> None:
        doc = asdict(self)
        doc.pop("out_dir")
        atomic_write_json(self.folder / STATE_FILE, {"version": 1, **doc})

    @classmethod
    def load(cls, out_dir: str | Path) -> BatchState:
        path = Path(out_dir) / STATE_DIR / STATE_FILE
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except OSError:
            raise BatchPathError(f"no batch job in {out_dir} (missing {path})") from None
        doc.pop("version", None)
        return cls(out_dir=Path(out_dir), **doc)

    def all_custom_ids(self) -> list[str]:
        return [make_custom_id(a, i) for a, info in self.articles.items() for i in range(info["chunks"])]


def _openai_client(state_or_url: BatchState | str | None, api_key: str | None = None):
    """A client for the state's endpoint; the key comes from the caller or the environment only."""
    from extractor.backends.openai_backend import OpenAIBackend

    base_url = state_or_url.backend.get("base_url") if isinstance(state_or_url, BatchState) else state_or_url
    return OpenAIBackend(base_url=base_url, api_key=api_key).client


def _upload_and_create(client: Any, state: BatchState, lines: list[dict[str, Any]],
                       completion_window: str) -> dict[str, Any]:
    number = len(state.batches) + 1
    req_file = state.folder / f"requests-{number}.jsonl"
    write_jsonl(req_file, lines)
    with req_file.open("rb") as fh:
        uploaded = client.files.create(file=(req_file.name, fh), purpose="batch")
    batch = client.batches.create(
        input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window=completion_window,
        metadata={"tool": "extractor", "run_id": state.run_id},
    )
    entry = {"id": batch.id, "input_file_id": uploaded.id, "requests_file": req_file.name,
             "requests": len(lines), "status": batch.status, "output_file_id": None,
             "error_file_id": None, "created_at": int(time.time()), "source": "api"}
    state.batches.append(entry)
    state.save()
    return entry


def submit(paths: list[str | Path], out_dir: str | Path, backend: Backend,
           options: ExtractOptions | None = None, *, completion_window: str = "24h",
           upload: bool = True) -> BatchState:
    """Write the request file; with ``upload`` (and an OpenAI-compatible backend) create the batch."""
    options = options or ExtractOptions()
    out = Path(out_dir)
    if (out / STATE_DIR / STATE_FILE).exists():
        raise BatchPathError(f"{out} already holds a batch job: use status/collect, or "
                             "--retry-failed to resubmit its failed requests")
    extractor = Extractor(backend, options)
    lines, articles, unreadable = build_requests(list(paths), extractor)
    if not lines:
        raise BatchPathError("no readable articles to submit")
    state = BatchState(out, backend.describe(), extractor.run_id, asdict(extractor.options), articles,
                       unreadable)
    if not upload:
        write_jsonl(state.folder / "requests-1.jsonl", lines)
        state.save()
        return state
    client = getattr(backend, "client", None)
    if client is None:
        raise BatchPathError(f"the {backend.name} backend has no Batch API; use upload=False "
                             "and run the request file with `vllm run-batch`")
    _upload_and_create(client, state, lines, completion_window)
    return state


def submit_retry(out_dir: str | Path, *, client: Any = None, max_tokens: int | None = None,
                 completion_window: str = "24h") -> dict[str, Any] | None:
    """A new batch with only the requests that have no usable answer yet (None if none)."""
    state = BatchState.load(out_dir)
    outcomes = gather_outcomes(state)
    todo = {cid for cid in state.all_custom_ids() if cid not in outcomes or outcomes[cid].draft is None}
    if not todo:
        return None
    original: dict[str, dict[str, Any]] = {}
    for entry in state.batches:
        path = state.folder / entry["requests_file"]
        if path.exists():
            for line in read_jsonl(path):
                original.setdefault(line["custom_id"], line)
    lines = [original[cid] for cid in sorted(todo) if cid in original]
    if max_tokens:
        lines = [{**line, "body": {**line["body"], "max_tokens": max_tokens}} for line in lines]
    return _upload_and_create(client or _openai_client(state), state, lines, completion_window)


def refresh(out_dir: str | Path, *, client: Any = None) -> BatchState:
    """Poll every unfinished batch; download result files of finished ones once."""
    state = BatchState.load(out_dir)

    def api() -> Any:
        nonlocal client
        client = client or _openai_client(state)
        return client

    for entry in state.batches:
        if entry["source"] != "api":
            continue
        if entry["status"] not in TERMINAL:
            batch = api().batches.retrieve(entry["id"])
            counts = batch.request_counts.model_dump() if batch.request_counts else None
            errors = batch.errors.data if batch.errors and batch.errors.data else []
            entry.update(status=batch.status, output_file_id=batch.output_file_id,
                         error_file_id=batch.error_file_id, request_counts=counts,
                         errors=[e.model_dump() for e in errors])
        for kind in ("output", "error"):
            file_id = entry.get(f"{kind}_file_id")
            target = state.folder / "results" / f"{entry['id']}.{kind}.jsonl"
            if file_id and not target.exists():
                data = api().files.content(file_id).read()
                target.parent.mkdir(parents=True, exist_ok=True)
                target.with_suffix(".tmp").write_bytes(data)
                target.with_suffix(".tmp").replace(target)
    state.save()
    return state


def add_result_file(out_dir: str | Path, results: str | Path) -> BatchState:
    """Take a result file produced elsewhere (``vllm run-batch -o``) as one more finished batch."""
    state = BatchState.load(out_dir)
    name = f"file-{len(state.batches) + 1}"
    target = state.folder / "results" / f"{name}.output.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(Path(results).read_bytes())
    state.batches.append({"id": name, "source": "file", "status": "completed", "path": str(results),
                          "requests_file": "requests-1.jsonl", "created_at": int(time.time())})
    state.save()
    return state


# -- results ------------------------------------------------------------------------------
@dataclass
class Outcome:
    """One request's answer: a draft, or why there is none."""

    custom_id: str
    draft: ExtractionDraft | None
    error: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


def parse_result_line(row: dict[str, Any], mode: str = "tools") -> Outcome:
    """One line of an output or error file, parsed the way instructor parses online answers."""
    import instructor
    from openai.types.chat import ChatCompletion

    cid = str(row.get("custom_id"))
    if row.get("error"):
        err = row["error"]
        return Outcome(cid, None, f"{err.get('code')}: {err.get('message')}")
    response = row.get("response") or {}
    body = response.get("body") or {}
    status = response.get("status_code", 200)
    if status >= 400 or not body.get("choices"):
        message = (body.get("error") or {}).get("message") if isinstance(body, dict) else None
        return Outcome(cid, None, f"HTTP {status}: {message or 'no choices in the answer'}")
    usage = body.get("usage") or {}
    out = Outcome(cid, None, None, usage.get("prompt_tokens") or 0, usage.get("completion_tokens") or 0)
    if body["choices"][0].get("finish_reason") == "length":
        out.error = "answer cut off at max_tokens (resubmit with a larger --max-tokens)"
        return out
    try:
        completion = ChatCompletion.model_validate(body)
        parse = instructor.patch(create=lambda **_: completion, mode=instructor_mode(mode))
        draft = parse(model=completion.model, messages=[], response_model=ExtractionDraft,
                      max_retries=0)
        out.draft = ExtractionDraft.model_validate(draft.model_dump())
    except Exception as exc:  # any unusable answer is a failed request, reported not raised
        out.error = f"unusable answer: {type(exc).__name__}: {str(exc)[:300]}"
    return out


def gather_outcomes(state: BatchState) -> dict[str, Outcome]:
    """Every downloaded result, in batch order; a usable answer is never replaced by a failure."""
    outcomes: dict[str, Outcome] = {}
    mode = state.backend.get("mode", "tools")
    for entry in state.batches:
        for kind in ("output", "error"):
            path = state.folder / "results" / f"{entry['id']}.{kind}.jsonl"
            if not path.exists():
                continue
            for row in read_jsonl(path):
                got = parse_result_line(row, mode)
                if got.draft is not None or outcomes.get(got.custom_id, got).draft is None:
                    outcomes[got.custom_id] = got
        if entry.get("status") in {"expired", "failed", "cancelled"}:
            # lines a dead batch never answered (or rejected as a whole) are failures too
            req = state.folder / entry.get("requests_file", "")
            for line in read_jsonl(req) if req.is_file() else []:
                cid = line["custom_id"]
                outcomes.setdefault(cid, Outcome(cid, None, f"batch {entry['id']} {entry['status']}"))
    return outcomes


@dataclass
class CollectReport:
    summary: RunSummary
    failed_requests: dict[str, str]  # custom_id -> reason
    pending: list[str]  # custom_ids with no result yet


class _SubmittedBackend(Backend):
    """The backend as recorded at submit time: names the model in provenance, calls nothing."""

    def __init__(self, described: dict[str, Any]):
        super().__init__(max_tokens=described.get("max_tokens", 2048),
                         temperature=described.get("temperature", 0.0))
        self.name = described.get("backend", "openai")
        self.model = described.get("model", "unknown")
        self.mode = described.get("mode", "tools")
        self._described = described

    def describe(self) -> dict[str, Any]:
        return dict(self._described)


def collect(out_dir: str | Path, *, client: Any = None, fetch: bool = True) -> CollectReport:
    """Write ``OUT/<article_id>.json`` for every article whose chunks all have answers, and run.json.

    Needs no credentials when every result file is already downloaded (or came from
    ``add_result_file``): the backend is rebuilt from the state file.
    """
    state = refresh(out_dir, client=client) if fetch else BatchState.load(out_dir)
    options = ExtractOptions(**state.options)
    extractor = Extractor(_SubmittedBackend(state.backend), options, run_id=state.run_id)
    outcomes = gather_outcomes(state)
    summary = RunSummary(state.run_id, str(state.out_dir))
    failed = {cid: o.error or "" for cid, o in outcomes.items() if o.draft is None}
    pending = [cid for cid in state.all_custom_ids() if cid not in outcomes]
    for article_id, info in sorted(state.articles.items()):
        summary.results.append(_collect_article(extractor, state, article_id, info, outcomes))
    for bad in state.unreadable:
        summary.results.append(ArticleResult(Path(bad["path"]).stem, bad["path"], Status.failed,
                                             error=f"unreadable article: {bad['error']}"))
    config = {**state.backend, "prompt_version": extractor.prompt_version, "options": state.options,
              "batches": [b["id"] for b in state.batches]}
    started = min((b["created_at"] for b in state.batches), default=time.time())
    write_ledger(state.out_dir, summary, config, started, read_ledger(state.out_dir), finished=True)
    return CollectReport(summary, failed, pending)


def _collect_article(extractor: Extractor, state: BatchState, article_id: str, info: dict[str, Any],
                     outcomes: dict[str, Outcome]) -> ArticleResult:
    t0 = time.perf_counter()
    ids = [make_custom_id(article_id, i) for i in range(info["chunks"])]
    got = [outcomes.get(cid) for cid in ids]
    result = ArticleResult(article_id, info["path"], Status.ok, article_sha256=info["sha256"],
                           requests=sum(o is not None for o in got),
                           prompt_tokens=sum(o.prompt_tokens for o in got if o),
                           completion_tokens=sum(o.completion_tokens for o in got if o))
    backend = extractor.backend
    charge(result, batch_spend(extractor.prices, backend.name, backend.model,
                               [(o.prompt_tokens, o.completion_tokens) for o in got if o]))
    missing = [cid for cid, o in zip(ids, got, strict=True) if o is None]
    broken = [f"{o.custom_id}: {o.error}" for o in got if o is not None and o.draft is None]
    if missing or broken:
        result.status = Status.pending if missing and not broken else Status.failed
        result.error = "; ".join(broken) or f"no result yet for {', '.join(missing)}"
        return result
    try:
        article = read_article(info["path"])
    except (ArticleError, OSError) as exc:
        return result.fail(f"cannot re-read the article: {exc}")
    if article.sha256 != info["sha256"]:
        return result.fail("the article changed since it was submitted")
    result.language = article.language
    extraction = extractor.finalize(article, [o.draft for o in got if o and o.draft], len(ids), result)
    atomic_write_json(record_path(state.out_dir, article_id), extraction)
    result.seconds = round(time.perf_counter() - t0, 3)
    return result
