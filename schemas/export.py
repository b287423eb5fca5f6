"""Export the contract as JSON Schema files (``python -m extractor.schemas.export``)."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.schemas.records import ArticleExtraction, ExtractionDraft

SCHEMA_DIR = Path(__file__).resolve().parent
SCHEMA_FILES = {
    "article_extraction.schema.json": ArticleExtraction,
    "extraction_draft.schema.json": ExtractionDraft,
}


def schema_documents() -> dict[str, dict]:
    return {name: model.model_json_schema() for name, model in SCHEMA_FILES.items()}


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    written = []
    for name, doc in schema_documents().items():
        path = directory / name
        path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write_schemas():
        print(p)
