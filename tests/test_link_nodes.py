"""Person linking's node summaries (``extractor.linking.nodes``, the ``link_nodes`` table):
a summary of two sets of mentions merged is the summary of both, and what the database
keeps up to date through loads, reloads, replaced versions and locks is what its
mentions give when summarised from scratch, on SQLite and a real PostgreSQL server."""

from __future__ import annotations

import json
import random
import sys
from dataclasses import replace
from pathlib import Path

from db_samples import partition as _partition
from sqlalchemy import select

from extractor.db import lock, relink, store_run
from extractor.db import models as m
from extractor.db.schema import writing
from extractor.db.sql_store import SqlStore
from extractor.linking import (
    Figure,
    MeetingInput,
    Mention,
    blocks,
    link,
    meeting_id,
    meetings_from_articles,
)
from extractor.linking.nodes import Node, summarize
from extractor.rundir import make_run
from extractor.schemas import ArticleExtraction

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ROOT / "corpus" / "editions"
sys.path.insert(0, str(ROOT / "bench"))
from link import noisy  # noqa: E402
from link_scale import World, articles  # noqa: E402
from link_scale import _provinces as _story_provinces  # noqa: E402


def _meeting(key: str, language: str, date: str | None, province: str,
             *attendees: Mention) -> MeetingInput:
    return MeetingInput(key=key, run_id="r", article_id=f"a_{key}", position=0,
                        language=language, province=province, date=date, title="Meeting",
                        location=None, attendees=attendees)


_SECRETARY = "Secretary of the Cao Bang Provincial Party Committee"
_MENTIONS = [
    (_meeting("m1", "ru", "2025-03-01", "cao bang",
              Mention(0, "Tran Hong Minh", "Чан Хонг Минь", (_SECRETARY,))), "p_a"),
    (_meeting("m2", "en", None, "cao bang", Mention(0, "Tran Hong Minh", "Tran Hong Minh")),
     None),
    (_meeting("m3", "pl", "2024-11-20", "cao bang",
              Mention(2, "Tran Hong Minh", "Tran Hong-Minh", (_SECRETARY, "Chairman"))), "p_a"),
    (_meeting("m0", "ar", "2025-07-09", "cao bang",
              Mention(1, "Tran Hong Minh", "تران هونغ مينه", ("Chairman",))), "p_b"),
]


def _node(items) -> Node:  # noqa: ANN001
    nodes = summarize([(x, x.attendees[0]) for x, _ in items],
                      lambda x, a: ("tran hong minh", "cao bang"),
                      {(x.key, x.attendees[0].position): p for x, p in items if p})
    return nodes[("tran hong minh", "cao bang")]


def test_a_node_counts_what_linking_reads_from_its_mentions():
    node = _node(_MENTIONS)
    assert (node.mentions, node.latin, node.non_latin, node.titled) == (4, 2, 2, 3)
    assert not node.alts  # 'Tran Hong-Minh' folds to the key itself
    assert node.previous == {"p_a": 2, "p_b": 1}
    assert node.first_date == "2024-11-20"
    assert node.first_mention == ("m0", 1)
    assert node.titles == {_SECRETARY: ["2024-11-20", "2025-03-01"],
                           "Chairman": ["2024-11-20", "2025-07-09"]}
    assert sum(node.translit.values()) == 2  # the Cyrillic and the Arabic spelling
    assert ("Чан Хонг Минь", "ru", "name_in_text") in node.aliases


def test_summaries_merge_in_any_split_and_survive_json():
    whole = _node(_MENTIONS)
    for seed in range(6):
        order = list(_MENTIONS)
        random.Random(seed).shuffle(order)
        cut = seed % 3 + 1
        left, right = _node(order[:cut]), _node(order[cut:])
        left.merge(right)
        assert left.summary() == whole.summary()
    stored = json.loads(json.dumps(whole.summary()))
    again = Node.from_summary(whole.key, whole.scope, whole.mentions, stored)
    assert again.summary() == whole.summary()
    assert again == whole


def _records() -> dict[str, ArticleExtraction]:
    return {p.stem: ArticleExtraction.model_validate_json(p.read_bytes())
            for p in sorted((EDITIONS / "gold").glob("*.json"))}


def _provinces() -> dict:
    manifest = json.loads((EDITIONS / "manifest.json").read_text("utf-8"))
    return {e["id"]: e.get("province") for e in manifest}


