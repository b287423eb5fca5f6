"""Reader-first against free mode on the scripted OpenAI-compatible server.

    .venv/bin/python bench/reader_first.py

The server answers every article with its gold records: in free mode as the full
records, in reader-first mode mapped onto the draft's ids
(:mod:`extractor.testing.reader_answers`). Prints, per mode, completion and prompt
tokens per article, re-asks, repairs and F1 against gold (corpus + editions).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from extractor.backends import make_backend
from extractor.glean import GLEAN_INSTRUCTION
from extractor.pipeline import ExtractOptions, run_extraction
from extractor.rundir import read_records
from extractor.testing import Answer, ScriptedOpenAIServer
from extractor.testing.reader_answers import article_in_request, reader_answer

SETS = [("corpus/articles", "corpus/gold"), ("corpus/editions/articles", "corpus/editions/gold")]
_GROUNDING = {"name_grounding", "evidence_grounding"}


def gold_responder(gold: dict[str, Any]):
    def respond(request: dict[str, Any], index: int) -> Answer:
        messages = request.get("messages") or []
        if messages and messages[0].get("content") == GLEAN_INSTRUCTION:
            return Answer({"kpis": []})
        found = article_in_request(request)
        record = gold[found[0]]
        if "\nDraft:\n" in str(messages[-1].get("content")):
            return Answer(_no_nulls(reader_answer(record, found[2], found[1])))
        meetings = []
        for m in record.meetings:
            d = m.model_dump(mode="json")
            for name in ("attendees", "kpis", "directives"):
                d[name] = [{k: v for k, v in x.items() if k not in _GROUNDING} for x in d[name]]
            meetings.append(d)
        return Answer(_no_nulls({"meetings": meetings}))
    return respond


def _no_nulls(obj: Any) -> Any:
    """Both modes' answers without null fields, as models in tools mode write them."""
    if isinstance(obj, dict):
        return {k: _no_nulls(v) for k, v in obj.items() if v is not None}
    if isinstance(obj, list):
        return [_no_nulls(v) for v in obj]
    return obj


def run(mode: str, work: Path, gold: dict, articles: Path) -> dict[str, Any]:
    out = work / mode
    with ScriptedOpenAIServer(responder=gold_responder(gold)) as server:
        backend = make_backend("openai", base_url=server.base_url, model="scripted", api_key="x")
        summary = run_extraction([articles], out, backend,
                                 ExtractOptions(concurrency=8, draft=mode, use_cache=False))
    rs = summary.results
    n = max(len(rs), 1)
    return {"completion/article": sum(r.completion_tokens for r in rs) / n,
            "prompt/article": sum(r.prompt_tokens for r in rs) / n,
            "requests": sum(r.requests for r in rs), "reasks": sum(r.reasks for r in rs),
            "repairs": sum(r.repairs for r in rs), "flagged": sum(r.flagged_records for r in rs),
            "out": out}


def main() -> None:
    from extractor.eval import score_runs

    work = Path(tempfile.mkdtemp(prefix="reader-first-"))
    articles, golds = work / "articles", work / "gold"
    articles.mkdir()
    golds.mkdir()
    gold = {}
    for adir, gdir in SETS:
        for g in sorted(Path(gdir).glob("*.json")):
            shutil.copy(g, golds / g.name)
            shutil.copy(Path(adir) / f"{g.stem}.txt", articles / f"{g.stem}.txt")
            gold[g.stem] = read_records(gdir).articles[g.stem]
    try:
        for mode in ("none", "reader"):
            figures = run(mode, work, gold, articles)
            rep = score_runs(figures.pop("out"), golds, articles_dir=articles, anls=False)
            print(f"{mode:6s} " + " ".join(f"{k} {v:.0f}" if isinstance(v, float) else f"{k} {v}"
                                           for k, v in figures.items())
                  + f" F1 {rep.overall.f1:.3f} (" + ", ".join(
                      f"{t} {p.f1:.3f}" for t, p in rep.per_type.items()) + ")")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
