"""The multilingual keywords of schemas/indicators.json: every code has some in each
language written for all codes, and each keyword, quoted alone, codes its own indicator
among the indicators of its unit family (no neighbour shares it or outbids it)."""

from __future__ import annotations

import pytest

from extractor.linking import indicators as ind

# Languages whose keywords were written for every code (docs/linking.md says how).
COVERED = ("ru", "de", "zh", "pl", "ja", "fr", "uk", "es", "ko", "ar", "it", "pt", "th", "id",
           "hi", "tr", "ms", "bn", "he", "el", "cs", "hu", "nl", "sv", "fa")

CODES = [i for i in ind.catalogue() if i.code != ind.OTHER]


@pytest.mark.parametrize("lang", COVERED)
def test_every_indicator_has_keywords_in_each_covered_language(lang):
    assert [i.code for i in CODES if not i.keywords.get(lang)] == []


def _family(family: str) -> list:
    return [p for p in ind._prepared() if p.indicator.family == family]


@pytest.mark.parametrize("lang", COVERED)
def test_a_keyword_quoted_alone_codes_its_own_indicator(lang):
    """A keyword two indicators of one family share ties (and codes nothing); one that
    an inflected or longer keyword of a neighbour also fits is outbid."""
    families = {i.family: _family(i.family) for i in CODES}
    wrong = [(i.code, kw, got) for i in CODES for kw in i.keywords.get(lang, ())
             if (got := ind._from_evidence(families[i.family], kw)) != i.code]
    assert wrong == []


def test_no_folded_keyword_is_listed_twice_within_a_family():
    seen: dict[tuple[str, str], str] = {}
    shared = []
    for i in CODES:
        for lang in COVERED:
            for kw in dict.fromkeys(k.casefold() for k in i.keywords.get(lang, ())):
                key = (i.family, kw)
                if key in seen and seen[key] != i.code:
                    shared.append((seen[key], i.code, kw))
                seen.setdefault(key, i.code)
    assert shared == []


def test_quotes_in_hindi_turkish_and_czech_are_coded():
    assert ind.indicator_code("rate", "%", "गरीबी दर घटकर 3% रह गई") == "poverty_rate"
    assert ind.indicator_code("rate", "%", "işsizlik oranı %2 oldu") == "unemployment_rate"
    assert ind.indicator_code("value", "million USD", "ihracatın değeri 900 milyon dolar") \
        == "exports"
    assert ind.indicator_code("rate", "%", "míra nezaměstnanosti klesla na 2 %") \
        == "unemployment_rate"


def test_a_growth_word_in_the_quotes_language_lets_a_growth_code_be_chosen():
    """Growth codes require a growth word; the article's own word counts too."""
    assert ind.indicator_code("las exportaciones crecieron un 12 %", "%",
                              "las exportaciones crecieron un 12 %") == "exports_growth"
    assert ind.indicator_code("экспорт вырос на 15 %", "%", "экспорт вырос на 15 %") \
        == "exports_growth"
    assert ind.indicator_code("la cobertura forestal aumentó al 42 %", "%",
                              "la cobertura forestal aumentó al 42 %") == "forest_cover"


@pytest.mark.parametrize(("quote", "unit", "code"), [
    ("全省出口额同比增长12.5%", "%", "exports_growth"),
    ("省の輸出額は前年比12.5%増加した", "%", "exports_growth"),
    ("성의 수출액은 전년 대비 12.5% 증가했다", "%", "exports_growth"),
    ("มูลค่าการส่งออกของจังหวัดเพิ่มขึ้น 12.5%", "%", "exports_growth"),
    ("全省财政收入增长8%", "%", "budget_revenue_growth"),
    ("มีตำบลที่ผ่านเกณฑ์ชนบทใหม่ 120 ตำบล", "communes", "new_rural_communes"),
    ("全省出口额达到12.5亿美元", "million USD", "exports"),
])
def test_required_words_count_inside_a_quote_written_without_spaces(quote, unit, code):
    """Folding makes a Chinese, Japanese or Thai clause one token, so a growth or commune
    word is looked for inside it; the quote is also the indicator (the reader's guess)."""
    assert ind.indicator_code(quote, unit, quote) == code


def test_without_a_growth_word_an_unspaced_quote_gets_no_growth_code():
    quote = "全省出口额为12.5%"
    assert ind.indicator_code(quote, "%", quote) != "exports_growth"
