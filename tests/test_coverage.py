"""KPI candidates among a text's figures, and which ones the records leave uncovered."""

from __future__ import annotations

import pytest
from number_forms import gold_pairs

from extractor.schemas import ArticleExtraction
from extractor.validators.coverage import classify, coverage, uncovered_findings


def verdict(text: str, language: str, needle: str) -> str | None:
    found = [f for f in classify(text, language) if needle in f.mention.text]
    assert found, [f.mention.text for f in classify(text, language)]
    return found[0].reason


@pytest.mark.parametrize(("language", "text", "needle", "reason"), [
    ("en", "Under Notice No. 74-TB/VPTU the district reported growth.", "74", "document number"),
    ("vi", "Thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị.", "11", "document number"),
    ("pl", "Zgodnie z Uchwałą nr 17 okręg zrealizował plan.", "17", "document number"),
    ("uk", "Продовжувати виконання Висновку 21 та Директиви 05.", "21", "document number"),
    ("en", "The 77th anniversary of War Invalids Day was marked.", "77", "anniversary"),
    ("vi", "Kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ.", "77", "anniversary"),
    ("zh", "庆祝建党100周年。", "100", "anniversary"),
    ("ko", "광복 79주년 기념식이 열렸다.", "79", "anniversary"),
    ("vi", "Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh.", "2", "ordinal"),
    ("pl", "rezolucji 6. okręgowego kongresu partii", "6", "ordinal"),
    ("ru", "на 2-м пленуме обкома", "2", "ordinal"),
    ("ja", "第2回会議が開かれた。", "2", "ordinal"),
    ("en", "The chairman, aged 45, spoke.", "45", "age"),
    ("vi", "Ông Nguyễn Văn A, 45 tuổi, phát biểu.", "45", "age"),
    ("zh", "张先生今年45岁。", "45", "age"),
    ("en", "In 2023 revenue grew.", "2023", "year"),
    ("th", "ภายในสิ้นปี 2566 จังหวัดมีรายได้", "2566", "year"),
    ("ar", "في عصر يوم 11 أبريل زار الرفيق", "11", "date"),
    ("pl", "Spotkanie odbyło się 17 lipca.", "17", "date"),
    ("vi", "Sáng 9/9, đồng chí Bí thư", "9", "date"),
    ("en", "Call the hotline 0237 3852 123 for help.", "0237", "phone number"),
    ("en", "after 3 years of implementation", "3", "duration"),
    ("fr", "les résultats des 9 premiers mois", "9", "duration"),
    ("pl", "Quan Son jest jednym z 74 najbiedniejszych dystryktów.", "74", "group placing the locality"),
    ("en", "the fight against Covid-19", "19", "code or link"),
    ("no", "langs riksvei 279 og riksvei 12", "279", "road, phase or name"),
    ("en", "Article 3 of the law applies to 120 households.", "3", "article of a law"),
    ("vi", "Theo Điều 5 của Luật, 120 hộ được hỗ trợ.", "5", "article of a law"),
    ("pl", "Zgodnie z art. 5 ust. 2 ustawy 120 gmin otrzymało wsparcie.", "2", "article of a law"),
    ("ru", "согласно статье 5 закона 120 семей получили помощь", "5", "article of a law"),
    ("en", "Law 45/2019/QH14 took effect.", "45", "document number"),
    ("vi", "Nghị định 15/2024/NĐ-CP quy định mức hỗ trợ.", "15", "document number"),
    ("en", "The delegation arrived on 10/5 for the conference.", "10", "date"),
])
def test_not_kpi_candidates(language, text, needle, reason):
    assert verdict(text, language, needle) == reason


@pytest.mark.parametrize(("language", "text", "needle"), [
    ("pl", "Dochody wyniosły ponad 3 312 mld VND.", "3 312"),
    ("uk", "В районі перевиконано 4/34 цілі.", "4"),
    ("ar", "118 قرية تلبي معايير NTM، وهو ما يمثل 89.4٪", "89.4"),
    ("ja", "今年度の県の予算は5兆3,100億円に達した。", "5兆"),
    ("hi", "कुल 1,25,000 परिवारों को लाभ मिला।", "1,25,000"),
    ("en", "53 communes met the new rural standards in 2023.", "53"),
    ("vi", "Toàn huyện có 21/21 xã đạt chuẩn nông thôn mới.", "21"),
    # a ratio after "on" is no date when its whole is no month
    ("en", "The province ranked first on 5/63 indicators.", "5"),
])
def test_kpi_candidates(language, text, needle):
    assert verdict(text, language, needle) is None


def _rec(language: str, kpis: list[dict]) -> ArticleExtraction:
    return ArticleExtraction.model_validate({
        "article_id": "t", "language": language,
        "meetings": [{"kind": "conference", "title": "t", "kpis": [
            {"indicator": "x", "unit": "communes", "evidence": "e", **k} for k in kpis]}]})


def test_coverage_counts_and_uncovered_spans():
    text = ("In 2023, 53 communes met the standards, 89.4% of all. Revenue reached 3,312 billion VND. "
            "Resolution No. 17 was adopted.")
    cov = coverage(_rec("en", [{"value": 53, "evidence": "53 communes met the standards"}]), text)
    assert (cov.figures, cov.candidates, cov.covered) == (5, 3, 1)
    assert [u.text for u in cov.uncovered] == ["89.4%", "3,312 billion"]
    span = cov.uncovered[1].span
    assert text[span[0] : span[1]] == "3,312 billion"
    assert cov.uncovered[1].sentence == "Revenue reached 3,312 billion VND."
    (one, two) = uncovered_findings(cov)
    assert one.severity == "warning" and one.code == "uncovered_figure"


def test_a_repeated_figure_is_covered_only_when_it_counts_the_same_thing():
    text = ("The district has 9 villages meeting the standards. It certified 9 OCOP products. "
            "In all, 9 villages now meet them.")
    cov = coverage(_rec("en", [{"value": 9, "unit": "villages",
                                "evidence": "The district has 9 villages meeting the standards"}]), text)
    assert [u.sentence for u in cov.uncovered] == ["It certified 9 OCOP products."]


def test_a_misread_kpi_claims_the_figures_of_its_quote():
    text = "Revenue reached 3,312 billion VND."
    cov = coverage(_rec("en", [{"value": 4321, "unit": "VND", "evidence": "Revenue reached 3,312 billion VND"}]),
                   text)
    assert cov.uncovered == [] and cov.covered == 1


def test_ratio_denominator_range_end_and_threshold_are_covered_with_their_figure():
    text = "Перевиконано 4/34 цілі, 20/34 цілі досягнуто понад 50%; зростання 5-7%."
    rec = _rec("uk", [
        {"value": 4, "out_of": 34}, {"indicator": "targets achieved over 50%", "value": 20, "out_of": 34},
        {"indicator": "growth", "value": 5, "unit": "%"}])
    cov = coverage(rec, text)
    assert cov.uncovered == [] and cov.covered == cov.candidates == 5


@pytest.mark.parametrize(("rec", "text"), gold_pairs(), ids=[r.article_id for r, _ in gold_pairs()])
def test_gold_leaves_at_most_one_candidate_uncovered(rec, text):
    # the one known miss: "11 projects ... proposed in the Resolution" (plan structure)
    assert len(coverage(rec, text).uncovered) <= 1
