"""Held-out set 2 for indicator coding is well formed.

Only the shape of the data is checked here; how well the coder does on it is measured by
bench/indicators.py, so that no test pins scores on a set meant to stay held out.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from extractor.linking.indicators import catalogue

PATH = Path(__file__).parent / "data" / "indicator_paraphrases_heldout2.json"
FIELDS = ("lang", "indicator", "unit", "evidence", "code")

# The units the items carry, by the catalogue's unit families. Per-mille rates, scores,
# years and per-10,000 ratios sit in the "count" family, as the catalogue files them.
UNIT_FAMILY = {
    "%": "percent",
    "VND": "money", "million VND": "money", "billion VND": "money", "million USD": "money",
    "ha": "area",
    "tonnes": "mass",
    "households": "count", "communes": "count", "villages": "count", "districts": "count",
    "visitors": "count", "arrivals": "count", "people": "count", "workers": "count",
    "enterprises": "count", "projects": "count", "products": "count", "schools": "count",
    "houses": "count", "tasks": "count", "targets": "count", "criteria": "count",
    "party members": "count", "units": "count", "procedures": "count", "doctors": "count",
    "beds": "count", "years": "count", "points": "count", "cooperatives": "count",
    "‰": "count",
}


def _items() -> list[dict]:
    return json.loads(PATH.read_text(encoding="utf-8"))["items"]


def test_every_item_has_the_fields_filled() -> None:
    for item in _items():
        assert all(isinstance(item.get(f), str) and item[f].strip() for f in FIELDS), item


def test_every_code_is_in_the_catalogue() -> None:
    codes = {indicator.code for indicator in catalogue()}
    assert {item["code"] for item in _items()} - codes == set()


def test_units_fit_the_family_of_their_code() -> None:
    family = {indicator.code: indicator.family for indicator in catalogue()}
    for item in _items():
        if item["code"] != "other":
            assert UNIT_FAMILY[item["unit"]] == family[item["code"]], item


def test_set_is_large_and_spread_over_languages() -> None:
    items = _items()
    per_lang = Counter(item["lang"] for item in items)
    assert len(items) >= 100
    assert len(per_lang) >= 15
    assert min(per_lang.values()) >= 6


def test_some_items_are_outside_the_catalogue() -> None:
    others = sum(item["code"] == "other" for item in _items())
    assert others >= len(_items()) // 20


def test_every_evidence_quotes_a_figure() -> None:
    # \d matches any Unicode decimal digit, so Thai, Bengali and Persian digits count.
    for item in _items():
        assert re.search(r"\d", item["evidence"]), item
