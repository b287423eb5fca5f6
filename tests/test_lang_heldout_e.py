"""The reader in Urdu: the classes the held-out set e showed.

Sentences written for these tests (not taken from corpus/heldout/e): South Asian scale
words (لاکھ, کروڑ, ارب), qualifiers written after the figure ("سے زائد", "سے کم") or
before it ("تقریباً", "کم از کم"), "فیصد" as a percent word, unit words, ordinals written
with "ویں" and durations that are no KPIs, meeting kinds and instructions.
"""

from __future__ import annotations

import pytest

from extractor.draft import build_draft
from extractor.draft.meeting import meeting_kind
from extractor.numbers import find_numbers


def _figures(text: str) -> list[tuple]:
    """(value, scale, qualifier, unit) of every KPI candidate the reader drafts."""
    return [(f.value, f.scale, f.qualifier, f.unit_word) for f in build_draft(text, "ur").figures]


@pytest.mark.parametrize(("text", "value", "scale", "percent"), [
    ("ضلع میں 3 لاکھ پودے لگائے گئے۔", 3.0, 1e5, False),
    ("بجٹ کی آمدنی 45 کروڑ ڈونگ رہی۔", 45.0, 1e7, False),
    ("برآمدات 1.8 ارب ڈالر تک پہنچ گئیں۔", 1.8, 1e9, False),
    ("غربت کی شرح 4.2 فیصد تک کم ہو گئی۔", 4.2, 1.0, True),
], ids=["lakh", "crore", "arab", "faisad"])
def test_numbers_as_the_urdu_press_writes_them(text, value, scale, percent):
    [m] = [m for m in find_numbers(text, "ur") if m.role == "number"]
    assert (m.value, m.scale, m.percent) == (value, scale, percent)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("صوبے میں 12 ہزار سے زائد سیاح آئے۔", "over"),
    ("تقریباً 640 ہیکٹر پر چاول کاشت کیا گیا۔", "about"),
    ("بے روزگاری کی شرح 3 فیصد سے کم رہی۔", "under"),
    ("کم از کم 25 کمیونز نے معیار پورا کیا۔", "over"),
])
def test_qualifiers_before_and_after_the_figure(text, qualifier):
    figures = _figures(text)
    assert len(figures) == 1
    assert figures[0][2] == qualifier


@pytest.mark.parametrize(("text", "unit"), [
    ("اب تک 17 کمیونز نے نئے دیہی معیارات پورے کر لیے ہیں۔", "communes"),
    ("ضلع کے 2,300 گھرانوں کو صاف پانی ملا۔", "households"),
    ("سال کے دوران 58 دیہات کو بجلی فراہم کی گئی۔", "villages"),
])
def test_unit_words(text, unit):
    [figure] = _figures(text)
    assert figure[3] == unit


@pytest.mark.parametrize(("text", "kept"), [
    ("کمیٹی نے اپنی 14ویں کانفرنس منعقد کی اور 9 منصوبے منظور کیے۔", [9.0]),
    ("پچھلے 6 مہینوں میں 120 نئے کاروبار قائم ہوئے۔", [120.0]),
], ids=["ordinal-wein", "duration-mahino"])
def test_ordinals_and_durations_are_no_kpis(text, kept):
    assert [f[0] for f in _figures(text)] == kept


def test_a_working_session_is_not_a_conference():
    text = ("صوبائی پارٹی سیکرٹری نے ضلعی پارٹی کمیٹی کے ساتھ ورکنگ سیشن کیا۔ "
            "اجلاس میں ضلع کے رہنماؤں نے شرکت کی۔")
    assert meeting_kind(text, "ur")[0] == "working_session"


def test_an_instruction_and_what_is_none():
    text = ("سیکرٹری نے ضلع کی کوششوں کو سراہا۔\n"
            "انہوں نے ضلع کو ہدایت کی کہ سڑکوں کی تعمیر کو تیز کیا جائے۔")
    draft = build_draft(text, "ur")
    found = [text[c.span[0]:c.span[1]] for c in draft.clauses]
    assert len(found) == 1 and "ہدایت کی" in found[0]
