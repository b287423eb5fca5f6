"""The review app in a real headless Chromium (Debian's ``chromium``) against the real
server: accept, edit, add by selecting text, save; the gold file on disk and the score
the page shows; markup in articles and records stays text. Saves a screenshot."""

from __future__ import annotations

import json

import pytest
from review_support import HOSTILE_FIELD, TOKEN, make_dirs

from extractor.eval import compare_article, score_comparisons
from extractor.review import create_app
from extractor.review.server import ServerThread
from extractor.schemas import ArticleExtraction

pytestmark = pytest.mark.browser

# Select the first occurrence of a string in the article text, across text nodes and marks.
SELECT_JS = """
(needle) => {
  const pre = document.getElementById('article-text');
  const full = pre.textContent;
  const at = full.indexOf(needle);
  if (at < 0) throw new Error('not in the text: ' + needle);
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0, node, started = false;
  while ((node = walker.nextNode())) {
    const len = node.nodeValue.length;
    if (!started && at < pos + len) { range.setStart(node, at - pos); started = true; }
    if (started && at + needle.length <= pos + len) { range.setEnd(node, at + needle.length - pos); break; }
    pos += len;
  }
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
}
"""


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    dirs = make_dirs(tmp_path_factory.mktemp("review"))
    app = create_app(dirs["run"], dirs["gold"], dirs["articles"], TOKEN, "browser-test")
    with ServerThread(app) as srv:
        yield srv, dirs


@pytest.fixture
def page(browser, setup):
    srv, _ = setup
    ctx = browser.new_context(viewport={"width": 1500, "height": 950})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # The browser logs every 4xx answer; 422 (validator errors) and 409 (a stale save)
    # are part of the flows tested here.
    expected = ("status of 422", "status of 409")
    pg.on(
        "console",
        lambda m: errors.append(m.text)
        if m.type == "error" and not any(e in m.text for e in expected)
        else None,
    )
    pg.goto(srv.url)
    pg.wait_for_selector("#article-list a[data-id]")
    yield pg
    ctx.close()
    assert errors == [], errors


def open_article(pg, aid: str) -> None:
    pg.locator(f"#article-list a[data-id='{aid}']").click()
    pg.wait_for_function("id => document.body.dataset.article === id", arg=aid)
    pg.wait_for_selector("#records tr.rec")


def rows(pg, status: str | None = None, rtype: str | None = None):
    sel = "#records tr.rec" + (f".status-{status}" if status else "")
    sel += f"[data-type='{rtype}']" if rtype else ""
    return pg.locator(sel)


def settle(pg) -> None:
    """Wait until the requests of the last edit (preview, save) have come back and rendered."""
    pg.wait_for_function("() => document.body.dataset.busy === '0'")


def test_list_chart_and_linking(page):
    items = page.locator("#article-list li")
    assert items.count() == 3
    assert "not started" in items.nth(0).inner_text()  # the queue: unreviewed first
    assert page.locator("#chart .chart-row").count() >= 5  # 4 record types + 1 language
    open_article(page, "ex_a")
    row = rows(page, "missing", "kpis")
    row.locator("td.status").click()
    active = page.locator("#article-text mark.hl.active")
    assert "4/21 communes" in "".join(active.all_inner_texts())
    # and back: a highlight selects its record
    page.locator("#article-text mark.hl.st-mismatched").first.click()
    selected = page.locator("#records tr.rec.active")
    assert selected.count() == 1 and "999" in selected.inner_text()
    # validator findings beside the record they concern
    assert selected.locator("li.finding.error").count() >= 1
    # j / k: next and previous row
    keys = page.eval_on_selector_all("#records tr.rec", "rs => rs.map(r => r.dataset.key)")
    at = keys.index(selected.get_attribute("data-key"))
    page.keyboard.press("j")
    assert page.locator("#records tr.rec.active").get_attribute("data-key") == keys[at + 1]
    page.keyboard.press("k")
    assert page.locator("#records tr.rec.active").get_attribute("data-key") == keys[at]
    # the list and the header show field accuracy beside F1: a wrong value shows
    assert "fields" in page.locator("#score").inner_text()
    assert page.locator("#article-list a[data-id='ex_a'] .fields-acc.imperfect").count() == 1
    # ] opens the next article
    page.keyboard.press("]")
    page.wait_for_function("() => document.body.dataset.article === 'ex_b'")


