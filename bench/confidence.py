"""Record confidence against gold: AUROC and ECE, and the review effort it saves.

    python bench/confidence.py [--copies 3] [--mistakes 0.3] [--omissions 0.3] [--silent 0]
                               [--seed 0] [--run DIR --gold DIR --articles DIR ...]
                               [--no-scripted] [--folds 5] [--json]

Two kinds of runs:

* scripted: ``bench/loop.py``'s imperfect model (numeric mistakes of the mutation kinds,
  KPIs left out) over every gold article, played by the scripted OpenAI-compatible
  server through the real pipeline. Later looks at a mistaken article fail (HTTP 500),
  so its mistakes stay in the final records, as they would with a model that repeats
  itself; omissions are mended by the follow-up request as usual. ``--silent`` adds, to
  a share of the articles, a mistake no validator can see (an attendee's role, two
  KPIs' indicators swapped): the limit of what these signals know;
* real: ``--run DIR --gold DIR --articles DIR`` (repeatable), e.g. the embedded
  model's output over ``corpus/articles`` and ``corpus/editions/articles``.

A record is right when it is matched to a gold record with every field right (as
``extractor eval`` decides). Calibration and test use different articles: K-fold over
articles, and copies of one article (``__k``) always fall in the same fold. Printed per
run: AUROC, ECE and Brier of the uncalibrated score and of the two calibrations
(out of fold), and the review effort: how many records a reviewer must open to find
90 % of the wrong ones, following the queue (articles by expected errors, records by
ascending confidence) and in alphabetical order (articles by id, records in file order).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import random
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import loop  # noqa: E402
from _common import machine, print_table  # noqa: E402

from extractor.confidence import Sample, fit_calibration, raw_score, run_samples  # noqa: E402
from extractor.eval.confidence import auroc, brier, ece  # noqa: E402

METHODS = ("uncalibrated", "logistic", "isotonic")


_ROLES = ("chair", "speaker", "attendee")


def _silent(draft: dict, rng: random.Random) -> bool:
    """One mistake no validator can see: an attendee's role rotated, or two KPIs'
    indicators swapped. True when the draft had a record to change."""
    meetings = draft.get("meetings") or []
    people = [a for m in meetings for a in m.get("attendees", [])]
    kpis = [k for m in meetings for k in m.get("kpis", [])]
    if people and (len(kpis) < 2 or rng.random() < 0.5):
        a = rng.choice(people)
        a["role"] = _ROLES[(_ROLES.index(a["role"]) + 1) % len(_ROLES)]
        return True
    pair = [k for k in kpis if k["indicator"]]
    if len(pair) >= 2:
        x, y = rng.sample(pair, 2)
        if x["indicator"] != y["indicator"]:
            x["indicator"], y["indicator"] = y["indicator"], x["indicator"]
            return True
    return False


def scripted_run(work: Path, copies: int, mistakes: float, omissions: float, silent: float,
                 seed: int) -> Path:
    # The scripted faults are expected: instructor's log of each failed call is noise here.
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    items = loop.build_corpus(work, copies, mistakes, omissions, 1.0, seed)
    rng = random.Random(seed + 1)
    for item in items:
        if rng.random() < silent and _silent(item.first, rng):
            item.faults = True  # its later looks fail too: the first answer stays
    loop._run(work, items, 1)
    return work / "out"


def _base(aid: str) -> str:
    return aid.split("__", 1)[0]


def out_of_fold(samples: list[Sample], folds: int, seed: int) -> dict[str, list[float]]:
    """Each record's confidence from a calibration fitted on the other folds' articles."""
    groups = sorted({_base(s.article_id) for s in samples})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    out = {m: [0.0] * len(samples) for m in METHODS}
    out["uncalibrated"] = [raw_score(s.features) for s in samples]
    for k in range(folds):
        train = [s for s in samples if fold_of[_base(s.article_id)] != k]
        test = [i for i, s in enumerate(samples) if fold_of[_base(s.article_id)] == k]
        for method in ("logistic", "isotonic"):
            try:
                cal = fit_calibration([s.features for s in train], [s.right for s in train],
                                      method=method, seed=seed)
                for i in test:
                    out[method][i] = cal.apply(samples[i].features)
            except ValueError:  # a fold of right records only: nothing to calibrate on
                for i in test:
                    out[method][i] = raw_score(samples[i].features)
    return out


def effort(samples: list[Sample], conf: list[float], share: float = 0.9) -> dict[str, int]:
    """Records opened to find ``share`` of the wrong ones: queue order vs alphabetical."""
    wrong = sum(not s.right for s in samples)
    need = math.ceil(share * wrong)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(samples):
        by_article[s.article_id].append(i)
    expected = {a: sum(1 - conf[i] for i in ix) for a, ix in by_article.items()}
    queue = [i for a in sorted(by_article, key=lambda a: (-expected[a], a))
             for i in sorted(by_article[a], key=lambda i: conf[i])]
    alphabetical = [i for a in sorted(by_article) for i in by_article[a]]

    def opened(order: list[int]) -> int:
        found = 0
        for n, i in enumerate(order, 1):
            found += not samples[i].right
            if found >= need:
                return n
        return len(order)

    return {"records": len(samples), "wrong": wrong, "to_find": need,
            "queue": opened(queue), "alphabetical": opened(alphabetical)}


def measure(name: str, samples: list[Sample], folds: int, seed: int) -> dict:
    confs = out_of_fold(samples, folds, seed)
    right = [s.right for s in samples]
    quality = {m: {"auroc": auroc(c, right), "ece": ece(c, right), "brier": brier(c, right)}
               for m, c in confs.items()}
    return {"run": name, "records": len(samples), "right": sum(right),
            "articles": len({s.article_id for s in samples}), "confidence": quality,
            "effort": {m: effort(samples, c) for m, c in confs.items()}}


def _print(results: list[dict], folds: int) -> None:
    rows = []
    for r in results:
        for m in METHODS:
            q, e = r["confidence"][m], r["effort"][m]
            rows.append([r["run"], m, r["records"], r["records"] - r["right"],
                         q["auroc"] if q["auroc"] is not None else "–", q["ece"], q["brier"],
                         f"{e['queue']} / {e['alphabetical']}",
                         f"{e['queue'] / e['alphabetical']:.3f}" if e["alphabetical"] else "–"])
    print_table(f"Record confidence, {folds}-fold by article ({machine()})",
                ["run", "confidence", "records", "wrong", "AUROC", "ECE", "Brier",
                 "opened for 90% wrong: queue / alphabetical", "ratio"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--mistakes", type=float, default=0.3)
    parser.add_argument("--omissions", type=float, default=0.3)
    parser.add_argument("--silent", type=float, default=0.0,
                        help="share of articles that also get a mistake no validator sees")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-scripted", action="store_true")
    parser.add_argument("--run", type=Path, action="append", default=[])
    parser.add_argument("--gold", type=Path, action="append", default=[])
    parser.add_argument("--articles", type=Path, action="append", default=[])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = []
    if not args.no_scripted:
        work = Path(tempfile.mkdtemp(prefix="bench-confidence-"))
        try:
            out = scripted_run(work, args.copies, args.mistakes, args.omissions, args.silent,
                               args.seed)
            samples = run_samples(out, work / "gold", work / "articles")
            name = "scripted" + (f" (+{args.silent:.0%} silent)" if args.silent else "")
            results.append(measure(name, samples, args.folds, args.seed))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    if args.run:
        samples = []
        for i, run in enumerate(args.run):
            gold = args.gold[min(i, len(args.gold) - 1)]
            arts = args.articles[min(i, len(args.articles) - 1)] if args.articles else None
            samples += run_samples(run, gold, arts)
        results.append(measure("+".join(r.name for r in args.run), samples, args.folds,
                               args.seed))
    print(json.dumps(results, indent=2)) if args.json else _print(results, args.folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
