"""Review app: time to open an article with 60 records and time to save its gold.

    python bench/review.py [--repeat 7] [--no-browser]

One synthetic English article with 60 gold records (1 meeting, 14 attendees, 35 KPIs,
10 directives) and a run that differs from it (every 5th KPI value wrong, 3 KPIs and
1 directive missed, 2 KPIs invented). The real uvicorn server on 127.0.0.1:

* API: ``GET /api/articles/{id}`` (everything the page needs: text, both record sets,
  the comparison, highlights and validator findings), cold (fresh server state: the
  run's records validated, gold compared and validated) and warm (cached by gold
  version); ``PUT .../gold`` (parse, ground, validate, write atomically, re-score);
* browser (Debian chromium, headless): click in the list -> every record row rendered;
  click Save -> the new score shown.

Medians over ``--repeat`` runs, with the range.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from _common import machine, print_table

ARTICLE = "bench60"
TOKEN = "bench-token"


def build(root: Path) -> dict[str, Path]:
    """The article, its gold (60 records) and a run that differs from it."""
    from extractor.grounding import ground_extraction
    from extractor.schemas import ArticleExtraction

    dirs = {k: root / k for k in ("gold", "run", "articles")}
    for d in dirs.values():
        d.mkdir(parents=True)
    lines = ["On 12 May 2025 the Provincial People's Committee held its quarterly conference."]
    attendees, kpis, directives = [], [], []
    for i in range(14):
        name = f"Nguyen Van Ten{chr(65 + i)}"
        lines.append(f"Comrade {name}, Director of Department {i + 1}, attended the conference.")
        attendees.append({"name": name, "name_in_text": name, "titles": [f"Director of Department {i + 1}"],
                          "role": "chair" if i == 0 else "attendee"})
    for k in range(35):
        value = 100 + 7 * k
        sentence = f"Indicator {k + 1} of the district reached {value} billion VND in 2024."
        lines.append(sentence)
        kpis.append({"indicator": f"indicator {k + 1}", "value": value, "unit": "VND", "scale": 1e9,
                     "period": "2024", "evidence": sentence})
    for d in range(10):
        sentence = f"He asked department {d + 1} to finish project {d + 1} before 30 June 2025."
        lines.append(sentence)
        directives.append({"issuer": "Nguyen Van TenA", "addressee": f"department {d + 1}",
                           "action": f"Finish project {d + 1}", "deadline": "2025-06-30",
                           "evidence": sentence})
    text = "\n".join(lines) + "\n"
    (dirs["articles"] / f"{ARTICLE}.txt").write_text(text, encoding="utf-8")
    meeting = {"kind": "conference", "title": "Quarterly conference of the People's Committee",
               "date": "2025-05-12", "location": None, "attendees": attendees, "kpis": kpis,
               "directives": directives}
    gold = ground_extraction(
        ArticleExtraction(article_id=ARTICLE, language="en", meetings=[meeting]), text
    )
    pred = gold.model_copy(deep=True)
    m = pred.meetings[0]
    for k in range(0, 35, 5):
        m.kpis[k].value += 1
    del m.kpis[30:33]
    del m.directives[9]
    m.kpis.extend([m.kpis[1].model_copy(update={"indicator": "invented", "value": 9999.0})] * 2)
    for d, doc in (("gold", gold), ("run", pred)):
        (dirs[d] / f"{ARTICLE}.json").write_text(doc.model_dump_json(indent=2), encoding="utf-8")
    records = 1 + sum(len(getattr(gold.meetings[0], t)) for t in ("attendees", "kpis", "directives"))
    assert records == 60, records
    return dirs


def call(url: str, method: str = "GET", body: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return resp.status, json.loads(resp.read())


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def api_figures(dirs: dict[str, Path], repeat: int) -> list[list[object]]:
    from extractor.review import create_app
    from extractor.review.server import ServerThread

    rows = []
    cold = []
    for _ in range(repeat):
        app = create_app(dirs["run"], dirs["gold"], dirs["articles"], TOKEN, "bench")
        with ServerThread(app) as srv:
            cold += timed(lambda u=srv.url: call(f"{u}api/articles/{ARTICLE}"), 1)
    rows.append(["GET article (cold server state)", cold])
    app = create_app(dirs["run"], dirs["gold"], dirs["articles"], TOKEN, "bench")
    with ServerThread(app) as srv:
        url = f"{srv.url}api/articles/{ARTICLE}"
        _, art = call(url)
        rows.append(["GET article (warm)", timed(lambda: call(url), repeat)])
        state = {"version": art["version"]}
        doc = art["gold"]

        def save() -> None:
            doc["meetings"][0]["title"] = f"Quarterly conference {time.time()}"
            _, body = call(f"{url}/gold?force=1", "PUT", json.dumps(doc).encode(), {
                "X-Review-Token": TOKEN, "If-Match": state["version"],
                "Content-Type": "application/json"})
            state["version"] = body["version"]

        rows.append(["PUT gold (save + re-score)", timed(save, repeat)])
        rows.append(["GET /api/articles (list)", timed(lambda: call(f"{srv.url}api/articles"), repeat)])
        rows.append(["GET /api/queue", timed(lambda: call(f"{srv.url}api/queue"), repeat)])
    return rows


def browser_figures(dirs: dict[str, Path], repeat: int) -> list[list[object]]:
    from playwright.sync_api import sync_playwright

    from extractor.review import create_app
    from extractor.review.server import ServerThread

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"]
    opened, saved = [], []
    app = create_app(dirs["run"], dirs["gold"], dirs["articles"], TOKEN, "bench")
    with ServerThread(app) as srv, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=args)
        page = browser.new_page(viewport={"width": 1500, "height": 950})
        page.goto(srv.url + "#/none")
        page.wait_for_selector(f"#article-list a[data-id='{ARTICLE}']")
        for _ in range(repeat):
            page.evaluate("() => { document.body.dataset.article = ''; }")
            t0 = time.perf_counter()
            page.locator(f"#article-list a[data-id='{ARTICLE}']").click()
            page.wait_for_function(
                "id => document.body.dataset.article === id && document.body.dataset.busy === '0'",
                arg=ARTICLE)
            opened.append((time.perf_counter() - t0) * 1000)
            rows = page.locator("#records tr.rec").count()
            page.locator("#records tr.rec input[name='title']").first.fill(f"title {time.time()}")
            page.locator("#records tr.rec input[name='title']").first.press("Tab")
            page.wait_for_function("() => document.body.dataset.busy === '0'")
            t0 = time.perf_counter()
            page.locator("#save").click()
            page.wait_for_selector("#messages .msg.ok, #force-save")
            if page.locator("#force-save").count():
                page.locator("#force-save").click()
                page.wait_for_selector("#messages .msg.ok")
            saved.append((time.perf_counter() - t0) * 1000)
            page.wait_for_function("() => document.body.dataset.busy === '0'")
        browser.close()
    return [[f"browser: open article ({rows} record rows)", opened],
            ["browser: Save -> score shown", saved]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dirs = build(Path(tmp))
        rows = api_figures(dirs, args.repeat)
        if not args.no_browser:
            rows += browser_figures(dirs, args.repeat)
    table = [[name, statistics.median(ms), min(ms), max(ms)] for name, ms in rows]
    print_table(f"Review app, one article with 60 records ({machine()}; ms, {args.repeat} runs)",
                ["step", "median ms", "min", "max"], table)


if __name__ == "__main__":
    sys.exit(main())
