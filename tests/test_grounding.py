"""Grounding: spans located by the system, correct offsets in any script."""

from __future__ import annotations

import pytest

from extractor.grounding import ground, ground_extraction, normalize
from extractor.schemas import KPI, ArticleExtraction, Attendee, MatchStatus, Meeting

UK = "Член Центрального Комітету партії - провінційний секретар партії Ле Дик Тхо та делегати."
AR = "في عصر يوم 11 أبريل، قام الرفيق ترينه توان سينه، نائب السكرتير للجنة الحزب الإقليمية"
VI = "Đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Thanh Hóa"


@pytest.mark.parametrize(
    ("text", "quote"),
    [(UK, "Ле Дик Тхо"), (AR, "ترينه توان سينه"), (VI, "Đỗ Trọng Hưng"), (UK, "секретар партії")],
)
def test_exact_offsets_in_any_script(text, quote):
    g = ground(quote, text)
    assert g.status is MatchStatus.exact
    assert text[g.start : g.end] == quote
    assert g.score == 1.0


def test_normalized_ignores_case_diacritics_and_spacing():
    g = ground("do  trong hung", VI)
    assert g.status is MatchStatus.normalized
    assert VI[g.start : g.end] == "Đỗ Trọng Hưng"


def test_normalized_arabic_with_tashkeel_and_tatweel():
    text = "قال الرَّفيقُ ترينه توان سينه إن المنطقة حققت النتائج"
    g = ground("الرفيق ترينه", text)
    assert g.status is MatchStatus.normalized
    assert text[g.start : g.end] == "الرَّفيقُ ترينه"


def test_normalized_typographic_quotes_and_dashes():
    text = "Pod hasłem „Solidarność — Demokracja” dystrykt rozwija się."
    g = ground('"Solidarność - Demokracja"', text)
    assert g.status is MatchStatus.normalized
    assert text[g.start : g.end] == "„Solidarność — Demokracja”"


def test_fuzzy_finds_a_slightly_misquoted_sentence():
    text = "W 2023 roku dochody budżetowe dystryktu wyniosły 312 mld VND, o 12% więcej."
    g = ground("dochody budzetowe dystryktu wynosily 312 mld VND", text)
    assert g.status in (MatchStatus.normalized, MatchStatus.fuzzy)
    assert "312 mld VND" in text[g.start : g.end]
    g2 = ground("dochody budżetowe dystryku wyniosły 312 mld VND", text)
    assert g2.status is MatchStatus.fuzzy
    assert 0.85 <= g2.score < 1
    assert "312 mld VND" in text[g2.start : g2.end]


@pytest.mark.parametrize("quote", ["", "   ", None, "completely unrelated sentence about the weather"])
def test_not_found(quote):
    g = ground(quote, UK)
    assert g.status is MatchStatus.not_found
    assert g.start is None and g.end is None


def test_normalize_folds_vietnamese_d():
    assert normalize("Đỗ  Trọng\nHưng") == "do trong hung"


def test_ground_extraction_fills_every_span(corpus_dir):
    path = corpus_dir / "articles" / "002_875932fb6ed4ed16.txt"
    text = path.read_text(encoding="utf-8")
    ex = ArticleExtraction(
        article_id="002",
        language="uk",
        meetings=[
            Meeting(
                kind="conference",
                title="t",
                attendees=[Attendee(name="Le Duc Tho", name_in_text="Ле Дик Тхо")],
                kpis=[
                    KPI(indicator="targets exceeded", value=4, unit="targets", out_of=34,
                        evidence="В районі перевиконано 4/34 цілі"),
                    KPI(indicator="made up", value=1, unit="x", evidence="nie ma tego w tekście"),
                ],
            )
        ],
    )
    ground_extraction(ex, text)
    a = ex.meetings[0].attendees[0].name_grounding
    assert text[a.start : a.end] == "Ле Дик Тхо"
    k0, k1 = (k.evidence_grounding for k in ex.meetings[0].kpis)
    assert k0.status is MatchStatus.exact and text[k0.start : k0.end].endswith("4/34 цілі")
    assert k1.status is MatchStatus.not_found
