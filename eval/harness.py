"""Library entry points: compare a run directory with gold, score it, diff it.

The CLI commands ``eval`` and ``diff`` are thin wrappers over these functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extractor.eval.compare import ArticleComparison, compare_article
from extractor.eval.metrics import EvalReport, compare_reports, score_comparisons
from extractor.eval.similarity import Tolerances
from extractor.rundir import ArticleTexts, RecordSet, read_records

DEFAULT_ARTICLES_DIR = Path("corpus/articles")


@dataclass
class RunComparison:
    run: RecordSet
    gold: RecordSet
    comparisons: list[ArticleComparison]  # one per gold article, sorted by id
    unscored: list[str] = field(default_factory=list)  # in the run, not in gold

    @property
    def errors(self) -> dict[str, str]:
        errs = {f"{self.run.path / k}": v for k, v in self.run.errors.items()}
        errs.update({f"{self.gold.path / k}": v for k, v in self.gold.errors.items()})
        return errs


def compare_runs(
    run_dir: str | Path,
    gold_dir: str | Path,
    *,
    articles_dir: str | Path | None = DEFAULT_ARTICLES_DIR,
    tol: Tolerances | None = None,
    article_ids: list[str] | None = None,
) -> RunComparison:
    """Align every gold article with the run's version of it.

    Articles missing from the run are compared with nothing (all gold missed);
    articles only in the run are listed in ``unscored``, never scored.
    """
    run, gold = read_records(run_dir), read_records(gold_dir)
    texts = ArticleTexts(articles_dir)
    ids = sorted(gold.articles)
    if article_ids is not None:
        unknown = [a for a in article_ids if a not in gold.articles]
        if unknown:
            raise KeyError(f"not in gold: {', '.join(unknown)}")
        ids = [a for a in ids if a in set(article_ids)]
    comparisons = []
    for aid in ids:
        g, p = gold.articles[aid], run.articles.get(aid)
        text = texts.get(aid, [(p, run.path), (g, gold.path)])
        comparisons.append(compare_article(aid, g, p, text, tol))
    unscored = sorted(set(run.articles) - set(gold.articles))
    return RunComparison(run, gold, comparisons, unscored)


def score_runs(
    run_dir: str | Path,
    gold_dir: str | Path,
    *,
    articles_dir: str | Path | None = DEFAULT_ARTICLES_DIR,
    tol: Tolerances | None = None,
    baseline_dir: str | Path | None = None,
    anls: bool = True,
) -> EvalReport:
    """Score ``run_dir`` against ``gold_dir``; with a baseline, add the change against it."""
    tol = tol or Tolerances()
    rc = compare_runs(run_dir, gold_dir, articles_dir=articles_dir, tol=tol)
    report = score_comparisons(
        rc.comparisons,
        tol,
        run_dir=str(run_dir),
        gold_dir=str(gold_dir),
        unscored_articles=rc.unscored,
        errors=rc.errors,
        anls=anls,
    )
    if baseline_dir is not None:
        base = score_runs(baseline_dir, gold_dir, articles_dir=articles_dir, tol=tol, anls=anls)
        report.baseline = compare_reports(report, base)
    return report


def diff_articles(
    run_dir: str | Path,
    gold_dir: str | Path,
    *,
    article: str | None = None,
    articles_dir: str | Path | None = DEFAULT_ARTICLES_DIR,
    tol: Tolerances | None = None,
) -> RunComparison:
    """Per-article missing, extra and mismatched records (optionally one article)."""
    return compare_runs(
        run_dir,
        gold_dir,
        articles_dir=articles_dir,
        tol=tol,
        article_ids=[article] if article else None,
    )
