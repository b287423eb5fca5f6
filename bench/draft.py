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


if __name__ == "__main__":
    main(sys.argv[1:])
