"""Concurrency and cache/resume against a local OpenAI-compatible server with a fixed latency.

    python bench/concurrency.py [--articles 200] [--latency 0.3] [--levels 1,8,32] [--repeat 3]

Part 1 (issue target: efficiency >= 0.85 at 32): `extractor extract --backend openai -j C`
over ``--articles`` articles against the scripted server answering ``--latency`` s after
each request arrives. Ideal wall time = requests x latency / C; efficiency = ideal /
measured. "run s" is the run's own wall time (run.json: from the first article to the
last, after start-up and warm-up), "process s" adds interpreter start-up, imports and
warm-up. Each level runs ``--repeat`` times (fresh output and cache); the table shows
the median run and the range of efficiencies, because a shared machine is noisy.

Note that with 200 articles at -j 32 the last 8 requests need a 7th round of 300 ms,
so no client can beat 7 x 0.3 = 2.1 s: efficiency tops out at 1.875 / 2.1 = 0.89.

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
    parser.add_argument("--repeat", type=int, default=3)
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
            runs = []
            for rep in range(args.repeat):
                out, cache = root / f"out-{c}-{rep}", root / f"cache-{c}-{rep}.sqlite"
                wall, run, calls = extract(srv, articles, out, cache, c)
                runs.append((run["wall_seconds"], wall, calls))
            runs.sort()
            run_s, wall, calls = runs[len(runs) // 2]
            ideal = calls * args.latency / c
            effs = [ideal / r[0] for r in runs]
            rows.append([c, calls, ideal, run_s, wall, ideal / run_s,
                         f"{min(effs):.3f}-{max(effs):.3f}", ideal / wall])
        print_table(f"concurrency (median of {args.repeat})",
                    ["concurrency", "requests", "ideal s", "run s", "process s", "efficiency (run)",
                     "range (run)", "efficiency (process)"], rows)

        c = levels[-1]
        out, cache = root / f"out-{c}-0", root / f"cache-{c}-0.sqlite"
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
