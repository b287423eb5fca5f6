"""Chunking covers the whole text with overlap; merging de-duplicates."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.chunking import merge_drafts, split_text
from extractor.schemas import AttendeeDraft, ExtractionDraft, KPIDraft, MeetingDraft


def test_short_text_is_one_chunk():
    chunks = split_text("krótki tekst", 1000)
    assert len(chunks) == 1 and chunks[0].start == 0 and chunks[0].text == "krótki tekst"


def test_corpus_article_chunks_cover_text_and_respect_size(corpus_dir):
    text = (corpus_dir / "articles" / "000_84a0ffaa082859e8.txt").read_text(encoding="utf-8")
    chunks = split_text(text, 3000, overlap=200)
    assert len(chunks) > 3
    assert all(len(c.text) <= 3000 for c in chunks)
    assert all(text[c.start : c.start + len(c.text)] == c.text for c in chunks)
    assert chunks[0].start == 0
    assert chunks[-1].start + len(chunks[-1].text) == len(text)
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert b.start <= a.start + len(a.text), "gap between chunks"
        assert b.start > a.start
    # breaks fall at paragraph or sentence ends where the text has them
    assert sum(c.text.endswith(("\n", ". ", ".")) for c in chunks[:-1]) >= len(chunks) // 2


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\nЖش")), min_size=0, max_size=3000),
       st.integers(min_value=50, max_value=800))
def test_chunks_always_cover_text(text, size):
    chunks = split_text(text, size, overlap=40)
    covered = 0
    for c in chunks:
        assert text[c.start : c.start + len(c.text)] == c.text
        assert len(c.text) <= size
        assert c.start <= covered
        covered = max(covered, c.start + len(c.text))
    assert covered == len(text)


def _kpi(value, evidence):
    return KPIDraft(indicator="x", value=value, unit="%", evidence=evidence)


def test_merge_dedupes_overlap_records_and_fuses_meetings():
    a = ExtractionDraft(meetings=[MeetingDraft(
        kind="working_session", title="A", date="2024-07-17",
        attendees=[AttendeeDraft(name="Do Trong Hung", name_in_text="Do Trong Hung")],
        kpis=[_kpi(9, "wzrost o 9 %"), _kpi(10, "ponad 10 %")])])
    b = ExtractionDraft(meetings=[MeetingDraft(
        kind="working_session", title="A (cont.)", date="2024-07-17", location="Quan Son",
        attendees=[AttendeeDraft(name="Đỗ Trọng Hưng", name_in_text="Đỗ Trọng Hưng"),
                   AttendeeDraft(name="Nguyen Van Thi", name_in_text="Nguyen Van Thi")],
        kpis=[_kpi(10, "ponad  10 %"), _kpi(46, "46 mln VND")])])
    merged = merge_drafts([a, b])
    assert len(merged.meetings) == 1
    m = merged.meetings[0]
    assert m.location == "Quan Son"
    assert [p.name for p in m.attendees] == ["Do Trong Hung", "Nguyen Van Thi"]
    assert [k.value for k in m.kpis] == [9, 10, 46]


def test_merge_keeps_meetings_on_different_dates_apart():
    a = ExtractionDraft(meetings=[MeetingDraft(kind="conference", title="A", date="2024-01-01")])
    b = ExtractionDraft(meetings=[MeetingDraft(kind="conference", title="B", date="2024-02-01")])
    assert [m.title for m in merge_drafts([a, b]).meetings] == ["A", "B"]
