"""Concurrency and cache/resume against a local OpenAI-compatible server with a fixed latency.

    python bench/concurrency.py [--scenarios 32:0.3:200,64:2:540,128:2:2000] [--repeat 3]
    python bench/concurrency.py --levels 1,8,32 --latency 0.3 --articles 200

Part 1 (targets: efficiency >= 0.87 at -j 32 against a 300 ms server over 200
articles, >= 0.85 at -j 64 and at -j 128 against a 2 s server over 540 and 2,000
articles): `extractor extract --backend openai -j C` over N articles against the
scripted server answering L s after each request arrives. Ideal wall time = requests x
L / C; efficiency = ideal / measured. "run s" is the run's own wall time (run.json: from
the first article to the last, after start-up and warm-up), "process s" adds interpreter
start-up, imports and warm-up. "CPU ms/article" is the extract process's CPU time (user +
system, start-up included) divided by the articles. Each scenario runs ``--repeat`` times
(fresh output and cache); the table shows the median run and the range of efficiencies,
because a shared machine is noisy.

Mind the rounds: 200 requests at -j 32 need 7 rounds of 300 ms (6 x 32 + 8), so no client
can beat 2.1 s and efficiency tops out at 1.875 / 2.1 = 0.89; 540 at -j 64 need 9 rounds
(ceiling 0.94), 2,000 at -j 128 need 16 (ceiling 0.98).

Part 2 (cache and resume, target 0 model calls): the same command again over unchanged
articles (outputs up to date: skipped); again with --force (outputs redone, answers from
the response cache); and after deleting a quarter of the outputs (only those redone).
The server answers each article with its gold record, so grounding and validation do
their real work.
"""

from __future__ import annotations

import argparse
import math
import resource
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

TARGETS = {(32, 0.3): 0.87, (64, 2.0): 0.85, (128, 2.0): 0.85}


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def extract(srv: ScriptedOpenAIServer, articles: Path, out: Path, cache: Path, concurrency: int,
            *extra: str) -> tuple[float, dict, int, float]:
    """(process wall s, run.json, model calls, process CPU s) of one `extractor extract`."""
    before, cpu0 = srv.request_count, child_cpu()
    wall, code, err = run_cli(["extract", str(articles), "--out", str(out), "--backend", "openai",
                               "--model", "scripted-model", "--base-url", srv.base_url,
                               "-j", str(concurrency), "--quiet", "--cache", str(cache), *extra],
                              env={"OPENAI_API_KEY": "unused"})
    if code not in (0, 1):
        raise SystemExit(f"extract failed ({code}): {err[-2000:]}")
    return wall, run_json(out), srv.request_count - before, child_cpu() - cpu0


def scenarios(args: argparse.Namespace) -> list[tuple[int, float, int]]:
    if args.levels:
        return [(int(c), args.latency, args.articles) for c in args.levels.split(",")]
    out = []
    for spec in args.scenarios.split(","):
        c, latency, n = spec.split(":")
        out.append((int(c), float(latency), int(n)))
    return out


def concurrency_table(srv: ScriptedOpenAIServer, root: Path, plan: list[tuple[int, float, int]],
                      repeat: int) -> None:
    rows = []
    for c, latency, n in plan:
        articles = make_corpus(root / f"articles-{n}", n)
        srv.fixed_latency = latency
        runs = []
        for rep in range(repeat):
            out, cache = root / f"out-{c}-{n}-{rep}", root / f"cache-{c}-{n}-{rep}.sqlite"
            wall, run, calls, cpu = extract(srv, articles, out, cache, c)
            runs.append((run["wall_seconds"], wall, calls, cpu, run["totals"].get("ok", 0)))
        runs.sort()
        run_s, wall, calls, cpu, ok = runs[len(runs) // 2]
        ideal = calls * latency / c
        effs = [ideal / r[0] for r in runs]
        ceiling = ideal / (math.ceil(calls / c) * latency)
        rows.append([c, latency, n, f"{ok}/{n}", calls, ideal, run_s, wall, ideal / run_s,
                     f"{min(effs):.3f}-{max(effs):.3f}", ceiling, ideal / wall, 1000 * cpu / n,
                     TARGETS.get((c, latency), "")])
    print_table(f"concurrency (median of {repeat})",
                ["-j", "latency s", "articles", "ok", "requests", "ideal s", "run s", "process s",
                 "efficiency (run)", "range (run)", "ceiling", "efficiency (process)",
                 "CPU ms/article", "target"], rows)


def cache_table(srv: ScriptedOpenAIServer, root: Path, c: int, n: int) -> None:
    articles = make_corpus(root / f"articles-{n}", n)
    srv.fixed_latency = 0.3
    out, cache = root / f"resume-{c}-{n}", root / f"resume-{c}-{n}.sqlite"
    extract(srv, articles, out, cache, c)
    rows = []
    wall, run, calls, _ = extract(srv, articles, out, cache, c)
    rows.append(["re-run, outputs up to date", calls, run["totals"]["skipped_this_run"], run["wall_seconds"], wall])
    wall, run, calls, _ = extract(srv, articles, out, cache, c, "--force")
    rows.append(["--force, answers from cache", calls, run["totals"]["skipped_this_run"], run["wall_seconds"], wall])
    for p in sorted(out.glob("*__*.json"))[::4]:
        p.unlink()
    wall, run, calls, _ = extract(srv, articles, out, cache, c)
    rows.append(["resume, 1/4 outputs deleted", calls, run["totals"]["skipped_this_run"], run["wall_seconds"], wall])
    print_table(f"cache and resume ({n} articles, -j {c})",
                ["second run", "model calls", "skipped", "run s", "process s"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenarios", default="32:0.3:200,64:2:540,128:2:2000",
                        help="comma-separated CONCURRENCY:LATENCY_S:ARTICLES")
    parser.add_argument("--levels", help="instead of --scenarios: these -j levels at --latency/--articles")
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-cache-table", action="store_true", help="skip part 2")
    args = parser.parse_args()
    plan = scenarios(args)
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp, \
            ScriptedOpenAIServer(responder=gold_responder(gold_drafts())) as srv:
        root = Path(tmp)
        concurrency_table(srv, root, plan, args.repeat)
        if not args.no_cache_table:
            cache_table(srv, root, 32, 200)


if __name__ == "__main__":
    main()
