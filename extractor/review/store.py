"""What the review app reads and writes: a run, its gold directory and the article texts.

The store is the library half of ``extractor review``; the ASGI app only maps HTTP onto
it. Gold files are ``GOLD/<article_id>.json`` in the record contract, without
provenance, written atomically. A file's *version* is a hash of its bytes, so a save
based on an older read (a second tab, a second reviewer, an edit by hand) is refused.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.eval.compare import ArticleComparison, compare_article
from extractor.eval.metrics import score_comparisons
from extractor.eval.similarity import Tolerances
from extractor.grounding import ground
from extractor.review import history
from extractor.review.payload import comparison_payload, fingerprint
from extractor.review.queue import (
    article_row,
    queue_order,
    refresh_confidence,
    required_findings,
)
from extractor.rundir import (
    RUN_FILE,
    ArticleTexts,
    atomic_write_json,
    read_ledger,
    read_records,
    record_path,
)
from extractor.schemas import ArticleExtraction, Finding
from extractor.schemas.records import Annotation
from extractor.schemas.registry import child_records

# An article id is a file name stem: letters, digits, '_', '-', '.', not starting with
# a dot. Nothing else can reach the file system, so no id leaves the gold directory.
ARTICLE_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,199}")
NO_GOLD = "0"  # the version of a gold file that does not exist yet
STATUSES = ("not_started", "in_progress", "reviewed")


class ReviewError(Exception):
    """A request the store refuses; ``status`` is the HTTP status the app answers with."""

    def __init__(self, status: int, error: str, message: str, **detail: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"error": error, "message": message, **detail}


def file_version(data: bytes | None) -> str:
    return NO_GOLD if data is None else hashlib.sha256(data).hexdigest()[:20]


def _findings_json(findings: list[Finding]) -> list[dict[str, Any]]:
    return [f.model_dump(mode="json") for f in findings]


def _counts(findings: list[Finding]) -> tuple[int, int]:
    return (
        sum(f.severity == "error" for f in findings),
        sum(f.severity == "warning" for f in findings),
    )


def ground_gold(extraction: ArticleExtraction, text: str | None) -> ArticleExtraction:
    """Gold as saved: no provenance or findings; every quote's span checked against the text.

    A stored span whose slice of the text is the quote is kept (the reviewer selected
    that occurrence); a missing or stale one is located again with ``ground``.
    """
    extraction.provenance = None
    extraction.findings = []
    extraction.coverage = None
    extraction.confidence = None
    for meeting in extraction.meetings:
        meeting.confidence = None
        for _, _, rec in child_records(meeting):
            rec.confidence = None  # the run's belief, not the annotator's
    if text is None:
        return extraction
    for meeting in extraction.meetings:
        for rtype, _, rec in child_records(meeting):
            if not (rtype.quote_field and rtype.grounding_field):
                continue
            quote, g = getattr(rec, rtype.quote_field), getattr(rec, rtype.grounding_field)
            exact = (
                g is not None
                and g.start is not None
                and g.end is not None
                and text[g.start : g.end] == quote
            )
            if not exact:
                setattr(rec, rtype.grounding_field, ground(quote, text))
    return extraction


@dataclass
class _Cached:
    gold_version: str
    comparison: ArticleComparison
    gold_findings: list[Finding]
    score: dict[str, Any] | None


@dataclass
class ReviewStore:
    run_dir: Path
    gold_dir: Path
    articles_dir: Path | None = None
    annotator: str | None = None
    tol: Tolerances = field(default_factory=Tolerances)

    def __post_init__(self) -> None:
        self.run_dir, self.gold_dir = Path(self.run_dir), Path(self.gold_dir)
        self.run = read_records(self.run_dir)
        ledger = read_ledger(self.run_dir)
        self.run_id = ledger.get("run_id") or _provenance_run_id(self.run)
        # Records of a run made before its calibration (or without any) are scored now.
        self.calibrated = refresh_confidence(self.run.articles, ledger.get("articles", {}))
        self.texts = ArticleTexts(self.articles_dir)
        self.annotator = self.annotator or os.environ.get("USER") or getpass.getuser()
        self._save_lock = threading.Lock()
        self._lock = threading.Lock()
        self._pred_findings: dict[str, list[Finding]] = {}
        self._cache: dict[str, _Cached] = {}

    # ------------------------------------------------------------------ ids and files

    def gold_path(self, article_id: str) -> Path:
        """``GOLD/<article_id>.json``; 400 for an id that is not a plain file name stem."""
        if not ARTICLE_ID.fullmatch(article_id) or ".." in article_id:
            raise ReviewError(400, "bad_article_id", f"malformed article id: {article_id!r}")
        root = self.gold_dir.resolve()
        path = record_path(root, article_id).resolve()
        if path.parent != root:  # belt and braces: the pattern already rules this out
            raise ReviewError(400, "bad_article_id", f"malformed article id: {article_id!r}")
        return path

    def _gold_ids(self) -> set[str]:
        if not self.gold_dir.is_dir():
            return set()
        return {
            p.stem
            for p in self.gold_dir.glob("*.json")
            if p.name != RUN_FILE and ARTICLE_ID.fullmatch(p.stem)
        }

    def article_ids(self) -> list[str]:
        return sorted(set(self.run.articles) | self._gold_ids())

    def _known(self, article_id: str) -> Path:
        path = self.gold_path(article_id)
        if article_id not in self.run.articles and not path.is_file():
            raise ReviewError(404, "unknown_article", f"no such article: {article_id}")
        return path

    def read_gold(self, article_id: str) -> tuple[ArticleExtraction | None, str]:
        """The gold extraction (None when there is none yet) and its version."""
        path = self._known(article_id)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None, NO_GOLD
        try:
            return ArticleExtraction.model_validate_json(data), file_version(data)
        except ValidationError as exc:
            raise ReviewError(
                500, "bad_gold_file", f"{path.name} is not an ArticleExtraction: {exc}"
            ) from None

    def text(self, article_id: str, gold: ArticleExtraction | None = None) -> str | None:
        pred = self.run.articles.get(article_id)
        return self.texts.get(article_id, [(pred, self.run.path), (gold, self.gold_dir)])

    # ------------------------------------------------------------------ scoring

    def _validate(self, extraction: ArticleExtraction, text: str | None) -> list[Finding]:
        if text is None:
            return []
        from extractor.validators import validate_extraction

        return validate_extraction(extraction, text)

    def predicted_findings(self, article_id: str, text: str | None) -> list[Finding]:
        """Validator findings of the run's records (the run does not change: computed once)."""
        if article_id not in self._pred_findings:
            pred = self.run.articles.get(article_id)
            found = self._validate(pred, text) if pred is not None else []
            with self._lock:
                self._pred_findings[article_id] = found
        return self._pred_findings[article_id]

    def score(self, comp: ArticleComparison) -> dict[str, Any]:
        report = score_comparisons([comp], self.tol, anls=False)
        return report.articles[comp.article_id].as_dict()

    def _state(self, article_id: str) -> tuple[_Cached, ArticleExtraction | None, str | None]:
        gold, version = self.read_gold(article_id)
        text = self.text(article_id, gold)
        cached = self._cache.get(article_id)
        if cached is None or cached.gold_version != version:
            gold_findings = self._validate(gold, text) if gold is not None else []
            cached = self._remember(article_id, version, gold, text, gold_findings)
        return cached, gold, text

    def _remember(
        self,
        article_id: str,
        version: str,
        gold: ArticleExtraction | None,
        text: str | None,
        gold_findings: list[Finding],
    ) -> _Cached:
        pred = self.run.articles.get(article_id)
        comp = compare_article(article_id, gold, pred, text, self.tol)
        score = self.score(comp) if gold is not None else None
        cached = _Cached(version, comp, gold_findings, score)
        with self._lock:
            self._cache[article_id] = cached
        return cached

    def warm(self) -> None:
        """Compare and validate every article ahead of the first page load (the CLI runs
        this in a background thread: ~50 ms per article, plus ~2 s of imports)."""
        for aid in self.article_ids():
            try:
                _, gold, text = self._state(aid)
                self.predicted_findings(aid, text)
            except ReviewError:
                continue  # an unreadable gold file: reported when it is opened

    # ------------------------------------------------------------------ views

    def list_articles(self) -> list[dict[str, Any]]:
        """Every article, by id: status, scores against gold, findings, expected errors."""
        out = []
        for aid in self.article_ids():
            cached, gold, text = self._state(aid)
            errors, warnings = _counts(self.predicted_findings(aid, text))
            gold_errors, gold_warnings = _counts(cached.gold_findings)
            pred = self.run.articles.get(aid)
            out.append(
                {
                    "article_id": aid,
                    "status": review_status(gold),
                    "f1": cached.score["overall"]["f1"] if cached.score else None,
                    "field_accuracy": cached.score["field_accuracy"]["strict"]
                    if cached.score
                    else None,
                    "errors": errors,
                    "warnings": warnings,
                    "gold_errors": gold_errors,
                    "gold_warnings": gold_warnings,
                    "language": _language(gold, pred),
                    **article_row(pred, _rejected(gold)),
                }
            )
        return out

    def queue(self) -> list[dict[str, Any]]:
        """The articles in review order: unreviewed first, then by expected errors (the
        sum of 1 - confidence), validator errors and uncovered candidate figures."""
        return queue_order(self.list_articles())

    def summary(self) -> dict[str, Any]:
        """P/R/F1 and field accuracy per record type, P/R/F1 per article language, over
        the articles with gold."""
        comps = []
        for aid in self.article_ids():
            cached, gold, _ = self._state(aid)
            if gold is not None:
                comps.append(cached.comparison)
        report = score_comparisons(comps, self.tol, anls=False)
        per_type = {}
        for t, prf in report.per_type.items():
            n = sum(v.n for k, v in report.per_field.items() if k.startswith(t + "."))
            right = sum(v.strict_correct for k, v in report.per_field.items()
                        if k.startswith(t + "."))
            per_type[t] = {**prf.as_dict(), "field_accuracy": right / n if n else None}
        return {
            "articles": len(comps),
            "overall": {**report.overall.as_dict(),
                        "field_accuracy": report.field_overall.strict},
            "per_type": per_type,
            "per_language": report.language_dict(),
            "confidence": {"calibrated": self.calibrated, **report.confidence["overall"]},
        }

    def article(self, article_id: str) -> dict[str, Any]:
        cached, gold, text = self._state(article_id)
        pred = self.run.articles.get(article_id)
        pred_findings = self.predicted_findings(article_id, text)
        rejected = _rejected(gold)
        return {
            "article_id": article_id,
            "text": text,
            "run_id": self.run_id,
            "uncovered": [u.model_dump(mode="json") for u in pred.coverage.uncovered]
            if pred is not None and pred.coverage is not None
            else [],
            "rejected": sorted(rejected),
            "history": len(history.read(self.gold_dir, article_id)),
            "predicted": pred.model_dump(mode="json") if pred is not None else None,
            "gold": gold.model_dump(mode="json") if gold is not None else None,
            "findings": {
                "predicted": _findings_json(pred_findings),
                "gold": _findings_json(cached.gold_findings),
            },
            "version": cached.gold_version,
            "status": review_status(gold),
            "language": _language(gold, pred),
            "score": cached.score,
            "comparison": comparison_payload(
                cached.comparison, pred_findings, cached.gold_findings, rejected
            ),
        }

    # ------------------------------------------------------------------ edits

    def parse(self, article_id: str, body: bytes) -> ArticleExtraction:
        """The request body as an ArticleExtraction for this article, or 422."""
        try:
            extraction = ArticleExtraction.model_validate_json(body)
        except ValidationError as exc:
            errors = json.loads(exc.json(include_url=False, include_context=False))
            raise ReviewError(
                422, "schema", "not an ArticleExtraction", errors=errors
            ) from None
        if extraction.article_id != article_id:
            raise ReviewError(
                422, "schema", f"article_id {extraction.article_id!r} is not {article_id!r}"
            )
        return extraction

    def preview(self, article_id: str, body: bytes) -> dict[str, Any]:
        """Score and validate an unsaved gold draft: what the page shows after each edit."""
        self._known(article_id)
        draft = self.parse(article_id, body)
        text = self.text(article_id, draft)
        draft = ground_gold(draft, text)
        pred = self.run.articles.get(article_id)
        comp = compare_article(article_id, draft, pred, text, self.tol)
        gold_findings = self._validate(draft, text) + required_findings(draft)
        return {
            "gold": draft.model_dump(mode="json"),
            "findings": {"gold": _findings_json(gold_findings)},
            "score": self.score(comp),
            "comparison": comparison_payload(
                comp, self.predicted_findings(article_id, text), gold_findings, _rejected(draft)
            ),
        }

    def save(
        self, article_id: str, body: bytes, if_match: str | None = None, force: bool = False
    ) -> dict[str, Any]:
        """Check, validate and write the gold file, and append the change to its history.

        428 without ``if_match`` (the version the edit started from), 409 when it is
        stale, 422 for schema errors, empty required fields or validator errors (the
        last two kept with ``force``).
        """
        path = self._known(article_id)
        if if_match is None:
            raise ReviewError(428, "precondition_required",
                              "send If-Match with the version the edit started from")
        extraction = self.parse(article_id, body)
        text = self.text(article_id, extraction)
        extraction = ground_gold(extraction, text)
        findings = self._validate(extraction, text) + required_findings(extraction)
        errors = [f for f in findings if f.severity == "error"]
        if errors and not force:
            raise ReviewError(
                422,
                "validator",
                f"{len(errors)} validator error(s); save with force to keep them",
                findings=_findings_json(findings),
            )
        extraction.annotation = self._annotation(article_id, extraction, text)
        version = self._write(article_id, path, extraction, if_match)
        # The findings just computed are those of the file written: not validated again.
        cached = self._remember(article_id, version, extraction, text, findings)
        return {
            "saved": extraction.model_dump(mode="json"),
            "score": cached.score,
            "version": version,
            "findings": {"gold": _findings_json(findings)},
            "comparison": comparison_payload(
                cached.comparison, self.predicted_findings(article_id, text), findings,
                _rejected(extraction),
            ),
        }

    def _annotation(self, article_id: str, extraction: ArticleExtraction,
                    text: str | None) -> Annotation:
        """Who, when, from which run; 'reviewed' only when the reviewer says so or when
        every prediction is decided (in the gold, or rejected)."""
        sent = extraction.annotation
        rejected = sorted(_rejected(extraction))
        status = sent.status if sent is not None else None
        if status is None:
            undecided = self.undecided(article_id, extraction, text, frozenset(rejected))
            status = "in_progress" if undecided else "reviewed"
        return Annotation(
            annotator=self.annotator,
            reviewed_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            source_run=str(self.run_dir),
            source_run_id=self.run_id,
            status=status,
            rejected=rejected,
        )

    def undecided(self, article_id: str, gold: ArticleExtraction, text: str | None,
                  rejected: frozenset[str]) -> int:
        """Predictions with no gold counterpart that were not rejected either (one the
        gold differs from was corrected: a decision too)."""
        pred = self.run.articles.get(article_id)
        comp = compare_article(article_id, gold, pred, text, self.tol)
        return sum(p.status == "extra" and fingerprint(p.pred) not in rejected
                   for p in comp.pairs if p.pred is not None)

    def _write(self, article_id: str, path: Path, extraction: ArticleExtraction,
               if_match: str, reverted_to: str | None = None) -> str:
        """Write the file if ``if_match`` is current (its mode kept), log the change."""
        with self._save_lock:
            before = path.read_bytes() if path.is_file() else None
            current = file_version(before)
            if _etag(if_match) != current:
                raise ReviewError(
                    409,
                    "stale",
                    "the gold file changed since it was read; reload it",
                    version=current,
                )
            mode = path.stat().st_mode & 0o777 if before is not None else _new_file_mode()
            atomic_write_json(path, extraction)
            os.chmod(path, mode)
            data = path.read_bytes()
            version = file_version(data)
            self._log(article_id, before, data, current, version, reverted_to)
        return version

    def _log(self, article_id: str, before: bytes | None, after: bytes, previous: str,
             version: str, reverted_to: str | None) -> None:
        old = json.loads(before) if before is not None else None
        new = json.loads(after)
        entries = history.read(self.gold_dir, article_id)
        entry = {
            "version": version,
            "previous_version": previous,
            "annotator": self.annotator,
            "at": new.get("annotation", {}).get("reviewed_at"),
            "run_id": self.run_id,
            "status": new.get("annotation", {}).get("status"),
            "reverted_to": reverted_to,
            "patch": history.json_patch(old, new),
            "document": new,
        }
        if old is not None and history.document_at(entries, previous) is None:
            entry["before"] = old  # a file the app did not write: keep it restorable
        history.append(self.gold_dir, article_id, entry)

    def history(self, article_id: str) -> list[dict[str, Any]]:
        """The article's saves, newest first, with the change each made."""
        self._known(article_id)
        return history.summary(history.read(self.gold_dir, article_id))

    def revert(self, article_id: str, version: str, if_match: str | None) -> dict[str, Any]:
        """Restore the document of an earlier version, as a new save (logged too)."""
        path = self._known(article_id)
        if if_match is None:
            raise ReviewError(428, "precondition_required",
                              "send If-Match with the version the revert started from")
        doc = history.document_at(history.read(self.gold_dir, article_id), version)
        if doc is None:
            raise ReviewError(404, "unknown_version", f"no version {version!r} in the history")
        extraction = ArticleExtraction.model_validate(doc)
        new_version = self._write(article_id, path, extraction, if_match, reverted_to=version)
        text = self.text(article_id, extraction)
        findings = self._validate(extraction, text)
        cached = self._remember(article_id, new_version, extraction, text, findings)
        return {"saved": extraction.model_dump(mode="json"), "version": new_version,
                "score": cached.score}


def _etag(value: str) -> str:
    """``If-Match`` as sent: bare, quoted, or weak (``W/"..."``)."""
    value = value.strip()
    if value.startswith("W/"):
        value = value[2:]
    return value.strip('"')


def _new_file_mode() -> int:
    """What an ordinary new file gets here: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _rejected(gold: ArticleExtraction | None) -> frozenset[str]:
    if gold is None or gold.annotation is None:
        return frozenset()
    return frozenset(gold.annotation.rejected)


def _provenance_run_id(run: Any) -> str | None:
    for ex in run.articles.values():
        if ex.provenance is not None and ex.provenance.run_id:
            return ex.provenance.run_id
    return None


def _language(*extractions: ArticleExtraction | None) -> str | None:
    for e in extractions:
        if e is not None and e.language:
            return e.language
    return None


def review_status(gold: ArticleExtraction | None) -> str:
    """not_started: no gold file; in_progress: saved as a draft; reviewed: otherwise
    (hand-made gold without annotation counts as reviewed)."""
    if gold is None:
        return "not_started"
    if gold.annotation is not None and gold.annotation.status == "in_progress":
        return "in_progress"
    return "reviewed"
