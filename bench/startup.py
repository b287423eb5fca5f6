"""Start-up time of `extractor --help` (target < 0.3 s) and its slowest imports.

    python bench/startup.py [--runs 10]

The test suite asserts the cause (no heavy library imported, tests/test_startup.py);
this script prints the time, which on a shared machine is too noisy to assert.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from _common import EXTRACTOR, machine, print_table


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    subprocess.run([EXTRACTOR, "--help"], capture_output=True)  # warm the page cache
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run([EXTRACTOR, "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    print(f"machine: {machine()}")
    print_table("extractor --help", ["runs", "min s", "median s", "max s", "target s"],
                [[args.runs, min(times), statistics.median(times), max(times), 0.3]])
    print_table("slowest imports of extractor.cli", ["module", "cumulative ms"], import_times(8))


if __name__ == "__main__":
    main()
