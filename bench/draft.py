"""Reader-first figures: the reader's draft alone, and runs of the pipeline, against gold.

    .venv/bin/python bench/draft.py reader            # the reader alone, corpus + editions
    .venv/bin/python bench/draft.py reader corpus/heldout   # ... over folders with articles/, gold/
    .venv/bin/python bench/draft.py score runs/x      # any run dir against corpus/gold

Prints P/R/F1 per record type, the share of flagged records and whether any record
text comes from the few-shot example.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

SETS = {"corpus": ("corpus/articles", "corpus/gold"),
        "editions": ("corpus/editions/articles", "corpus/editions/gold")}


def reader_run(articles: str, out: Path) -> float:
    """Write the reader-only records of every article under ``articles`` into ``out``."""
    from extractor.articles import discover, read_article
    from extractor.backends.base import Backend
    from extractor.draft import build_draft, reader_draft
    from extractor.pipeline import Extractor
    from extractor.rundir import atomic_write_json, record_path

    backend = Backend()
    backend.name, backend.model = "reader", "none"
    ex = Extractor(backend)
    t0 = time.process_time()
    for path in discover([articles]):
        article = read_article(path)
        draft = build_draft(article.text, article.language)
        extraction = ex.finalize(article, [reader_draft(draft)], 1)
        atomic_write_json(record_path(out, article.id), extraction)
    return time.process_time() - t0


def report(run: Path, gold: str, articles: str) -> None:
    from extractor.eval import score_runs
    from extractor.rundir import read_records

    rep = score_runs(run, gold, articles_dir=articles, anls=False)
    for name, prf in [*rep.per_type.items(), ("overall", rep.overall)]:
        print(f"  {name:11s} P {prf.precision:.3f} R {prf.recall:.3f} F1 {prf.f1:.3f} "
              f"(tp {prf.tp} fp {prf.fp} fn {prf.fn})")
    langs = ", ".join(f"{lang} {prf.f1:.2f}" for lang, prf in sorted(rep.per_language.items()))
    print(f"  overall F1 by language: {langs}")
    records = read_records(run).articles.values()
    total = flagged = 0
    for ex in records:
        bad = {".".join(f.path.split(".")[:2]) for f in ex.findings if f.severity == "error"}
        flagged += len({b for b in bad if "[" in b.split(".")[-1]})
        total += sum(1 + len(m.attendees) + len(m.kpis) + len(m.directives) for m in ex.meetings)
    print(f"  records {total}, flagged {flagged} ({flagged / max(total, 1):.1%})")


def _same_amount(p: dict, k: dict) -> bool:
    a, b = p["value"] * p["scale"], k["value"] * k["scale"]
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def fields(run: Path, gold: str) -> None:
    """Field agreement on matched records: meetings by position, attendees by name,
    KPIs by amount (the quote breaking ties); units compared as ``eval`` compares them."""
    import json
    from collections import Counter

    from extractor.eval.similarity import canonical_unit

    ok, total = Counter(), Counter()
    for path in sorted(Path(gold).glob("*.json")):
        mine = run / path.name
        predicted = json.loads(mine.read_text())["meetings"] if mine.is_file() else []
        for g, p in zip(json.loads(path.read_text())["meetings"], predicted, strict=False):
            for name in ("kind", "date", "location"):
                total[f"meeting.{name}"] += 1
                ok[f"meeting.{name}"] += g[name] == p[name]
            roles = {a["name"]: a["role"] for a in p["attendees"]}
            titles = {a["name"]: a["titles"] for a in p["attendees"]}
            for a in g["attendees"]:
                total["attendee.name"] += 1  # written exactly as gold writes it
                ok["attendee.name"] += a["name"] in roles
                total["attendee.role"] += 1
                ok["attendee.role"] += roles.get(a["name"]) == a["role"]
                # gold titles drafted (recall), and drafted titles in gold (precision)
                mine_titles = {t.casefold() for t in titles.get(a["name"], [])}
                gold_titles = {t.casefold() for t in a.get("titles") or []}
                total["attendee.titles(gold)"] += len(gold_titles)
                ok["attendee.titles(gold)"] += len(gold_titles & mine_titles)
                total["attendee.titles(drafted)"] += len(mine_titles)
                ok["attendee.titles(drafted)"] += len(gold_titles & mine_titles)
            left = list(p["kpis"])
            for k in g["kpis"]:
                m = next((x for x in left if _same_amount(x, k) and x["evidence"] in k["evidence"]),
                         None) or next((x for x in left if _same_amount(x, k)), None)
                if m is None:
                    continue
                left.remove(m)
                for name in ("unit", "qualifier", "out_of"):
                    total[f"kpi.{name}"] += 1
                    same = canonical_unit(m[name]) == canonical_unit(k[name]) if name == "unit" \
                        else m[name] == k[name]
                    ok[f"kpi.{name}"] += same
    print("  fields: " + ", ".join(f"{n} {ok[n]}/{total[n]}" for n in sorted(total)))


def main(argv: list[str]) -> None:
    if argv[:1] == ["score"]:
        report(Path(argv[1]), *(SETS["corpus"][::-1]))
        return
    sets = SETS
    if argv[:1] == ["reader"] and argv[1:]:
        sets = {f: (f"{f}/articles", f"{f}/gold") for f in argv[1:]}
    for name, (articles, gold) in sets.items():
        with tempfile.TemporaryDirectory() as tmp:
            cpu = reader_run(articles, Path(tmp))
            print(f"{name}: reader alone ({cpu:.1f} s CPU)")
            report(Path(tmp), gold, articles)
            fields(Path(tmp), gold)


if __name__ == "__main__":
    main(sys.argv[1:])
