"""The record contract: field names, exported JSON Schema kept in sync."""

from __future__ import annotations

import json

import jsonschema
import pytest
from pydantic import ValidationError

from extractor.schemas import ArticleExtraction, ExtractionDraft
from extractor.schemas.export import SCHEMA_DIR, schema_documents

CONTRACT = {
    "ArticleExtraction": {"article_id", "language", "meetings"},
    "Meeting": {"kind", "title", "date", "location", "attendees", "kpis", "directives"},
    "Attendee": {"name", "name_in_text", "titles", "role"},
    "KPI": {"indicator", "value", "unit", "scale", "qualifier", "out_of", "period", "target", "evidence"},
    "Directive": {"issuer", "addressee", "action", "deadline", "evidence"},
}


def test_exported_schema_files_are_up_to_date():
    for name, doc in schema_documents().items():
        on_disk = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
        assert on_disk == doc, f"{name} is stale: run python -m extractor.schemas.export"


def test_contract_fields_are_present():
    doc = schema_documents()["article_extraction.schema.json"]
    defs = {**doc["$defs"], "ArticleExtraction": doc}
    for model, fields in CONTRACT.items():
        assert fields <= set(defs[model]["properties"]), model
    kinds = set(defs["MeetingKind"]["enum"])
    assert kinds == {"working_session", "conference", "congress", "visit", "ceremony", "other"}
    assert set(defs["Role"]["enum"]) == {"chair", "speaker", "attendee"}
    assert set(defs["Qualifier"]["enum"]) == {"exact", "over", "under", "about"}


def test_gold_files_validate_against_exported_schema(corpus_dir):
    schema = json.loads((SCHEMA_DIR / "article_extraction.schema.json").read_text(encoding="utf-8"))
    files = sorted((corpus_dir / "gold").glob("*.json"))
    assert len(files) == 5
    for f in files:
        jsonschema.validate(json.loads(f.read_text(encoding="utf-8")), schema)


def test_bad_enum_and_types_are_rejected():
    with pytest.raises(ValidationError):
        ExtractionDraft.model_validate({"meetings": [{"kind": "party", "title": "x"}]})
    with pytest.raises(ValidationError):
        ArticleExtraction.model_validate({"article_id": "a", "language": "pl", "meetings": [
            {"kind": "conference", "title": "x", "kpis": [{"indicator": "i", "value": "many",
                                                          "unit": "%", "evidence": "e"}]}]})
