"""The written test sets (``corpus/editions``, ``corpus/heldout/*``) are what their story
sources say: building a copy of ``src/`` gives the same articles, gold and manifest, and
every gold quote is exact in its article (a hand edit of a built file would drift)."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from extractor.articles import read_article
from extractor.grounding import ground
from extractor.schemas import ArticleExtraction, MatchStatus

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SETS = [CORPUS / "editions", *sorted(p.parent for p in (CORPUS / "heldout").glob("*/src")
                                     if (p.parent / "manifest.json").is_file())]


def _build_module():
    spec = importlib.util.spec_from_file_location("story_build", CORPUS / "editions" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", SETS, ids=lambda p: str(p.relative_to(CORPUS)))
def test_built_files_match_their_sources(folder, tmp_path):
    shutil.copytree(folder / "src", tmp_path / "src")
    assert _build_module().build(tmp_path) == 0
    for name in ("manifest.json", "links.json"):
        assert (tmp_path / name).read_text("utf-8") == (folder / name).read_text("utf-8"), name
    for sub in ("articles", "gold"):
        built = {p.name: p.read_text("utf-8") for p in (tmp_path / sub).iterdir()}
        stored = {p.name: p.read_text("utf-8") for p in (folder / sub).iterdir()}
        assert built == stored, sub


@pytest.mark.parametrize("folder", SETS, ids=lambda p: str(p.relative_to(CORPUS)))
def test_gold_quotes_are_exact_and_languages_match(folder):
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest
    for row in manifest:
        text = read_article(folder / row["file"]).text
        gold = ArticleExtraction.model_validate_json(
            (folder / "gold" / f"{row['id']}.json").read_text("utf-8"))
        assert gold.language == row["language"] == read_article(folder / row["file"]).language
        for m in gold.meetings:
            for quote in [a.name_in_text for a in m.attendees] + \
                    [k.evidence for k in m.kpis] + [d.evidence for d in m.directives]:
                assert ground(quote, text).status == MatchStatus.exact, (row["id"], quote)
