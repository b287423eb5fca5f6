"""A cheap model, a strong one, and the cascade between them: F1, cost, requests.

    python bench/cascade.py [--copies 2] [--flawed 0.25] [--seed 0] [--budget-share 0.5] [--json]

The scripted OpenAI-compatible server (``extractor.testing``) plays two models over
every gold article (corpus/gold and corpus/editions/gold, each ``--copies`` times under
new ids). The strong model (gpt-4o) answers every request right: the gold record, and
the gold KPIs to a follow-up. The cheap one (gpt-4o-mini) answers right too, except on
a seeded ``--flawed`` share of the articles, where it is wrong on every look: numeric
mistakes (the mutation kinds of ``extractor.validators.mutations``), half of the KPIs
left out, or both, on the first look and on every re-ask, and no KPI to a follow-up.
Prices are genai-prices' list prices for the two names; tokens are what the server
counts (4 characters a token of the messages), and an answer longer than the request's
``max_tokens`` is cut off there (``finish_reason: length``), as a real server does.

Runs: cheap only, strong only, the cascade (cheap, escalating to strong) with the
default and with 0, 1 and 2 re-asks of the cheap model before escalating; then the same two cascades
against a cheap model whose mistakes a re-ask fixes (a "fixable" model: wrong on the
first look only), to see when re-asking before escalating pays off. Then the cascade
with ``--max-cost`` at ``--budget-share`` of its cost: where it stopped, against the
largest request's cost, and the same run again without the budget (the resume). And
the totals of each run against the sum of the log table's rows.

Printed: F1 per record type, cost in USD, requests per model and kind. Targets: the
cascade's F1 per type within 0.01 of strong-only, its cost at most 40 % of it;
``--max-cost`` stops within one request's cost of the budget; the totals equal the
log's rows.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "bench"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from loop import _ARTICLE, _draft, _mistakes, _omit  # noqa: E402

from extractor.articles import read_article  # noqa: E402
from extractor.glean import GLEAN_INSTRUCTION  # noqa: E402
from extractor.schemas import ArticleExtraction  # noqa: E402
from extractor.testing import Answer, ScriptedOpenAIServer, ServerError, Truncated  # noqa: E402
from extractor.testing.behaviours import estimate_tokens, to_text  # noqa: E402

CHEAP, STRONG = "gpt-4o-mini", "gpt-4o"


@dataclass
class Item:
    article_id: str
    text: str
    gold: dict  # the gold record as a draft
    fate: str  # right | mistakes | omissions | both
    flawed: dict | None = None  # the cheap model's answer when it is flawed


def build_corpus(work: Path, copies: int, share: float, seed: int) -> list[Item]:
    rng = random.Random(seed)
    articles, gold_dir = work / "articles", work / "gold"
    articles.mkdir(parents=True)
    gold_dir.mkdir()
    found = []
    for folder in (ROOT / "corpus", ROOT / "corpus" / "editions"):
        for path in sorted((folder / "gold").glob("*.json")):
            gold = ArticleExtraction.model_validate_json(path.read_bytes())
            source = folder / "articles" / f"{gold.article_id}.txt"
            if source.is_file():
                found.append((gold, source))
    items = []
    for gold, source in found:
        text = read_article(source).text
        for k in range(copies):
            aid = f"{gold.article_id}__{k}"
            shutil.copyfile(source, articles / f"{aid}.txt")
            g = gold.model_copy(update={"article_id": aid})
            (gold_dir / f"{aid}.json").write_text(g.model_dump_json(indent=1), encoding="utf-8")
            items.append(Item(aid, text, _draft(g), "right"))
    flawed = rng.sample(range(len(items)), round(share * len(items)))
    for index in flawed:
        item = items[index]
        gold = ArticleExtraction.model_validate_json((gold_dir / f"{item.article_id}.json").read_bytes())
        item.fate = rng.choice(("mistakes", "omissions", "both"))
        record = _mistakes(gold, item.text, rng) if item.fate != "omissions" else gold
        item.flawed = _draft(_omit(record) if item.fate != "mistakes" else record)
    return items


@dataclass
class TwoModels:
    """The server's answers: the strong model right, the cheap one flawed where told."""

    items: dict[str, Item]
    fixable: bool = False  # the cheap model's later looks are right
    calls: Counter = field(default_factory=Counter)  # (model, kind)
    seen: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _by_sentences(self, body: str) -> Item | None:
        import re

        first = re.search(r"^\[1\] (.+)$", body, re.MULTILINE)
        needle = " ".join(first.group(1).split())[:80] if first else None
        return next((i for i in self.items.values() if needle and needle in " ".join(i.text.split())), None)

    def __call__(self, request: dict, index: int):
        model, messages = request.get("model"), request.get("messages") or []
        if messages and messages[0].get("content") == GLEAN_INSTRUCTION:
            item = self._by_sentences(messages[-1]["content"])
            self._count(model, "followup")
            if item is None:
                return ServerError(500, "unknown follow-up")
            flawed = model == CHEAP and item.flawed is not None and not self.fixable
            return _bounded(request, {"kpis": [] if flawed else [k for m in item.gold["meetings"]
                                                                 for k in m["kpis"]]})
        users = [m for m in messages if m.get("role") == "user" and _ARTICLE.search(m.get("content") or "")]
        item = self.items.get(_ARTICLE.search(users[-1]["content"]).group(1)) if users else None
        if item is None:
            return ServerError(500, "unknown article")
        with self.lock:
            self.seen[(model, item.article_id)] += 1
            look = self.seen[(model, item.article_id)]
        self._count(model, "extract")
        if model == CHEAP and item.flawed is not None and (look == 1 or not self.fixable):
            return _bounded(request, item.flawed)
        return _bounded(request, item.gold)

    def _count(self, model: str, kind: str) -> None:
        with self.lock:
            self.calls[(model, kind)] += 1


