"""Loading runs: counts, reloads, versions, transactions, hostile text, concurrency.

Every test runs on a SQLite file and on a real PostgreSQL server (see pg_server.py).
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from db_samples import (
    GOLD_DIR,
    HOSTILE,
    MANIFEST,
    as_model_run,
    counts,
    expected_counts,
    gold_records,
    hostile_record,
    manifest_provinces,
    run_meta,
    snapshot,
    span,
    synthetic_record,
    write_run,
)
from sqlalchemy import func, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from extractor.db import load, make_engine
from extractor.db import models as m
from extractor.rundir import RunError, read_run_dir


def test_gold_corpus_loads_with_every_row(db_url, engine):
    records = gold_records()
    [result] = load([GOLD_DIR], db_url, manifest=MANIFEST)
    assert result.is_gold and result.run_id.startswith("gold-") and not result.reloaded
    assert counts(engine) == expected_counts(records)
    provinces = manifest_provinces()
    with engine.connect() as conn:
        rows = conn.execute(select(m.articles.c.article_id, m.articles.c.province,
                                   m.articles.c.is_current)).all()
        assert {a: p for a, p, _ in rows} == {r.article_id: provinces[r.article_id]
                                               for r in records}
        assert all(current for *_, current in rows)
        # Grounded spans arrive as written in the gold files.
        gold_spans = {(p.name, p.name_grounding.start, p.name_grounding.end)
                      for r in records for mt in r.meetings for p in mt.attendees
                      if p.name_grounding is not None}
        db_spans = set(conn.execute(select(m.attendees.c.name, m.attendees.c.name_start,
                                           m.attendees.c.name_end)).all())
        assert db_spans == gold_spans
        gold_dates = {mt.date for r in records for mt in r.meetings}
        db_dates = {d.isoformat() if d else None
                    for d in conn.execute(select(m.meetings.c.date)).scalars()}
        assert db_dates == gold_dates


def test_reload_changes_nothing(db_url, engine, tmp_path):
    run_dir = write_run(tmp_path / "run", as_model_run(gold_records(), "run-A"),
                        run_meta("run-A"))
    [first] = load([run_dir], db_url, manifest=MANIFEST)
    before = snapshot(engine)
    [second] = load([run_dir], db_url, manifest=MANIFEST)
    assert not first.reloaded and second.reloaded
    assert snapshot(engine) == before  # same rows, same keys, same loaded_at
    assert counts(engine) == expected_counts(as_model_run(gold_records(), "run-A"))


def test_foreign_keys_hold(db_url, engine, tmp_path):
    load([write_run(tmp_path / "run", as_model_run(gold_records(), "run-A"), run_meta("run-A"))],
         db_url)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        # No child without its parent, checked with plain joins on both backends.
        for child, parent, on in [
            (m.articles, m.runs, m.articles.c.run_id == m.runs.c.run_id),
            (m.meetings, m.articles, (m.meetings.c.run_id == m.articles.c.run_id)
             & (m.meetings.c.article_id == m.articles.c.article_id)),
            (m.attendees, m.meetings, m.attendees.c.meeting_id == m.meetings.c.meeting_id),
            (m.kpis, m.meetings, m.kpis.c.meeting_id == m.meetings.c.meeting_id),
            (m.directives, m.meetings, m.directives.c.meeting_id == m.meetings.c.meeting_id),
        ]:
            orphans = conn.execute(select(func.count()).select_from(child.outerjoin(parent, on))
                                   .where(list(parent.primary_key.columns)[0].is_(None)))
            assert orphans.scalar_one() == 0, child.name
    # And the database itself enforces them.
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(m.kpis).values(
            meeting_id="no-such-meeting", position=0, indicator="x", value=1, unit="%",
            scale=1, qualifier="exact", evidence="x"))


def test_shrinking_lists_leave_no_stale_rows(db_url, engine, tmp_path):
    records = as_model_run(gold_records(), "run-A")
    run_dir = write_run(tmp_path / "run", records, run_meta("run-A"))
    load([run_dir], db_url)
    # The same run, corrected: fewer KPIs, attendees and findings, one article gone.
    shrunk = [r.model_copy(deep=True) for r in records[:-1]]
    shrunk[0].meetings[0].kpis = shrunk[0].meetings[0].kpis[:2]
    shrunk[0].meetings[0].attendees = shrunk[0].meetings[0].attendees[:1]
    shrunk[1].findings = []
    shrunk[1].meetings = []
    write_run(run_dir, shrunk, run_meta("run-A"))
    [result] = load([run_dir], db_url)
    assert result.reloaded
    assert counts(engine) == expected_counts(shrunk)
    with engine.connect() as conn:
        kept = conn.execute(select(m.kpis.c.evidence).join(m.meetings)
                            .where(m.meetings.c.article_id == shrunk[0].article_id)
                            .order_by(m.kpis.c.position)).scalars().all()
        assert kept == [k.evidence for k in shrunk[0].meetings[0].kpis]
        gone = records[-1].article_id
        assert conn.execute(select(func.count()).select_from(m.meetings)
                            .where(m.meetings.c.article_id == gone)).scalar_one() == 0


def test_new_run_adds_a_version_and_marks_the_newest_current(db_url, engine, tmp_path):
    gold = gold_records()[:2]
    old = write_run(tmp_path / "old", as_model_run(gold, "run-old"),
                    run_meta("run-old", "2025-01-01T00:00:00Z"))
    new_records = as_model_run(gold[:1], "run-new", model="test-model-2")
    new_records[0].meetings[0].kpis.pop()
    new = write_run(tmp_path / "new", new_records, run_meta("run-new", "2025-02-01T00:00:00+01:00"))
    load([old, new], db_url)

    def current() -> dict[tuple[str, str], bool]:
        with engine.connect() as conn:
            rows = conn.execute(select(m.articles.c.run_id, m.articles.c.article_id,
                                       m.articles.c.is_current)).all()
        return {(r, a): bool(c) for r, a, c in rows}

    a0, a1 = gold[0].article_id, gold[1].article_id
    assert current() == {("run-old", a0): False, ("run-old", a1): True, ("run-new", a0): True}
    # Loading the older run again does not make it current again: order is by start time.
    before = snapshot(engine)
    load([old], db_url)
    assert snapshot(engine) == before
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.runs)).scalar_one() == 2


def test_replace_keeps_one_version(db_url, engine, tmp_path):
    gold = gold_records()[:2]
    old = write_run(tmp_path / "old", as_model_run(gold, "run-old"), run_meta("run-old"))
    new = write_run(tmp_path / "new", as_model_run(gold[:1], "run-new"), run_meta("run-new"))
    everything = write_run(tmp_path / "all", as_model_run(gold, "run-all"), run_meta("run-all"))
    load([GOLD_DIR], db_url)  # gold is never replaced
    load([old], db_url, replace=True)
    [partial] = load([new], db_url, replace=True)
    assert partial.replaced_runs == []  # run-old still holds the second article
    with engine.connect() as conn:
        versions = conn.execute(
            select(m.articles.c.run_id, m.articles.c.article_id)
            .join(m.runs).where(m.runs.c.is_gold.is_(False))).all()
        assert sorted(versions) == [("run-new", gold[0].article_id),
                                    ("run-old", gold[1].article_id)]
        assert conn.execute(select(m.runs.c.article_count)
                            .where(m.runs.c.run_id == "run-old")).scalar_one() == 1
    [full] = load([everything], db_url, replace=True)
    assert sorted(full.replaced_runs) == ["run-new", "run-old"]
    with engine.connect() as conn:
        runs = dict(conn.execute(select(m.runs.c.run_id, m.runs.c.is_gold)).all())
        assert {r for r, g in runs.items() if not g} == {"run-all"}
        assert sum(1 for g in runs.values() if g) == 1
    expected = expected_counts(as_model_run(gold, "x"))
    gold_counts = expected_counts(gold_records())
    assert counts(engine) == {t: expected[t] + gold_counts[t] for t in expected}


def test_failed_load_leaves_the_database_as_it_was(db_url, engine, tmp_path):
    records = as_model_run(gold_records(), "run-A")
    run_dir = write_run(tmp_path / "run", records, run_meta("run-A"))
    load([run_dir], db_url)
    before = snapshot(engine)
    # The same run again, now with a span that ends before it starts in its last article:
    # pydantic accepts it, the database's CHECK constraint rejects it, after the rows of
    # the run, its articles and meetings were already written in this transaction.
    broken = [r.model_copy(deep=True) for r in records]
    broken[-1].meetings[0].kpis[0].evidence_grounding = span(50, 10)
    broken[0].meetings[0].kpis = []
    write_run(run_dir, broken, run_meta("run-A"))
    with pytest.raises(IntegrityError):
        load([run_dir], db_url)
    assert snapshot(engine) == before
    # A new run failing the same way leaves no run, article or meeting behind.
    other = write_run(tmp_path / "other", [r.model_copy(update={"provenance": None})
                                           for r in broken], run_meta("run-B"))
    with pytest.raises(IntegrityError):
        load([other], db_url)
    assert snapshot(engine) == before


def test_unreadable_record_fails_the_whole_run(db_url, engine, tmp_path):
    run_dir = write_run(tmp_path / "run", as_model_run(gold_records(), "run-A"),
                        run_meta("run-A"))
    (run_dir / "zzz_broken.json").write_text('{"article_id": 1', "utf-8")
    with pytest.raises(RunError, match="zzz_broken.json"):
        load([run_dir], db_url)
    assert not inspect(engine).has_table("runs")


def test_hostile_text_loads_as_data(db_url, engine, tmp_path):
    record = hostile_record()
    run_dir = write_run(tmp_path / "x'); DROP TABLE runs;-- 🙂", [record],
                        {**run_meta("run'); DROP TABLE articles;--🙂"),
                         "model": HOSTILE[1]})
    [result] = load([run_dir], db_url)
    assert result.run_id == "run'); DROP TABLE articles;--🙂"
    meeting = record.meetings[0]
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= {t.name for t in m.TABLES}
        names = conn.execute(select(m.attendees.c.name).order_by(m.attendees.c.position))
        assert names.scalars().all() == HOSTILE
        titles = conn.execute(select(m.attendees.c.titles)
                              .where(m.attendees.c.position == 1)).scalar_one()
        assert titles == HOSTILE
        assert conn.execute(select(m.meetings.c.title, m.meetings.c.location)).one() == (
            meeting.title, meeting.location)
        assert conn.execute(select(m.kpis.c.indicator).order_by(m.kpis.c.position)
                            ).scalars().all() == [k.indicator for k in meeting.kpis]
        assert conn.execute(select(m.directives.c.action, m.directives.c.evidence)).one() == (
            HOSTILE[4], HOSTILE[3])
        assert conn.execute(select(m.runs.c.model, m.runs.c.run_metadata)).one() == (
            HOSTILE[1], run_meta("run'); DROP TABLE articles;--🙂") | {"model": HOSTILE[1]})
        # Searching with a hostile value as a bound parameter finds exactly that row.
        hit = conn.execute(text("SELECT COUNT(*) FROM attendees WHERE name = :n"),
                           {"n": HOSTILE[0]}).scalar_one()
        assert hit == 1


def test_dates_are_typed_and_bad_ones_kept_as_text(db_url, engine, tmp_path):
    record = synthetic_record(deadlines=["2024-12-31", "2024-02-30", "by end of 2025", None])
    load([write_run(tmp_path / "run", [record])], db_url)
    with engine.connect() as conn:
        rows = conn.execute(select(m.directives.c.deadline, m.directives.c.deadline_text)
                            .order_by(m.directives.c.position)).all()
    assert [tuple(r) for r in rows] == [(date(2024, 12, 31), "2024-12-31"), (None, "2024-02-30"),
                                        (None, "by end of 2025"), (None, None)]


def test_concurrent_loaders_of_one_run_do_not_duplicate(db_url, tmp_path):
    # A run big enough that the loads overlap; all loaders start on an empty database,
    # so the schema creation races too.
    base = gold_records()
    records = []
    for i in range(40):
        for r in base:
            records.append(r.model_copy(update={"article_id": f"{i:03d}-{r.article_id}"}))
    run_dir = write_run(tmp_path / "run", as_model_run(records, "run-C"), run_meta("run-C"))
    run = read_run_dir(run_dir)
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def loader() -> None:
        from extractor.db import store_run

        engine = make_engine(db_url)
        try:
            barrier.wait()
            store_run(engine, run)
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=loader) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert errors == []
    engine = make_engine(db_url)
    try:
        assert counts(engine) == expected_counts(run.articles)
    finally:
        engine.dispose()


def test_run_identity_comes_from_run_json_provenance_or_content(tmp_path):
    gold = gold_records()
    with_meta = read_run_dir(write_run(tmp_path / "a", as_model_run(gold, "r1"), run_meta("r1")))
    assert (with_meta.run_id, with_meta.is_gold, with_meta.model) == ("r1", False, "test-model")
    # No run.json: the run id the records carry, still a model run.
    no_meta = read_run_dir(write_run(tmp_path / "b", as_model_run(gold, "r2", model="m2")))
    assert (no_meta.run_id, no_meta.is_gold, no_meta.model) == ("r2", False, "m2")
    # Gold: a content hash, the same for the same labels wherever they are...
    first = read_run_dir(write_run(tmp_path / "c", gold))
    assert first.is_gold and first.run_id == read_run_dir(GOLD_DIR).run_id
    # ... and a new one when a label changes.
    gold[0].meetings[0].title += " (corrected)"
    assert read_run_dir(write_run(tmp_path / "d", gold)).run_id != first.run_id
    assert not read_run_dir(tmp_path / "d", gold=False).is_gold
    # Records of another run in the directory are refused, not merged.
    mixed = write_run(tmp_path / "e", as_model_run(gold[:1], "r1") + as_model_run(gold[1:], "r9"),
                      run_meta("r1"))
    with pytest.raises(RunError, match="r9"):
        read_run_dir(mixed)
