"""The HTML review page in a real headless Chromium (Debian's ``chromium`` package).

Checks what a reviewer relies on: one article at a time, prev/next/side-list/keyboard
navigation, record <-> highlight linking, and that an article's own markup stays
inert text. Saves a screenshot.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.eval import diff_articles, render_html
from extractor.schemas import ArticleExtraction

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
HOSTILE = "\n\n<script>window.__pwned = 1</script><img src=x onerror='window.__pwned = 2'>"


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    """Three articles: ex_a with differences, ex_b identical, ex_c with hostile markup."""
    root = tmp_path_factory.mktemp("review")
    example = json.loads((REPO / "tests" / "data" / "review_example.json").read_text(encoding="utf-8"))
    dirs = {k: root / k for k in ("gold", "run", "articles")}
    for d in dirs.values():
        d.mkdir()
    for aid in ("ex_a", "ex_b", "ex_c"):
        text = example["text"] + (HOSTILE if aid == "ex_c" else "")
        (dirs["articles"] / f"{aid}.txt").write_text(text, encoding="utf-8")
        gold = ArticleExtraction(
            article_id=aid, language="en", meetings=example["output"]["meetings"]
        )
        (dirs["gold"] / f"{aid}.json").write_text(gold.model_dump_json(), encoding="utf-8")
        pred = gold.model_copy(deep=True)
        if aid == "ex_a":
            pred.meetings[0].kpis[0].value = 999
            del pred.meetings[0].kpis[2]  # the '4/21 communes' KPI goes missing
        (dirs["run"] / f"{aid}.json").write_text(pred.model_dump_json(), encoding="utf-8")
    rc = diff_articles(dirs["run"], dirs["gold"], articles_dir=dirs["articles"])
    out = root / "review.html"
    out.write_text(render_html(rc), encoding="utf-8")
    return out


@pytest.fixture
def page(browser, page_file):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.goto(page_file.as_uri())
    yield pg
    ctx.close()
    assert errors == [], errors


def visible_articles(pg) -> list[str]:
    return pg.eval_on_selector_all(
        "section.article", "els => els.filter(e => !e.hidden).map(e => e.dataset.article)"
    )


def in_viewport(pg, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and 0 <= box["y"] < pg.viewport_size["height"]


def test_navigation_between_articles(page):
    assert visible_articles(page) == ["ex_a"]
    assert page.locator("nav#articles a.current").inner_text().startswith("ex_a")
    assert page.locator("#art-0 button.prev").is_disabled()

    page.locator("#art-0 button.next").click()
    assert visible_articles(page) == ["ex_b"]
    assert page.evaluate("location.hash") == "#art-1"

    page.keyboard.press("ArrowRight")
    assert visible_articles(page) == ["ex_c"]
    assert page.locator("#art-2 button.next").is_disabled()

    page.keyboard.press("ArrowLeft")
    assert visible_articles(page) == ["ex_b"]

    page.locator("nav#articles a[data-index='0']").click()
    assert visible_articles(page) == ["ex_a"]
    assert page.locator("nav#articles a.current").inner_text().startswith("ex_a")


def test_matched_records_can_be_hidden(page):
    rows = page.locator("#art-0 tr.rec")
    matched = page.locator("#art-0 tr.rec.status-matched")
    assert matched.count() >= 1 and matched.first.is_visible()
    page.locator("#hide-matched").check()
    assert not matched.first.is_visible()
    assert page.locator("#art-0 tr.rec.status-missing").is_visible()
    page.locator("#hide-matched").uncheck()
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))


def test_deep_link_opens_that_article(browser, page_file):
    ctx = browser.new_context()
    pg = ctx.new_page()
    pg.goto(page_file.as_uri() + "#art-2")
    assert visible_articles(pg) == ["ex_c"]
    ctx.close()


def test_record_and_highlight_link_both_ways(page):
    section = page.locator("#art-0")
    marks = section.locator("mark.hl")
    assert marks.count() >= 4
    missing_mark = section.locator("mark.hl.st-missing")
    assert missing_mark.count() >= 1
    assert "4/21 communes" in "".join(missing_mark.all_inner_texts())

    row = section.locator("tr.rec.status-missing")
    assert row.count() == 1
    row.click()
    active = section.locator("mark.hl.active")
    assert active.count() >= 1
    assert "4/21 communes met the new rural standards" in "".join(active.all_inner_texts())
    assert in_viewport(page, active.first)
    assert "active" in (row.get_attribute("class") or "")

    # And back: the highlight of the wrong-valued KPI selects its record row.
    section.locator("mark.hl.st-mismatched").first.click()
    active_rows = section.locator("tr.rec.active")
    assert active_rows.count() == 1
    assert "mismatched" in active_rows.get_attribute("class")
    assert "999" in active_rows.inner_text()
    assert section.locator("mark.hl.st-missing.active").count() == 0


def test_article_markup_shows_as_text(page):
    page.locator("nav#articles a[data-index='2']").click()
    text = page.locator("#art-2 pre.article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert "<img src=x" in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#art-2 pre.article-text img").count() == 0


def test_screenshot(page, tmp_path):
    page.locator("#art-0 tr.rec.status-mismatched").click()
    shot = tmp_path / "review.png"
    page.screenshot(path=str(shot), full_page=False)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000
