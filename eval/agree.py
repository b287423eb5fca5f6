"""Agreement between two annotators' gold folders.

The two folders are aligned exactly as a run is aligned with gold (``compare``), with
folder A in the place of gold; nothing here prefers one side. Reported per record type,
overall and article by article:

* record-level F1 (symmetric: P of A against B is R of B against A);
* per field of the aligned pairs: Cohen's kappa for categorical fields (``enum``),
  exact and within-tolerance agreement for numbers and dates (the lenient number
  tolerance of ``Tolerances``), strict and lenient agreement for text.

Only articles both folders label are compared; the others are listed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.eval.compare import RECORD_TYPES, ArticleComparison, compare_article
from extractor.eval.metrics import PRF
from extractor.eval.similarity import FIELD_KINDS, Tolerances, is_empty

CATEGORICAL = frozenset({"enum"})


def cohen_kappa(a: Sequence[Any], b: Sequence[Any]) -> float | None:
    """Cohen's kappa of two raters' labels of the same items; None when chance
    agreement is total (one label throughout on both sides) or there are no items."""
    n = len(a)
    if n == 0 or n != len(b):
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca.keys() | cb.keys()) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


@dataclass
class FieldAgreement:
    kind: str
    a: list[Any] = field(default_factory=list)
    b: list[Any] = field(default_factory=list)
    strict: int = 0
    lenient: int = 0

    @property
    def n(self) -> int:
        return len(self.a)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "n": self.n,
                               "exact": self.strict / self.n if self.n else None,
                               "within_tolerance": self.lenient / self.n if self.n else None}
        if self.kind in CATEGORICAL:
            out["kappa"] = cohen_kappa(self.a, self.b)
        return out


def _value(v: Any) -> Any:
    return getattr(v, "value", v)


def _field_table() -> dict[str, FieldAgreement]:
    return {f"{t}.{f}": FieldAgreement(k) for t in RECORD_TYPES for f, k in FIELD_KINDS[t].items()}


def _add_fields(comp: ArticleComparison, table: dict[str, FieldAgreement]) -> None:
    for pair in comp.pairs:
        if pair.gold is None or pair.pred is None:
            continue
        done = {fr.field: fr for fr in pair.fields}
        for name in FIELD_KINDS[pair.type]:
            fa = table[f"{pair.type}.{name}"]
            fr = done.get(name)
            if fr is None:  # empty on both sides: they agree, and kappa counts it
                if fa.kind in CATEGORICAL and is_empty(pair.gold.data.get(name)):
                    fa.a.append(None)
                    fa.b.append(None)
                    fa.strict += 1
                    fa.lenient += 1
                continue
            fa.a.append(_value(fr.gold))
            fa.b.append(_value(fr.pred))
            fa.strict += fr.strict
            fa.lenient += fr.lenient


def _prf_dict(per_type: dict[str, PRF]) -> dict[str, Any]:
    overall = PRF()
    for p in per_type.values():
        overall.add(p.tp, p.fp, p.fn)
    return {**{t: {"f1": p.f1, "both": p.tp, "only_a": p.fn, "only_b": p.fp}
               for t, p in per_type.items()},
            "overall": {"f1": overall.f1, "both": overall.tp, "only_a": overall.fn,
                        "only_b": overall.fp}}


def agreement(gold_a: str | Path, gold_b: str | Path, articles_dir: str | Path | None = None,
              tol: Tolerances | None = None) -> dict[str, Any]:
    """Record F1 per type and field agreement, overall and per article (JSON-shaped)."""
    from extractor.rundir import ArticleTexts, read_records

    tol = tol or Tolerances()
    a, b = read_records(gold_a), read_records(gold_b)
    texts = ArticleTexts(Path(articles_dir) if articles_dir else None)
    shared = sorted(set(a.articles) & set(b.articles))
    totals = {t: PRF() for t in RECORD_TYPES}
    fields = _field_table()
    articles = {}
    for aid in shared:
        ea, eb = a.articles[aid], b.articles[aid]
        comp = compare_article(aid, ea, eb, texts.get(aid, [(ea, a.path), (eb, b.path)]), tol)
        per_type = {t: PRF(*comp.counts(t)) for t in RECORD_TYPES}
        for t, p in per_type.items():
            totals[t].add(p.tp, p.fp, p.fn)
        art_fields = _field_table()
        _add_fields(comp, art_fields)
        _add_fields(comp, fields)
        articles[aid] = {"records": _prf_dict(per_type),
                         "fields": {k: v.as_dict() for k, v in art_fields.items() if v.n}}
    return {
        "gold_a": str(gold_a), "gold_b": str(gold_b), "articles_compared": len(shared),
        "only_in_a": sorted(set(a.articles) - set(b.articles)),
        "only_in_b": sorted(set(b.articles) - set(a.articles)),
        "records": _prf_dict(totals),
        "fields": {k: v.as_dict() for k, v in fields.items() if v.n},
        "articles": articles,
    }
