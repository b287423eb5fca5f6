"""Precision, recall, F1 and per-field accuracy from article comparisons.

Conventions, stated once:

* Counts are micro: true positives, false positives and misses are summed over
  articles (per type), and over types for ``overall``.
* Precision with nothing predicted is 1.0 when nothing was to be found and 0.0
  otherwise; recall mirrors it. Gold scored against itself is therefore 1.0 even
  for a type no article has.
* A field is scored on a matched pair only when gold or prediction fills it; both
  empty is "not applicable" and does not count. A field never applicable has
  accuracy ``None``, not a made-up 1.0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from extractor.eval.anls import anls_by_type
from extractor.eval.compare import RECORD_TYPES, ArticleComparison
from extractor.eval.confidence import confidence_report
from extractor.eval.similarity import FIELD_KINDS, Tolerances

_EPS = 1e-9


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
        }


@dataclass
class FieldScore:
    n: int = 0  # matched pairs where the field applies
    strict_correct: int = 0
    lenient_correct: int = 0

    def add(self, strict: bool, lenient: bool) -> None:
        self.n += 1
        self.strict_correct += strict
        self.lenient_correct += lenient

    def merge(self, other: FieldScore) -> None:
        self.n += other.n
        self.strict_correct += other.strict_correct
        self.lenient_correct += other.lenient_correct

    @property
    def strict(self) -> float | None:
        return self.strict_correct / self.n if self.n else None

    @property
    def lenient(self) -> float | None:
        return self.lenient_correct / self.n if self.n else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "strict": self.strict,
            "lenient": self.lenient,
            "strict_correct": self.strict_correct,
            "lenient_correct": self.lenient_correct,
        }


@dataclass
class ArticleScore:
    article_id: str
    status: str
    per_type: dict[str, PRF]
    overall: PRF
    fields: FieldScore
    anls_star: float | None
    anls_star_per_type: dict[str, float | None]

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "per_type": {t: s.as_dict() for t, s in self.per_type.items()},
            "overall": self.overall.as_dict(),
            "field_accuracy": self.fields.as_dict(),
            "anls_star": self.anls_star,
        }


@dataclass
class EvalReport:
    """Scores of one run against gold; ``to_json()`` is the CLI's ``--json`` output."""

    run_dir: str | None
    gold_dir: str | None
    tolerances: Tolerances
    per_type: dict[str, PRF]
    overall: PRF
    per_field: dict[str, FieldScore]  # '<type>.<field>'
    field_overall: FieldScore
    anls_star: float | None
    anls_star_per_type: dict[str, float | None]
    articles: dict[str, ArticleScore]
    unscored_articles: list[str] = field(default_factory=list)  # in the run, not in gold
    errors: dict[str, str] = field(default_factory=dict)  # unreadable files
    baseline: dict[str, Any] | None = None
    # Micro P/R/F1 of all record types per article language (gold's, else the run's).
    per_language: dict[str, PRF] = field(default_factory=dict)
    language_articles: dict[str, int] = field(default_factory=dict)
    # Per record type and language: {lang: {type: PRF}}.
    language_types: dict[str, dict[str, PRF]] = field(default_factory=dict)
    # How well record confidence predicts rightness (extractor.eval.confidence).
    confidence: dict[str, Any] = field(default_factory=dict)

    def language_dict(self) -> dict[str, Any]:
        """``per_language`` as JSON: the PRF counts plus how many articles each has."""
        return {
            lang: {
                **prf.as_dict(),
                "articles": self.language_articles.get(lang, 0),
                "per_type": {t: s.as_dict() for t, s in self.language_types.get(lang, {}).items()},
            }
            for lang, prf in self.per_language.items()
        }

    def to_dict(self, by_language: bool = False) -> dict[str, Any]:
        overall = self.overall.as_dict()
        overall["field_accuracy"] = self.field_overall.as_dict()
        overall["anls_star"] = self.anls_star
        out: dict[str, Any] = {
            "run_dir": self.run_dir,
            "gold_dir": self.gold_dir,
            "per_type": {
                t: {**s.as_dict(), "anls_star": self.anls_star_per_type.get(t)}
                for t, s in self.per_type.items()
            },
            "overall": overall,
            "per_field": {k: v.as_dict() for k, v in self.per_field.items()},
            "articles": {k: v.as_dict() for k, v in self.articles.items()},
            "unscored_articles": self.unscored_articles,
            "errors": self.errors,
            "settings": self.tolerances.as_dict(),
            "confidence": self.confidence,
        }
        if by_language:
            out["per_language"] = self.language_dict()
        if self.baseline is not None:
            out["baseline"] = self.baseline
        return out

    def to_json(self, indent: int | None = 2, by_language: bool = False) -> str:
        return json.dumps(self.to_dict(by_language), ensure_ascii=False, indent=indent)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _by_language(
    comparisons: list[ArticleComparison], articles: dict[str, ArticleScore]
) -> dict[str, Any]:
    """``per_language`` and ``language_articles`` of an EvalReport."""
    per_language: dict[str, PRF] = {}
    types: dict[str, dict[str, PRF]] = {}
    counts: dict[str, int] = {}
    for comp in comparisons:
        lang = article_language(comp)
        art = articles[comp.article_id]
        per_language.setdefault(lang, PRF()).add(art.overall.tp, art.overall.fp, art.overall.fn)
        lang_types = types.setdefault(lang, {t: PRF() for t in RECORD_TYPES})
        for t, prf in art.per_type.items():
            lang_types[t].add(prf.tp, prf.fp, prf.fn)
        counts[lang] = counts.get(lang, 0) + 1
    return {
        "per_language": dict(sorted(per_language.items())),
        "language_articles": dict(sorted(counts.items())),
        "language_types": dict(sorted(types.items())),
    }


