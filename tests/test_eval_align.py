"""Alignment and the similarity primitives it rests on, on cases worked out by hand."""

from __future__ import annotations

import pytest

from extractor.eval import align
from extractor.eval.similarity import (
    Tolerances,
    canonical_unit,
    compare_field,
    dates_equal,
    span_containment,
    span_iou,
    text_similarity,
)


def _lookup(table: dict[tuple[str, str], float]):
    return lambda g, p: table.get((g, p), 0.0)


def test_hungarian_beats_greedy():
    # Greedy would take a-x (0.9) and leave b with nothing above threshold;
    # the optimum pairs a-y and b-x (0.8 + 0.85 = 1.65 > 0.9).
    sim = _lookup({("a", "x"): 0.9, ("a", "y"): 0.8, ("b", "x"): 0.85})
    result = align(["a", "b"], ["x", "y"], sim, threshold=0.5)
    assert result.pairs == [(0, 1, 0.8), (1, 0, 0.85)]
    assert (result.tp, result.fp, result.fn) == (2, 0, 0)


def test_pair_below_threshold_is_one_miss_and_one_false_record():
    sim = _lookup({("a", "x"): 0.49})
    result = align(["a"], ["x"], sim, threshold=0.5)
    assert result.pairs == []
    assert result.missed == [0] and result.extra == [0]
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)


def test_sub_threshold_pairs_cannot_steal_a_partner():
    # On raw similarities a-y + b-x (0.9) beats a-x alone (0.6), and both would then be
    # dropped as below threshold: no match at all. Zeroing them first keeps a-x.
    sim = _lookup({("a", "x"): 0.6, ("a", "y"): 0.45, ("b", "x"): 0.45})
    result = align(["a", "b"], ["x", "y"], sim, threshold=0.5)
    assert result.pairs == [(0, 0, 0.6)]
    assert result.missed == [1] and result.extra == [1]


def test_empty_sides():
    assert align([], ["x", "y"], _lookup({}), 0.5).extra == [0, 1]
    assert align(["a"], [], _lookup({}), 0.5).missed == [0]
    assert align([], [], _lookup({}), 0.5).pairs == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Đỗ Trọng Hưng", "Do Trong Hung"),
        ("Do Trong Hung", "Hung Do Trong"),  # family name last, as some outlets write it
        ("Ле Дик Тхо", "Ле Дик Тхо"),
        ("NGUYEN  van Thi", "Nguyen Van Thi"),
    ],
)
def test_names_match_across_diacritics_order_and_case(a, b):
    assert text_similarity(a, b) >= Tolerances().name_lenient
    assert compare_field("name", a, b, Tolerances())[1] is True


def test_different_people_are_not_similar_names():
    assert text_similarity("Nguyen Van Thi", "Nguyen Van Hung") < Tolerances().name_lenient
    assert compare_field("name", "Trinh Tuan Sinh", "Do Trong Hung", Tolerances()) == (
        False,
        False,
    )


def test_cyrillic_is_transliterated_before_comparing():
    # anyascii renders the Ukrainian spelling in Latin; it lands near the Latin name.
    assert text_similarity("Ле Дик Тхо", "Le Dik Tkho") == 1.0
    assert text_similarity("Ле Дик Тхо", "Le Duc Tho") > text_similarity("Ле Дик Тхо", "Do Hung")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ha", "hectares", True),
        ("Hectare", "hectares", True),
        ("percent", "%", True),
        ("communes", "commune", True),
        ("VND", "dong", True),
        ("VND", "USD", False),
        ("households", "people", False),
    ],
)
def test_units_after_normalization(a, b, same):
    assert (canonical_unit(a) == canonical_unit(b)) is same
    strict, lenient = compare_field("unit", a, b, Tolerances())
    assert lenient is same
    assert strict is (a.casefold() == b.casefold())


def test_number_tolerance_strict_and_lenient():
    tol = Tolerances(number_rel_lenient=0.01)
    assert compare_field("number", 312.0, 312, tol) == (True, True)
    assert compare_field("number", 312.0, 313.0, tol) == (False, True)  # 0.32 %
    assert compare_field("number", 312.0, 316.0, tol) == (False, False)  # 1.28 %
    assert compare_field("number", 312.0, None, tol) == (False, False)


def test_dates_are_exact_days():
    assert dates_equal("2024-03-05", "2024-3-5")
    assert not dates_equal("2024-03-05", "2024-03-06")
    assert not dates_equal("2024-03-05", None)
    assert compare_field("date", "2024-06-30", "2024-06-30", Tolerances()) == (True, True)
    assert compare_field("date", "2024-06-30", "2024-07-30", Tolerances()) == (False, False)


def test_span_overlap_measures():
    assert span_iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert span_iou((0, 10), (10, 20)) == 0.0
    assert span_containment((0, 100), (20, 40)) == 1.0  # a clause inside its sentence
    assert span_containment((0, 10), (5, 15)) == 0.5


def test_quote_lenient_uses_span_iou_when_grounded():
    tol = Tolerances()
    assert compare_field("quote", "abc def", "abc de", tol, (0, 7), (0, 6)) == (False, True)
    assert compare_field("quote", "abc def", "xyz", tol, (0, 7), (50, 53)) == (False, False)
