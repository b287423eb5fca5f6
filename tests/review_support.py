"""Shared set-up of the review app tests: a run, a gold directory and article texts,
and the real server on a free port."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from extractor.grounding import ground_extraction
from extractor.schemas import ArticleExtraction
from extractor.validators import validate_extraction
from extractor.validators.coverage import coverage

REPO = Path(__file__).resolve().parents[1]
TOKEN = "test-token-123"
HOSTILE = "\n\n<script>window.__pwned = 1</script><img src=x onerror='window.__pwned = 2'>"
HOSTILE_FIELD = "Report <b>back</b><script>window.__pwned = 3</script>"


def example() -> dict[str, Any]:
    return json.loads((REPO / "tests" / "data" / "review_example.json").read_text(encoding="utf-8"))


def write(directory: Path, extraction: ArticleExtraction) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{extraction.article_id}.json"
    path.write_text(extraction.model_dump_json(indent=2), encoding="utf-8")
    return path


def make_dirs(root: Path) -> dict[str, Path]:
    """Three articles in the run:

    * ``ex_a``: gold exists; the run got one KPI value wrong (999) and missed a KPI;
    * ``ex_b``: gold equal to the run; the article and a directive contain markup;
    * ``ex_new``: no gold yet; the run has the example's records.
    """
    ex = example()
    dirs = {k: root / k for k in ("gold", "run", "articles")}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    for aid, lang in (("ex_a", "en"), ("ex_b", "en"), ("ex_new", "en")):
        text = ex["text"] + (HOSTILE if aid == "ex_b" else "")
        (dirs["articles"] / f"{aid}.txt").write_text(text, encoding="utf-8")
        gold = ArticleExtraction(article_id=aid, language=lang, meetings=ex["output"]["meetings"])
        ground_extraction(gold, text)
        pred = gold.model_copy(deep=True)
        if aid == "ex_a":
            pred.meetings[0].kpis[0].value = 999
            del pred.meetings[0].kpis[2]
        if aid == "ex_b":
            pred.meetings[0].directives[0].action = HOSTILE_FIELD
            gold = pred.model_copy(deep=True)
        if aid != "ex_new":
            write(dirs["gold"], gold)
        # as a run writes it: its validator findings (a signal of its confidence)
        pred.findings = validate_extraction(pred, text)
        pred.coverage = coverage(pred, text, lang)  # ex_a: the missed KPI's figure
        write(dirs["run"], pred)
    return dirs


def request(
    url: str,
    method: str = "GET",
    body: Any = None,
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
) -> tuple[int, Any, dict[str, str]]:
    """(status, JSON body or text, headers) of one HTTP request, errors included."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            status, payload, hdrs = resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        status, payload, hdrs = exc.code, exc.read(), dict(exc.headers)
    text = payload.decode("utf-8")
    try:
        return status, json.loads(text), hdrs
    except ValueError:
        return status, text, hdrs
