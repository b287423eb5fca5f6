"""Load benchmark: N generated articles through a misbehaving server at concurrency J.

One request in ``--every`` fails, cycling through 429 (Retry-After), 5xx, dropped
connections, non-JSON bodies, broken JSON, schema-breaking answers and answers slower
than the client's timeout. Every article must end extracted or reported. Prints wall
time, articles/s, peak RSS, status counts, requests by behaviour and the time spent
rewriting run.json.

    .venv/bin/python bench/load.py            # 1000 articles, -j 32, 10 % faults
    .venv/bin/python bench/load.py -n 200 -j 8
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from reliability_support import faults_in_rotation, write_articles  # noqa: E402

import extractor.pipeline as pipeline  # noqa: E402
from extractor.backends import make_backend  # noqa: E402
from extractor.cache import ResponseCache  # noqa: E402
from extractor.pipeline import ExtractOptions, run_extraction  # noqa: E402
from extractor.rundir import RUN_FILE  # noqa: E402
from extractor.testing import ScriptedOpenAIServer  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--articles", type=int, default=1000)
    ap.add_argument("-j", "--concurrency", type=int, default=32)
    ap.add_argument("--every", type=int, default=10, help="one request in EVERY fails")
    ap.add_argument("--latency", type=float, default=0.02, help="server seconds per answer")
    ap.add_argument("--timeout", type=float, default=1.0, help="client timeout per request")
    args = ap.parse_args()
    logging.getLogger("instructor").setLevel(logging.CRITICAL)

    run_json = {"writes": 0, "seconds": 0.0}
    real_write = pipeline.write_ledger

    def timed_write(*a, **kw):
        t = time.perf_counter()
        try:
            return real_write(*a, **kw)
        finally:
            run_json["writes"] += 1
            run_json["seconds"] += time.perf_counter() - t

    pipeline.write_ledger = timed_write  # measure, do not change, the ledger writes

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_articles(root / "in", args.articles)
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with ScriptedOpenAIServer(responder=faults_in_rotation(args.every),
                                  fixed_latency=args.latency) as srv:
            backend = make_backend("openai", base_url=srv.base_url, api_key="sk-bench-load",
                                   timeout=args.timeout, backoff_base=0.05, backoff_max=1.0,
                                   max_retry_seconds=30)
            cache = ResponseCache(root / "cache.sqlite")
            t0 = time.perf_counter()
            summary = run_extraction([root / "in"], root / "out", backend,
                                     ExtractOptions(concurrency=args.concurrency), cache=cache)
            wall = time.perf_counter() - t0
            cache.close()
            counts = dict(srv.counts)
            requests, peak_in_flight = srv.request_count, srv.max_concurrent
        outputs = sum(1 for p in (root / "out").glob("*.json") if p.name != RUN_FILE)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results = summary.results
    accounted = sum(summary.counts().values())
    print(f"articles        {args.articles} (concurrency {args.concurrency}, 1 request in {args.every} faulty)")
    print(f"wall time       {wall:.2f} s   ({args.articles / wall:.1f} articles/s)")
    print(f"statuses        {summary.counts()}   output files {outputs}")
    print(f"requests        {requests} (peak {peak_in_flight} in flight)   by behaviour {counts}")
    print(f"retries         transport {sum(r.transport_retries for r in results)}, "
          f"re-asks {sum(r.reasks for r in results)}")
    print(f"peak RSS        {rss / 1024:.0f} MB (before the run {rss0 / 1024:.0f} MB)")
    print(f"run.json        {run_json['writes']} writes, {run_json['seconds']:.3f} s "
          f"({100 * run_json['seconds'] / wall:.1f} % of wall time)")
    failed = [r for r in results if r.status == "failed"]
    for r in failed[:5]:
        print(f"  failed {r.article_id}: {r.error}")
    if accounted != args.articles:
        print(f"ERROR: {args.articles - accounted} article(s) neither extracted nor reported")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
