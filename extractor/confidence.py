"""A confidence for every record: how likely it is to be right, from the signals the
run already has.

Signals, per record (``features``): its type; how its quote was grounded (status and
score); the validator findings on it by severity, and whether it was repaired from
its own quote; and, for its article, the errors on other records, the re-asks and
follow-ups the article took, the share of KPI candidates no KPI covers, and whether a
figure no KPI covers stands in the same sentence as a KPI's quote (a KPI that reports
the wrong figure of its sentence leaves the right one uncovered). Two signals the
contract anticipates are not used yet: agreement across the language editions of one
story (``extractor.linking`` groups them only at load time) and the model's token
log-probabilities (the OpenAI-compatible servers in use do not return them with tool
calls); both would be new columns of ``FEATURES``.

Without a calibration the confidence is a fixed logistic combination of the signals
(``raw_score``): a ranking, not a probability, and ``ArticleExtraction.confidence``
says ``calibrated: false``. ``extractor calibrate RUN... --gold DIR`` fits a
calibration for a model and prompt version (:func:`fit_calibration`): a logistic
regression over the signals, or an isotonic map of the raw score (scikit-learn). It is
stored as plain JSON numbers under :func:`calibration_dir` (no pickle), found again by
model and prompt version at extraction time and by the review app.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.schemas import ArticleExtraction, ConfidenceInfo, Finding
from extractor.schemas.registry import RECORD_TYPES, child_records

FEATURES_VERSION = "1"
_TYPES = tuple(t.name for t in RECORD_TYPES)
_STATUSES = ("exact", "normalized", "fuzzy")
FEATURES: tuple[str, ...] = (
    *(f"type_{t}" for t in _TYPES),
    *(f"grounding_{s}" for s in _STATUSES),
    "grounding_score",
    "errors",
    "warnings",
    "repaired",
    "errors_elsewhere",
    "reasks",
    "followups",
    "uncovered_share",
    "uncovered_near",
    "records_of_type",
)
# The uncalibrated combination: weights on the signals above (logits), chosen by hand
# so that each signal moves the score the way it should; a calibration replaces them.
_BIAS = 1.5
_WEIGHTS: dict[str, float] = {
    "grounding_exact": 1.0,
    "grounding_normalized": 0.6,
    "grounding_fuzzy": 0.2,
    "grounding_score": 0.5,
    "errors": -2.5,
    "warnings": -0.8,
    "repaired": -0.4,
    "errors_elsewhere": -0.3,
    "reasks": -0.3,
    "followups": -0.2,
    "uncovered_share": -1.0,
    "uncovered_near": -1.2,
    "records_of_type": -0.1,
}
_PATH = re.compile(r"^meetings\[(\d+)\](?:\.(\w+)\[(\d+)\])?")


@dataclass(frozen=True)
class ScoredRecord:
    """One record of an article, where it sits, and its signals (``FEATURES`` order)."""

    type: str
    path: str
    record: Any
    features: tuple[float, ...]


def records(extraction: ArticleExtraction) -> Iterator[tuple[str, str, Any]]:
    """(type, path, record) for every record of an article, meetings included."""
    for mi, meeting in enumerate(extraction.meetings):
        yield "meetings", f"meetings[{mi}]", meeting
        for rtype, ri, rec in child_records(meeting):
            yield rtype.name, f"meetings[{mi}].{rtype.name}[{ri}]", rec


def record_of(path: str) -> str | None:
    """The record a finding path is about: 'meetings[0].kpis[3].value' -> its KPI;
    a meeting's own fields -> the meeting; the article as a whole -> None."""
    m = _PATH.match(path)
    if m is None:
        return None
    return m.group(0) if m.group(2) else f"meetings[{m.group(1)}]"


def _get(source: Mapping[str, Any] | Any | None, key: str) -> float:
    if source is None:
        return 0.0
    value = source.get(key) if isinstance(source, Mapping) else getattr(source, key, 0)
    return float(value or 0)


def _by_record(findings: list[Finding]) -> dict[str | None, dict[str, int]]:
    out: dict[str | None, dict[str, int]] = {}
    for f in findings:
        if f.code == "uncovered_figure":
            continue  # an article-level signal, counted apart
        counts = out.setdefault(record_of(f.path), {"error": 0, "warning": 0, "info": 0})
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return out


