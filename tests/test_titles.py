"""Attendee titles read beside a name and written in English (extractor/draft/titles.py).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from reader_samples import titles as _titles

from extractor.draft.titles import titles_in


@pytest.mark.parametrize(("lang", "piece", "titles"), [
    ("en", "Standing Deputy Secretary of the Provincial Party Committee",
     ["Standing Deputy Secretary of the Provincial Party Committee"]),
    ("en", "Deputy Secretary of the Provincial Party Committee and Chairman of the "
           "Provincial People's Committee",
     ["Deputy Secretary of the Provincial Party Committee",
      "Chairman of the Provincial People's Committee"]),
    ("en", "Member of the Standing Committee of the Provincial Party Committee",
     ["Member of the Standing Committee of the Provincial Party Committee"]),
    ("en", "Provincial Party Secretary", ["Secretary of the Provincial Party Committee"]),
    ("en", "Member of the Party Central Committee", ["Member of the Party Central Committee"]),
    ("en", "Director of the Department of Culture, Sports and Tourism",
     ["Director of the Department of Culture, Sports and Tourism"]),
    ("vi", "Phó Bí thư Thường trực Tỉnh ủy",
     ["Standing Deputy Secretary of the Provincial Party Committee"]),
    ("vi", "Phó Chủ tịch UBND tỉnh", ["Vice Chairman of the Provincial People's Committee"]),
    ("vi", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy",
     ["Member of the Standing Committee of the Provincial Party Committee",
      "Head of the Organization Commission of the Provincial Party Committee"]),
    ("vi", "Giám đốc Sở Tài chính", ["Director of the Department of Finance"]),
])
def test_a_title_is_written_in_english(lang, piece, titles):
    assert titles_in(piece, lang) == titles


def test_a_district_committee_takes_the_meeting_district():
    piece = "Secretary of the District Party Committee"
    assert titles_in(piece, "en", ("Bat Xat", None)) == [
        "Secretary of the Bat Xat District Party Committee"]


def test_a_woman_is_a_chairwoman():
    assert titles_in("Vice Chairman of the Provincial People's Committee", "en",
                     female=True) == ["Vice Chairwoman of the Provincial People's Committee"]


def test_titles_after_the_name_before_it_and_between_two_names():
    text = ("On Monday, Comrade Tran Van Son, Secretary of the Provincial Party Committee, "
            "and Ms. Le Thi Mai, Vice Chairwoman of the Provincial People's Committee, "
            "worked with the district. Director of the Department of Finance Pham Quoc Bao "
            "and Director of the Department of Health Vu Minh Khoa reported.")
    assert _titles(text, "en") == {
        "Tran Van Son": ["Secretary of the Provincial Party Committee"],
        "Le Thi Mai": ["Vice Chairwoman of the Provincial People's Committee"],
        "Pham Quoc Bao": ["Director of the Department of Finance"],
        "Vu Minh Khoa": ["Director of the Department of Health"],
    }


def test_a_post_in_what_the_person_does_is_no_title():
    text = ("Comrade Tran Van Son, Secretary of the Provincial Party Committee, asked the "
            "Director of the Department of Finance to speed up disbursement.")
    assert _titles(text, "en") == {
        "Tran Van Son": ["Secretary of the Provincial Party Committee"]}


def test_an_election_names_a_title():
    text = "Đồng chí Vũ Hồng Quang được bầu làm Phó Bí thư Thường trực Tỉnh ủy."
    assert _titles(text, "vi") == {
        "Vu Hong Quang": ["Standing Deputy Secretary of the Provincial Party Committee"]}


@pytest.mark.parametrize(("lang", "piece"), [
    ("ar", "رئيسة اللجنة الشعبية الإقليمية"),
    ("es", "presidenta del Comité Popular Provincial"),
    ("fr", "présidente du Comité populaire provincial"),
])
def test_a_feminine_post_marks_a_woman(lang, piece):
    assert titles_in(piece, lang) == ["Chairwoman of the Provincial People's Committee"]


@pytest.mark.parametrize(("lang", "piece", "title"), [
    ("vi", "Giám đốc Công an tỉnh", "Director of the Provincial Police"),
    ("el", "Διευθυντής της Επαρχιακής Αστυνομίας", "Director of the Provincial Police"),
    ("vi", "Trưởng Ban Tuyên giáo Tỉnh ủy",
     "Head of the Propaganda Commission of the Provincial Party Committee"),
    ("id", "Kepala Komisi Propaganda Komite Partai Provinsi",
     "Head of the Propaganda Commission of the Provincial Party Committee"),
])
def test_the_police_and_the_propaganda_commission(lang, piece, title):
    assert titles_in(piece, lang) == [title]


@pytest.mark.parametrize(("lang", "piece"), [
    ("vi", "Tổng Bí thư"), ("ru", "Генеральный секретарь ЦК КПВ"), ("zh", "越共中央总书记"),
    ("en", "General Secretary"),
])
def test_the_general_secretary(lang, piece):
    assert titles_in(piece, lang) == ["General Secretary of the Party Central Committee"]
