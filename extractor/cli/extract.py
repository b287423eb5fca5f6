"""`extractor extract`: run the extraction pipeline over articles."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from extractor.cli.app import app
from extractor.cli.cost_options import (
    EXIT_BUDGET,
    EscalateBaseUrlOption,
    EscalateBelowOption,
    EscalateToOption,
    MaxCostOption,
    PriceOption,
    ReasksBeforeOption,
    cost_options,
)
from extractor.cli.options import (
    ArticlePaths,
    BackendName,
    BaseUrlOption,
    ChunkCharsOption,
    ChunkOverlapOption,
    MaxTokensOption,
    ModelOption,
    ModeOption,
    NoExampleOption,
    at_least,
)

if TYPE_CHECKING:
    from extractor.backends import Backend

_MODEL, _OUTPUT, _CHECKS, _RUN = "Model", "Prompt and output", "Checks", "Run"


def _opt(*flags: str, panel: str = _RUN, **kwargs: Any) -> Any:
    return typer.Option(*flags, rich_help_panel=panel, **kwargs)


def _flag(*flags: str, panel: str = _RUN, **kwargs: Any) -> Any:
    """An on/off option (no type shown in --help)."""
    return typer.Option(*flags, rich_help_panel=panel, metavar="", **kwargs)


Out = Annotated[Path, typer.Option(
    "--out", "-o", file_okay=False, metavar="DIR", show_default=False,
    help="Output folder: <article_id>.json per article, plus run.json.")]
BackendOpt = Annotated[BackendName, _opt(
    "--backend", "-b", metavar="NAME", panel=_MODEL,
    help="local (the default): the embedded llama.cpp model, no key, no network. "
    "openai: OpenAI or any OpenAI-compatible server.")]
ModelPath = Annotated[Path | None, _opt(
    "--model-path", metavar="GGUF", panel=_MODEL, exists=True, dir_okay=False,
    help="Model file for --backend local. Default: the bundled Gemma 3 270M.")]
MaxTokensCap = Annotated[int | None, _opt(
    "--max-tokens-cap", metavar="N", panel=_MODEL,
    help="Largest completion budget before a chunk is split in two.")]
NCtx = Annotated[int | None, _opt(
    "--n-ctx", metavar="N", panel=_MODEL, help="Context window for --backend local.")]
Threads = Annotated[int | None, _opt(
    "--threads", metavar="N", panel=_MODEL,
    help="llama.cpp threads per model instance for --backend local. Default: 1.")]
Instances = Annotated[int | None, _opt(
    "--instances", metavar="N", panel=_MODEL,
    help="Model instances for --backend local, each answering one request at a time. "
    "Default: one per core, as many as memory holds.")]
Timeout = Annotated[float | None, _opt(
    "--timeout", metavar="SECONDS", panel=_MODEL,
    help="Seconds per HTTP request for --backend openai.")]
Bounded = Annotated[bool | None, _flag(
    "--bounded/--unbounded", show_default=False, panel=_OUTPUT,
    help="Cap list lengths and string sizes in the output grammar so that small models "
    "finish. Default: on for the bundled model, off otherwise.")]
MaxReasks = Annotated[int | None, _opt(
    "--max-reasks", metavar="N", callback=at_least(0), panel=_CHECKS,
    help="Re-asks after schema or validator errors, per chunk. Default: 2; 0 for the "
    "embedded model.")]
Glean = Annotated[int | None, _opt(
    "--glean", metavar="N", callback=at_least(0), panel=_CHECKS,
    help="Follow-up requests per chunk for reported figures no KPI covers; 0: none. "
    "Default: 1; 0 for the embedded model.")]
class DraftChoice(str, Enum):
    reader = "reader"
    none = "none"


DraftMode = Annotated[DraftChoice | None, _opt(
    "--draft", metavar="MODE", panel=_OUTPUT, show_default=False,
    help="reader: the number and name reader drafts each chunk and the model refers to its "
    "ids (the embedded model keeps the reader's records). none: the model writes every "
    "record. Default: reader for the embedded model, none otherwise.")]
NoDraftChoices = Annotated[bool, _flag(
    "--no-draft-choices", panel=_OUTPUT,
    help="With --draft reader and the embedded model: keep the reader's indicators. "
    "Default: the model chooses the indicator of each figure the catalogue's keywords do "
    "not name (a constrained choice).")]
Strict = Annotated[bool, _flag(
    "--strict", panel=_CHECKS,
    help="Drop records that still have validator errors. Default: keep and flag them.")]
NoValidate = Annotated[bool, _flag(
    "--no-validate", panel=_CHECKS,
    help="Skip the number validators (grounding is still recorded).")]
Concurrency = Annotated[int, _opt(
    "--concurrency", "-j", metavar="N", callback=at_least(1),
    help="Model requests in flight at once; articles are read, validated and written "
    "around them (--backend local answers --instances at a time).")]
Cache = Annotated[Path | None, _opt(
    "--cache", metavar="FILE", envvar="EXTRACTOR_CACHE", show_default=False,
    help="Response cache and prompt/response log (SQLite). Default: "
    "~/.cache/extractor/cache.sqlite.")]
NoCache = Annotated[bool, _flag("--no-cache", help="Neither read nor fill the response cache.")]
NoLog = Annotated[bool, _flag("--no-log", help="Do not log prompts and responses.")]
Force = Annotated[bool, _flag(
    "--force", help="Re-extract articles whose output is already up to date.")]
Quiet = Annotated[bool, _flag("--quiet", "-q", help="No progress bar or summary table.")]


@app.command("extract")
def extract(
    paths: ArticlePaths,
    out: Out,
    backend: BackendOpt = BackendName.local,
    model: ModelOption = None,
    model_path: ModelPath = None,
    base_url: BaseUrlOption = None,
    mode: ModeOption = None,
    max_tokens: MaxTokensOption = None,
    max_tokens_cap: MaxTokensCap = None,
    n_ctx: NCtx = None,
    threads: Threads = None,
    instances: Instances = None,
    timeout: Timeout = None,
    bounded: Bounded = None,
    no_example: NoExampleOption = False,
    chunk_chars: ChunkCharsOption = None,
    chunk_overlap: ChunkOverlapOption = None,
    max_reasks: MaxReasks = None,
    glean: Glean = None,
    draft: DraftMode = None,
    no_draft_choices: NoDraftChoices = False,
    strict: Strict = False,
    no_validate: NoValidate = False,
    concurrency: Concurrency = 4,
    cache: Cache = None,
    no_cache: NoCache = False,
    no_log: NoLog = False,
    force: Force = False,
    quiet: Quiet = False,
    price: PriceOption = None,
    max_cost: MaxCostOption = None,
    escalate_to: EscalateToOption = None,
    escalate_base_url: EscalateBaseUrlOption = None,
    escalate_below: EscalateBelowOption = None,
    reasks_before_escalating: ReasksBeforeOption = None,
) -> None:
    """Extract meetings, attendees, KPIs and directives from articles into OUT.

    Runs offline on the embedded model by default. Re-running with the same settings resumes: up-to-date articles are skipped, failed and missing ones are redone, and unchanged chunks come from the cache.

    Exit code: 0 when every article succeeded; 1 when any failed (OUT/run.json says why); 2 on bad usage, including PATHs with no article file; 3 when --max-cost stopped the run (re-run to resume).
    """
    from extractor.concurrency import collector_paused

    # The command's own start-up; the run pauses the collector again for its warm-up.
    with collector_paused():
        from extractor.cli.inputs import build_backend, extract_options, find_articles, prepare_out

        files = find_articles(paths)  # and starts loading the language model
        prepare_out(out)
        model_backend = build_backend(
            backend.value, model=model, model_path=model_path, base_url=base_url, mode=mode,
            max_tokens=max_tokens, max_tokens_cap=max_tokens_cap, n_ctx=n_ctx, n_threads=threads,
            instances=instances, timeout=timeout, bounded=bounded)
        options = extract_options(
            concurrency=concurrency, strict=strict, validate=not no_validate, use_cache=not no_cache,
            few_shot=not no_example, force=force, glean=glean, max_reasks=max_reasks,
            draft=draft.value if draft else None, draft_choices=False if no_draft_choices else None,
            chunk_chars=chunk_chars, chunk_overlap=chunk_overlap,
            **cost_options(price, max_cost, escalate_to, escalate_base_url, escalate_below,
                           reasks_before_escalating))
    ok = _run(files, out, model_backend, options, cache, log=not no_log, quiet=quiet)
    raise typer.Exit(0 if ok is True else EXIT_BUDGET if ok is None else 1)


def _run(files: list[Path], out: Path, backend: Backend, options: Any, cache_path: Path | None,
         *, log: bool, quiet: bool) -> bool | None:
    """Run the pipeline with a progress bar and summary table; True when all went well,
    None when the budget stopped it."""
    import logging

    from extractor.concurrency import collector_paused

    with collector_paused():  # still start-up
        from rich.console import Console

        from extractor.backends import BackendError
        from extractor.cache import CacheError, ResponseCache
        from extractor.cli.app import failure, usage_error
        from extractor.cli.cost_options import cost_warnings, print_cost
        from extractor.cli.progress import ArticleProgress, print_summary
        from extractor.cost import CostError
        from extractor.pipeline import run_extraction

        err = Console(stderr=True)
        # instructor logs every failed attempt at ERROR; run.json and the log table keep them
        logging.getLogger("instructor").setLevel(logging.CRITICAL)
        # llama.cpp's warnings about the bundled model's vocabulary and cache are known and
        # harmless; its errors still show (the library logs all, the command chooses)
        logging.getLogger("llama_cpp").setLevel(logging.ERROR)
        try:
            response_cache = ResponseCache(cache_path, enabled=options.use_cache, log=log)
        except CacheError as exc:
            raise failure(str(exc)) from None
    try:
        with cost_warnings(err), ArticleProgress(err, disable=quiet) as progress:
            summary = run_extraction(files, out, backend, options, cache=response_cache,
                                     on_result=progress.advance, on_total=progress.start)
    except (CostError, BackendError) as exc:  # --max-cost without a price, --escalate-to on local
        raise usage_error(str(exc)) from None
    finally:
        response_cache.close()
    if not quiet:
        print_summary(err, summary)
    if not quiet or summary.stopped:
        print_cost(err, summary)
    return None if summary.stopped else summary.ok
