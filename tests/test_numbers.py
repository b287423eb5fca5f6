"""Reading figures in many languages: corpus sentences, written sentences, properties."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from babel import Locale
from babel.numbers import format_decimal, format_percent
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from validator_samples import article_text

from extractor.numbers import SUPPORTED_LANGUAGES, conventions, find_numbers, numbers_in_span
from extractor.numbers.locale_data import babel_locales
from extractor.numbers.words import written_in_words


def one(text: str, language: str | None, needle: str | None = None):
    """The figure whose text contains ``needle`` (or the only figure)."""
    found = find_numbers(text, language)
    if needle is not None:
        found = [m for m in found if needle in m.text]
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# --------------------------------------------------------------------------- corpus


def test_polish_corpus_figures_with_spaces_comma_and_scale_words():
    text = article_text("003_286f9ef8ca64527d")
    turnover = one(text, "pl", "1 299")
    assert turnover.readings == (1299.0,)
    assert turnover.scales == (1e6,) and turnover.scale_word == "mln"
    assert turnover.qualifier == "over" and turnover.qualifier_text == "ponad"
    revenue = one(text, "pl", "3 312")
    assert revenue.absolute == (3312e9,)
    growth = one(text, "pl", "6,52")
    assert growth.readings == (6.52,) and growth.percent
    assert growth.fraction_digits == (2,)


def test_arabic_corpus_group_comma_scale_word_and_arabic_percent_sign():
    text = article_text("001_ea5dfece83b2c6ba")
    level = one(text, "ar", "14,963")
    assert level.readings == (14963.0,) and level.scales == (1e9,)
    share = one(text, "ar", "89.4")
    assert share.percent and share.text.endswith("٪")
    land = one(text, "ar", "680")
    assert land.qualifier == "over" and land.qualifier_text == "أكثر من"
    communes = [m for m in find_numbers(text, "ar") if m.role == "numerator"]
    assert [(m.value, m.out_of) for m in communes] == [(21.0, (21.0,))]
    income = one(text, "ar", "59.27")
    assert income.scales == (1e6,)


def test_ukrainian_corpus_ratios_and_qualifiers():
    text = article_text("002_875932fb6ed4ed16")
    ratios = [(m.value, m.out_of) for m in find_numbers(text, "uk") if m.role == "numerator"]
    assert ratios == [(4.0, (34.0,)), (3.0, (34.0,)), (20.0, (34.0,)), (7.0, (34.0,))]
    fifty = [m for m in find_numbers(text, "uk") if m.text == "50%"]
    assert [m.qualifier for m in fifty] == ["over", "under"]


def test_norwegian_corpus_percent_per_year_and_millions():
    text = article_text("004_864989ccc595ae6a")
    rate = one(text, "no", "9 %")
    assert rate.percent and rate.qualifier == "over" and rate.role == "number"
    income = one(text, "no", "46")
    assert income.scales == (1e6,) and income.scale_word == "millioner"
    period = [m for m in find_numbers(text, "no") if m.role.startswith("range")]
    assert period[0].range == (2021.0, 2023.0)


def test_numbers_in_span_returns_only_figures_inside():
    text = article_text("003_286f9ef8ca64527d")
    start = text.index("Całkowite obroty")
    end = text.index("Całkowite dochody")
    inside = numbers_in_span(text, start, end, "pl")
    assert [m.value for m in inside] == [1299.0, 77.0, 45.0, 28.0]


# --------------------------------------------------------------------------- written sentences


@pytest.mark.parametrize(
    ("language", "text", "needle", "readings", "scales", "percent", "qualifier"),
    [
        ("vi", "Tổng thu ngân sách đạt hơn 3.312 tỷ đồng", "3.312", (3312.0,), (1e9,), False, "over"),
        ("vi", "tăng 6,52% so với cùng kỳ", "6,52", (6.52,), (), True, None),
        ("vi", "khoảng 1.299 triệu USD", "1.299", (1299.0,), (1e6,), False, "about"),
        ("vi", "đạt 2 nghìn tỉ đồng", "2", (2.0,), (1e12,), False, None),
        ("en", "output reached 14,963 billion dong", "14,963", (14963.0,), (1e9,), False, None),
        ("en", "nearly 40% of households", "40", (40.0,), (), True, "about"),
        ("en", "over 3 lakh people", "3", (3.0,), (1e5,), False, "over"),
        ("en", "2 crore rupees", "2", (2.0,), (1e7,), False, None),
        ("de", "Der Umsatz lag bei rund 1.234,5 Mio. Euro", "1.234,5", (1234.5,), (1e6,), False, "about"),
        ("fr", "soit plus de 1\u202f234,5 millions d’euros", "234", (1234.5,), (1e6,), False, "over"),
        ("es", "más de 3.500 millones de euros", "3.500", (3500.0,), (1e6,), False, "over"),
        ("pt", "cerca de 2,5 mil milhões", "2,5", (2.5,), (1e9,), False, "about"),
        ("nl", "meer dan 12,5 procent", "12,5", (12.5,), (), True, "over"),
        ("sv", "drygt 4\u00a0500 miljoner kronor", "4", (4500.0,), (1e6,), False, "over"),
        ("cs", "přes 3,2 mld. Kč", "3,2", (3.2,), (1e9,), False, "over"),
        ("ro", "peste 7,5 milioane de lei", "7,5", (7.5,), (1e6,), False, "over"),
        ("ru", "более 3,5 млрд рублей", "3,5", (3.5,), (1e9,), False, "over"),
        ("uk", "понад 120 тис. гривень", "120", (120.0,), (1e3,), False, "over"),
        ("pl", "około 57 tys. mieszkańców", "57", (57.0,), (1e3,), False, "about"),
        ("he", "כ-50% מהתושבים", "50", (50.0,), (), True, "about"),
        ("he", "3 מיליארד שקל", "3", (3.0,), (1e9,), False, None),
        ("hi", "5 लाख लोग", "5", (5.0,), (1e5,), False, None),
        ("hi", "100 से अधिक गांव", "100", (100.0,), (), False, "over"),
        ("hi", "12,34,567.8 रुपये", "12", (1234567.8,), (), False, None),
        ("ur", "تقریباً 2 کروڑ روپے", "2", (2.0,), (1e7,), False, "about"),
        ("th", "ประมาณ 5 ล้าน บาท", "5", (5.0,), (1e6,), False, "about"),
        ("zh", "营收达到3.5亿元", "3.5", (3.5,), (1e8,), False, None),
        ("zh", "超过100万人", "100", (100.0,), (1e4,), False, "over"),
        ("ja", "約120億円", "120", (120.0,), (1e8,), False, "about"),
        ("ja", "100万人以上", "100", (100.0,), (1e4,), False, "over"),
        ("ko", "3억 원 이상", "3", (3.0,), (1e8,), False, "over"),
        ("ko", "약 50%", "50", (50.0,), (), True, "about"),
        ("ar", "١٤٫٩٦٣ مليار دونج", "١٤", (14.963,), (1e9,), False, None),
        ("ar", "أكثر من 3 مليارات دونج", "3", (3.0,), (1e9,), False, "over"),
        ("fa", "۱۴٬۹۶۳ میلیارد", "۱۴", (14963.0,), (1e9,), False, None),
        ("fa", "۵۰٪ رشد", "۵۰", (50.0,), (), True, None),
        ("ja", "５０％の増加", "５０", (50.0,), (), True, None),
        ("tr", "büyüme %25 oldu", "25", (25.0,), (), True, None),
        ("no", "drøyt 9\u00a0%/år", "9", (9.0,), (), True, "over"),
        ("no", "1,2 mrd. kroner", "1,2", (1.2,), (1e9,), False, None),
    ],
)
def test_written_sentences(language, text, needle, readings, scales, percent, qualifier):
    m = one(text, language, needle)
    assert m.readings == readings
    assert m.scales == scales
    assert m.percent is percent
    assert m.qualifier == qualifier


def test_ambiguous_separator_gives_every_reading_the_language_allows():
    assert one("14,963", None).readings == (14963.0, 14.963)  # no language: both
    assert one("14,963", "en").readings == (14963.0,)  # comma groups in English
    assert one("14,963", "pl").readings == (14.963,)  # comma is the Polish decimal point
    assert one("3.312", "vi").readings == (3312.0,)  # dot groups in Vietnamese
    # Polish does not use '.' at all: a Vietnamese-style "3.312" may be either.
    assert set(one("3.312 mld", "pl").readings) == {3312.0, 3.312}
    # Two digits after the separator can only be decimals, whatever the language.
    assert one("6,52", "en").readings == (6.52,)


def test_text_that_mixes_conventions_widens_the_readings():
    # An English text that writes "6,52" shows the comma as a decimal point, so its
    # "14,963" may be fourteen point nine as well as fourteen thousand.
    mixed = find_numbers("growth 6,52% and output 14,963 bn", "en")
    assert set(mixed[1].readings) == {14963.0, 14.963}


def test_dates_are_not_quantities_and_do_not_link():
    found = find_numbers("decyzja z dnia 25.08.2021 r., 12/10/2025 oraz 2024-07-17", "pl")
    assert {m.role for m in found} == {"date"}
    assert all(m.out_of is None and m.range is None for m in found)


def test_ranges_share_sign_and_scale_written_once():
    start, end = find_numbers("a rise of 5–7% and 2-3 mln people", "en")[:2]
    assert start.percent and end.percent and start.range == (5.0, 7.0)
    low, high = find_numbers("2-3 mln people", "en")
    assert low.scales == high.scales == (1e6,)


def test_short_abbreviations_only_glued_to_digits():
    assert one("revenue of 5M dollars", "en").scales == (1e6,)
    assert one("revenue of 5 M dollars", "en").scales == ()


def test_unknown_language_keeps_every_multiplier_of_a_word():
    # "billion" is 1e9 in English but 1e12 in Norwegian and French (long scale).
    assert set(one("3 billion", None).scales) == {1e9, 1e12}
    assert one("3 billion", "en").scales == (1e9,)
    assert one("3 billioner", "no").scales == (1e12,)


def test_scale_words_come_from_cldr():
    conv = conventions("pl")
    assert conv.scale_words["mld"] == (1e9,)
    assert conv.scale_words["miliardów"] == (1e9,)
    assert conventions("ja").scale_words["億"] == (1e8,)
    assert conventions("hi").scale_words["लाख"] == (1e5,)
    assert conventions("tr").percent_prefix and not conventions("en").percent_prefix


@pytest.mark.parametrize(
    ("language", "text", "value", "expected"),
    [
        ("pl", "po czterech latach wdrażania", 4, True),
        ("pl", "po czterech latach wdrażania", 8, False),
        ("uk", "протягом чотирьох років", 4, True),
        ("ar", "بعد ثلاث سنوات", 3, True),
        ("ar", "بعد ثلاث سنوات", 6, False),
        ("no", "mellom styringskomiteens to møter", 2, True),
        ("no", "mellom styringskomiteens to møter", 9, False),
        ("en", "four targets were missed", 4, True),
        ("en", "four targets were missed", 5, False),
        ("xx", "anything", 4, None),
    ],
)
def test_number_words(language, text, value, expected):
    assert written_in_words(text, value, language) is expected


# --------------------------------------------------------------------------- properties

_DIGITS = {"arab": 0x0660, "arabext": 0x06F0, "deva": 0x0966, "beng": 0x09E6, "thai": 0x0E50}


def _native(text: str, language: str) -> str:
    loc = Locale.parse(babel_locales(language)[0])
    system = loc.other_numbering_systems.get("native")
    zero = _DIGITS.get(system)
    if zero is None:
        return text
    return "".join(chr(zero + int(c)) if c.isdigit() and c.isascii() else c for c in text)


def _reads(text: str, language: str, value: Decimal, percent: bool = False) -> None:
    found = [m for m in find_numbers(text, language) if m.role != "date"]
    assert len(found) == 1, (text, [m.text for m in found])
    m = found[0]
    assert any(math.isclose(r, float(value), rel_tol=1e-12, abs_tol=1e-12) for r in m.readings), (
        text, m.readings)
    assert m.percent is percent


_VALUES = st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_VALUES)
def test_formatted_decimal_reads_back(language, value):
    locale = babel_locales(language)[0]
    for system in ("latn", "default"):  # Latin symbols, and the locale's own (Persian ٫ ٬)
        text = format_decimal(value, locale=locale, decimal_quantization=False,
                              numbering_system=system)
        _reads(text, language, value)
        _reads(_native(text, language), language, value)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False,
                         allow_infinity=False))
def test_formatted_percent_reads_back(language, value):
    locale = babel_locales(language)[0]
    for system in ("latn", "default"):
        text = format_percent(value / 100, locale=locale, decimal_quantization=False,
                              numbering_system=system)
        _reads(text, language, value, percent=True)
        _reads(_native(text, language), language, value, percent=True)


@pytest.mark.parametrize(("language", "text", "needle", "percent", "qualifier"), [
    # the percent word before the number, with a qualifier before that
    ("tr", "İhracat yüzde 8,4 arttı", "8,4", True, None),
    ("sw", "Mauzo yalipanda kwa takriban asilimia 8.4", "8.4", True, "about"),
    ("zh", "出口增长百分之8.4", "8.4", True, None),
    ("si", "අපනයන සියයට 8.4 කින් ඉහළ ගියේය", "8.4", True, None),
    # a year before the word is not a percentage; the figure after it is
    ("tr", "2024 yılında yüzde 8", "2024", False, None),
    ("tr", "2024 yılında yüzde 8", "8", True, None),
    # inflected forms are words of their own: the bare form does not match inside them
    ("hu", "az export 8,4 százalékos növekedése", "8,4", True, None),
    ("fi", "vienti kasvoi 8,4 prosentilla", "8,4", True, None),
    ("lt", "eksportas padidėjo 8,4 procentais", "8,4", True, None),
    # glued to the digits and to the word after them
    ("ja", "輸出は8.4パーセント増えた", "8.4", True, None),
    ("ko", "수출이 8.4퍼센트 늘었다", "8.4", True, None),
    # abbreviations of the press
    ("en", "exports rose 6.5 p.c. last year", "6.5", True, None),
    ("de", "die Quote stieg um 6,5 v. H.", "6,5", True, None),
    ("ru", "рост на 6,5 проц.", "6,5", True, None),
    ("uk", "зростання на 6,5 відс.", "6,5", True, None),
    ("no", "en økning på 6,5 pst. i fjor", "6,5", True, None),
    ("da", "en stigning på 6,5 pct.", "6,5", True, None),
    # "PC" abbreviates People's Committee here: never a percent
    ("en", "the 15 PC members", "15", False, None),
    # qualifiers of languages beyond the first list
    ("el", "σχεδόν 8,4 τοις εκατό", "8,4", True, "about"),
    ("ms", "kurang daripada 8.4 peratus", "8.4", True, "under"),
    ("tr", "500'den az kişi", "500", False, "under"),
    ("bn", "৫০০-এর বেশি মানুষ", "৫০০", False, "over"),
])
def test_percent_words_before_and_after_and_their_qualifiers(language, text, needle, percent, qualifier):
    m = one(text, language, needle)
    assert m.percent is percent
    assert m.qualifier == qualifier


def test_languages_cldr_describes_are_read_with_their_own_conventions():
    from extractor.numbers.locale_data import has_conventions
    from extractor.validators.context import language_of

    assert [language_of(c) for c in ("sw", "sk", "tl", "nb", "en-GB")] == ["sw", "sk", "tl", "no", "en"]
    # undetermined (babel would make it en_US), CLDR's root and unknown codes: all languages
    assert [has_conventions(c) for c in ("und", "root", "xx", "zxx")] == [False] * 4
    assert [language_of(c) for c in ("und", "xx", None, "")] == [None] * 4
    # Swahili's percent word is read only where Swahili is the language
    assert one("asilimia 8.4", "sw", "8.4").percent
    assert not one("asilimia 8.4", None, "8.4").percent


def test_scale_words_written_before_the_digits_where_cldr_puts_them_there():
    budget = one("shilingi bilioni 1.2 na milioni 300", "sw", "1.2")
    assert budget.scales == (1e9,) and budget.scale_word == "bilioni"
    assert one("shilingi bilioni 1.2 na milioni 300", "sw", "300").scales == (1e6,)
    assert one("zaidi ya bilioni 1.2", "sw", "1.2").qualifier == "over"  # before the scale word
    # only where the language writes them so: English keeps its words after the digits
    assert one("billion 1.2 dong", "en", "1.2").scales == ()
    assert one("asilimia 6.5 na bilioni 2", "sw", "6.5").scales == ()


@pytest.mark.parametrize(("language", "text", "needle", "qualifier"), [
    ("en", "revenue of more than VND 1.2 trillion", "1.2", "over"),
    ("en", "nearly VND500 billion was disbursed", "500", "about"),
    ("en", "over US$ 48 million in FDI", "48", "over"),
    ("en", "over $48 million", "48", "over"),
    ("en", "about Rs. 500 crore", "500", "about"),
    ("id", "sekitar Rp 1,2 triliun", "1,2", "about"),
    ("es", "más de USD 48 millones", "48", "over"),
    ("no", "over NOK 1,2 mrd.", "1,2", "over"),
    # a capitalised word that is no currency code keeps them apart
    ("en", "more than GDP 6.5", "6.5", None),
])
def test_a_currency_code_between_qualifier_and_figure(language, text, needle, qualifier):
    assert one(text, language, needle).qualifier == qualifier


def test_a_kpi_missing_the_qualifier_before_a_currency_code_is_flagged():
    from extractor.schemas import ArticleExtraction
    from extractor.validators import validate_extraction

    text = "The province's budget revenue reached more than VND 1.2 trillion in 2024."

    def findings(qualifier: str) -> list[str]:
        record = ArticleExtraction.model_validate({"article_id": "t", "language": "en", "meetings": [{
            "kind": "conference", "title": "t", "kpis": [{
                "indicator": "budget revenue", "value": 1.2, "scale": 1e12, "unit": "VND",
                "qualifier": qualifier, "evidence": text}]}]})
        return [f.code for f in validate_extraction(record, text)]

    assert findings("over") == []
    assert findings("exact") == ["qualifier_mismatch"]


@pytest.mark.parametrize(("language", "text", "needle", "percent", "scales", "role"), [
    # what the first figure writes of its own must match the second's, else no range
    ("en", "exports rose 5% to 7 billion dong", "5%", True, (), "number"),
    ("en", "from 120 billion to 150 dong", "120", False, (1e9,), "number"),
    # "and" without an opening word is a list, not a range
    ("en", "rose 5 and 7 percent respectively", "5", False, (), "number"),
    # with both ends written out it is still one range
    ("en", "from 120 billion to 150 billion dong", "120", False, (1e9,), "range_start"),
    ("pl", "między 5 a 7 proc.", "5", True, (), "range_start"),
])
def test_ranges_in_words_share_only_what_the_first_figure_leaves_out(language, text, needle, percent, scales, role):
    m = one(text, language, needle)
    assert (m.percent, m.scales, m.role) == (percent, scales, role)


@pytest.mark.parametrize(("language", "text", "qualifier"), [
    # a negated comparative bounds the other way: "no more than" is at most
    ("en", "no more than 5% of households", "under"),
    ("en", "support of up to 50 million dong", "under"),
    ("en", "no less than 5% of households", "over"),
    ("en", "at least 20 communes", "over"),
    ("ru", "не более 5% семей", "under"),
    ("ru", "не менее 5% семей", "over"),
    ("uk", "не більше 5% родин", "under"),
    ("pl", "nie więcej niż 5 proc. rodzin", "under"),
    ("pl", "co najmniej 20 gmin", "over"),
    ("de", "nicht mehr als 5 Prozent", "under"),
    ("de", "mindestens 20 Gemeinden", "over"),
    ("fr", "pas plus de 5 % des ménages", "under"),
    ("es", "al menos 20 municipios", "over"),
    ("vi", "không dưới 50% số xã", "over"),
    ("vi", "tối đa 5 năm", "under"),
    ("vi", "không quá 5% số hộ", "under"),
    ("ar", "لا يقل عن 5% من الأسر", "over"),
    ("ar", "لا يزيد عن 5% من الأسر", "under"),
    ("zh", "不少于5%的家庭", "over"),
    ("zh", "不超过5%的家庭", "under"),
    ("ko", "최소 5%", "over"),
    # and the plain comparatives keep their sense
    ("en", "more than 5% of households", "over"),
    ("ru", "более 5% семей", "over"),
    ("zh", "超过5%的家庭", "over"),
    ("vi", "dưới 5% số hộ", "under"),
])
def test_negated_and_bounding_qualifiers(language, text, qualifier):
    [m] = find_numbers(text, language)
    assert m.qualifier == qualifier
