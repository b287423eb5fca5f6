"""Concurrency and cache/resume against a local OpenAI-compatible server with a fixed latency.

    python bench/concurrency.py [--articles 200] [--latency 0.3] [--levels 1,8,32]

Part 1 (issue target: efficiency >= 0.85 at 32): `extractor extract --backend openai -j C`
over ``--articles`` articles against the scripted server answering after ``--latency`` s.
Ideal wall time = requests x latency / C; efficiency = ideal / measured. "run s" is the
run's own wall time (run.json), "process s" adds interpreter start-up and imports.

Part 2 (cache and resume, target 0 model calls): the same command again over unchanged
articles (outputs up to date: skipped); again with --force (outputs redone, answers from
the response cache); and after deleting a quarter of the outputs (only those redone).
The server answers each article with its gold record, so grounding and validation do
their real work.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import (
    gold_drafts,
    gold_responder,
    machine,
    make_corpus,
    print_table,
    run_cli,
    run_json,
)

from extractor.testing import ScriptedOpenAIServer


def extract(srv: ScriptedOpenAIServer, articles: Path, out: Path, cache: Path, concurrency: int,
            *extra: str) -> tuple[float, dict, int]:
    before = srv.request_count
    wall, code, err = run_cli(["extract", str(articles), "--out", str(out), "--backend", "openai",
                               "--model", "scripted-model", "--base-url", srv.base_url,
                               "-j", str(concurrency), "--quiet", "--cache", str(cache), *extra],
                              env={"OPENAI_API_KEY": "unused"})
    if code != 0:
        raise SystemExit(f"extract failed ({code}): {err[-2000:]}")
    return wall, run_json(out), srv.request_count - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--levels", default="1,8,32")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    drafts = gold_drafts()
    print(f"machine: {machine()}; {args.articles} articles, server latency {args.latency} s")
    with tempfile.TemporaryDirectory() as tmp, \
            ScriptedOpenAIServer(responder=gold_responder(drafts), fixed_latency=args.latency) as srv:
        root = Path(tmp)
        articles = make_corpus(root / "articles", args.articles)
        rows = []
        for c in levels:
            out, cache = root / f"out-{c}", root / f"cache-{c}.sqlite"
            wall, run, calls = extract(srv, articles, out, cache, c)
            ideal = calls * args.latency / c
            rows.append([c, calls, ideal, run["wall_seconds"], wall, ideal / run["wall_seconds"],
                         ideal / wall])
        print_table("concurrency", ["concurrency", "requests", "ideal s", "run s", "process s",
                                    "efficiency (run)", "efficiency (process)"], rows)

        c = levels[-1]
        out, cache = root / f"out-{c}", root / f"cache-{c}.sqlite"
        rows = []
        wall, run, calls = extract(srv, articles, out, cache, c)
        rows.append(["re-run, outputs up to date", calls, run["totals"]["skipped_this_run"], run["wall_seconds"], wall])
        wall, run, calls = extract(srv, articles, out, cache, c, "--force")
        rows.append(["--force, answers from cache", calls, run["totals"]["skipped_this_run"], run["wall_seconds"], wall])
        for p in sorted(out.glob("*__*.json"))[::4]:
            p.unlink()
        wall, run, calls = extract(srv, articles, out, cache, c)
        rows.append(["resume, 1/4 outputs deleted", calls, run["totals"]["skipped_this_run"], run["wall_seconds"], wall])
        print_table(f"cache and resume ({args.articles} articles, -j {c})",
                    ["second run", "model calls", "skipped", "run s", "process s"], rows)


if __name__ == "__main__":
    main()