def _stored_and_recounted(engine) -> tuple[dict, dict]:  # noqa: ANN001
    with engine.connect() as conn:
        stored = {(r.link_key, r.scope): (r.mentions, r.summary)
                  for r in conn.execute(select(m.link_nodes))}
        keys = set(conn.execute(select(m.attendees.c.link_key).distinct()).scalars()) - {None}
        fresh = SqlStore(conn).summaries(keys)
    return stored, {k: (n.mentions, json.loads(json.dumps(n.summary())))
                    for k, n in fresh.items()}


def _load(engine, run_id: str, records, replace: bool = False):  # noqa: ANN001, ANN202
    run = make_run(list(records), {"run_id": run_id}, gold=True)
    return store_run(engine, run, replace=replace, provinces=_provinces())


def _renamed(record: ArticleExtraction, drop_last: bool) -> ArticleExtraction:
    doc = record.model_dump(mode="json")
    for meeting in doc["meetings"]:
        people = meeting["attendees"]
        if drop_last and len(people) > 1:
            people.pop()
        if people:
            people[0]["name"] = people[0]["name"] + " Junior"
    return ArticleExtraction.model_validate(doc)


def _person(engine, mention: str) -> str:  # noqa: ANN001
    meeting, _, position = mention.rpartition(":")
    with engine.connect() as conn:
        return conn.execute(select(m.attendees.c.person_id).where(
            m.attendees.c.meeting_id == meeting,
            m.attendees.c.position == int(position))).scalar_one()


