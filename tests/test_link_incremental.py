"""Incremental linking in the database, on SQLite and a real PostgreSQL server: loads
in any order give the full relink's clusters, ids stay, merged ids resolve, reviewers'
locks hold on both paths, two processes loading at once lose and duplicate nothing."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from db_samples import partition as _partition
from sqlalchemy import func, select

from extractor.db import load, lock, relink, resolve
from extractor.db import models as m
from extractor.db.schema import writing
from extractor.linking import link, meeting_id, meetings_from_articles
from extractor.linking.incremental import update
from extractor.linking.memory import MemoryStore
from extractor.schemas import ArticleExtraction

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ROOT / "corpus" / "editions"
MANIFEST = EDITIONS / "manifest.json"
sys.path.insert(0, str(ROOT / "bench"))
from link import noisy  # noqa: E402


def _records(noise_seed: int | None = None) -> list[ArticleExtraction]:
    records = [ArticleExtraction.model_validate_json(p.read_bytes())
               for p in sorted((EDITIONS / "gold").glob("*.json"))]
    if noise_seed is None:
        return records
    rnd = random.Random(noise_seed)
    return [noisy(r, rnd) for r in records]


def _provinces() -> dict:
    return {e["id"]: e.get("province") for e in json.loads(MANIFEST.read_text("utf-8"))}


def _write(directory: Path, records: list[ArticleExtraction]) -> Path:
    directory.mkdir(parents=True)
    for r in records:
        (directory / f"{r.article_id}.json").write_text(r.model_dump_json(), encoding="utf-8")
    return directory


def _stored(engine) -> tuple[dict, dict]:  # noqa: ANN001
    with engine.connect() as conn:
        people = {(r.article_id, r.meeting, r.attendee): r.person_id for r in conn.execute(
            select(m.meetings.c.article_id, m.meetings.c.position.label("meeting"),
                   m.attendees.c.position.label("attendee"), m.attendees.c.person_id)
            .join(m.meetings, m.meetings.c.meeting_id == m.attendees.c.meeting_id))}
        events = {(r.article_id, r.position): r.event_id for r in conn.execute(
            select(m.meetings.c.article_id, m.meetings.c.position, m.meetings.c.event_id))}
    return people, events


def _full(records: list[ArticleExtraction]) -> tuple[dict, dict]:
    """The clusters linking everything at once gives (in memory)."""
    meetings = meetings_from_articles("x", records, meeting_id, _provinces(), is_gold=True)
    linking = link(meetings)
    where = {x.key: (x.article_id, x.position) for x in meetings}
    people = {(*where[k], p): pid for (k, p), pid in linking.person_of.items()}
    return people, {where[k]: e for k, e in linking.event_of.items()}


def _batches(records: list, seed: int) -> list[list]:
    order = list(records)
    rnd = random.Random(seed)
    rnd.shuffle(order)
    out, i = [], 0
    while i < len(order):
        n = rnd.randint(1, 8)
        out.append(order[i:i + n])
        i += n
    return out


@pytest.mark.parametrize("noise", [None, 3])
def test_loads_in_any_order_give_the_full_relinks_clusters(db_url, engine, tmp_path, noise):
    records = _records(noise)
    want_people, want_events = _full(records)
    for seed in range(3):
        _empty(engine)
        for i, batch in enumerate(_batches(records, seed)):
            load([_write(tmp_path / f"o{seed}" / f"b{i}", batch)], db_url, gold=True,
                 manifest=MANIFEST)
        people, events = _stored(engine)
        assert _partition(people) == _partition(want_people), (seed, "people")
        assert _partition(events) == _partition(want_events), (seed, "events")
        with writing(engine) as conn:  # the full relink agrees, and keeps every id
            relink(conn)
        assert _stored(engine) == (people, events)


def _empty(engine) -> None:  # noqa: ANN001
    """Every row gone (a database as new, schema kept)."""
    from sqlalchemy import delete, inspect

    if not inspect(engine).has_table("runs"):
        return
    with writing(engine) as conn:
        for table in (m.runs, *m.LINK_TABLES[::-1], *m.INDEX_TABLES):
            conn.execute(delete(table))


def test_in_memory_updates_in_random_orders_equal_one_link():
    for noise in (None, 1, 2):
        meetings = meetings_from_articles("x", _records(noise), meeting_id, _provinces(),
                                          is_gold=True)
        full = link(meetings)
        for seed in range(4):
            store = MemoryStore([])
            for batch in _batches(meetings, seed):
                update(store, *store.add(batch))
            assert _partition(store.person) == _partition(full.person_of)
            assert _partition(store.event) == _partition(full.event_of)


def _one(engine, query):  # noqa: ANN001, ANN202
    with engine.connect() as conn:
        return conn.execute(query).scalar_one()


def _person_of(engine, article: str, attendee: int) -> str:  # noqa: ANN001
    return _one(engine, select(m.attendees.c.person_id).join(
        m.meetings, m.meetings.c.meeting_id == m.attendees.c.meeting_id).where(
        m.meetings.c.article_id == article, m.attendees.c.position == attendee))


def _meeting(engine, article: str) -> str:  # noqa: ANN001
    return _one(engine, select(m.meetings.c.meeting_id).where(m.meetings.c.article_id == article))


def _event_of(engine, article: str) -> str:  # noqa: ANN001
    return _one(engine, select(m.meetings.c.event_id).where(m.meetings.c.article_id == article))


def test_locks_hold_through_loads_and_the_full_relink_and_merged_ids_resolve(db_url, engine,
                                                                             tmp_path):
    records = {r.article_id: r for r in _records()}
    first = [records[a] for a in ("s01_en", "s02_en", "s05_en")]
    load([_write(tmp_path / "first", first)], db_url, gold=True, manifest=MANIFEST)
    e1, e2 = _event_of(engine, "s01_en"), _event_of(engine, "s02_en")
    assert e1 != e2
    hung, other = _person_of(engine, "s01_en", 0), _person_of(engine, "s02_en", 0)
    assert hung == _person_of(engine, "s05_en", 0) != other
    with writing(engine) as conn:
        lock(conn, e1, e2, same=True)  # a reviewer: one event
        lock(conn, hung, other, same=True)  # ... and one person
    merged_event, merged_person = _event_of(engine, "s01_en"), _person_of(engine, "s01_en", 0)
    assert _event_of(engine, "s02_en") == merged_event in {e1, e2}
    assert _person_of(engine, "s02_en", 0) == merged_person in {hung, other}
    with engine.connect() as conn:
        gone_event = ({e1, e2} - {merged_event}).pop()
        gone_person = ({hung, other} - {merged_person}).pop()
        assert resolve(conn, gone_event) == merged_event
        assert resolve(conn, gone_person) == merged_person
        assert conn.execute(select(func.count()).select_from(m.people).where(
            m.people.c.person_id == gone_person)).scalar_one() == 0
    # "Not the same person": Hung of s01 and of s05 are kept apart from now on.
    with writing(engine) as conn:
        lock(conn, f"{_meeting(engine, 's01_en')}:0", f"{_meeting(engine, 's05_en')}:0",
             same=False)
    apart = _person_of(engine, "s01_en", 0), _person_of(engine, "s05_en", 0)
    assert apart[0] != apart[1]

    more = [records[a] for a in ("s01_de", "s02_fr", "s05_pl", "s08_en")]
    load([_write(tmp_path / "more", more)], db_url, gold=True, manifest=MANIFEST)
    for _ in range(2):  # after a load, then after the full relink
        assert _event_of(engine, "s01_en") == _event_of(engine, "s02_en") == merged_event
        assert _person_of(engine, "s01_en", 0) == _person_of(engine, "s02_en", 0)
        assert _person_of(engine, "s01_en", 0) != _person_of(engine, "s05_en", 0)
        with writing(engine) as conn:
            relink(conn)


def test_a_mention_without_province_keeps_its_person_when_a_namesake_appears():
    """The mention joins the namesake first seen by meeting date, whichever came first
    into the database, and keeps that person when a later namesake arrives."""
    from extractor.linking import MeetingInput, Mention

    def meeting(article: str, province: str, date: str, titles: tuple) -> MeetingInput:
        return MeetingInput(key=meeting_id("r", article, 0), run_id="r", article_id=article,
                            position=0, language="en", province=province, date=date,
                            title=f"Meeting {article}", location=None,
                            attendees=(Mention(0, "Tran Van Binh", "Tran Van Binh", titles),))

    ha_nam = meeting("a1", "ha nam", "2024-01-05", ("Chairman of the Ha Nam Provincial "
                                                    "People's Committee",))
    unknown = meeting("a2", "", "2024-02-01", ())
    cao_bang = meeting("a3", "cao bang", "2024-06-01", ("Director of the Cao Bang Department "
                                                        "of Finance",))
    results = []
    for order in ([ha_nam, unknown, cao_bang], [cao_bang, unknown, ha_nam],
                  [unknown, cao_bang, ha_nam]):
        store = MemoryStore([])
        ids_after = []
        for x in order:
            update(store, *store.add([x]))
            ids_after.append(store.person.get((unknown.key, 0)))
        results.append(_partition(store.person))
        if order[0] is ha_nam:  # attached at once, and never moved
            assert ids_after[1] == ids_after[2] == store.person[(ha_nam.key, 0)]
    assert results[0] == results[1] == results[2]
    assert frozenset({(ha_nam.key, 0), (unknown.key, 0)}) in results[0]


_LOADER = """
import sys
from extractor.db import load
load(sys.argv[2:], sys.argv[1], gold=True, manifest=%r)
"""


def test_two_processes_loading_at_once_lose_and_duplicate_no_link(pg_url, tmp_path):
    records = _records()
    halves = [_write(tmp_path / f"half{i}", records[i::2]) for i in (0, 1)]
    batches = [[_write(tmp_path / f"half{i}" / f"part{j}", records[i::2][j::3])
                for j in range(3)] for i in (0, 1)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    code = _LOADER % str(MANIFEST)
    procs = [subprocess.Popen([sys.executable, "-c", code, pg_url, *map(str, parts)], env=env)
             for parts in batches]
    assert [p.wait(timeout=600) for p in procs] == [0, 0]
    assert all(h.exists() for h in halves)
    from extractor.db import make_engine

    engine = make_engine(pg_url)
    people, events = _stored(engine)
    want_people, want_events = _full(records)
    assert None not in people.values() and None not in events.values()
    assert _partition(people) == _partition(want_people)
    assert _partition(events) == _partition(want_events)
    with engine.connect() as conn:
        rows = conn.execute(select(func.count()).select_from(m.people)).scalar_one()
        used = conn.execute(select(func.count(func.distinct(m.attendees.c.person_id)))).scalar_one()
        events_rows = conn.execute(select(func.count()).select_from(m.events)).scalar_one()
        used_events = conn.execute(select(func.count(func.distinct(m.meetings.c.event_id)))
                                   ).scalar_one()
    assert rows == used and events_rows == used_events  # no duplicate, no orphan
    with writing(engine) as conn:
        relink(conn)
    assert _stored(engine) == (people, events)
    engine.dispose()
