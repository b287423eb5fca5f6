"""Validators and eval at scale: records per second on generated runs of growing size.

    python bench/scale.py [--sizes 1000,10000,100000]

A run of N records is made of copies of the gold articles (``<gold id>__<n>``: article
text, gold record, and a run record that lost every fifth KPI/attendee/directive and
had every seventh figure changed, so eval has misses and mismatches to align). Timed:
``validate_paths`` (what `extractor validate` runs) and ``score_runs`` (what `extractor
eval` runs, with ANLS*), file generation excluded. Linear cost shows as a flat
"us/record" column and a log-log slope near 1 between sizes.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import tempfile
import time
from pathlib import Path

from _common import CORPUS, machine, print_table


def record_count(doc: dict) -> int:
    return sum(1 + len(m["attendees"]) + len(m["kpis"]) + len(m["directives"]) for m in doc["meetings"])


def degrade(doc: dict) -> dict:
    """A plausible imperfect extraction of a gold record."""
    doc = json.loads(json.dumps(doc))
    for m in doc["meetings"]:
        for name in ("attendees", "kpis", "directives"):
            m[name] = [r for i, r in enumerate(m[name]) if i % 5 != 4]
        for i, k in enumerate(m["kpis"]):
            if i % 7 == 3 and isinstance(k.get("value"), (int, float)):
                k["value"] = k["value"] * 10
    return doc


def generate(root: Path, target: int) -> tuple[Path, Path, Path, int]:
    gold_src = sorted((CORPUS / "gold").glob("*.json"))
    articles, gold, run = root / "articles", root / "gold", root / "run"
    for d in (articles, gold, run):
        d.mkdir(parents=True)
    total, n = 0, 0
    while total < target:
        src = gold_src[n % len(gold_src)]
        doc = json.loads(src.read_text(encoding="utf-8"))
        aid = f"{src.stem}__{n:06d}"
        shutil.copyfile(CORPUS / "articles" / f"{src.stem}.txt", articles / f"{aid}.txt")
        doc["article_id"] = aid
        (gold / f"{aid}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        bad = degrade(doc)
        (run / f"{aid}.json").write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
        total += record_count(bad)
        n += 1
    return articles, gold, run, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    from extractor.eval import score_runs
    from extractor.validators.files import validate_paths

    # warm imports and lazy tables so the smallest size is not charged for them
    with tempfile.TemporaryDirectory() as tmp:
        a, g, r, _ = generate(Path(tmp), 50)
        validate_paths([r], a)
        score_runs(r, g, articles_dir=a)
    rows, points = [], {"validate": [], "eval": []}
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            a, g, r, n = generate(Path(tmp), size)
            t0 = time.perf_counter()
            reports = validate_paths([r], a)
            tv = time.perf_counter() - t0
            t0 = time.perf_counter()
            report = score_runs(r, g, articles_dir=a)
            te = time.perf_counter() - t0
            assert len(reports) == len(list(r.glob("*.json")))
            assert report is not None
            points["validate"].append((n, tv))
            points["eval"].append((n, te))
            rows.append([n, len(reports), tv, round(n / tv), round(1e6 * tv / n), te, round(n / te), round(1e6 * te / n)])
    print(f"machine: {machine()}")
    print_table("validate and eval at scale",
                ["records", "articles", "validate s", "validate rec/s", "validate us/rec",
                 "eval s", "eval rec/s", "eval us/rec"], rows)
    slopes = []
    for name, pts in points.items():
        for (n1, t1), (n2, t2) in zip(pts, pts[1:], strict=False):
            slopes.append([name, f"{n1} -> {n2}", math.log(t2 / t1) / math.log(n2 / n1)])
    print_table("growth (log-log slope; 1.0 = linear)", ["step", "sizes", "slope"], slopes)


if __name__ == "__main__":
    main()
