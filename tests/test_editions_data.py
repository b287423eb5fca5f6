"""Consistency of the linking test data in ``corpus/editions`` (see its README).

The labels in links.json are the yardstick for person linking, event clustering and
indicator codes, so they must cover every record of the gold files exactly once, point
at records that exist, and agree with the figures the gold files hold.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from extractor.articles import read_article
from extractor.grounding import ground
from extractor.schemas import ArticleExtraction, MatchStatus

EDITIONS = Path(__file__).resolve().parents[1] / "corpus" / "editions"
LINKS = json.loads((EDITIONS / "links.json").read_text("utf-8"))
MANIFEST = json.loads((EDITIONS / "manifest.json").read_text("utf-8"))
INDICATORS = Path(__file__).resolve().parents[1] / "schemas" / "indicators.json"


@pytest.fixture(scope="module")
def gold() -> dict[str, ArticleExtraction]:
    return {row["id"]: ArticleExtraction.model_validate_json(
        (EDITIONS / "gold" / f"{row['id']}.json").read_text("utf-8")) for row in MANIFEST}


def _all(gold, kind):
    for aid, ext in gold.items():
        for mi, m in enumerate(ext.meetings):
            if kind == "meeting":
                yield (aid, mi)
            for i in range(len(getattr(m, kind, []))):
                yield (aid, mi, i)


def test_manifest_matches_files():
    ids = {row["id"] for row in MANIFEST}
    assert ids == {p.stem for p in (EDITIONS / "articles").glob("*.txt")}
    assert ids == {p.stem for p in (EDITIONS / "gold").glob("*.json")}
    assert all(row["origin"] in {"real", "written"} for row in MANIFEST)


@pytest.mark.parametrize("row", MANIFEST, ids=lambda r: r["id"])
def test_gold_quotes_are_exact(row, gold):
    text = read_article(EDITIONS / row["file"]).text
    ext = gold[row["id"]]
    assert ext.language == row["language"]
    for m in ext.meetings:
        quotes = [a.name_in_text for a in m.attendees] + [k.evidence for k in m.kpis] + \
                 [d.evidence for d in m.directives]
        for quote in quotes:
            assert ground(quote, text).status == MatchStatus.exact, quote


def test_every_record_in_exactly_one_cluster(gold):
    events = Counter((r["article_id"], r["meeting"]) for e in LINKS["events"] for r in e["meetings"])
    people = Counter((r["article_id"], r["meeting"], r["attendee"])
                     for p in LINKS["people"] for r in p["mentions"])
    kpis = Counter((r["article_id"], r["meeting"], r["kpi"]) for f in LINKS["kpis"] for r in f["mentions"])
    assert events == Counter(set(_all(gold, "meeting")))
    assert people == Counter(set(_all(gold, "attendees")))
    assert kpis == Counter(set(_all(gold, "kpis")))


def test_person_clusters_share_the_latin_name(gold):
    for person in LINKS["people"]:
        names = {gold[r["article_id"]].meetings[r["meeting"]].attendees[r["attendee"]].name
                 for r in person["mentions"]}
        assert names == {person["name"]}


def test_fact_figures_agree_with_gold_unless_labelled_a_disagreement(gold):
    wrong = {(e["article_id"], e["meeting"], e["kpi"]) for d in LINKS["disagreements"] for e in d["editions"]}
    assert wrong
    for fact in LINKS["kpis"]:
        for r in fact["mentions"]:
            kpi = gold[r["article_id"]].meetings[r["meeting"]].kpis[r["kpi"]]
            same = abs(kpi.value * kpi.scale - fact["value"] * fact["scale"]) <= 1e-6 * fact["value"] * fact["scale"]
            assert same != ((r["article_id"], r["meeting"], r["kpi"]) in wrong), (fact["fact"], r)
            assert kpi.unit == fact["unit"]


def test_indicator_codes_are_known():
    known = {i["code"] for i in json.loads(INDICATORS.read_text("utf-8"))["indicators"]}
    assert {f["indicator_code"] for f in LINKS["kpis"]} <= known


def test_hard_negatives_are_apart():
    event_of = {e["event"] for e in LINKS["events"]}
    person_of = {p["person"] for p in LINKS["people"]}
    kinds = Counter(n["kind"] for n in LINKS["hard_negatives"])
    assert {"same_body_other_date", "same_chair_other_date", "homonym", "name_prefix"} <= set(kinds)
    for n in LINKS["hard_negatives"]:
        assert set(n.get("events") or []) <= event_of
        assert set(n.get("persons") or []) <= person_of