def article_language(comp: ArticleComparison) -> str:
    """The article's language as gold states it, else as the run states it."""
    for extraction in (comp.gold, comp.pred):
        if extraction is not None and extraction.language:
            return extraction.language
    return "unknown"


def score_comparisons(
    comparisons: list[ArticleComparison],
    tol: Tolerances | None = None,
    *,
    run_dir: str | None = None,
    gold_dir: str | None = None,
    unscored_articles: list[str] | None = None,
    errors: dict[str, str] | None = None,
    anls: bool = True,
) -> EvalReport:
    """Aggregate article comparisons (gold articles only) into a report.

    ``anls=False`` skips the ANLS* cross-check (about half the time on large runs);
    its fields are then None.
    """
    tol = tol or Tolerances()
    per_type = {t: PRF() for t in RECORD_TYPES}
    per_field = {f"{t}.{f}": FieldScore() for t in RECORD_TYPES for f in FIELD_KINDS[t]}
    articles: dict[str, ArticleScore] = {}
    anls_all: list[float] = []
    anls_types: dict[str, list[float]] = {t: [] for t in RECORD_TYPES}
    for comp in comparisons:
        art_types = {t: PRF(*comp.counts(t)) for t in RECORD_TYPES}
        art_overall, art_fields = PRF(), FieldScore()
        for t, prf in art_types.items():
            per_type[t].add(prf.tp, prf.fp, prf.fn)
            art_overall.add(prf.tp, prf.fp, prf.fn)
        for pair in comp.pairs:
            for fr in pair.fields:
                per_field[f"{pair.type}.{fr.field}"].add(fr.strict, fr.lenient)
                art_fields.add(fr.strict, fr.lenient)
        art_anls: float | None = None
        anls_per_type: dict[str, float | None] = dict.fromkeys(RECORD_TYPES)
        if anls:
            art_anls, anls_per_type = anls_by_type(comp.gold_records, comp.pred_records)
            anls_all.append(art_anls)
            for t, v in anls_per_type.items():
                if v is not None:
                    anls_types[t].append(v)
        articles[comp.article_id] = ArticleScore(
            comp.article_id,
            comp.status,
            art_types,
            art_overall,
            art_fields,
            art_anls,
            anls_per_type,
        )
    overall = PRF()
    for prf in per_type.values():
        overall.add(prf.tp, prf.fp, prf.fn)
    field_overall = FieldScore()
    for fs in per_field.values():
        field_overall.merge(fs)
    return EvalReport(
        run_dir=run_dir,
        gold_dir=gold_dir,
        tolerances=tol,
        per_type=per_type,
        overall=overall,
        per_field=per_field,
        field_overall=field_overall,
        anls_star=_mean(anls_all),
        anls_star_per_type={t: _mean(v) for t, v in anls_types.items()},
        articles=articles,
        unscored_articles=sorted(unscored_articles or []),
        errors=dict(errors or {}),
        confidence=confidence_report(comparisons),
        **_by_language(comparisons, articles),
    )


def _delta(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else now - before


def compare_reports(current: EvalReport, baseline: EvalReport) -> dict[str, Any]:
    """Change of ``current`` against ``baseline`` and the articles that got worse.

    An article got worse when its micro F1 fell, or its F1 held and its lenient
    field accuracy fell; articles only one of the runs scored are listed apart.
    """
    per_type = {
        t: {
            m: _delta(getattr(current.per_type[t], m), getattr(baseline.per_type[t], m))
            for m in ("precision", "recall", "f1")
        }
        for t in RECORD_TYPES
    }
    overall = {
        m: _delta(getattr(current.overall, m), getattr(baseline.overall, m))
        for m in ("precision", "recall", "f1")
    }
    overall["field_accuracy_strict"] = _delta(
        current.field_overall.strict, baseline.field_overall.strict
    )
    overall["field_accuracy_lenient"] = _delta(
        current.field_overall.lenient, baseline.field_overall.lenient
    )
    overall["anls_star"] = _delta(current.anls_star, baseline.anls_star)
    per_field = {
        k: {
            "strict": _delta(v.strict, baseline.per_field[k].strict),
            "lenient": _delta(v.lenient, baseline.per_field[k].lenient),
        }
        for k, v in current.per_field.items()
        if k in baseline.per_field
    }
    worse, better = [], []
    for aid, now in current.articles.items():
        before = baseline.articles.get(aid)
        if before is None:
            continue
        d_f1 = now.overall.f1 - before.overall.f1
        d_fields = _delta(now.fields.lenient, before.fields.lenient) or 0.0
        row = {
            "article_id": aid,
            "f1_before": before.overall.f1,
            "f1_after": now.overall.f1,
            "field_accuracy_before": before.fields.lenient,
            "field_accuracy_after": now.fields.lenient,
            "per_type_f1_delta": {
                t: now.per_type[t].f1 - before.per_type[t].f1 for t in RECORD_TYPES
            },
        }
        if d_f1 < -_EPS or (abs(d_f1) <= _EPS and d_fields < -_EPS):
            worse.append(row)
        elif d_f1 > _EPS or d_fields > _EPS:
            better.append(row)
    worse.sort(key=lambda r: (r["f1_after"] - r["f1_before"], r["article_id"]))
    return {
        "run_dir": baseline.run_dir,
        "per_type": per_type,
        "overall": overall,
        "per_field": per_field,
        "worse_articles": worse,
        "better_articles": [r["article_id"] for r in better],
        "only_in_current": sorted(set(current.articles) - set(baseline.articles)),
        "only_in_baseline": sorted(set(baseline.articles) - set(current.articles)),
    }