def _bounded(request: dict, obj: dict) -> Answer | Truncated:
    """The answer, cut off at the request's ``max_tokens`` as a real server cuts it."""
    tokens, bound = estimate_tokens(to_text(obj)), request.get("max_tokens")
    return Truncated(obj, keep=bound / tokens) if bound and tokens > bound else Answer(obj)


def _run(work: Path, name: str, items: list[Item], model: str, *, fixable: bool = False,
         resume: bool = False, **options) -> list[dict]:
    """One run; with ``resume``, the same run again without ``max_cost`` on the same server
    (the base URL is part of the run id), into the same folder and log."""
    from extractor.backends.openai_backend import OpenAIBackend
    from extractor.cache import ResponseCache
    from extractor.pipeline import ExtractOptions, run_extraction

    out, cache_file = work / name, work / f"{name}.sqlite"
    server_model = TwoModels({i.article_id: i for i in items}, fixable=fixable)
    cache = ResponseCache(cache_file, enabled=False, log=True)
    passes = [options, {k: v for k, v in options.items() if k != "max_cost"}][: 2 if resume else 1]
    results = []
    with ScriptedOpenAIServer(responder=server_model) as srv:
        backend = OpenAIBackend(model, base_url=srv.base_url, api_key="sk-bench", max_attempts=2,
                                backoff_base=0.01, backoff_max=0.02, timeout=30)
        for k, opts in enumerate(passes):
            before = Counter(server_model.calls)
            summary = run_extraction([work / "articles"], out, backend,
                                     ExtractOptions(concurrency=8, use_cache=False, chunk_chars=200_000,
                                                    **opts), cache=cache)
            snapshot = shutil.copytree(out, work / f"{name}-pass{k}")  # scored as it was then
            with contextlib.closing(sqlite3.connect(cache_file)) as conn:  # the log after this pass
                logged = conn.execute("SELECT COUNT(*), SUM(cost_usd) FROM log WHERE run_id = ?",
                                      (summary.run_id,)).fetchone()
            results.append({"name": name, "run": json.loads((out / "run.json").read_text()),
                            "calls": server_model.calls - before, "out": snapshot,
                            "log_rows": logged[0], "log_cost": logged[1] or 0.0})
    cache.close()
    return results


def _score(out: Path, work: Path) -> dict:
    from extractor.eval.harness import score_runs

    report = score_runs(out, work / "gold", articles_dir=work / "articles", anls=False)
    per_type = {t: round(p.f1, 4) if p.f1 is not None else None for t, p in report.per_type.items()}
    return {"f1": per_type, "overall_f1": round(report.overall.f1, 4), "correct": report.overall.tp}


def _row(result: dict, work: Path) -> dict:
    totals = result["run"]["totals"]
    requests = {f"{m} {k}": v for (m, k), v in sorted(result["calls"].items())}
    by_model = {m: v["requests"] for m, v in totals["by_model"].items()}
    return {"name": result["name"], **_score(result["out"], work), "cost_usd": totals["cost_usd"],
            "requests": requests, "requests_by_model": by_model, "escalations": totals["escalations"],
            "reasks": totals["reasks"], "followups": totals["followups"],
            "stopped": totals.get("stopped", 0), "budget": result["run"].get("budget"),
            "totals_cost_usd": totals["cost_usd_all_runs"], "totals_requests": totals["requests"],
            "log_cost_usd": round(result["log_cost"], 8), "log_rows": result["log_rows"],
            "totals_equal_log": abs((totals["cost_usd_all_runs"] or 0) - result["log_cost"]) < 1e-9
            and totals["requests"] == result["log_rows"]}


