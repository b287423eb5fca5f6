"""Indicator codes for KPIs from articles outside the corpus: the paraphrase set in 16
languages (tests/data/indicator_paraphrases.json), with the figures the README gives."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.linking.indicators import catalogue, indicator_code

ITEMS = json.loads((Path(__file__).parent / "data" / "indicator_paraphrases.json")
                   .read_text(encoding="utf-8"))["items"]


def _right(items: list[dict], untranslated: bool = False) -> float:
    coded = [i for i in items if i["code"] != "other"]
    got = [indicator_code(i["evidence"] if untranslated else i["indicator"], i["unit"],
                          i["evidence"]) for i in coded]
    return sum(g == i["code"] for g, i in zip(got, coded, strict=True)) / len(coded)


def test_the_set_covers_ten_languages_and_only_known_codes():
    assert len({i["lang"] for i in ITEMS}) >= 10
    assert {i["code"] for i in ITEMS} <= {c.code for c in catalogue()}


def test_most_paraphrased_kpis_get_the_right_code():
    assert _right(ITEMS) >= 0.85


def test_an_indicator_left_in_the_articles_language_is_coded_from_its_quote():
    assert _right([i for i in ITEMS if i["lang"] != "en"], untranslated=True) >= 0.85


def test_every_code_names_its_source():
    doc = json.loads((Path(__file__).parent.parent / "schemas" / "indicators.json")
                     .read_text(encoding="utf-8"))
    assert all(e.get("source") for e in doc["indicators"])


def test_quotes_match_inflected_words_and_unspaced_scripts():
    assert indicator_code("level", "%", "уровень бедности снизился") == "poverty_rate"
    assert indicator_code("level", "%", "уровня бедности") == "poverty_rate"
    assert indicator_code("rate", "%", "森林覆盖率达到52%") == "forest_cover"
    assert indicator_code("rate", "%", "อัตราการว่างงาน 2%") == "unemployment_rate"


HELD_OUT = json.loads((Path(__file__).parent / "data" / "indicator_paraphrases_heldout.json")
                      .read_text(encoding="utf-8"))["items"]


def test_the_held_out_set_covers_ten_languages_and_only_known_codes():
    assert len({i["lang"] for i in HELD_OUT}) >= 10
    assert {i["code"] for i in HELD_OUT} <= {c.code for c in catalogue()}


def test_a_held_out_kpi_never_gets_a_wrong_code():
    """Misses on the held-out set fall back to ``other``; none is coded as another code."""
    got = [indicator_code(i["indicator"], i["unit"], i["evidence"]) for i in HELD_OUT]
    assert [g for g, i in zip(got, HELD_OUT, strict=True) if g not in (i["code"], "other")] == []
