"""The keyboard flow of the review app in headless Chromium, with gold and without:
``n``/``a``/``r`` visit every undecided record exactly once and the flow ends; accept
all; the reviewed box follows the decisions; rejections and the history last."""

from __future__ import annotations

import json

import pytest
from review_support import TOKEN, make_dirs

from extractor.review import create_app
from extractor.review.server import ServerThread

pytestmark = pytest.mark.browser


@pytest.fixture
def setup(tmp_path):
    dirs = make_dirs(tmp_path)
    app = create_app(dirs["run"], dirs["gold"], dirs["articles"], TOKEN, "keys-test")
    with ServerThread(app) as srv:
        yield srv, dirs


@pytest.fixture
def page(browser, setup):
    srv, _ = setup
    ctx = browser.new_context(viewport={"width": 1500, "height": 950})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda m: errors.append(m.text)
          if m.type == "error" and "status of 422" not in m.text else None)
    pg.on("dialog", lambda d: d.accept())  # the confirmations of accept-all and revert
    pg.goto(srv.url)
    pg.wait_for_selector("#article-list a[data-id]")
    yield pg
    ctx.close()
    assert errors == [], errors


def settle(pg) -> None:
    pg.wait_for_function("() => document.body.dataset.busy === '0'")


def active(pg) -> str | None:
    row = pg.locator("#records tr.rec.active")
    return row.get_attribute("data-key") if row.count() else None


def save(pg) -> None:
    pg.keyboard.press("Control+s")
    pg.wait_for_selector("#messages .msg.ok, #force-save")
    if pg.locator("#force-save").count():
        pg.locator("#force-save").click()
        pg.wait_for_selector("#messages .msg.ok")
    settle(pg)


def test_without_gold_n_a_r_visit_each_record_once_and_finish(page, setup):
    _, dirs = setup
    # the queue opens its top article: the one without gold
    page.wait_for_function("() => document.body.dataset.article === 'ex_new'")
    settle(page)
    assert not page.locator("#mark-reviewed").is_checked()  # nothing decided yet
    undecided = page.locator("#records tr.rec").count()
    assert undecided == 6
    seen = []
    page.keyboard.press("n")
    while page.locator("#undecided").inner_text() != "all decided" and len(seen) < 2 * undecided:
        seen.append(active(page))
        page.keyboard.press("a" if len(seen) % 2 else "r")
        settle(page)
    # each record met once; accepting the first KPI also made its meeting gold
    assert len(seen) == len(set(seen)) == undecided - 1 and None not in seen
    assert "p-meetings-0" not in seen
    assert page.locator("#undecided").inner_text() == "all decided"
    assert page.locator("#mark-reviewed").is_checked()
    # one more round finds nothing to decide, and accepts nothing again
    page.keyboard.press("n")
    assert "Every record is decided" in page.locator("#messages").inner_text()
    assert page.locator("#records tr.rec.decided-rejected").count() == 2
    save(page)
    saved = json.loads((dirs["gold"] / "ex_new.json").read_text(encoding="utf-8"))
    assert saved["annotation"]["status"] == "reviewed"
    assert len(saved["annotation"]["rejected"]) == 2
    # opened again: the rejected stay rejected and nothing is left to decide
    page.reload()
    page.wait_for_selector("#article-list a[data-id]")
    page.locator("#article-list a[data-id='ex_new']").click()
    page.wait_for_function("() => document.body.dataset.article === 'ex_new'")
    settle(page)
    assert page.locator("#records tr.rec.decided-rejected").count() == 2
    assert page.locator("#undecided").inner_text() == "all decided"


def test_accept_all_remaining_is_one_key(page, setup):
    _, dirs = setup
    page.wait_for_function("() => document.body.dataset.article === 'ex_new'")
    settle(page)
    page.keyboard.press("n")
    page.keyboard.press("r")  # one rejected, the other five accepted at once
    page.keyboard.press("A")
    settle(page)
    assert page.locator("#undecided").inner_text() == "all decided"
    assert page.locator("#records tr.rec.status-extra").count() == 1  # the rejected one
    save(page)
    saved = json.loads((dirs["gold"] / "ex_new.json").read_text(encoding="utf-8"))
    m = saved["meetings"][0]
    assert len(m["attendees"]) + len(m["kpis"]) + len(m["directives"]) == 4
    assert all("confidence" not in k for k in m["kpis"])  # the run's belief is not gold


def test_with_gold_the_walk_ends_and_history_reverts(page, setup):
    _, dirs = setup
    page.locator("#article-list a[data-id='ex_a']").click()
    page.wait_for_function("() => document.body.dataset.article === 'ex_a'")
    settle(page)
    # only the wrong prediction (999) needs a decision: the others match gold
    assert page.locator("#undecided").inner_text() == "1 undecided"
    page.keyboard.press("n")
    assert "999" in page.locator("#records tr.rec.active").inner_text()
    page.keyboard.press("r")  # keep the gold value
    assert page.locator("#undecided").inner_text() == "all decided"
    page.keyboard.press("?")
    assert page.locator("#keys-help").is_visible()
    assert "accept all remaining" in page.locator("#keys-help").inner_text()
    page.keyboard.press("?")
    # add a record from a selection with a key: the title of the meeting as a directive
    page.evaluate("""() => {
      const pre = document.getElementById('article-text');
      const node = pre.firstChild; const range = document.createRange();
      range.setStart(node, 0); range.setEnd(node, 10);
      const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
    }""")
    page.wait_for_function("() => !document.querySelector(\"#add-bar button[data-add='directives']\").disabled")
    before = page.locator("#records tr.rec[data-type='directives']").count()
    page.keyboard.press("3")
    settle(page)
    assert page.locator("#records tr.rec[data-type='directives']").count() == before + 1
    # its action is empty: the save is refused until forced
    page.keyboard.press("Control+s")
    page.wait_for_selector("#force-save")
    assert "action is empty" in page.locator("#messages").inner_text()
    page.locator("#force-save").click()
    page.wait_for_selector("#messages .msg.ok")
    settle(page)
    saved = json.loads((dirs["gold"] / "ex_a.json").read_text(encoding="utf-8"))
    assert len(saved["meetings"][0]["directives"]) == before + 1
    # the history has the save and the original; revert to the original
    page.keyboard.press("h")
    page.wait_for_selector("#history li.history-item")
    assert page.locator("#history li.history-item").count() == 2
    page.locator("#history button.revert").first.click()
    page.wait_for_selector("#messages .msg.ok")
    settle(page)
    saved = json.loads((dirs["gold"] / "ex_a.json").read_text(encoding="utf-8"))
    assert len(saved["meetings"][0]["directives"]) == before