def _near_uncovered(extraction: ArticleExtraction, rec: Any) -> float:
    """1 when a figure no KPI covers overlaps the sentence of this KPI's quote."""
    cov, g = extraction.coverage, getattr(rec, "evidence_grounding", None)
    if cov is None or g is None or g.start is None or g.end is None:
        return 0.0
    pad = 80  # about a sentence's reach on either side of the quote
    return float(any(u.span[0] < g.end + pad and u.span[1] > g.start - pad for u in cov.uncovered))


def features(extraction: ArticleExtraction,
             ledger: Mapping[str, Any] | Any | None = None) -> list[ScoredRecord]:
    """The signals of every record; ``ledger``: the article's ``run.json`` entry (or its
    ``ArticleResult``), for re-asks and follow-ups."""
    found = _by_record(extraction.findings)
    total_errors = sum(c["error"] for c in found.values())
    cov = extraction.coverage
    share = len(cov.uncovered) / cov.candidates if cov is not None and cov.candidates else 0.0
    article = {
        "reasks": math.log1p(_get(ledger, "reasks")),
        "followups": math.log1p(_get(ledger, "followups")),
        "uncovered_share": min(1.0, share),
    }
    all_records = list(records(extraction))
    per_type = {t: sum(r[0] == t for r in all_records) for t in _TYPES}
    out = []
    for rtype, path, rec in all_records:
        counts = found.get(path, {})
        spec = next(t for t in RECORD_TYPES if t.name == rtype)
        g = getattr(rec, spec.grounding_field) if spec.grounding_field else None
        status = getattr(getattr(g, "status", None), "value", None)
        values = {
            f"type_{rtype}": 1.0,
            **{f"grounding_{s}": float(status == s) for s in _STATUSES},
            # a meeting quotes nothing: its grounding signals stay neutral
            "grounding_score": float(g.score) if g is not None else (1.0 if not spec.grounding_field else 0.0),
            "errors": float(counts.get("error", 0)),
            "warnings": float(counts.get("warning", 0)),
            "repaired": float(counts.get("info", 0) > 0),
            "errors_elsewhere": math.log1p(total_errors - counts.get("error", 0)),
            "uncovered_near": _near_uncovered(extraction, rec) if rtype == "kpis" else 0.0,
            "records_of_type": math.log1p(per_type[rtype]),
            **article,
        }
        if not spec.grounding_field:
            values.update({"grounding_exact": 1.0})
        out.append(ScoredRecord(rtype, path, rec, tuple(values.get(n, 0.0) for n in FEATURES)))
    return out


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def raw_score(vector: Sequence[float]) -> float:
    """The uncalibrated combination of one record's signals, in (0, 1)."""
    z = _BIAS + sum(_WEIGHTS.get(n, 0.0) * v for n, v in zip(FEATURES, vector, strict=True))
    return _sigmoid(z)


# --------------------------------------------------------------------------- calibration


