"""The review page's markup: highlights cover exactly each record's evidence span.

Parsed with the standard library's HTML parser; the browser test checks behaviour.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor.eval import diff_articles, render_html
from extractor.schemas import ArticleExtraction

REPO = Path(__file__).resolve().parents[1]
HOSTILE = "\n\n<script>window.__pwned = 1</script> <img src=x onerror=alert(1)> &amp; done"


class PageParser(HTMLParser):
    """Article texts and their <mark> pieces, per section."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: dict[str, dict] = {}
        self._section: dict | None = None
        self._in_pre = False
        self._mark: dict | None = None
        self.script_tags = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section":
            self._section = {"text": "", "marks": [], "article": a["data-article"]}
            self.sections[a["id"]] = self._section
        elif tag == "pre" and "article-text" in a.get("class", ""):
            self._in_pre = True
        elif tag == "mark" and self._in_pre:
            self._mark = {"refs": a["data-refs"].split(), "class": a["class"], "text": ""}
            self._mark["start"] = len(self._section["text"])
        elif tag == "script":
            self.script_tags += 1
        elif self._in_pre:
            raise AssertionError(f"markup <{tag}> inside the article text")

    def handle_endtag(self, tag):
        if tag == "pre":
            self._in_pre = False
        elif tag == "mark" and self._mark is not None:
            self._section["marks"].append(self._mark)
            self._mark = None

    def handle_data(self, data):
        if self._in_pre:
            self._section["text"] += data
            if self._mark is not None:
                self._mark["text"] += data


@pytest.fixture
def run_comparison(tmp_path: Path):
    example = json.loads((REPO / "tests" / "data" / "review_example.json").read_text(encoding="utf-8"))
    text = example["text"] + HOSTILE
    gold_dir, run_dir, art_dir = (tmp_path / d for d in ("gold", "run", "articles"))
    for d in (gold_dir, run_dir, art_dir):
        d.mkdir()
    (art_dir / "ex.txt").write_text(text, encoding="utf-8")
    gold = ArticleExtraction(article_id="ex", language="en", meetings=example["output"]["meetings"])
    (gold_dir / "ex.json").write_text(gold.model_dump_json(), encoding="utf-8")
    pred = gold.model_copy(deep=True)
    kpis = pred.meetings[0].kpis
    kpis[0].value = 999
    kpis[0].evidence = "budget revenue reached 312 billion VND"  # overlaps gold's quote
    del kpis[1]
    (run_dir / "ex.json").write_text(pred.model_dump_json(), encoding="utf-8")
    return diff_articles(run_dir, gold_dir, articles_dir=art_dir), text


def test_highlights_cover_exactly_each_evidence_span(run_comparison):
    rc, text = run_comparison
    page = PageParser()
    page.feed(render_html(rc))
    (section,) = page.sections.values()
    assert section["text"] == text  # escaped and unescaped back: nothing lost or added
    comp = rc.comparisons[0]
    checked = 0
    for side, records in (("g", comp.gold_records), ("p", comp.pred_records)):
        for rtype in ("attendees", "kpis", "directives"):
            for rec in records[rtype]:
                assert rec.span is not None
                ref = f"{side}-{rtype}-{rec.index}"
                pieces = [m for m in section["marks"] if ref in m["refs"]]
                assert pieces, ref
                # Contiguous pieces that together are the quoted span, nothing more.
                start = pieces[0]["start"]
                assert start == rec.span[0]
                assert "".join(m["text"] for m in pieces) == text[rec.span[0] : rec.span[1]]
                checked += 1
    assert checked == 5 + 4  # gold: 1 attendee, 3 KPIs, 1 directive; run: one KPI fewer
    statuses = {m["class"] for m in section["marks"]}
    assert any("st-missing" in c for c in statuses)  # the dropped KPI's evidence
    assert any("st-mismatched" in c for c in statuses)  # the KPI with the wrong value


def test_article_markup_is_text(run_comparison):
    rc, _ = run_comparison
    html = render_html(rc)
    page = PageParser()
    page.feed(html)
    assert page.script_tags == 1  # only the page's own script
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&amp;amp; done" in html


def test_page_without_article_text_still_lists_records(run_comparison):
    rc, _ = run_comparison
    bare = diff_articles(rc.run.path, rc.gold.path, articles_dir=None)
    html = render_html(bare)
    assert "Article text not found" in html
    assert "<mark" not in html
    assert html.count('class="rec status-') == len(bare.comparisons[0].pairs)