def test_review_a_new_article_and_save(page, setup):
    srv, dirs = setup
    open_article(page, "ex_new")
    assert page.locator("#score").inner_text() == "no gold yet"
    assert rows(page, "extra").count() == 6
    # the first edit of an article without gold can be undone too
    rows(page, "extra", "kpis").first.locator("button.act-accept").click()
    settle(page)
    assert rows(page, "extra").count() == 4  # the KPI and its new meeting matched
    page.keyboard.press("Control+z")
    settle(page)
    assert rows(page, "extra").count() == 6 and page.locator("#undo").is_disabled()

    # accept the attendee with the keyboard, the KPIs with the buttons
    rows(page, "extra", "attendees").locator("td.status").click()
    page.keyboard.press("a")
    settle(page)
    assert rows(page, "matched", "attendees").count() == 1
    for _ in range(2):
        rows(page, "extra", "kpis").first.locator("button.act-accept").click()
        settle(page)
    assert rows(page, "matched", "kpis").count() == 2
    # reject the directive (stays out of gold), with the keyboard
    rows(page, "extra", "directives").locator("td.status").click()
    page.keyboard.press("r")
    assert rows(page, "extra", "directives").get_attribute("class").count("decided-rejected") == 1

    # change a KPI's value: 312 -> 313 (a number input)
    kpi = page.locator("#records tr.rec[data-type='kpis']").filter(has_text="budget revenue growth")
    value = kpi.locator("td.gold-side input[name='value']")
    assert value.get_attribute("type") == "number"
    value.fill("13")
    value.press("Tab")
    settle(page)
    kpi = page.locator("#records tr.rec[data-type='kpis']").filter(has_text="budget revenue growth")
    assert "mismatched" in kpi.get_attribute("class")
    value = kpi.locator("td.gold-side input[name='value']")
    value.fill("12.5")
    value.press("Tab")
    settle(page)
    assert page.locator("#records select[name='qualifier']").count() >= 1
    assert page.locator("#records input[name='date'][type='date']").count() == 1  # the meeting's

    # add a record by selecting text
    needle = "4/21 communes met the new rural standards"
    page.evaluate(SELECT_JS, needle)
    page.wait_for_function(
        "() => !document.querySelector(\"#add-bar button[data-add='kpis']\").disabled"
    )
    page.locator("#add-bar button[data-add='kpis']").click()
    settle(page)
    added = page.locator("#records tr.rec.active")
    assert added.count() == 1
    unit = added.locator("input[name='unit']")
    unit.fill("communes")
    unit.press("Tab")
    settle(page)
    added = page.locator("#records tr.rec.active")
    out_of = added.locator("input[name='out_of']")
    out_of.fill("21")
    out_of.press("Tab")
    settle(page)

    # a prediction is left undecided (the KPI added by hand replaces it): the reviewer
    # says the article is reviewed, which the box does not say by itself
    assert not page.locator("#mark-reviewed").is_checked()
    page.locator("#mark-reviewed").check()
    page.locator("#save").click()
    page.wait_for_selector("#messages .msg.ok, #force-save")
    if page.locator("#force-save").count():
        page.locator("#force-save").click()
        page.wait_for_selector("#messages .msg.ok")

    saved = json.loads((dirs["gold"] / "ex_new.json").read_text(encoding="utf-8"))
    meeting = saved["meetings"][0]
    assert [a["name"] for a in meeting["attendees"]] == ["Nguyen Van Thi"]
    assert meeting["directives"] == []
    values = sorted(k["value"] for k in meeting["kpis"])
    assert values == [4, 12.5, 312]
    new = next(k for k in meeting["kpis"] if k["evidence"] == needle)
    text = (dirs["articles"] / "ex_new.txt").read_text(encoding="utf-8")
    g = new["evidence_grounding"]
    assert (g["start"], g["end"], g["status"]) == (text.index(needle), text.index(needle) + len(needle), "exact")
    assert new["unit"] == "communes" and new["out_of"] == 21
    assert saved["provenance"] is None and saved["annotation"]["annotator"] == "browser-test"

    # the score shown is the score of the run against the file just written
    gold = ArticleExtraction.model_validate(saved)
    pred = ArticleExtraction.model_validate_json((dirs["run"] / "ex_new.json").read_bytes())
    f1 = score_comparisons([compare_article("ex_new", gold, pred, text)], anls=False).overall.f1
    assert f"F1 {f1:.3f}" in page.locator("#score").inner_text()
    assert f"F1 {f1:.3f}" in page.locator("#messages").inner_text()
    item = page.locator("#article-list a[data-id='ex_new']")
    page.wait_for_function(
        "() => document.querySelector(\"#article-list a[data-id='ex_new']\").textContent.includes('reviewed')"
    )
    assert f"F1 {f1:.3f}" in item.inner_text()


def test_delete_and_undo(page):
    open_article(page, "ex_b")
    before = rows(page).count()
    rows(page, "matched", "kpis").first.locator("button.act-delete").click()
    settle(page)
    assert rows(page, "extra", "kpis").count() == 1  # the prediction is now unmatched
    page.keyboard.press("Control+z")
    settle(page)
    assert rows(page).count() == before and rows(page, "extra").count() == 0


def test_two_tabs_the_second_save_is_refused(browser, setup, page):
    srv, dirs = setup
    other = browser.new_page()
    other.goto(srv.url + "#/ex_a")
    other.wait_for_function("() => document.body.dataset.article === 'ex_a'")
    open_article(page, "ex_a")
    for pg, title in ((page, "first tab"), (other, "second tab")):
        box = pg.locator("#records tr.rec[data-type='meetings'] input[name='title']")
        box.fill(title)
        box.press("Tab")
        settle(pg)
    page.locator("#save").click()
    page.wait_for_selector("#messages .msg.ok, #force-save")
    if page.locator("#force-save").count():
        page.locator("#force-save").click()
        page.wait_for_selector("#messages .msg.ok")
    other.locator("#save").click()
    other.wait_for_selector("#messages .msg.error")
    assert "someone else saved" in other.locator("#messages").inner_text()
    saved = json.loads((dirs["gold"] / "ex_a.json").read_text(encoding="utf-8"))
    assert saved["meetings"][0]["title"] == "first tab"
    other.close()


def test_markup_in_article_and_records_stays_text(page):
    open_article(page, "ex_b")
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text and "<img src=x" in text
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert HOSTILE_FIELD in page.locator("#records").inner_text()
    assert page.locator("#records b, #records script").count() == 0
    gold_action = page.locator("#records input[name='action']").first.input_value()
    assert gold_action == HOSTILE_FIELD
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_screenshot(page, tmp_path):
    open_article(page, "ex_a")
    rows(page, "mismatched").first.locator("td.status").click()
    shot = tmp_path / "review-app.png"
    page.screenshot(path=str(shot), full_page=False)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