@dataclass
class Calibration:
    """A fitted map from signals to the probability that a record is right.

    ``method`` 'logistic': ``coef``/``intercept`` over the standardised ``FEATURES``
    (``mean``/``scale``); 'isotonic': the step function ``x``/``y`` over ``raw_score``.
    """

    model: str | None
    prompt_version: str | None
    method: str
    features_version: str = FEATURES_VERSION
    coef: list[float] = field(default_factory=list)
    intercept: float = 0.0
    mean: list[float] = field(default_factory=list)
    scale: list[float] = field(default_factory=list)
    x: list[float] = field(default_factory=list)
    y: list[float] = field(default_factory=list)
    fitted_on: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        body = json.dumps([self.method, self.coef, self.intercept, self.x, self.y])
        return f"{self.method}-{hashlib.sha256(body.encode()).hexdigest()[:12]}"

    def apply(self, vector: Sequence[float]) -> float:
        if self.method == "isotonic":
            return _interp(raw_score(vector), self.x, self.y)
        z = self.intercept + sum(
            c * (v - m) / s for c, v, m, s in zip(self.coef, vector, self.mean, self.scale, strict=True)
        )
        return _sigmoid(z)

    def to_json(self) -> str:
        return json.dumps({"id": self.id, **vars(self)}, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Calibration:
        doc = json.loads(text)
        doc.pop("id", None)
        return cls(**doc)


def _interp(v: float, xs: list[float], ys: list[float]) -> float:
    """Linear interpolation on a sorted step table, clipped at its ends (as isotonic's)."""
    if not xs:
        return v
    if v <= xs[0]:
        return ys[0]
    if v >= xs[-1]:
        return ys[-1]
    lo, hi = 0, len(xs) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if xs[mid] <= v else (lo, mid)
    span = xs[hi] - xs[lo]
    return ys[lo] if span <= 0 else ys[lo] + (ys[hi] - ys[lo]) * (v - xs[lo]) / span


def fit_calibration(vectors: Sequence[Sequence[float]], correct: Sequence[bool], *,
                    method: str = "logistic", model: str | None = None,
                    prompt_version: str | None = None, seed: int = 0) -> Calibration:
    """Fit a calibration on records' signals and whether each was right (scikit-learn).

    Needs both right and wrong records; ``seed`` fixes the solver's randomness, so the
    same records give the same calibration.
    """
    import numpy as np

    y = np.asarray(correct, dtype=int)
    if len(set(y.tolist())) < 2:
        raise ValueError("a calibration needs both right and wrong records")
    X = np.asarray(vectors, dtype=float)
    info = {"records": int(len(y)), "right": int(y.sum()), "seed": seed}
    if method == "isotonic":
        from sklearn.isotonic import IsotonicRegression

        raw = np.array([raw_score(v) for v in X])
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(raw, y)
        return Calibration(model, prompt_version, "isotonic", x=iso.X_thresholds_.tolist(),
                           y=iso.y_thresholds_.tolist(), fitted_on=info)
    if method != "logistic":
        raise ValueError(f"unknown calibration method {method!r} (logistic, isotonic)")
    from sklearn.linear_model import LogisticRegression

    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=1.0, max_iter=1000, random_state=seed).fit((X - mean) / scale, y)
    return Calibration(model, prompt_version, "logistic", coef=lr.coef_[0].tolist(),
                       intercept=float(lr.intercept_[0]), mean=mean.tolist(),
                       scale=scale.tolist(), fitted_on=info)


# --------------------------------------------------------------------------- where they live


def calibration_dir() -> Path:
    """``$EXTRACTOR_CALIBRATIONS``, else ``~/.cache/extractor/calibrations``."""
    env = os.environ.get("EXTRACTOR_CALIBRATIONS")
    return Path(env) if env else Path.home() / ".cache" / "extractor" / "calibrations"


def calibration_path(model: str | None, prompt_version: str | None,
                     directory: Path | None = None) -> Path:
    """One file per model and prompt version (the model name hashed: it may be a path)."""
    key = hashlib.sha256(f"{model}\0{prompt_version}".encode()).hexdigest()[:16]
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(str(model)).name)[:60]
    return (directory or calibration_dir()) / f"{stem}--{key}.json"


def save_calibration(cal: Calibration, directory: Path | None = None) -> Path:
    from extractor.rundir import atomic_write_json

    path = calibration_path(cal.model, cal.prompt_version, directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_json(path, json.loads(cal.to_json()))
    return path


_LOADED: dict[Path, tuple[float, Calibration | None]] = {}


def find_calibration(model: str | None, prompt_version: str | None,
                     directory: Path | None = None) -> Calibration | None:
    """The stored calibration for this model and prompt version, if any (re-read when
    its file changes)."""
    path = calibration_path(model, prompt_version, directory)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    cached = _LOADED.get(path)
    if cached is None or cached[0] != mtime:
        try:
            cal = Calibration.from_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError):
            cal = None
        if cal is not None and cal.features_version != FEATURES_VERSION:
            cal = None  # fitted on other signals: it would mislead
        cached = _LOADED[path] = (mtime, cal)
    return cached[1]


