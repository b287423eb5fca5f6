"""Parts-of-one-whole and count/share checks combine only records provably about one whole."""

from __future__ import annotations

import pytest

from extractor.schemas import ArticleExtraction
from extractor.validators import validate_extraction


def record(language: str, kpis: list[dict]) -> ArticleExtraction:
    return ArticleExtraction.model_validate({
        "article_id": "t", "language": language,
        "meetings": [{"kind": "conference", "title": "t", "kpis": [
            {"unit": "criteria", "scale": 1.0, **k} for k in kpis]}]})


def codes(rec: ArticleExtraction, text: str) -> set[str]:
    return {f.code for f in validate_extraction(rec, text) if f.severity == "error"}


COMMUNES = {
    "vi": ("Xã Mường Mìn đạt 15/19 tiêu chí, xã Sơn Điện đạt 17/19 tiêu chí, xã Trung Hạ đạt "
           "16/19 tiêu chí, xã Tam Thanh đạt 14/19 tiêu chí và xã Na Mèo đạt 12/19 tiêu chí.",
           ["Muong Min", "Son Dien", "Trung Ha", "Tam Thanh", "Na Meo"], [15, 17, 16, 14, 12]),
    "en": ("Muong Min commune met 15/19 criteria, Son Dien 17/19, Trung Ha 16/19, Tam Thanh "
           "14/19 and Na Meo 12/19.",
           ["Muong Min", "Son Dien", "Trung Ha", "Tam Thanh", "Na Meo"], [15, 17, 16, 14, 12]),
    "pl": ("Gmina Muong Min spełnia 15/19 kryteriów, gmina Son Dien 17/19, gmina Trung Ha 16/19.",
           ["Muong Min", "Son Dien", "Trung Ha"], [15, 17, 16]),
}


@pytest.mark.parametrize("language", sorted(COMMUNES))
@pytest.mark.parametrize("named", [True, False])
def test_communes_each_meeting_x_of_19_criteria_are_not_one_whole(language, named):
    text, names, values = COMMUNES[language]
    kpis = []
    for name, value in zip(names, values, strict=True):
        indicator = f"new rural criteria met by {name} commune" if named else "new rural criteria met"
        quote = next(s for s in text.replace(" và ", ", ").replace(" and ", ", ").split(", ")
                     if f"{value}/19" in s)
        kpis.append({"indicator": indicator, "value": value, "out_of": 19, "evidence": quote})
    assert codes(record(language, kpis), text) == set()


def test_categories_of_one_whole_in_one_sentence_are_still_summed():
    text = "В районі перевиконано 4/34 цілі, 3/34 цілі досягнуто на 100%, 30/34 цілі досягнуто понад 50%."
    rec = record("uk", [
        {"indicator": "targets exceeded", "value": 4, "out_of": 34, "unit": "targets",
         "evidence": "перевиконано 4/34 цілі"},
        {"indicator": "targets achieved 100%", "value": 3, "out_of": 34, "unit": "targets",
         "evidence": "3/34 цілі досягнуто на 100%"},
        {"indicator": "targets achieved over 50%", "value": 30, "out_of": 34, "unit": "targets",
         "evidence": "30/34 цілі досягнуто понад 50%"},
    ])
    assert codes(rec, text) == {"parts_exceed_whole"}


def test_parts_in_different_sentences_are_not_summed():
    text = "W 2023 r. 20/34 celów zrealizowano. W 2024 r. 25/34 celów zrealizowano."
    rec = record("pl", [
        {"indicator": "targets achieved", "value": 20, "out_of": 34, "unit": "targets",
         "evidence": "W 2023 r. 20/34 celów zrealizowano"},
        {"indicator": "targets achieved (again)", "value": 25, "out_of": 34, "unit": "targets",
         "evidence": "W 2024 r. 25/34 celów zrealizowano"},
    ])
    assert codes(rec, text) == set()


def test_counts_and_shares_of_different_subjects_are_not_one_total():
    text = ("Huyện A có 118 thôn đạt chuẩn, chiếm 89,4%. Huyện B có 21 thôn đạt chuẩn, chiếm 25,9%.")
    rec = record("vi", [
        {"indicator": "villages meeting standards in A", "value": 118, "unit": "villages",
         "evidence": "Huyện A có 118 thôn đạt chuẩn"},
        {"indicator": "share of villages meeting standards in A", "value": 89.4, "unit": "%",
         "evidence": "chiếm 89,4%"},
        {"indicator": "villages meeting standards in B", "value": 21, "unit": "villages",
         "evidence": "Huyện B có 21 thôn đạt chuẩn"},
        {"indicator": "share of villages meeting standards in B", "value": 25.9, "unit": "%",
         "evidence": "chiếm 25,9%"},
    ])
    assert codes(rec, text) == set()
