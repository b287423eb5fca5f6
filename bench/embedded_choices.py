"""Can the embedded 270M model improve on the reader's draft? Two measured shapes.

    .venv/bin/python bench/embedded_choices.py [--limit N]

1. Directive clauses: the constrained " yes"/" no" answer to a few-shot question per
   clause, against whether the clause overlaps a gold directive (corpus/gold).
2. KPI indicators: a grammar-constrained choice among the catalogue's labels per figure,
   against the reader's keyword guess: mean text similarity to the gold indicator.

Prints seconds of model time per call. The prefix of each prompt is evaluated once.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractor.articles import read_article
from extractor.draft import build_draft
from extractor.draft.embedded import (
    choose,
    directive_prompt,
    indicator_prefix,
    indicator_prompt,
    says_yes,
)
from extractor.draft.fill import _indicator_guess
from extractor.eval.similarity import text_similarity
from extractor.grounding import ground
from extractor.rundir import read_records


def _gold_spans(gold, text, name):
    spans = []
    for m in gold.meetings:
        for r in getattr(m, name):
            g = ground(r.evidence, text)
            if g.start is not None:
                spans.append(((g.start, g.end), r))
    return spans


def _auc(pos: list[float], neg: list[float]) -> float:
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="clauses/figures per article (0: all)")
    args = ap.parse_args()
    from extractor.backends.local import LocalBackend
    from extractor.linking.indicators import catalogue

    backend = LocalBackend(instances=1)
    labels = tuple(i.label for i in catalogue()) + ("other",)
    golds = read_records("corpus/gold").articles
    scored, figures, t_yes, n_yes, t_choose, n_choose = [], [], 0.0, 0, 0.0, 0
    with backend.pool.use() as llm:
        for path in sorted(Path("corpus/articles").glob("*.txt")):
            article = read_article(path)
            gold = golds[article.id]
            draft = build_draft(article.text, article.language)
            gold_d = _gold_spans(gold, article.text, "directives")
            clauses = draft.clauses[: args.limit or None]
            for c in clauses:
                t0 = time.perf_counter()
                p = float(says_yes(llm, directive_prompt(article.text[c.span[0]:c.span[1]])))
                t_yes += time.perf_counter() - t0
                n_yes += 1
                hit = any(s < c.span[1] and c.span[0] < e for (s, e), _ in gold_d)
                scored.append((p, hit))
            gold_k = _gold_spans(gold, article.text, "kpis")
            prefix = indicator_prefix(labels)
            for f in draft.figures[: args.limit or None]:
                g = next((r for (s, e), r in gold_k if s <= f.span[0] < e and abs(r.value - f.value) < 1e-9), None)
                if g is None:
                    continue
                t0 = time.perf_counter()
                chosen = choose(llm, indicator_prompt(prefix, f.sentence.of(article.text), f.text), labels)
                t_choose += time.perf_counter() - t0
                n_choose += 1
                figures.append((text_similarity(g.indicator, chosen),
                                text_similarity(g.indicator, _indicator_guess(draft, f))))
    pos = [p for p, h in scored if h]
    neg = [p for p, h in scored if not h]
    print(f"directive clauses: {len(scored)} ({len(pos)} overlap gold), yes/no AUC {_auc(pos, neg):.3f}, "
          f"{t_yes / max(n_yes, 1):.2f} s per clause")
    kept = [(p, h) for p, h in scored if p >= 0.5]
    print(f"  answered yes: {len(kept)} clauses, {sum(h for _, h in kept)} of {len(pos)} gold-overlapping")
    if figures:
        model = sum(a for a, _ in figures) / len(figures)
        reader = sum(b for _, b in figures) / len(figures)
        print(f"indicators: {len(figures)} figures, similarity to gold: model choice {model:.3f}, "
              f"reader keyword guess {reader:.3f}; {t_choose / max(n_choose, 1):.2f} s per choice")


if __name__ == "__main__":
    main()
