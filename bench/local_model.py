"""The embedded model over corpus/articles: instances x threads, side by side.

Each setting runs the real pipeline (``run_extraction``, no cache) over the corpus
articles in a process of its own, so that its peak memory is its own; settings take
turns, round after round, in a rotating order, so that a machine shared with other
work treats them alike. Printed per setting: wall time (median and range), CPU use
(process CPU seconds / wall seconds, in % of one core), peak resident memory, and
completion tokens per second.

Settings (``--settings``, comma-separated):
  today   1 instance, 1 thread generating, every core for the prompt (the setting
          before one instance per core: llama-cpp-python's default n_threads_batch)
  1x1     1 instance, 1 thread
  1x2     1 instance, 2 threads
  2x1     2 instances, 1 thread each (the default on 2 cores)
  NxT     N instances, T threads each

    .venv/bin/python bench/local_model.py                    # today,1x2,2x1; 2 rounds
    .venv/bin/python bench/local_model.py --settings today,2x1 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, machine, print_table  # noqa: E402


def backend_options(setting: str) -> dict[str, int | None]:
    cores = os.cpu_count() or 1
    if setting == "today":
        return {"instances": 1, "n_threads": max(cores // 2, 1), "n_threads_batch": cores}
    count, _, threads = setting.partition("x")
    return {"instances": int(count), "n_threads": int(threads), "n_threads_batch": int(threads)}


def run_one(setting: str, articles: Path, concurrency: int) -> dict:
    """One pass over the articles with one setting (in this process); its figures."""
    from extractor.backends.local import LocalBackend
    from extractor.pipeline import ExtractOptions, run_extraction

    backend = LocalBackend(**backend_options(setting))
    options = ExtractOptions(concurrency=concurrency, use_cache=False)
    with tempfile.TemporaryDirectory() as out:
        r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        summary = run_extraction([articles], out, backend, options)
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    results = summary.results
    return {
        "setting": setting, "wall_s": wall, "cpu_s": cpu, "cpu_pct": 100 * cpu / wall,
        "peak_rss_mib": r1.ru_maxrss / 1024,
        "instances_loaded": len(backend.pool.instances),
        "ok": sum(1 for r in results if str(getattr(r.status, "value", r.status)) == "ok"),
        "articles": len(results),
        "completion_tokens": sum(getattr(r, "completion_tokens", 0) or 0 for r in results),
    }


def run_child(setting: str, articles: Path, concurrency: int) -> dict:
    cmd = [sys.executable, __file__, "--child", setting, "--articles", str(articles),
           "-j", str(concurrency)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{setting} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def summarize(runs: list[dict], baseline: str) -> list[list]:
    by: dict[str, list[dict]] = {}
    for run in runs:
        by.setdefault(run["setting"], []).append(run)
    base = statistics.median(r["wall_s"] for r in by[baseline]) if baseline in by else None
    rows = []
    for setting, rs in by.items():
        walls = [r["wall_s"] for r in rs]
        wall = statistics.median(walls)
        rows.append([
            setting, len(rs), f"{wall:.1f}", f"{min(walls):.1f}-{max(walls):.1f}",
            f"{wall / base:.2f}" if base else "-",
            f"{statistics.median(r['cpu_pct'] for r in rs):.0f}%",
            f"{max(r['peak_rss_mib'] for r in rs):.0f}",
            f"{statistics.median(r['completion_tokens'] / r['wall_s'] for r in rs):.1f}",
            f"{min(r['ok'] for r in rs)}/{rs[0]['articles']}",
            max(r["instances_loaded"] for r in rs),
        ])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--settings", default="today,1x2,2x1")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--articles", type=Path, default=CORPUS / "articles")
    parser.add_argument("-j", "--concurrency", type=int, default=4,
                        help="the pipeline's -j (the CLI's default is 4)")
    parser.add_argument("--json", type=Path, help="also write every run's figures here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.articles, args.concurrency)))
        return
    settings = args.settings.split(",")
    print(f"{machine()}; load average {os.getloadavg()[0]:.2f}; articles {args.articles}; "
          f"-j {args.concurrency}; settings {settings}; {args.rounds} round(s)", flush=True)
    runs = []
    for n in range(args.rounds):
        order = settings[n % len(settings):] + settings[:n % len(settings)]
        for setting in order:
            run = run_child(setting, args.articles, args.concurrency)
            runs.append(run)
            print(f"  round {n + 1} {setting:>6}: {run['wall_s']:6.1f} s wall, "
                  f"{run['cpu_pct']:4.0f}% CPU, {run['peak_rss_mib']:5.0f} MiB peak, "
                  f"{run['ok']}/{run['articles']} ok; load {os.getloadavg()[0]:.2f}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1), encoding="utf-8")
    print_table(f"Embedded model over {args.articles.name} (no cache)",
                ["setting", "runs", "wall s (median)", "range", f"x {settings[0]}",
                 "CPU (1 core = 100%)", "peak RSS MiB", "completion tok/s", "ok", "instances"],
                summarize(runs, settings[0]))


if __name__ == "__main__":
    main()
