"""Separators machine translation writes that the language's CLDR data does not list,
and scale words and qualifiers CLDR lacks.

Every sentence of tests/separator_forms.py reads as ONE figure with its value, and a
correct KPI quoted from it gets no error from the validators; lists and dates written
with the same characters stay apart.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from number_forms import Form
from separator_forms import APART, SEPARATOR_FORMS, WORD_FORMS

from extractor.numbers import find_numbers
from extractor.schemas import ArticleExtraction
from extractor.validators import validate_extraction
from extractor.validators.context import fits


def _record(form: Form) -> ArticleExtraction:
    return ArticleExtraction.model_validate({
        "article_id": "t", "language": form.language,
        "meetings": [{"kind": "conference", "title": "t", "kpis": [{
            "indicator": "x", "value": form.value, "scale": form.scale,
            "unit": "%" if form.percent else form.unit,
            "qualifier": form.qualifier or "exact", "evidence": form.sentence,
        }]}],
    })


def _ids(forms: list[Form]) -> list[str]:
    return [f"{f.language}-{i}" for i, f in enumerate(forms)]


def test_the_sentences_span_many_scripts():
    scripts = {unicodedata.name(c).split()[0] for f in SEPARATOR_FORMS for c in f.sentence if c.isalpha()}
    assert len(scripts) >= 10, scripts


ONE_FIGURE = SEPARATOR_FORMS + WORD_FORMS


@pytest.mark.parametrize("form", ONE_FIGURE, ids=_ids(ONE_FIGURE))
def test_separator_form_is_one_figure_with_its_value(form: Form):
    found = [m for m in find_numbers(form.sentence, form.language) if form.figure in m.text]
    assert len(found) == 1, [m.text for m in find_numbers(form.sentence, form.language)]
    m = found[0]
    assert m.readings[0] == pytest.approx(form.value)
    assert m.scale == form.scale
    assert fits(m, form.value, form.scale)
    assert m.percent == form.percent
    assert m.qualifier == form.qualifier


@pytest.mark.parametrize("form", ONE_FIGURE, ids=_ids(ONE_FIGURE))
def test_correct_kpi_quoted_from_it_has_no_error(form: Form):
    findings = validate_extraction(_record(form), form.sentence)
    assert [f.message for f in findings if f.severity == "error"] == []


def _head(form: Form) -> float:
    """The digits before the figure's first separator: what reading it as two gave."""
    digits = re.match(r"\d+", form.figure)
    assert digits is not None
    return float("".join(str(unicodedata.decimal(c)) for c in digits.group()))


@pytest.mark.parametrize("form", SEPARATOR_FORMS, ids=_ids(SEPARATOR_FORMS))
def test_the_figure_misread_as_its_first_piece_is_an_error(form: Form):
    wrong = form._replace(value=_head(form))
    assert wrong.value != form.value
    findings = validate_extraction(_record(wrong), form.sentence)
    assert any(f.severity == "error" for f in findings), wrong.value


@pytest.mark.parametrize(("language", "sentence", "parts"), APART, ids=[f"{a[0]}-{i}" for i, a in enumerate(APART)])
def test_lists_written_with_the_same_characters_stay_apart(language, sentence, parts):
    assert [m.readings[0] for m in find_numbers(sentence, language)] == parts
