"""The unit of a draft figure: past the words that may stand between a figure and its
unit, a unit of several words, and the unit after the second number of a ratio."""

from __future__ import annotations

import pytest

from extractor.draft import build_draft, reader_draft
from extractor.draft.figures import draft_figures


@pytest.mark.parametrize(("language", "text", "unit"), [
    ("es", "Los ingresos superaron los 2.400 millones de VND.", "VND"),
    ("pt", "A receita chegou a 980 bilhões de VND.", "VND"),
    ("it", "Il fatturato ha raggiunto 3.100 miliardi di VND.", "VND"),
    ("fr", "Les recettes ont atteint 5 400 milliards de VND.", "VND"),
    ("en", "The province certified 27 new communes this year.", "communes"),
    ("de", "Die Provinz hat 31 neue Gemeinden anerkannt.", "communes"),
    ("id", "Sebanyak 2.045 rumah tangga telah menerima air bersih.", "households"),
    ("ms", "Seramai 418 isi rumah menerima bantuan.", "households"),
])
def test_unit_past_filler_words_and_of_several_words(language, text, unit):
    (figure,) = draft_figures(text, language)
    assert figure.unit_word == unit


@pytest.mark.parametrize(("language", "text", "value", "out_of", "unit"), [
    ("en", "So far 21/28 targets have been met.", 21, 28, "targets"),
    ("pt", "Até agora, 118/140 comunas cumpriram os critérios.", 118, 140, "communes"),
])
def test_unit_of_a_ratio_follows_its_whole(language, text, value, out_of, unit):
    (figure,) = draft_figures(text, language)
    assert (figure.value, figure.out_of, figure.unit_word) == (value, out_of, unit)


def test_a_filler_word_alone_is_not_skipped_into_the_next_sentence():
    (figure,) = draft_figures("The plan lists 14 new.", "en")
    assert figure.unit_word == "new"


@pytest.mark.parametrize(("lang", "text", "period"), [
    ("en", "In the first 9 months of 2025, GRDP grew 8.5%.", "first 9 months of 2025"),
    ("vi", "Trong 6 tháng đầu năm 2024, thu ngân sách đạt 500 tỷ đồng.", "first 6 months of 2024"),
    ("vi", "Giai đoạn 2021-2024, tăng trưởng bình quân đạt 7,2%.", "2021-2024"),
    ("ru", "В 2024 году ВРП вырос на 8,2%.", "2024"),
    # a year after the figure is a comparison, not its period
    ("en", "Revenue grew 12% compared with 2023.", None),
    # a total up to a year
    ("en", "By the end of 2024, 57 villages met the new rural standards.", "by end of 2024"),
    ("ru", "К концу 2024 года 57 сёл достигли новых стандартов.", "by end of 2024"),
    ("zh", "到2024年底，全省57个村达到新农村标准。", "by end of 2024"),
    ("en", "By 2023, 12 communes had met the standards.", "by 2023"),
])
def test_the_period_a_figure_covers(lang, text, period):
    [kpi] = reader_draft(build_draft(text, lang)).meetings[0].kpis
    assert kpi.period == period


def test_months_without_a_year_take_the_meetings_year():
    text = "2025年10月8日，省委召开会议。前9个月，全省GRDP增长8.5%。"
    kpis = reader_draft(build_draft(text, "zh")).meetings[0].kpis
    assert [k.period for k in kpis if k.value == 8.5] == ["first 9 months of 2025"]
