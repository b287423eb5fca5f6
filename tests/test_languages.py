"""The language-data loader: one layout, one code normaliser, malformed files named."""

from __future__ import annotations

import json
import unicodedata

import pytest

import extractor.languages as languages
from extractor.languages import (
    LanguageDataError,
    coverage_table,
    entry_regex,
    format_table,
    knowledge,
    load_file,
    normalise_code,
    spellings,
)
from extractor.numbers import conventions


@pytest.mark.parametrize(("code", "expected"), [
    ("en-GB", "en"), ("en_IN", "en"), ("PL", "pl"), (" vi ", "vi"), ("nb", "no"), ("nn", "no"),
    ("no", "no"), ("nb-NO", "no"), ("iw", "he"), ("in", "id"), ("zh-Hant", "zh"), ("tl", "tl"),
    (None, None), ("", None),
])
def test_normalise_code_is_the_one_rule(code, expected):
    assert normalise_code(code) == expected


def test_every_caller_normalises_the_same_way():
    from extractor.numbers.locale_data import babel_locales
    from extractor.validators.context import language_of

    # Bokmål and Nynorsk read with one Norwegian table, whatever the caller
    assert language_of("nn") == language_of("nb") == "no"
    assert conventions("nn") is conventions("no") is conventions("nb-NO")
    assert babel_locales("nn") == babel_locales("no") == ("nb", "nn")
    assert conventions("nn").qualifiers_before["drøyt"] == "over"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(languages, "DATA_DIR", tmp_path)
    languages.knowledge.cache_clear()
    yield tmp_path
    languages.knowledge.cache_clear()


@pytest.mark.parametrize(("kind", "content", "problem"), [
    ("numbers", "{not json", "cannot be read as JSON"),
    ("numbers", "[1, 2]", "expected a JSON object, found list"),
    ("numbers", json.dumps({"range_to": "to"}), "'range_to' must be a list of strings"),
    ("numbers", json.dumps({"scale_words": {"mln": "6"}}), "'scale_words' must map words"),
    ("numbers", json.dumps({"qualifiers_before": {"more": ["x"]}}), "over/under/about"),
    ("coverage", json.dumps({"anniversary": [1]}), "'anniversary' must be a list of strings"),
    ("dates", json.dumps({"day_suffixes": ""}), "'day_suffixes' must be a list of strings"),
])
def test_malformed_file_is_refused_with_its_name(data_dir, kind, content, problem):
    import extractor.numbers.dates  # noqa: F401 - declares the dates shape
    import extractor.validators.coverage  # noqa: F401 - declares the coverage shape

    path = data_dir / "xx" / f"{kind}.json"
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LanguageDataError) as err:
        knowledge("xx", kind)
    assert str(path) in str(err.value)
    assert problem in str(err.value)


def test_a_well_formed_file_is_read_in_nfc(data_dir):
    path = data_dir / "xx" / "numbers.json"
    path.parent.mkdir()
    decomposed = unicodedata.normalize("NFD", "khoảng")
    path.write_text(json.dumps({"qualifiers_before": {"about": [decomposed]}}), encoding="utf-8")
    assert knowledge("xx", "numbers") == {"qualifiers_before": {"about": ["khoảng"]}}
    assert knowledge("xx", "directives") == {}  # a kind the language has no file of


def test_shipped_files_all_load():
    for row in coverage_table():
        for kind in row:
            if kind != "language" and row[kind]:
                assert load_file(languages.DATA_DIR / row["language"] / f"{kind}.json")


def test_table_of_languages_and_kinds():
    rows = {r["language"]: r for r in coverage_table()}
    assert {"numbers", "coverage", "dates"} <= set(rows["vi"])
    assert rows["vi"]["numbers"] > 0 and rows["vi"]["coverage"] > 0 and rows["vi"]["dates"] > 0
    assert rows["mul"]["numbers"] > 0  # what no one language owns
    table = format_table(list(rows.values()))
    assert table.splitlines()[0].split() == ["language", *sorted(set(rows["vi"]) - {"language"})]
    assert table.splitlines()[-1].startswith("total")


def test_cli_prints_the_table():
    from typer.testing import CliRunner

    from extractor.cli import app

    result = CliRunner().invoke(app, ["languages", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert any(r["language"] == "pl" and r["numbers"] > 0 for r in rows)


def test_spellings_cover_precomposed_nukta_letters():
    # क़रोड़ with ड़ precomposed (U+095C) is NFC-decomposed; both spellings are matched
    nfc = unicodedata.normalize("NFC", "\u0915\u0930\u094b\u095c")
    assert "\u0915\u0930\u094b\u095c" in spellings(nfc)
    assert nfc in spellings("\u0915\u0930\u094b\u095c")


@pytest.mark.parametrize(("entry", "text", "hit"), [
    ("uchwa*", "uchwały", True),
    ("no", "No", True),
    ("no", "piano", False),  # a Latin word starts at a word boundary
    ("re:lat\\b", "lat", True),
    ("re:lat\\b", "latem", False),
    ("قرار", "والقرار", True),  # Arabic prefixes attach: no boundary
])
def test_entry_syntax(entry, text, hit):
    import re

    pattern = re.compile(entry_regex(entry, word_start=True) + "$", re.IGNORECASE)
    assert bool(pattern.search(text)) is hit


def test_percent_unit_names_come_from_cldr_in_every_plural_form():
    # Ukrainian CLDR: відсоток / відсотки / відсотків / відсотка, none of them hand-kept
    assert "відсотки" not in knowledge("uk", "numbers").get("percent_words_after", [])
    assert {"відсоток", "відсотки", "відсотків", "відсотка"} <= set(conventions("uk").percent_words)
    # Turkish writes it before the digits ("yüzde 6,5"), and CLDR says so
    assert "yüzde" in conventions("tr").percent_words_before
    assert "ca." in conventions("no").qualifiers_before  # CLDR's approximately sign


def test_article_text_is_read_in_nfc(tmp_path):
    from extractor.articles import read_article

    path = tmp_path / "a.txt"
    decomposed = unicodedata.normalize("NFD", "Thu ngân sách đạt 12,5 nghìn tỷ đồng.")
    path.write_text(decomposed, encoding="utf-8")
    text = read_article(path).text
    assert text == unicodedata.normalize("NFC", decomposed) != decomposed
