"""ANLS* cross-check: the package's metric, computed fast, unchanged in value."""

from __future__ import annotations

from anls_star import anls_score
from anls_star.anls_star import ANLSLeaf
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.eval.anls import fast_levenshtein

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(a=_text, b=_text)
def test_swapped_edit_distance_equals_the_packages_own(a, b):
    own = ANLSLeaf._levenshtein_distance(a, b)
    with fast_levenshtein():
        fast = ANLSLeaf._levenshtein_distance(a, b)
    assert fast == own


def test_scores_are_identical_and_the_package_is_restored():
    original = ANLSLeaf.__dict__["_levenshtein_distance"]
    gt = {"kpis": [{"indicator": "GRDP growth", "value": 9}], "title": "Working session"}
    pred = {"kpis": [{"indicator": "GRDP growth rate", "value": 8}], "title": "Work session"}
    slow = anls_score(gt, pred)
    with fast_levenshtein():
        fast = anls_score(gt, pred)
    assert fast == slow
    assert 0.0 < slow < 1.0
    assert ANLSLeaf.__dict__["_levenshtein_distance"] is original
