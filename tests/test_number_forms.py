"""Per-language number forms: compound amounts, lakh/crore, separator artefacts, scripts.

Every form of tests/number_forms.py is read as ONE figure whose value x scale is the
amount, and a KPI labelled by the convention of corpus/ANNOTATION.md -- or at any
other value x scale equal to the amount -- gets no error.
"""

from __future__ import annotations

import pytest
from number_forms import FORMS, Form

from extractor.numbers import find_numbers
from extractor.schemas import ArticleExtraction
from extractor.validators import validate_extraction
from extractor.validators.context import fits


def _record(form: Form, value: float, scale: float) -> ArticleExtraction:
    return ArticleExtraction.model_validate({
        "article_id": "t", "language": form.language,
        "meetings": [{"kind": "conference", "title": "t", "kpis": [{
            "indicator": "x", "value": value, "scale": scale,
            "unit": "%" if form.percent else form.unit,
            "qualifier": form.qualifier or "exact", "evidence": form.sentence,
        }]}],
    })


def _ids(forms: list[Form]) -> list[str]:
    return [f"{f.language}-{i}-{f.figure}" for i, f in enumerate(forms)]


@pytest.mark.parametrize("form", FORMS, ids=_ids(FORMS))
def test_form_is_one_figure_with_its_amount(form: Form):
    found = [m for m in find_numbers(form.sentence, form.language) if form.figure in m.text]
    assert len(found) == 1, [m.text for m in find_numbers(form.sentence, form.language)]
    m = found[0]
    assert fits(m, form.value, form.scale)
    # the amount is one of its readings (a split comma may be read either way)
    assert any(a == pytest.approx(form.value * form.scale) for a in m.absolute)
    assert m.percent == form.percent
    assert m.qualifier == form.qualifier


@pytest.mark.parametrize("form", FORMS, ids=_ids(FORMS))
def test_labelled_record_has_no_error(form: Form):
    findings = validate_extraction(_record(form, form.value, form.scale), form.sentence)
    assert [f for f in findings if f.severity == "error"] == []


@pytest.mark.parametrize("form", [f for f in FORMS if f.scale > 1], ids=_ids([f for f in FORMS if f.scale > 1]))
def test_any_value_times_scale_equal_to_the_amount_is_accepted(form: Form):
    amount = form.value * form.scale
    for scale in (1.0, 1e3, 1e4, 1e6, 1e8):
        if scale > amount:
            continue
        findings = validate_extraction(_record(form, amount / scale, scale), form.sentence)
        assert [f.message for f in findings if f.severity == "error"] == [], scale


@pytest.mark.parametrize(("language", "sentence", "parts"), [
    # list items are not joined: a space after the comma and no scale word or sign
    ("en", "Articles 12, 415 and 300 were amended.", [12, 415, 300]),
    ("pl", "W latach 2023, 415 gmin", [2023, 415]),
    # two amounts in one sentence stay two
    ("ja", "予算は5兆円、借入は3,100億円。", [5, 3100]),
    ("vi", "tăng 5 tỷ, 300 triệu đồng", [5, 300]),
    # a bigger unit after a smaller one is not a compound
    ("ko", "3만 5억 원", [3, 5]),
])
def test_neighbours_that_are_not_one_figure_stay_apart(language, sentence, parts):
    assert [m.readings[0] for m in find_numbers(sentence, language)] == parts


def test_compound_amount_takes_qualifier_of_either_end():
    (m,) = find_numbers("事业费约2亿4,500万元", "zh")
    assert m.qualifier == "about" and m.readings == (2.45,) and m.scales == (1e8,)


def test_full_width_digits_with_full_width_separators():
    (m,) = find_numbers("増加率は１２．５％", "ja")
    assert m.readings == (12.5,) and m.percent
    assert [x.readings[0] for x in find_numbers("３，５", "zh")] == [3, 5]  # a list, not 3500


@pytest.mark.parametrize(("language", "sentence", "readings"), [
    ("uk", "зростання на 6, 52% за рік", (6.52,)),  # comma as decimal point, space after it
    ("pl", "dochody 27, 415 mld VND", (27.415, 27415)),  # both readings, the language's first
    ("en", "income 27, 415 billion dong", (27415,)),
    ("de", "Umsatz von 27 415 Mio. Euro", (27415,)),  # plain space before a scale word
    ("fa", "رشد ۱۲/۵ درصد بود", (12.5,)),  # Persian slash as a decimal point
])
def test_split_separator_readings(language, sentence, readings):
    (m,) = find_numbers(sentence, language)
    assert m.readings == readings


def test_wrong_compound_reading_is_still_an_error():
    form = FORMS[0]  # 5兆3,100億 = 5.31e12
    for value, scale in ((5, 1e12), (3100, 1e8), (5.3, 1e12), (5.31, 1e8)):
        findings = validate_extraction(_record(form, value, scale), form.sentence)
        assert any(f.severity == "error" for f in findings), (value, scale)


@pytest.mark.parametrize(("text", "lang", "roles"), [
    # a year, then the figure it ends with: no range
    ("By the end of 2024 to 3.85 percent.", "en", ["number", "number"]),
    ("وانخفض المعدل بحلول نهاية عام 2023 إلى 4,2 في المائة.", "ar", ["number", "number"]),
    # years to years, and figures to figures, still are
    ("in the period from 2021 to 2025", "en", ["range_start", "range_end"]),
    ("von 6 bis 7 Prozent", "de", ["range_start", "range_end"]),
])
def test_a_year_and_a_figure_are_no_range(text, lang, roles):
    assert [m.role for m in find_numbers(text, lang)] == roles