def run(copies: int, share: float, seed: int, budget_share: float) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-cascade-"))
    try:
        items = build_corpus(work, copies, share, seed)
        cascade = {"escalate_to": (STRONG,)}
        plans = [
            ("cheap only", CHEAP, {}),
            ("strong only", STRONG, {}),
            ("cascade", CHEAP, cascade),  # the default re-asks before escalating
            *[(f"cascade, {n} cheap re-asks", CHEAP, {**cascade, "reasks_before_escalating": n})
              for n in (0, 1, 2)],
            *[(f"fixable: cascade, {n} cheap re-asks", CHEAP,
               {**cascade, "reasks_before_escalating": n, "fixable": True}) for n in (0, 1, 2)],
        ]
        rows = [_row(_run(work, f"run{k}", items, model, **opts)[0], work) | {"name": name}
                for k, (name, model, opts) in enumerate(plans)]
        cascade = next(r for r in rows if r["name"] == "cascade")
        limit = round(cascade["cost_usd"] * budget_share, 6)
        stopped, resumed = _run(work, "budget", items, CHEAP, escalate_to=(STRONG,), max_cost=limit,
                                resume=True)
        rows += [_row(stopped, work) | {"name": f"cascade, --max-cost {limit}"},
                 _resumed(_row(resumed, work), stopped)]
        return {"articles": len(items), "fates": dict(Counter(i.fate for i in items)),
                "rows": rows, "targets": _targets(rows), "seed": seed, "copies": copies}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _resumed(row: dict, stopped: dict) -> dict:
    """The resume's row: run.json's requests count its own run only, the log holds the
    rows of both runs of the run id, so the stopped run's requests are added."""
    row["totals_requests"] += stopped["run"]["totals"]["requests"]
    row["totals_equal_log"] = (abs((row["totals_cost_usd"] or 0) - row["log_cost_usd"]) < 1e-8
                               and row["totals_requests"] == row["log_rows"])
    return row | {"name": "  resumed without --max-cost"}


def _targets(rows: list[dict]) -> dict:
    by = {r["name"]: r for r in rows}
    strong, cascade = by["strong only"], by["cascade"]
    gaps = {t: round(strong["f1"][t] - cascade["f1"][t], 4) for t in strong["f1"]
            if strong["f1"][t] is not None and cascade["f1"][t] is not None}
    budget = rows[-2]["budget"] or {}
    left = round(budget.get("max_cost_usd", 0) - budget.get("spent_usd", 0), 8)
    return {
        "reasks_pay_off": _reasks_pay_off(by),
        "f1_gap_per_type": gaps, "f1_within_0.01": all(g <= 0.01 for g in gaps.values()),
        "cost_share_of_strong": round(cascade["cost_usd"] / strong["cost_usd"], 4),
        "budget_left_usd": left, "largest_estimate_usd": budget.get("largest_estimate_usd"),
        "largest_request_usd": budget.get("largest_request_usd"),
        "budget_kept": budget.get("spent_usd", 0) <= budget.get("max_cost_usd", 0),
        "budget_within_one_request": left <= (budget.get("largest_request_usd") or 0),
        "resumed_f1_equals_cascade": rows[-1]["f1"] == cascade["f1"],
        "totals_equal_log": all(r["totals_equal_log"] for r in rows),
    }


def _reasks_pay_off(by: dict) -> dict:
    """What one cheap re-ask per flawed chunk costs where it cannot help (the cheap model
    stays wrong) and saves where it can (it fixes the answer), and the share of re-asks
    that must fix their chunk for re-asking before escalating to pay off."""
    cost = {k: by[k]["cost_usd"] for k in by if "cheap re-ask" in k}
    wasted = cost["cascade, 1 cheap re-asks"] - cost["cascade, 0 cheap re-asks"]
    saved = cost["fixable: cascade, 0 cheap re-asks"] - cost["fixable: cascade, 1 cheap re-asks"]
    # with a share f of re-asks fixing: f * (saved + wasted) - wasted > 0
    return {"extra_cost_when_useless": round(wasted, 6), "saving_when_fixing": round(saved, 6),
            "break_even_fix_share": round(wasted / (saved + wasted), 4) if saved + wasted > 0 else None}


def _print(r: dict) -> None:
    from _common import print_table

    print(f"{r['articles']} articles ({r['fates']}), seed {r['seed']}")
    types = list(r["rows"][0]["f1"])
    headers = ["run", *[f"F1 {t}" for t in types], "cost USD", "requests by model", "escalated",
               "re-asks", "follow-ups", "stopped"]
    rows = [[x["name"], *[x["f1"][t] for t in types], f"{x['cost_usd']:.6f}",
             " ".join(f"{m.removeprefix('gpt-')}:{n}" for m, n in x["requests_by_model"].items()),
             x["escalations"], x["reasks"], x["followups"], x["stopped"]] for x in r["rows"]]
    print_table("cheap, strong and the cascade", headers, rows)
    print_table("run.json totals against the sum of the log table's rows",
                ["run", "run.json cost_usd_all_runs", "log SUM(cost_usd)", "run.json requests",
                 "log rows", "equal"],
                [[x["name"], f"{x['totals_cost_usd']:.8f}", f"{x['log_cost_usd']:.8f}",
                  x["totals_requests"], x["log_rows"], x["totals_equal_log"]] for x in r["rows"]])
    budget, t = r["rows"][-2]["budget"] or {}, r["targets"]
    print(f"--max-cost: budget {budget.get('max_cost_usd')} USD, spent {budget.get('spent_usd')}, "
          f"left {t['budget_left_usd']}, largest request cost {budget.get('largest_request_usd')}, "
          f"largest estimate {budget.get('largest_estimate_usd')}")
    print(json.dumps(t, indent=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--flawed", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--budget-share", type=float, default=0.5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    import logging

    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # each failed attempt, at ERROR
    result = run(args.copies, args.flawed, args.seed, args.budget_share)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
