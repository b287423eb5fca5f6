"""The review queue, decisions that last, the gold history and its revert, and the
rules a save obeys (If-Match required, file modes kept, required fields), on the real
server."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from review_support import TOKEN, make_dirs, request

from extractor.review import create_app
from extractor.review.history import apply_patch, json_patch
from extractor.review.server import ServerThread

AUTH = {"X-Review-Token": TOKEN}


@pytest.fixture
def dirs(tmp_path: Path) -> dict[str, Path]:
    d = make_dirs(tmp_path)
    (d["run"] / "run.json").write_text(json.dumps({"run_id": "run-42", "articles": {}}))
    return d


@pytest.fixture
def server(dirs):
    app = create_app(dirs["run"], dirs["gold"], dirs["articles"], TOKEN, "tester")
    with ServerThread(app) as srv:
        yield srv


def get(server, path: str):
    return request(server.url + path.lstrip("/"))


def put(server, aid: str, doc, version: str | None, query: str = ""):
    headers = {**AUTH, **({"If-Match": version} if version is not None else {})}
    return request(f"{server.url}api/articles/{aid}/gold{query}", "PUT", doc, headers)


def test_queue_puts_unreviewed_first_then_expected_errors(server):
    status, queue, _ = get(server, "/api/queue")
    assert status == 200
    assert [r["article_id"] for r in queue][0] == "ex_new"  # the only one without gold
    reviewed = [r for r in queue if r["status"] == "reviewed"]
    keys = [(-r["expected_errors"], -r["errors"], -r["uncovered"]) for r in reviewed]
    assert keys == sorted(keys)
    # ex_a's run has a KPI whose value is not in its quote: more errors expected.
    assert [r["article_id"] for r in reviewed] == ["ex_a", "ex_b"]
    assert all(r["expected_errors"] > 0 and r["records"] > 0 for r in queue)


def test_records_come_in_ascending_confidence(server):
    _, art, _ = get(server, "/api/articles/ex_new")
    confs = [p["pred"]["confidence"] for p in art["comparison"]["pairs"]]
    assert all(c is not None and 0 <= c <= 1 for c in confs)
    assert confs == sorted(confs)
    assert art["predicted"]["confidence"]["calibrated"] is False
    _, a, _ = get(server, "/api/articles/ex_a")
    wrong = next(p for p in a["comparison"]["pairs"] if p["status"] == "mismatched")
    right = [p["pred"]["confidence"] for p in a["comparison"]["pairs"]
             if p["status"] == "matched" and p["type"] == "kpis"]
    assert wrong["pred"]["confidence"] < min(right)


def test_save_needs_if_match(server, dirs):
    before = (dirs["gold"] / "ex_a.json").read_bytes()
    _, art, _ = get(server, "/api/articles/ex_a")
    status, body, _ = put(server, "ex_a", art["gold"], None)
    assert status == 428 and body["error"] == "precondition_required"
    assert (dirs["gold"] / "ex_a.json").read_bytes() == before


def test_file_modes_are_kept(server, dirs):
    path = dirs["gold"] / "ex_a.json"
    os.chmod(path, 0o644)
    _, art, _ = get(server, "/api/articles/ex_a")
    assert put(server, "ex_a", art["gold"], art["version"])[0] == 200
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    os.chmod(path, 0o640)
    _, art, _ = get(server, "/api/articles/ex_a")
    assert put(server, "ex_a", art["gold"], art["version"])[0] == 200
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    # a new file gets what an ordinary new file gets here, not the temp file's 0600
    umask = os.umask(0)
    os.umask(umask)
    _, new, _ = get(server, "/api/articles/ex_new")
    assert put(server, "ex_new", new["predicted"], "0")[0] == 200
    assert stat.S_IMODE((dirs["gold"] / "ex_new.json").stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("rtype, field", [("directives", "action"), ("kpis", "indicator"),
                                          ("kpis", "unit"), ("attendees", "name")])
def test_empty_required_fields_are_refused_unless_forced(server, dirs, rtype, field):
    before = (dirs["gold"] / "ex_a.json").read_bytes()
    _, art, _ = get(server, "/api/articles/ex_a")
    doc = art["gold"]
    doc["meetings"][0][rtype][0][field] = "  "
    status, body, _ = put(server, "ex_a", doc, art["version"])
    assert status == 422 and body["error"] == "validator"
    path = f"meetings[0].{rtype}[0].{field}"
    assert [f["code"] for f in body["findings"] if f["path"] == path] == ["required_field"]
    assert (dirs["gold"] / "ex_a.json").read_bytes() == before
    assert put(server, "ex_a", doc, art["version"], "?force=1")[0] == 200


def test_rejections_last_and_reviewed_needs_every_decision(server, dirs):
    _, art, _ = get(server, "/api/articles/ex_new")
    pairs = art["comparison"]["pairs"]
    meeting = next(p for p in pairs if p["type"] == "meetings")
    # Keep only the meeting; say nothing about the status: the rest is undecided.
    doc = {"article_id": "ex_new", "language": "en",
           "meetings": [{**art["predicted"]["meetings"][0], "attendees": [], "kpis": [],
                         "directives": []}]}
    status, body, _ = put(server, "ex_new", doc, art["version"])
    assert status == 200 and body["saved"]["annotation"]["status"] == "in_progress"
    assert body["saved"]["annotation"]["source_run_id"] == "run-42"
    # Now reject every other prediction: decided, so reviewed; the rejections are saved.
    others = [p["pred"]["fingerprint"] for p in pairs if p is not meeting]
    doc["annotation"] = {"rejected": others, "status": "reviewed"}
    status, body, _ = put(server, "ex_new", doc, body["version"])
    assert status == 200 and body["saved"]["annotation"]["status"] == "reviewed"
    saved = json.loads((dirs["gold"] / "ex_new.json").read_text())
    assert sorted(saved["annotation"]["rejected"]) == sorted(others)
    # Opened again (as a new review of the same run would): still rejected.
    _, again, _ = get(server, "/api/articles/ex_new")
    decided = {p["pred"]["fingerprint"]: p["decision"] for p in again["comparison"]["pairs"]
               if p["pred"] is not None}
    assert all(decided[f] == "rejected" for f in others)
    assert decided[meeting["pred"]["fingerprint"]] is None
    # Without an annotation the server decides: the rejections are not sent again, so
    # the predictions are undecided once more.
    doc_no_status = {k: v for k, v in doc.items() if k != "annotation"}
    status, body, _ = put(server, "ex_new", doc_no_status, again["version"])
    assert status == 200 and body["saved"]["annotation"]["status"] == "in_progress"


def test_history_lists_every_save_and_revert_restores_any_version(server, dirs):
    path = dirs["gold"] / "ex_a.json"
    original = path.read_bytes()
    _, art, _ = get(server, "/api/articles/ex_a")
    versions = [art["version"]]
    titles = ["first", "second"]
    for title in titles:
        doc = art["gold"]
        doc["meetings"][0]["title"] = title
        status, body, _ = put(server, "ex_a", doc, versions[-1])
        assert status == 200
        versions.append(body["version"])
    status, hist, _ = get(server, "/api/articles/ex_a/history")
    assert status == 200
    assert [h["version"] for h in hist] == versions[::-1]  # newest first, the original last
    assert hist[0]["annotator"] == "tester" and hist[0]["run_id"] == "run-42"
    assert {"op": "replace", "path": "/meetings/0/title", "value": "second"} in hist[0]["patch"]
    lines = (dirs["gold"] / ".history" / "ex_a.jsonl").read_text().splitlines()
    assert len(lines) == 2
    # Revert to the first save, then to the hand-made original.
    url = f"{server.url}api/articles/ex_a/revert"
    assert request(url, "POST", {"version": versions[1]}, AUTH)[0] == 428
    status, body, _ = request(url, "POST", {"version": versions[1]},
                              {**AUTH, "If-Match": versions[-1]})
    assert status == 200 and body["saved"]["meetings"][0]["title"] == "first"
    assert json.loads(path.read_text())["meetings"][0]["title"] == "first"
    status, body, _ = request(url, "POST", {"version": versions[0]},
                              {**AUTH, "If-Match": body["version"]})
    assert status == 200
    assert json.loads(path.read_bytes()) == json.loads(original)
    assert len(get(server, "/api/articles/ex_a/history")[1]) == 5  # 4 saves + the original
    assert request(url, "POST", {"version": "nope"}, {**AUTH, "If-Match": body["version"]})[0] == 404
    assert request(url, "POST", {"version": versions[1]}, {**AUTH, "If-Match": "stale"})[0] == 409


def test_json_patch_round_trips():
    old = {"a": [1, 2, 3], "b": {"c": "x", "d": None}, "e/f": 1}
    new = {"a": [1, 5], "b": {"c": "y", "g": [1]}, "e/f": 2}
    ops = json_patch(old, new)
    assert apply_patch(old, ops) == new
    assert apply_patch(new, json_patch(new, old)) == old
    assert json_patch(old, old) == []


def test_two_gold_folders_adjudicated_in_the_same_app(dirs, tmp_path):
    """Adjudication: the second annotator's folder in the run's place, the first as gold;
    their differences are the pairs to decide, and saves resolve them into the first."""
    import shutil

    other = tmp_path / "gold_b"
    shutil.copytree(dirs["gold"], other)
    doc = json.loads((other / "ex_b.json").read_text())
    doc["meetings"][0]["attendees"][0]["role"] = "speaker"
    (other / "ex_b.json").write_text(json.dumps(doc))
    app = create_app(other, dirs["gold"], dirs["articles"], TOKEN, "adjudicator")
    with ServerThread(app) as srv:
        _, art, _ = get(srv, "/api/articles/ex_b")
        differing = [p for p in art["comparison"]["pairs"] if p["status"] != "matched"]
        assert [(p["type"], p["verdicts"]["role"]) for p in differing] == [("attendees", "ne")]
        assert art["run_id"] is None  # a gold folder has no run id
        status, body, _ = put(srv, "ex_b", art["gold"], art["version"])
        assert status == 200 and body["saved"]["annotation"]["annotator"] == "adjudicator"
