"""The review app's JSON API on the real uvicorn server: every status code the README
promises, the gold file on disk after each answer, and the CLI's start and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from review_support import TOKEN, make_dirs, request

from extractor.review import create_app
from extractor.review.server import ServerThread

EXTRACTOR = Path(sys.executable).with_name("extractor")
AUTH = {"X-Review-Token": TOKEN}


@pytest.fixture
def dirs(tmp_path: Path) -> dict[str, Path]:
    return make_dirs(tmp_path)


@pytest.fixture
def server(dirs):
    app = create_app(dirs["run"], dirs["gold"], dirs["articles"], TOKEN, "tester")
    with ServerThread(app) as srv:
        yield srv


def get(server, path: str):
    return request(server.url + path.lstrip("/"))


def put_gold(server, aid: str, doc, headers=None, query: str = "", raw: bytes | None = None):
    return request(
        f"{server.url}api/articles/{aid}/gold{query}", "PUT", doc, {**AUTH, **(headers or {})}, raw
    )


def test_page_embeds_token_and_forbids_foreign_scripts(server):
    status, html, headers = get(server, "/")
    assert status == 200
    assert TOKEN in html and 'id="review-config"' in html
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    for asset in ("util.js", "app.js", "app.css", "review.css"):
        assert get(server, f"/static/{asset}")[0] == 200
    assert get(server, "/static/../store.py")[0] == 404


def test_article_list_has_status_f1_and_validator_counts(server):
    status, rows, _ = get(server, "/api/articles")
    assert status == 200
    by_id = {r["article_id"]: r for r in rows}
    assert list(by_id) == ["ex_a", "ex_b", "ex_new"]
    assert by_id["ex_a"]["status"] == "reviewed" and by_id["ex_new"]["status"] == "not_started"
    assert by_id["ex_b"]["f1"] == 1.0
    assert 0 < by_id["ex_a"]["f1"] < 1 and by_id["ex_new"]["f1"] is None
    for row in rows:
        assert {"article_id", "status", "f1", "errors", "warnings"} <= set(row)
        assert isinstance(row["errors"], int) and isinstance(row["warnings"], int)
    # The wrong value 999 is not in its quote: the validators say so.
    assert by_id["ex_a"]["errors"] >= 1


def test_summary_breaks_scores_down_by_type_and_language(server):
    status, summary, _ = get(server, "/api/summary")
    assert status == 200
    assert summary["articles"] == 2  # ex_new has no gold yet
    assert set(summary["per_type"]) == {"meetings", "attendees", "kpis", "directives"}
    assert summary["per_type"]["kpis"]["fn"] == 1
    assert set(summary["per_language"]) == {"en"}
    assert summary["per_language"]["en"]["articles"] == 2


def test_article_view(server, dirs):
    status, art, headers = get(server, "/api/articles/ex_a")
    assert status == 200
    assert {"article_id", "text", "predicted", "gold", "findings", "version"} <= set(art)
    assert art["text"].startswith("On 5 March")
    assert headers["etag"] == f'"{art["version"]}"'
    statuses = sorted(p["status"] for p in art["comparison"]["pairs"] if p["type"] == "kpis")
    assert statuses == ["matched", "mismatched", "missing"]
    wrong = next(p for p in art["comparison"]["pairs"] if p["status"] == "mismatched")
    assert wrong["verdicts"]["value"] == "ne"
    assert any(f["code"] for f in wrong["pred"]["findings"])  # beside its record
    segs = art["comparison"]["segments"]
    assert segs and all(0 <= s["start"] < s["end"] <= len(art["text"]) for s in segs)

    status, new, _ = get(server, "/api/articles/ex_new")
    assert status == 200 and new["gold"] is None and new["version"] == "0"
    assert new["score"] is None


@pytest.mark.parametrize(
    "path, code",
    [
        ("/api/articles/nope", 404),
        ("/api/articles/..", 400),
        ("/api/articles/%2E%2E", 400),
        ("/api/articles/.hidden", 400),
        ("/api/articles/a%00b", 400),
        ("/api/articles/..%2F..%2Fetc%2Fpasswd", 400),
        ("/api/articles/..%2Fx", 400),
        ("/api/articles/x%20y", 400),
    ],
)
def test_malformed_or_unknown_ids(server, path, code):
    status, body, _ = get(server, path)
    assert status == code, body


def test_save_writes_gold_without_provenance_and_rescores(server, dirs):
    _, art, _ = get(server, "/api/articles/ex_a")
    doc = art["predicted"]  # accept the run as it is: KPI 999, one KPI fewer
    doc["provenance"] = {"backend": "x", "model": "m", "prompt_version": "p"}
    doc["meetings"][0]["kpis"][0]["value"] = 312  # corrected
    status, body, headers = put_gold(server, "ex_a", doc, {"If-Match": art["version"]})
    assert status == 200, body
    assert body["version"] != art["version"] and headers["etag"] == f'"{body["version"]}"'
    assert body["score"]["overall"]["f1"] == 1.0  # the run now agrees with the gold
    on_disk = json.loads((dirs["gold"] / "ex_a.json").read_text(encoding="utf-8"))
    assert on_disk["provenance"] is None and on_disk["findings"] == []
    assert on_disk["meetings"][0]["kpis"][0]["value"] == 312
    assert len(on_disk["meetings"][0]["kpis"]) == 2
    ann = on_disk["annotation"]
    assert ann["annotator"] == "tester" and ann["status"] == "reviewed"
    assert ann["source_run"] == str(dirs["run"]) and ann["reviewed_at"].endswith("Z")
    assert on_disk == body["saved"]
    # no temp file left; the history beside the gold files
    assert [p.name for p in dirs["gold"].iterdir() if p.name.startswith(".")] == [".history"]
    rows = {r["article_id"]: r for r in get(server, "/api/articles")[1]}
    assert rows["ex_a"]["f1"] == 1.0


def test_stale_version_is_refused_with_409(server, dirs):
    _, art, _ = get(server, "/api/articles/ex_b")
    doc = art["gold"]
    assert put_gold(server, "ex_b", doc, {"If-Match": art["version"]})[0] == 200
    before = (dirs["gold"] / "ex_b.json").read_bytes()
    doc["meetings"][0]["title"] = "second tab"
    status, body, _ = put_gold(server, "ex_b", doc, {"If-Match": art["version"]})
    assert status == 409 and body["error"] == "stale"
    assert (dirs["gold"] / "ex_b.json").read_bytes() == before
    # A first save of an article without gold names version "0"; a second one is stale.
    _, new, _ = get(server, "/api/articles/ex_new")
    assert put_gold(server, "ex_new", new["predicted"], {"If-Match": '"0"'})[0] == 200
    assert put_gold(server, "ex_new", new["predicted"], {"If-Match": "0"})[0] == 409


def test_schema_errors_are_422_and_leave_the_file(server, dirs):
    before = (dirs["gold"] / "ex_a.json").read_bytes()
    _, art, _ = get(server, "/api/articles/ex_a")
    bad = art["gold"]
    bad["meetings"][0]["kpis"][0]["value"] = "many"
    at = {"If-Match": art["version"]}
    status, body, _ = put_gold(server, "ex_a", bad, at)
    assert status == 422 and body["error"] == "schema"
    assert any("value" in map(str, e["loc"]) for e in body["errors"])
    assert put_gold(server, "ex_a", None, at, raw=b"{not json")[0] == 422
    other = art["gold"] | {"article_id": "ex_b"}
    other["meetings"][0]["kpis"][0]["value"] = 312
    assert put_gold(server, "ex_a", other, at)[0] == 422
    assert (dirs["gold"] / "ex_a.json").read_bytes() == before


def test_validator_errors_need_force(server, dirs):
    before = (dirs["gold"] / "ex_a.json").read_bytes()
    _, art, _ = get(server, "/api/articles/ex_a")
    doc = art["gold"]
    doc["meetings"][0]["kpis"][1]["value"] = 13  # the quote says 12 %
    at = {"If-Match": art["version"]}
    status, body, _ = put_gold(server, "ex_a", doc, at)
    assert status == 422 and body["error"] == "validator"
    assert any(
        f["severity"] == "error" and f["path"].startswith("meetings[0].kpis[1]")
        for f in body["findings"]
    )
    assert (dirs["gold"] / "ex_a.json").read_bytes() == before
    status, body, _ = put_gold(server, "ex_a", doc, at, query="?force=1")
    assert status == 200
    assert json.loads((dirs["gold"] / "ex_a.json").read_text())["meetings"][0]["kpis"][1]["value"] == 13


def test_token_is_required(server, dirs):
    before = (dirs["gold"] / "ex_a.json").read_bytes()
    _, art, _ = get(server, "/api/articles/ex_a")
    url = f"{server.url}api/articles/ex_a/gold"
    assert request(url, "PUT", art["gold"])[0] == 403
    assert request(url, "PUT", art["gold"], {"X-Review-Token": "wrong"})[0] == 403
    assert request(url[: -len("gold")] + "preview", "POST", art["gold"])[0] == 403
    assert (dirs["gold"] / "ex_a.json").read_bytes() == before


def test_ids_cannot_leave_the_gold_directory(server, dirs):
    doc = {"article_id": "..", "language": "en", "meetings": []}
    assert put_gold(server, "..", doc)[0] == 400
    assert put_gold(server, "%2E%2E", doc)[0] == 400
    assert put_gold(server, "nope", doc | {"article_id": "nope"})[0] == 404
    assert sorted(p.name for p in dirs["gold"].parent.iterdir()) == ["articles", "gold", "run"]
    assert sorted(p.name for p in dirs["gold"].iterdir()) == ["ex_a.json", "ex_b.json"]


def test_preview_scores_a_draft_without_writing(server, dirs):
    before = (dirs["gold"] / "ex_a.json").read_bytes()
    _, art, _ = get(server, "/api/articles/ex_a")
    draft = art["gold"]
    draft["meetings"][0]["kpis"][0]["evidence_grounding"] = None
    status, body, _ = request(
        f"{server.url}api/articles/ex_a/preview", "POST", draft, AUTH
    )
    assert status == 200
    g = body["gold"]["meetings"][0]["kpis"][0]["evidence_grounding"]
    text = art["text"]
    assert text[g["start"] : g["end"]] == draft["meetings"][0]["kpis"][0]["evidence"]
    assert body["score"]["overall"]["f1"] == art["score"]["overall"]["f1"]
    assert (dirs["gold"] / "ex_a.json").read_bytes() == before


def test_draft_status_is_in_progress(server):
    _, art, _ = get(server, "/api/articles/ex_new")
    doc = art["predicted"] | {"annotation": {"status": "in_progress"}}
    assert put_gold(server, "ex_new", doc, {"If-Match": art["version"]})[0] == 200
    rows = {r["article_id"]: r for r in get(server, "/api/articles")[1]}
    assert rows["ex_new"]["status"] == "in_progress" and rows["ex_new"]["f1"] == 1.0


def test_cli_prints_its_url_and_stops_on_ctrl_c(dirs):
    proc = subprocess.Popen(
        [str(EXTRACTOR), "review", str(dirs["run"]), "--gold", str(dirs["gold"]),
         "--articles", str(dirs["articles"]), "--port", "0", "--token", TOKEN],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    try:
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line, line + proc.stderr.read()
        url = line.split(" at ", 1)[1].split()[0]
        status, rows, _ = request(url + "api/articles")
        assert status == 200 and len(rows) == 3
        # Another name for this machine is refused (DNS rebinding).
        assert request(url + "api/articles", headers={"Host": "evil.example"})[0] == 400
        proc.send_signal(signal.SIGINT)
        # Not communicate(): it reads the pipe itself and loses what readline buffered.
        proc.wait(timeout=20)
        out, err = proc.stdout.read(), proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped" in out and "record confidence: uncalibrated" in out
    assert "Traceback" not in err
