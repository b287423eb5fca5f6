"""Overhead against the model itself, and tokens per article (embedded backend).

    python bench/overhead.py [--articles 3] [--chunk-chars 1500]

1. `extractor extract --backend local` over the first ``--articles`` corpus articles
   (response cache off, prompt/response log on). Then, in this process, the very
   prompts it logged are sent straight to llama.cpp (``Llama.create_chat_completion``)
   with the same model, context, threads, seed, temperature, grammar and token budget.
   Ratio = extract seconds per article / llama.cpp seconds per article (target <= 1.05),
   and llama.cpp's own prompt-processing and generation tokens per second.
2. Tokens: prompt and completion tokens per article against the article's own token
   count (Gemma tokenizer), single-pass; and one article forced into chunks with
   ``--chunk-chars`` (target: prompt tokens <= article/chunk tokens + 1,000 per pass).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from _common import CORPUS, machine, print_table, run_cli, run_json


def extract(articles: Path, out: Path, cache: Path, *extra: str) -> tuple[float, dict]:
    wall, code, err = run_cli(["extract", str(articles), "--out", str(out), "--backend", "local",
                               "--no-cache", "--cache", str(cache), "--quiet", "-j", "1", *extra])
    if code not in (0, 1):
        raise SystemExit(f"extract failed ({code}): {err[-2000:]}")
    return wall, run_json(out)


def logged(cache: Path) -> list[dict]:
    with sqlite3.connect(cache) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM log ORDER BY id")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=3)
    parser.add_argument("--chunk-chars", type=int, default=1500)
    args = parser.parse_args()

    from llama_cpp import llama_perf_context, llama_perf_context_reset

    from extractor.articles import read_article
    from extractor.backends.local import LocalBackend, bounded_schema, fold_system_message
    from extractor.batch import request_body

    sources = sorted((CORPUS / "articles").glob("*.txt"))[: args.articles]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "articles"
        folder.mkdir()
        for src in sources:
            (folder / src.name).write_bytes(src.read_bytes())
        wall, run = extract(folder, root / "out", root / "log.sqlite")
        exchanges = logged(root / "log.sqlite")

        # -- the same prompts straight to llama.cpp ------------------------------------
        backend = LocalBackend()  # same defaults as the CLI; only used for its parameters
        t0 = time.perf_counter()
        llm = backend.llm  # loaded exactly as the backend loads it (same n_ctx/threads/seed/format)
        load_s = time.perf_counter() - t0
        schema = request_body(backend, [])["response_format"]["json_schema"]["schema"]
        grammar = {"type": "json_object", "schema": bounded_schema(schema)}
        raw_s, same, p_ms, p_n, g_ms, g_n = 0.0, 0, 0.0, 0, 0.0, 0
        budgets: dict[tuple[str, int], int] = {}
        for ex in exchanges:
            key = (ex["article_id"], ex["chunk"])
            budget = budgets.get(key, backend.max_tokens)
            budgets[key] = min(budget * 2, backend.max_tokens_cap)  # a retry after a cut-off doubles it
            llama_perf_context_reset(llm._ctx.ctx)
            t0 = time.perf_counter()
            messages = json.loads(ex["messages_json"])
            if llm.chat_format == "gemma":  # the backend's own message preparation, as sent
                messages = fold_system_message(messages)
            out = llm.create_chat_completion(messages=messages, response_format=grammar,
                                             temperature=backend.temperature, max_tokens=budget, seed=backend.seed)
            raw_s += time.perf_counter() - t0
            same += out["choices"][0]["message"]["content"] == ex["response_text"]
            perf = llama_perf_context(llm._ctx.ctx)
            p_ms, p_n, g_ms, g_n = p_ms + perf.t_p_eval_ms, p_n + perf.n_p_eval, g_ms + perf.t_eval_ms, g_n + perf.n_eval
        n = len(run["articles"])
        ours = sum(a["seconds"] for a in run["articles"].values())
        print(f"machine: {machine()}; model {backend.model}, n_ctx {backend.context_tokens}, "
              f"threads {backend.n_threads}")
        print_table("overhead against llama.cpp (per article)",
                    ["articles", "requests", "extract s/article", "llama.cpp s/article", "ratio",
                     "process s (incl. start, load)", "llama.cpp load + calls s", "same answers"],
                    [[n, len(exchanges), ours / n, raw_s / n, ours / raw_s, wall, load_s + raw_s,
                      f"{same}/{len(exchanges)}"]])
        print_table("llama.cpp speed", ["prompt tokens evaluated", "prompt tok/s", "generated tokens", "generation tok/s"],
                    [[p_n, 1000 * p_n / max(p_ms, 1e-9), g_n, 1000 * g_n / max(g_ms, 1e-9)]])

        # -- tokens --------------------------------------------------------------------
        # Overhead per pass = what a request carries beyond its own chunk of the article:
        # prompt tokens minus the tokens of the chunk texts actually sent (which include
        # the overlap between chunks), divided by the requests.
        from extractor.pipeline import ExtractOptions, Extractor

        def token_row(aid: str, a: dict, chunk_chars: int | None) -> list:
            article = read_article(a["path"])
            chunker = Extractor(backend, ExtractOptions(chunk_chars=chunk_chars))
            sent = sum(backend.count_tokens(c.text) for c in chunker.chunks(article))
            passes = max(a["requests"], 1)
            return [aid, f"{a['chunks']} chunk(s)", a["requests"], backend.count_tokens(article.text),
                    sent, a["prompt_tokens"], a["completion_tokens"],
                    round((a["prompt_tokens"] - sent) / passes)]

        rows = [token_row(aid, a, None) for aid, a in sorted(run["articles"].items())]
        longest = max(sources, key=lambda p: p.stat().st_size)
        one = root / "one"
        one.mkdir()
        (one / longest.name).write_bytes(longest.read_bytes())
        _, chunked = extract(one, root / "out-chunked", root / "log2.sqlite", "--chunk-chars", str(args.chunk_chars))
        rows += [token_row(aid, a, args.chunk_chars) for aid, a in chunked["articles"].items()]
        print_table("tokens per article (target: overhead <= 1,000 per pass)",
                    ["article", "passes", "requests", "article tokens", "chunk tokens sent", "prompt tokens",
                     "completion tokens", "prompt overhead / pass"], rows)


if __name__ == "__main__":
    main()
