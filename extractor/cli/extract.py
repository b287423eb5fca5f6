"""`extractor extract`: run the extraction pipeline over articles."""

from __future__ import annotations

from pathlib import Path

import typer

from extractor.cli.app import app


@app.command("extract")
def extract(
    paths: list[Path] = typer.Argument(..., help="Article files (.txt, .md, .html) or directories of them.", metavar="PATH..."),
    out: Path = typer.Option(..., "--out", "-o", help="Output directory: <article_id>.json per article plus run.json."),
    backend: str = typer.Option("local", "--backend", "-b", help="local: embedded llama.cpp (no key, no network); openai: OpenAI or any OpenAI-compatible server."),
    model: str | None = typer.Option(None, "--model", "-m", help="Model name for --backend openai (default $EXTRACTOR_MODEL or gpt-4o-mini)."),
    model_path: Path | None = typer.Option(None, "--model-path", help="GGUF file for --backend local (default: the bundled Gemma 3 270M)."),
    base_url: str | None = typer.Option(None, "--base-url", envvar="OPENAI_BASE_URL", help="OpenAI-compatible endpoint, e.g. http://localhost:8000/v1 (vLLM), http://localhost:11434/v1 (Ollama)."),
    mode: str = typer.Option("tools", "--mode", help="Structured-output mode for --backend openai: tools | json_schema | json | md_json."),
    concurrency: int = typer.Option(4, "--concurrency", "-j", min=1, help="Model requests in flight at once; articles are read, validated and written around them (the local model still answers one at a time)."),
    max_reasks: int | None = typer.Option(None, "--max-reasks", min=0, help="Re-asks after schema or validator errors, per chunk (default: 2; 0 for the embedded model)."),
    max_tokens: int | None = typer.Option(None, "--max-tokens", help="Completion token budget per call (doubled on truncation up to --max-tokens-cap)."),
    max_tokens_cap: int | None = typer.Option(None, "--max-tokens-cap", help="Largest completion budget before a chunk is split."),
    n_ctx: int | None = typer.Option(None, "--n-ctx", help="Context window for --backend local."),
    threads: int | None = typer.Option(None, "--threads", help="llama.cpp threads for --backend local (default: half the cores)."),
    timeout: float | None = typer.Option(None, "--timeout", help="Seconds per HTTP request for --backend openai."),
    bounded: bool | None = typer.Option(None, "--bounded/--unbounded", help="Cap list lengths and string sizes in the output grammar so small models finish (default: on for the bundled model, off otherwise)."),
    strict: bool = typer.Option(False, "--strict", help="Drop records that still have validator errors (default: keep and flag them)."),
    no_validate: bool = typer.Option(False, "--no-validate", help="Skip the number validators (grounding is still recorded)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Ignore and do not fill the response cache."),
    cache: Path | None = typer.Option(None, "--cache", envvar="EXTRACTOR_CACHE", help="Cache + prompt/response log (SQLite). Default ~/.cache/extractor/cache.sqlite."),
    no_log: bool = typer.Option(False, "--no-log", help="Do not log prompts and responses to the cache database."),
    no_example: bool = typer.Option(False, "--no-example", help="Leave the few-shot example out of the prompt (fewer tokens)."),
    chunk_chars: int | None = typer.Option(None, "--chunk-chars", help="Characters per chunk (default: derived from the model's context)."),
    force: bool = typer.Option(False, "--force", help="Re-extract articles whose output is already up to date."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary table."),
) -> None:
    """Extract meetings, attendees, KPIs and directives from articles into OUT.

    Runs offline on the embedded model by default. Re-running with the same settings
    resumes: up-to-date articles are skipped, failed and missing ones are redone, and
    unchanged chunks come from the cache. Exit code 0 when every article succeeded,
    1 when any failed (see OUT/run.json for reasons), 2 on bad usage.
    """
    import gc
    import logging

    from extractor.articles import preload_language_model

    preload_language_model()  # overlaps the imports below

    from rich.console import Console

    from extractor.backends import BackendError, make_backend
    from extractor.cache import ResponseCache
    from extractor.cli.progress import ArticleProgress, print_summary
    from extractor.pipeline import ExtractOptions, run_extraction, warm_up

    err = Console(stderr=True)
    # instructor logs every failed attempt at ERROR; run.json and the log table keep them
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    try:
        model_backend = make_backend(
            backend, model=model, model_path=str(model_path) if model_path else None,
            base_url=base_url, mode=mode, max_tokens=max_tokens, max_tokens_cap=max_tokens_cap,
            n_ctx=n_ctx, n_threads=threads, timeout=timeout, bounded=bounded,
        )
    except BackendError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    options = ExtractOptions(
        max_reasks=max_reasks, concurrency=concurrency, strict=strict, validate=not no_validate,
        use_cache=not no_cache, few_shot=not no_example, chunk_chars=chunk_chars, force=force,
    )
    response_cache = ResponseCache(cache, enabled=not no_cache, log=not no_log)
    warm_up(model_backend)
    # What start-up built (modules, schemas, tables) lives as long as the process; out
    # of the cyclic collector's sight, a full collection no longer rescans it (~90 ms,
    # paid mid-run, with every thread stopped).
    gc.freeze()
    try:
        with ArticleProgress(err, disable=quiet) as progress:
            summary = run_extraction(paths, out, model_backend, options, cache=response_cache,
                                     on_result=progress.advance, on_total=progress.start)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    finally:
        response_cache.close()
    if not quiet:
        print_summary(err, summary)
    raise typer.Exit(0 if summary.ok else 1)