def attach_confidence(extraction: ArticleExtraction,
                      ledger: Mapping[str, Any] | Any | None = None,
                      calibration: Calibration | None = None, *, lookup: bool = True) -> None:
    """Set ``confidence`` on every record and say how it was computed.

    ``calibration`` None with ``lookup``: the stored one for the extraction's model and
    prompt version, if there is one.
    """
    prov = extraction.provenance
    if calibration is None and lookup and prov is not None:
        calibration = find_calibration(prov.model, prov.prompt_version)
    for scored in features(extraction, ledger):
        p = calibration.apply(scored.features) if calibration else raw_score(scored.features)
        scored.record.confidence = round(p, 4)
    extraction.confidence = ConfidenceInfo(
        calibrated=calibration is not None,
        calibration=calibration.id if calibration else None,
        method=calibration.method if calibration else "uncalibrated",
        features=FEATURES_VERSION,
    )


# --------------------------------------------------------------------------- runs against gold


@dataclass(frozen=True)
class Sample:
    """One predicted record of a run with gold: its signals and whether it is right."""

    article_id: str
    type: str
    path: str
    features: tuple[float, ...]
    right: bool


def run_samples(run_dir: str | Path, gold_dir: str | Path,
                articles_dir: str | Path | None = None) -> list[Sample]:
    """Every predicted record of a run's articles that have gold, with its rightness
    (matched to a gold record with every field right, as ``extractor eval`` decides)."""
    from extractor.eval.compare import compare_article
    from extractor.rundir import ArticleTexts, read_ledger, read_records

    run, gold = read_records(run_dir), read_records(gold_dir)
    ledger = read_ledger(Path(run_dir)).get("articles", {})
    texts = ArticleTexts(Path(articles_dir) if articles_dir else None)
    out = []
    for aid, pred in sorted(run.articles.items()):
        truth = gold.articles.get(aid)
        if truth is None:
            continue
        text = texts.get(aid, [(pred, run.path), (truth, gold.path)])
        comp = compare_article(aid, truth, pred, text)
        right = {p.pred.path: p.status == "matched" for p in comp.pairs if p.pred is not None}
        for s in features(pred, ledger.get(aid)):
            out.append(Sample(aid, s.type, s.path, s.features, right.get(s.path, False)))
    return out


def run_identity(run_dir: str | Path) -> tuple[str | None, str | None]:
    """(model, prompt version) of a run: its ``run.json``, else its records' provenance."""
    from extractor.rundir import read_ledger, read_records

    doc = read_ledger(Path(run_dir))
    if doc.get("model") or doc.get("prompt_version"):
        return doc.get("model"), doc.get("prompt_version")
    for ex in read_records(run_dir).articles.values():
        if ex.provenance is not None:
            return ex.provenance.model, ex.provenance.prompt_version
    return None, None


def calibrate_runs(run_dirs: Sequence[str | Path], gold_dir: str | Path,
                   articles_dir: str | Path | None = None, *, method: str = "logistic",
                   seed: int = 0) -> tuple[Calibration, list[Sample]]:
    """Fit one calibration on runs of one model and prompt version against gold."""
    ids = {run_identity(r) for r in run_dirs}
    if len(ids) != 1:
        raise ValueError("the runs come from different models or prompt versions: "
                         + "; ".join(f"{m} / {p}" for m, p in sorted(ids, key=str)))
    model, prompt = ids.pop()
    samples = [s for r in run_dirs for s in run_samples(r, gold_dir, articles_dir)]
    cal = fit_calibration([s.features for s in samples], [s.right for s in samples],
                          method=method, model=model, prompt_version=prompt, seed=seed)
    cal.fitted_on["runs"] = [str(r) for r in run_dirs]
    return cal, samples


def rescore_run(run_dir: str | Path, calibration: Calibration | None) -> int:
    """Write every record's confidence of a run again with ``calibration`` (None: the
    uncalibrated combination); returns how many articles were rewritten."""
    from extractor.rundir import atomic_write_json, read_ledger, read_records, record_path

    run = read_records(run_dir)
    ledger = read_ledger(Path(run_dir)).get("articles", {})
    for aid, ex in run.articles.items():
        attach_confidence(ex, ledger.get(aid), calibration, lookup=False)
        atomic_write_json(record_path(Path(run_dir), aid), ex)
    return len(run.articles)