def test_stored_nodes_are_what_their_mentions_give_through_every_kind_of_load(db_url, engine):
    records = _records()
    ids = sorted(records)
    rnd = random.Random(7)
    rnd.shuffle(ids)
    halves = ids[: len(ids) // 2], ids[len(ids) // 2:]
    _load(engine, "first", (records[i] for i in halves[0]))
    _load(engine, "second", (records[i] for i in halves[1]))
    stored, fresh = _stored_and_recounted(engine)
    assert stored == fresh and len(stored) > 20

    # the same run again, with an attendee gone and another renamed: rows replaced
    changed = [_renamed(records[i], drop_last=True) for i in halves[0][:6]]
    _load(engine, "first", [*changed, *(records[i] for i in halves[0][6:])])
    assert _stored_and_recounted(engine)[0] == _stored_and_recounted(engine)[1]

    # a newer version of some articles that replaces the older ones
    _load(engine, "third", [_renamed(records[i], drop_last=False) for i in halves[1][:5]],
          replace=True)
    stored, fresh = _stored_and_recounted(engine)
    assert stored == fresh

    # a reviewer splits two mentions of one person: the node is summarised again
    with engine.connect() as conn:
        pairs = conn.execute(select(m.attendees.c.meeting_id, m.attendees.c.position,
                                    m.attendees.c.person_id)
                             .order_by(m.attendees.c.person_id, m.attendees.c.meeting_id)).all()
    by_person: dict[str, list] = {}
    for r in pairs:
        by_person.setdefault(r.person_id, []).append(f"{r.meeting_id}:{r.position}")
    a, b = next(v for v in by_person.values() if len(v) >= 3)[:2]
    with writing(engine) as conn:
        lock(conn, a, b, same=False)
    stored, fresh = _stored_and_recounted(engine)
    assert stored == fresh
    assert _person(engine, a) != _person(engine, b)

    with writing(engine) as conn:  # the full relink writes the same summaries
        relink(conn)
    assert _stored_and_recounted(engine) == (stored, fresh)


def test_a_node_keeps_its_summary_when_a_run_is_reloaded_unchanged(db_url, engine):
    records = list(_records().values())[:12]
    _load(engine, "only", records)
    before = _stored_and_recounted(engine)
    assert before[0] == before[1] and before[0]
    _load(engine, "only", records)
    assert _stored_and_recounted(engine) == before


def _bench_meetings(n: int) -> list[MeetingInput]:
    docs = articles(World(seed=5), n)
    records = [ArticleExtraction.model_validate(d) for d in docs]
    return meetings_from_articles("b", records, meeting_id, _story_provinces(docs), is_gold=True)


def _one_chair_stories(seed: int) -> list[MeetingInput]:
    """Stories of one province that one official chairs, each in a dated edition with
    figures and undated editions without any: one at a misspelt place ('Hoa Anh' for
    'Hoa An'), or one with no place and one at another story's place. Only the chair's
    block joins those editions, so it is where skipping pairs could go wrong."""
    rnd = random.Random(seed)
    places = ["Hoa An", "Bao Lac", "Nguyen Binh", "Thach An", "Ha Quang", "Trung Khanh",
              "Quang Hoa", "Ha Lang", "Bao Lam", "Thong Nong"]
    chair = Mention(0, "Tran Hong Minh", "Tran Hong Minh",
                    ("Secretary of the Cao Bang Provincial Party Committee",), "chair")
    out = []
    for story, place in enumerate(places):
        other = Mention(1, f"Be Van {['Lu', 'Hai', 'Son', 'Tam', 'Nam'][story % 5]}", "",
                        ("Director",))
        title = f"Working session with {place} district on {rnd.choice(['roads', 'schools'])}"
        misspelt = place + "h"  # ratio 90 or more: one place
        dated = (f"2025-0{story % 9 + 1}-1{story}", place, True)
        editions = [dated, (None, misspelt, False)] if story % 2 == 0 else \
            [dated, (None, None, False), (None, places[(story + 1) % len(places)], False)]
        for n, (date, where, figures) in enumerate(editions):
            key = f"s{story}e{n}"
            kpis = (Figure.of(0, "budget revenue", 1234.5 + story, "billion VND"),) if figures else ()
            out.append(MeetingInput(
                key=key, run_id="r", article_id=key, position=0, language="en",
                province="cao bang", date=date, title=title,
                location=f"{where} district" if where else None,
                attendees=(chair, other), kpis=kpis, is_gold=True))
    return out


def test_reading_a_chairs_block_only_where_places_agree_changes_no_link(monkeypatch):
    """The ``near_place`` rule skips only pairs that could never score enough: linking
    with it gives the clusters linking without it gives (synthetic stories with many
    meetings per chair, and the labelled editions with simulated model noise)."""
    editions = [noisy(r, random.Random(seed)) for seed in (1, 2)
                for r in _records().values()]
    sets = [_one_chair_stories(1), _one_chair_stories(2), _bench_meetings(1500),
            [m for i, r in enumerate(editions) for m in _editions_meetings(r, i)]]
    joined = link(sets[0]).event_of
    assert joined["s0e0"] == joined["s0e1"]  # the misspelt place
    assert joined["s1e0"] == joined["s1e1"]  # no place
    for meetings in sets:
        with_rule = link(meetings)
        monkeypatch.setitem(blocks.RULE_OF, "c", replace(blocks.RULE_OF["c"], near_place=False))
        without = link(meetings)
        monkeypatch.undo()
        assert _partition(with_rule.event_of) == _partition(without.event_of)
        assert _partition(with_rule.person_of) == _partition(without.person_of)
        assert len(set(with_rule.event_of.values())) < len(with_rule.event_of)


def _editions_meetings(record: ArticleExtraction, copy: int) -> list[MeetingInput]:
    doc = record.model_dump(mode="json")
    doc["article_id"] = f"{record.article_id}_{copy}"
    again = ArticleExtraction.model_validate(doc)
    return meetings_from_articles(f"n{copy}", [again], meeting_id, {
        again.article_id: _provinces().get(record.article_id)}, is_gold=True)




def _meeting_counts(engine) -> tuple[dict, dict]:  # noqa: ANN001
    """Each person's stored meeting count, and the distinct events of its mentions."""
    with engine.connect() as conn:
        stored = dict(conn.execute(select(m.people.c.person_id, m.people.c.meetings)).all())
        events: dict[str, set] = {}
        for r in conn.execute(select(m.attendees.c.person_id, m.meetings.c.meeting_id,
                                     m.meetings.c.event_id).join(
                m.meetings, m.meetings.c.meeting_id == m.attendees.c.meeting_id)):
            events.setdefault(r.person_id, set()).add(r.event_id or r.meeting_id)
    return stored, {p: len(e) for p, e in events.items()}


def test_meeting_counts_stay_right_through_loads_in_any_order(db_url, engine):
    """A load recounts only the people whose mentions or meetings' events changed;
    every count still equals the distinct events of the person's mentions."""
    records = _records()
    ids = sorted(records)
    for seed in range(2):
        rnd = random.Random(seed)
        rnd.shuffle(ids)
        for i in range(0, len(ids), 7):
            _load(engine, f"s{seed}b{i}", (records[k] for k in ids[i:i + 7]), replace=True)
            stored, counted = _meeting_counts(engine)
            assert stored == counted
        assert max(stored.values()) > 1
