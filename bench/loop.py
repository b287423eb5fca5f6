"""The whole loop against an imperfect model: repair, re-ask, second look, best answer kept.

    python bench/loop.py [--copies 3] [--mistakes 0.3] [--omissions 0.3] [--faults 0.0]
                         [--glean 1] [--seed 0] [--json]

The scripted OpenAI-compatible server (``extractor.testing``) plays the model over
every gold article (corpus/gold and corpus/editions/gold, each ``--copies`` times
under new ids). Its first answer to an article is the gold record, except that for a
seeded fraction of the articles it has numeric mistakes (the mutation kinds of
``extractor.validators.mutations``), leaves out half of the KPIs, or both. Any later
look at the same text -- a re-ask or a follow-up -- gets the right answer. With
``--faults`` a fraction of the articles with a mistake gets HTTP 500s on every later
request instead: the first (schema-valid) answer must still be kept.

Printed, for the first answers and for the final records: F1 per record type and KPI
recall against gold; and requests, prompt tokens (messages + tool schema, 4 characters
a token), repairs, re-asks and follow-ups per article, articles lost. Targets: F1 >=
0.98 per type, KPI recall >= 0.99, <= 1.8 requests per article, no article lost.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from _common import run_json  # noqa: E402

from extractor.articles import read_article  # noqa: E402
from extractor.glean import GLEAN_INSTRUCTION  # noqa: E402
from extractor.schemas import ArticleExtraction, ExtractionDraft  # noqa: E402
from extractor.testing import Answer, ScriptedOpenAIServer, ServerError  # noqa: E402
from extractor.validators.mutations import KINDS, mutants  # noqa: E402

_ARTICLE = re.compile(r"^Article (\S+) \(", re.MULTILINE)
_GROUNDING = {"name_grounding", "evidence_grounding"}


# --------------------------------------------------------------------------- corpus


@dataclass
class Item:
    article_id: str
    text: str
    gold: ArticleExtraction
    fate: str  # right | mistakes | omissions | both
    faults: bool = False  # later requests fail (HTTP 500)
    first: dict | None = None  # the first answer, as sent


def _draft(record: ArticleExtraction) -> dict:
    meetings = []
    for m in record.meetings:
        d = m.model_dump(mode="json")
        for name in ("attendees", "kpis", "directives"):
            d[name] = [{k: v for k, v in x.items() if k not in _GROUNDING} for x in d[name]]
        meetings.append(d)
    return ExtractionDraft.model_validate({"meetings": meetings}).model_dump(mode="json")


def _mistakes(record: ArticleExtraction, text: str, rng: random.Random) -> ArticleExtraction:
    """One or two seeded numeric mistakes (mutation kinds) in different KPIs."""
    out = record
    changed: set[str] = set()
    for _ in range(rng.choice((1, 2))):
        kinds = list(KINDS)
        rng.shuffle(kinds)
        for kind in kinds:
            options = [m for m in mutants(out, text, kind, seed=rng.randrange(1 << 30))
                       if m.path not in changed]
            if options:
                pick = rng.choice(options)
                out, _ = pick.record, changed.add(pick.path)
                break
    return out


def _omit(record: ArticleExtraction) -> ArticleExtraction:
    out = record.model_copy(deep=True)
    for m in out.meetings:
        m.kpis = m.kpis[::2]  # every other KPI: half of them left out
    return out


def build_corpus(work: Path, copies: int, p_mistakes: float, p_omissions: float,
                 p_faults: float, seed: int) -> list[Item]:
    rng = random.Random(seed)
    articles, gold_dir = work / "articles", work / "gold"
    articles.mkdir(parents=True)
    gold_dir.mkdir()
    items = []
    for folder in (ROOT / "corpus", ROOT / "corpus" / "editions"):
        for path in sorted((folder / "gold").glob("*.json")):
            gold = ArticleExtraction.model_validate_json(path.read_bytes())
            source = folder / "articles" / f"{gold.article_id}.txt"
            if not source.is_file():
                continue
            text = read_article(source).text
            for k in range(copies):
                aid = f"{gold.article_id}__{k}"
                shutil.copyfile(source, articles / f"{aid}.txt")
                g = gold.model_copy(update={"article_id": aid})
                (gold_dir / f"{aid}.json").write_text(g.model_dump_json(indent=1), encoding="utf-8")
                wrong, left_out = rng.random() < p_mistakes, rng.random() < p_omissions
                fate = {(False, False): "right", (True, False): "mistakes",
                        (False, True): "omissions", (True, True): "both"}[(wrong, left_out)]
                first = g
                if wrong:
                    first = _mistakes(first, text, rng)
                if left_out:
                    first = _omit(first)
                items.append(Item(aid, text, g, fate, wrong and rng.random() < p_faults,
                                  _draft(first)))
    return items


# --------------------------------------------------------------------------- the model


@dataclass
class Model:
    """Answers like an imperfect model: a flawed first look, right answers after."""

    items: dict[str, Item]
    seen: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    tokens: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _by_sentences(self, body: str) -> Item | None:
        first = re.search(r"^\[1\] (.+)$", body, re.MULTILINE)
        if not first:
            return None
        needle = " ".join(first.group(1).split())[:80]
        return next((i for i in self.items.values() if needle in " ".join(i.text.split())), None)

    def __call__(self, request: dict, index: int):
        messages = request.get("messages") or []
        cost = len(json.dumps([messages, request.get("tools")], ensure_ascii=False)) // 4
        if messages and messages[0].get("content") == GLEAN_INSTRUCTION:
            item = self._by_sentences(messages[-1]["content"])
            kind = "followup"
            reply = None
            if item is not None and not item.faults:
                kpis = _draft(item.gold)["meetings"]
                reply = Answer({"kpis": [k for m in kpis for k in m["kpis"]]})
        else:
            users = [m for m in messages if m.get("role") == "user" and _ARTICLE.search(m.get("content") or "")]
            aid = _ARTICLE.search(users[-1]["content"]).group(1) if users else None
            item = self.items.get(aid)
            later = messages[-1] is not users[-1] if users else False
            kind = "reask" if later else "first"
            reply = None
            if item is not None:
                with self.lock:
                    self.seen[aid] += 1
                    look = self.seen[aid]
                if kind == "first" and look == 1:
                    reply = Answer(item.first)
                elif not item.faults:
                    reply = Answer(_draft(item.gold))
        with self.lock:
            self.kinds[kind] += 1
            self.tokens[kind] += cost
        return reply or ServerError(500, "scripted fault")


# --------------------------------------------------------------------------- run


def _run(work: Path, items: list[Item], glean: int) -> tuple[dict, Model, float]:
    from extractor.backends.openai_backend import OpenAIBackend
    from extractor.pipeline import ExtractOptions, run_extraction

    model = Model({i.article_id: i for i in items})
    out = work / "out"
    options = ExtractOptions(concurrency=8, use_cache=False, chunk_chars=200_000,
                             **({"glean": glean} if "glean" in ExtractOptions.__dataclass_fields__ else {}))
    with ScriptedOpenAIServer(responder=model) as srv:
        backend = OpenAIBackend("scripted-model", base_url=srv.base_url, api_key="sk-bench",
                                max_attempts=2, backoff_base=0.01, backoff_max=0.02, timeout=30)
        started = time.perf_counter()
        run_extraction([work / "articles"], out, backend, options)
        seconds = time.perf_counter() - started
    run = run_json(out)
    return run, model, seconds


def _score(run_dir: Path, gold: Path, articles: Path) -> dict:
    from extractor.eval.harness import score_runs

    report = score_runs(run_dir, gold, articles_dir=articles, anls=False)
    per_type = {t: round(p.f1, 4) if p.f1 is not None else None for t, p in report.per_type.items()}
    kpis = report.per_type.get("kpis")
    return {"f1": per_type, "kpi_recall": round(kpis.recall, 4) if kpis and kpis.recall is not None else None}


def _write_first(work: Path, items: list[Item]) -> Path:
    from extractor.grounding import ground_extraction

    folder = work / "first"
    folder.mkdir()
    for i in items:
        rec = ArticleExtraction.model_validate({"article_id": i.article_id, "language": i.gold.language,
                                                **i.first})
        ground_extraction(rec, i.text)
        (folder / f"{i.article_id}.json").write_text(rec.model_dump_json(), encoding="utf-8")
    return folder


def _totals(run: dict, items: list[Item], model: Model) -> dict:
    articles = run.get("articles") or {}
    entries = list(articles.values()) if isinstance(articles, dict) else list(articles)
    total = Counter()
    for e in entries:
        for key in ("requests", "prompt_tokens", "reasks", "repairs", "gleans", "glean_added"):
            total[key] += int(e.get(key) or 0)
    lost = [e.get("article_id") for e in entries if e.get("status") == "failed"]
    n = len(items)
    requests = sum(model.kinds.values())
    return {
        "articles": n,
        "fates": dict(Counter(i.fate for i in items)),
        "faulty": sum(i.faults for i in items),
        "requests_per_article": round(requests / n, 3),
        "requests_by_kind": dict(model.kinds),
        "prompt_tokens_per_article": round(sum(model.tokens.values()) / n),
        "prompt_tokens_per_request": {k: round(model.tokens[k] / model.kinds[k]) for k in model.kinds},
        "repairs": total["repairs"],
        "reasks": total["reasks"],
        "run_json_requests_per_article": round(total["requests"] / n, 3),
        "lost": lost,
    }


def run(copies: int, mistakes: float, omissions: float, faults: float, glean: int, seed: int,
        keep: Path | None = None) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-loop-")) if keep is None else keep
    try:
        items = build_corpus(work, copies, mistakes, omissions, faults, seed)
        first = _score(_write_first(work, items), work / "gold", work / "articles")
        run_doc, model, seconds = _run(work, items, glean)
        final = _score(work / "out", work / "gold", work / "articles")
        return {"first_answers": first, "final": final, **_totals(run_doc, items, model),
                "seconds": round(seconds, 2), "glean": glean, "seed": seed,
                "settings": {"copies": copies, "mistakes": mistakes, "omissions": omissions,
                             "faults": faults}}
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def _print(r: dict) -> None:
    print(f"{r['articles']} articles ({r['fates']}; {r['faulty']} with failing later requests), "
          f"--glean {r['glean']}, seed {r['seed']}, {r['seconds']} s")
    for name in ("first_answers", "final"):
        f1 = ", ".join(f"{t} {v:.3f}" for t, v in r[name]["f1"].items() if v is not None)
        print(f"{name:<14} F1 {f1}; KPI recall {r[name]['kpi_recall']:.3f}")
    print(f"requests/article {r['requests_per_article']} {r['requests_by_kind']}; "
          f"prompt tokens/article {r['prompt_tokens_per_article']} "
          f"(per request: {r['prompt_tokens_per_request']})")
    print(f"repairs {r['repairs']}, re-asks {r['reasks']}, articles lost {len(r['lost'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--mistakes", type=float, default=0.3)
    parser.add_argument("--omissions", type=float, default=0.3)
    parser.add_argument("--faults", type=float, default=0.0)
    parser.add_argument("--glean", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and keep it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.copies, args.mistakes, args.omissions, args.faults, args.glean, args.seed,
                 args.keep)
    print(json.dumps(result, indent=2, ensure_ascii=False)) if args.json else _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
