"""Repair before re-ask: a KPI its own quote settles is corrected, with an info finding."""

from __future__ import annotations

import pytest
from number_forms import gold_pairs

from extractor.schemas import ArticleExtraction
from extractor.validators import validate_extraction
from extractor.validators.mutations import KINDS, mutants
from extractor.validators.repair import REPAIRED, repair_extraction

GOLD = gold_pairs()


def record(language: str, **kpi) -> ArticleExtraction:
    full = {"indicator": "state budget revenue", "unit": "VND", "scale": 1.0, **kpi}
    return ArticleExtraction.model_validate({
        "article_id": "t", "language": language,
        "meetings": [{"kind": "conference", "title": "t", "kpis": [full]}]})


def errors(rec: ArticleExtraction, text: str) -> list[str]:
    return [f.code for f in validate_extraction(rec, text) if f.severity == "error"]


@pytest.mark.parametrize(("rec", "text"), GOLD, ids=[r.article_id for r, _ in GOLD])
def test_gold_in_gold_out_with_zero_repairs(rec, text):
    copy = rec.model_copy(deep=True)
    assert repair_extraction(copy, text) == []
    assert copy == rec


TEXT = "Całkowite dochody budżetowe osiągnęły ponad 3 312 mld VND w 2025 roku."
QUOTE = "Całkowite dochody budżetowe osiągnęły ponad 3 312 mld VND"


@pytest.mark.parametrize(("value", "scale", "change"), [
    (3412, 1e9, "value: 3412 -> 3312"),  # one digit changed
    (3.312, 1e9, "value: 3.312 -> 3312"),  # separator read as a decimal point
    (3312, 1.0, "scale: 1 -> 1000000000"),  # scale word dropped
    (3312, 1e12, "scale: 1000000000000 -> 1000000000"),  # mln read as mld
])
def test_value_and_scale_repaired_from_the_only_figure(value, scale, change):
    rec = record("pl", value=value, scale=scale, qualifier="over", evidence=QUOTE)
    assert errors(rec, TEXT)
    (finding,) = repair_extraction(rec, TEXT)
    assert finding.code == REPAIRED and finding.severity == "info"
    assert change in finding.message and finding.path == "meetings[0].kpis[0]"
    kpi = rec.meetings[0].kpis[0]
    assert (kpi.value, kpi.scale) == (3312, 1e9)
    assert errors(rec, TEXT) == []


def test_qualifier_and_whole_repaired():
    text = "В районі перевиконано понад 4/34 цілі."
    rec = record("uk", value=4, unit="targets", evidence="перевиконано понад 4/34 цілі")
    (finding,) = repair_extraction(rec, text)
    assert "qualifier: exact -> over" in finding.message and "out_of: null -> 34" in finding.message
    kpi = rec.meetings[0].kpis[0]
    assert kpi.qualifier.value == "over" and kpi.out_of == 34


def test_compound_amount_repaired_to_the_labelling_convention():
    text = "今年度の県の予算は5兆3,100億円に達した。"
    rec = record("ja", value=5.31, scale=1e8, unit="JPY", evidence="予算は5兆3,100億円")
    (finding,) = repair_extraction(rec, text)
    assert (rec.meetings[0].kpis[0].value, rec.meetings[0].kpis[0].scale) == (5.31, 1e12)
    assert "scale" in finding.message


@pytest.mark.parametrize(("text", "quote", "value"), [
    # two figures of the same kind could be meant: never guess
    ("Dochody wyniosły 3 312 mld VND, a wydatki 3 412 mld VND.",
     "Dochody wyniosły 3 312 mld VND, a wydatki 3 412 mld VND", 3512),
    # the only figure is no misreading of the record's value: a wrong quote, not a typo
    ("Dochody wyniosły 3 312 mld VND.", "Dochody wyniosły 3 312 mld VND", 57),
    # the only figure is a date / duration, not a KPI
    ("Po 3 latach dochody rosną.", "Po 3 latach dochody rosną", 4),
])
def test_no_repair_when_the_quote_does_not_settle_it(text, quote, value):
    rec = record("pl", value=value, scale=1e9, evidence=quote)
    before = rec.model_copy(deep=True)
    assert repair_extraction(rec, text) == []
    assert rec == before


def test_no_repair_when_the_quote_is_not_in_the_article():
    rec = record("pl", value=3412, scale=1e9, evidence="dochody 3 312 mld VND (not in text)")
    assert repair_extraction(rec, TEXT) == []


def test_repairs_never_make_a_mutant_worse():
    """Over gold mutants: a repair restores the gold record exactly, or is not made."""
    repaired = 0
    for rec, text in GOLD:
        for kind in KINDS:
            for mutant in mutants(rec, text, kind, seed=0):
                if repair_extraction(mutant.record, text):
                    repaired += 1
                    assert mutant.record.model_dump() == rec.model_dump(), mutant.description
    assert repaired > 50


def test_validate_shows_recorded_repairs_and_uncovered_figures_of_run_outputs(tmp_path):
    from extractor.schemas import Finding, Provenance
    from extractor.validators.files import summary, validate_paths

    article = tmp_path / "a1.txt"
    article.write_text(TEXT + " Wydatki wyniosły 2 100 mld VND.", encoding="utf-8")
    rec = record("pl", value=3312, scale=1e9, qualifier="over", evidence=QUOTE)
    rec.article_id = "a1"
    rec.provenance = Provenance(backend="b", model="m", prompt_version="p",
                                article_path=str(article))
    rec.findings = [Finding(code=REPAIRED, severity="info", path="meetings[0].kpis[0]",
                            message="repaired from its quote: value: 3412 -> 3312")]
    out = tmp_path / "out"
    out.mkdir()
    (out / "a1.json").write_text(rec.model_dump_json(), encoding="utf-8")
    doc = summary(validate_paths([out], None))
    assert (doc["errors"], doc["warnings"], doc["infos"]) == (0, 1, 1)
    codes = [f["code"] for f in doc["findings"]]
    assert codes == [REPAIRED, "uncovered_figure"]


def test_diff_shows_the_repairs_a_run_recorded():
    from rich.console import Console

    from extractor.eval.compare import compare_article
    from extractor.eval.terminal import article_renderable
    from extractor.schemas import Finding

    gold = record("pl", value=3312, scale=1e9, qualifier="over", evidence=QUOTE)
    pred = gold.model_copy(deep=True)
    pred.findings = [Finding(code=REPAIRED, severity="info", path="meetings[0].kpis[0]",
                             message="repaired from its quote: value: 3412 -> 3312")]
    console = Console(record=True, width=120)
    console.print(article_renderable(compare_article("t", gold, pred, TEXT)))
    assert "meetings[0].kpis[0]: repaired from its quote: value: 3412 -> 3312" in console.export_text()
