"""Start-up times: `extractor --help`, `extract` up to its first request, and a re-run.

    python bench/startup.py [--runs 10]

* `extractor --help` (target < 0.3 s);
* process start to the first request of `extractor extract --backend openai` (the
  scripted server notes when the first chat completion arrives; target <= 0.8 s);
* a re-run of `extract` over 200 articles whose outputs are up to date, process start to
  exit (target <= 1 s);
* the slowest imports of `extractor.cli`.

The test suite asserts the cause (no heavy library imported, tests/test_startup.py);
this script prints the times, which on a shared machine are too noisy to assert.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import EXTRACTOR, gold_drafts, gold_responder, machine, make_corpus, print_table

from extractor.testing import ScriptedOpenAIServer


def import_times(top: int) -> list[list[object]]:
    """The slowest cumulative imports of `import extractor.cli` (python -X importtime)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import extractor.cli"],
                          capture_output=True, text=True)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
        rows.append([name, int(cumulative) / 1000])
    return sorted(rows, key=lambda r: -r[1])[:top]


def help_times(runs: int) -> list[float]:
    subprocess.run([EXTRACTOR, "--help"], capture_output=True)  # warm the page cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([EXTRACTOR, "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return times


def extract_cmd(srv: ScriptedOpenAIServer, articles: Path, out: Path, cache: Path) -> list[str]:
    return [EXTRACTOR, "extract", str(articles), "--out", str(out), "--backend", "openai",
            "--model", "scripted-model", "--base-url", srv.base_url, "-j", "32", "--quiet",
            "--cache", str(cache)]


def first_request_times(root: Path, runs: int) -> tuple[list[float], list[float]]:
    """(process start to first request, process start to exit of a re-run over 200 articles)."""
    drafts = gold_drafts()
    answer = gold_responder(drafts)
    arrived: list[float] = []

    def respond(body: dict, index: int):
        arrived.append(time.monotonic())  # CLOCK_MONOTONIC: the same clock in every process
        return answer(body, index)

    env = {**os.environ, "OPENAI_API_KEY": "unused"}
    few = make_corpus(root / "few", 5)
    many = make_corpus(root / "many", 200)
    first, rerun = [], []
    with ScriptedOpenAIServer(responder=respond) as srv:
        for rep in range(runs):
            arrived.clear()
            t0 = time.monotonic()
            subprocess.run(extract_cmd(srv, few, root / f"few-{rep}", root / f"c{rep}.sqlite"),
                           capture_output=True, env=env, check=True)
            first.append(min(arrived) - t0)
        out, cache = root / "many-out", root / "many.sqlite"
        subprocess.run(extract_cmd(srv, many, out, cache), capture_output=True, env=env, check=True)
        for _ in range(runs):
            before = srv.request_count
            t0 = time.monotonic()
            subprocess.run(extract_cmd(srv, many, out, cache), capture_output=True, env=env, check=True)
            rerun.append(time.monotonic() - t0)
            assert srv.request_count == before, "the re-run sent requests"
    return first, rerun


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    helps = help_times(args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        first, rerun = first_request_times(Path(tmp), args.runs)
    print(f"machine: {machine()}")
    rows = [[name, len(t), min(t), statistics.median(t), max(t), target]
            for name, t, target in [("extractor --help", helps, 0.3),
                                    ("extract: process start to first request", first, 0.8),
                                    ("extract: re-run over 200 up-to-date articles", rerun, 1.0)]]
    print_table("start-up", ["what", "runs", "min s", "median s", "max s", "target s"], rows)
    print_table("slowest imports of extractor.cli", ["module", "cumulative ms"], import_times(8))


if __name__ == "__main__":
    main()
