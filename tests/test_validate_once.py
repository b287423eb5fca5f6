"""A one-chunk article is validated once: the article check that may trigger a re-ask
already read the whole text, and its findings are the record's final findings.

The reuse rests on one property, held here over the gold records and every seeded
mutant of them: validating a bare draft (validators ground quotes themselves) gives
exactly the findings of validating the grounded record the pipeline writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_support import grounded, write_articles

import extractor.validators as validators
from extractor.articles import read_article
from extractor.backends import make_backend
from extractor.grounding import ground_extraction
from extractor.pipeline import ExtractOptions, run_extraction
from extractor.schemas import ArticleExtraction, ExtractionDraft, Meeting
from extractor.testing import ScriptedOpenAIServer
from extractor.validators.mutations import KINDS, mutants
from extractor.validators.reask import validate_draft

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLD = sorted((CORPUS / "gold").glob("*.json"))


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem[:12])
def test_draft_check_and_final_validation_agree_on_gold_and_mutants(gold: Path):
    article = read_article(CORPUS / "articles" / f"{gold.stem}.txt")
    record = ArticleExtraction.model_validate_json(gold.read_text(encoding="utf-8"))
    records = [record] + [m.record for kind in KINDS for seed in range(2)
                          for m in mutants(record, article.text, kind, seed=seed)]
    assert len(records) > 20
    errors_seen = 0
    for rec in records:
        draft = ExtractionDraft.model_validate(rec.model_dump(include={"meetings"}))
        checked = validate_draft(draft, article.text, article.language)
        final = ArticleExtraction(article_id=article.id, language=article.language,
                                  meetings=[Meeting.model_validate(m.model_dump()) for m in draft.meetings])
        ground_extraction(final, article.text)
        assert checked == validators.validate_extraction(final, article.text, article.language)
        errors_seen += any(f.severity == "error" for f in checked)
    assert errors_seen > 0  # the mutants did produce errors to compare


def test_pipeline_validates_a_one_chunk_article_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    calls: list[str] = []
    real = validators.validate_extraction

    def counting(extraction, text, language=None):
        calls.append(text)
        return real(extraction, text, language)

    monkeypatch.setattr(validators, "validate_extraction", counting)
    import extractor.validators.reask as reask

    monkeypatch.setattr(reask, "validate_extraction", counting)
    write_articles(tmp_path / "in", 3)
    with ScriptedOpenAIServer(responder=grounded) as srv:
        backend = make_backend("openai", base_url=srv.base_url, api_key="sk-test-once")
        summary = run_extraction([tmp_path / "in"], tmp_path / "out", backend, ExtractOptions(),
                                 cache=None)
    assert summary.counts() == {"ok": 3}
    texts = {read_article(r.path).text for r in summary.results}
    assert sorted(calls.count(t) for t in texts) == [1, 1, 1]  # once per article, not twice
    for r in summary.results:
        written = ArticleExtraction.model_validate_json((tmp_path / "out" / f"{r.article_id}.json").read_text())
        article = read_article(r.path)
        assert written.findings == real(written, article.text, article.language)
