"""Chinese numerals: what is a figure and what only contains a numeral character.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extractor.numbers import find_numbers
from extractor.numbers.cjk import integer_value


@pytest.mark.parametrize(("numeral", "value"), [
    ("十二", 12), ("一百二十", 120), ("三千零五十", 3050), ("三千五", 3500), ("两千", 2000),
    ("一千零一", 1001), ("二〇二五", 2025),
])
def test_well_formed_numerals_are_read(numeral, value):
    assert integer_value(numeral) == value


@pytest.mark.parametrize("numeral", ["十四五", "百千", "五五十"])
def test_malformed_numerals_are_not_read(numeral):
    assert integer_value(numeral) is None


@pytest.mark.parametrize("text", [
    "百姓十分满意。",  # 'the people', 'very'
    "千万要注意安全。",  # 'by all means'
    "贯彻落实十四五规划。",  # the 14th five-year plan
    "一些干部参加了会议。",  # 'some'
])
def test_words_with_numeral_characters_are_no_figures(text):
    assert find_numbers(text, "zh") == []


def test_a_date_in_numerals_is_a_date():
    roles = [m.role for m in find_numbers("会议于二〇二五年十二月召开。", "zh")]
    assert roles == ["date", "date"]


def test_numerals_are_read_in_japanese_and_not_in_korean():
    assert [m.value for m in find_numbers("参加者は三千五百人だった。", "ja")] == [3500]
    assert find_numbers("三千五百", "ko") == []
