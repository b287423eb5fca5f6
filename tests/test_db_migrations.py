"""Schema versions: created on first use, upgraded from v1 with data kept, never guessed."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from db_samples import MANIFEST, as_model_run, counts, gold_records, run_meta, snapshot, write_run
from sqlalchemy import MetaData, func, inspect, select, text

from extractor.db import (
    SchemaError,
    current_revision,
    head_revision,
    load,
    read_manifest,
    upgrade,
)
from extractor.db import models as m
from extractor.db.rows import table_rows
from extractor.db.schema import VERSION_TABLE, alembic_config, writing
from extractor.rundir import make_run

V1 = "0001"
V2 = "0002"
HEAD = "0008"
V4 = "0004"


def _columns(engine, table: str) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns(table)}


def _load_like_v1(engine, run) -> None:  # noqa: ANN001
    """Write a run the way an older tool did: only the columns its tables have."""
    tables = MetaData()
    tables.reflect(engine)
    rows = table_rows(run, read_manifest(MANIFEST))
    rows.rows["runs"][0]["loaded_at"] = rows.rows["runs"][0]["started_at"]
    for article in rows.rows["articles"]:
        article["is_current"] = True
    with writing(engine) as conn:
        for table in m.TABLES:
            old = tables.tables[table.name]
            # Reflected JSON columns come back as plain JSON; reuse the head table's types.
            conn.execute(table.insert(), [{k: v for k, v in row.items() if k in old.c}
                                          for row in rows.rows[table.name]])


def test_first_use_creates_the_schema_at_head(db_url, engine, tmp_path):
    with engine.connect() as conn:
        assert current_revision(conn) is None
    load([write_run(tmp_path / "run", as_model_run(gold_records(), "r"), run_meta("r"))], db_url)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision() == HEAD
        assert conn.execute(text(f"SELECT COUNT(*) FROM {VERSION_TABLE}")).scalar_one() == 1


def test_upgrade_from_v1_keeps_and_completes_the_data(db_url, engine, tmp_path):
    records = as_model_run(gold_records(), "run-v1")
    records[0].meetings[0].attendees[0].name = "Đỗ  Trọng HƯNG"  # folded by the migration
    run_dir = write_run(tmp_path / "run", records, run_meta("run-v1"))
    assert upgrade(engine, V1) == V1
    assert "name_key" not in _columns(engine, "attendees")
    assert "scaled_value" not in _columns(engine, "kpis")
    run = make_run(records, run_meta("run-v1"), source_path=str(run_dir.resolve()))
    _load_like_v1(engine, run)
    with engine.connect() as conn:
        v1_counts = {t.name: conn.execute(text(f"SELECT COUNT(*) FROM {t.name}")).scalar_one()
                     for t in m.TABLES}
    assert v1_counts["kpis"] > 0

    assert upgrade(engine) == HEAD
    with engine.connect() as conn:
        assert current_revision(conn) == HEAD
    assert counts(engine) == v1_counts
    with engine.connect() as conn:
        kpis = conn.execute(select(m.kpis.c.value, m.kpis.c.scale, m.kpis.c.scaled_value)).all()
        assert all(scaled == pytest.approx(value * scale) for value, scale, scaled in kpis)
        keys = conn.execute(select(m.attendees.c.name, m.attendees.c.name_key)).all()
        assert ("Đỗ  Trọng HƯNG", "do trong hung") in keys
        assert all(key is not None for _, key in keys)
    # What the migration filled in is exactly what the current loader writes.
    upgraded = snapshot(engine)
    load([run_dir], db_url, manifest=MANIFEST)
    assert snapshot(engine) == upgraded


def test_upgrade_from_v2_links_the_data(db_url, engine, tmp_path):  # noqa: F811
    """Today's schema (v2) upgrades to v3: ids, codes and base-unit values filled in,
    exactly as a fresh load of the same run writes them."""
    records = as_model_run(gold_records(), "run-v2")
    kpi = records[0].meetings[0].kpis[0]
    kpi.indicator, kpi.unit, kpi.value, kpi.scale = "forest planted", "km2", 3.0, 1.0
    run_dir = write_run(tmp_path / "run", records, run_meta("run-v2"))
    assert upgrade(engine, V2) == V2
    assert "person_id" not in _columns(engine, "attendees")
    run = make_run(records, run_meta("run-v2"), source_path=str(run_dir.resolve()))
    _load_like_v1(engine, run)
    with writing(engine) as conn:  # what the v2 loader wrote: value * scale
        conn.execute(text("UPDATE kpis SET scaled_value = value * scale"))
    before = _counts(engine)

    assert upgrade(engine) == HEAD
    assert _counts(engine) == before
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.attendees)
                            .where(m.attendees.c.person_id.is_(None))).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(m.meetings)
                            .where(m.meetings.c.event_id.is_(None))).scalar_one() == 0
        codes = dict(conn.execute(select(m.kpis.c.indicator, m.kpis.c.indicator_code)).all())
        assert codes["forest planted"] == "afforestation"
        assert codes["GRDP growth rate"] == "grdp_growth"
        area = conn.execute(select(m.kpis.c.scaled_value)
                            .where(m.kpis.c.indicator == "forest planted")).scalar_one()
        assert area == pytest.approx(300.0)  # hectares
        assert conn.execute(select(func.count()).select_from(m.people)).scalar_one() > 0
        assert conn.execute(select(func.count()).select_from(m.indicators)).scalar_one() > 50
    upgraded = snapshot(engine), _links(engine)
    load([run_dir], db_url, manifest=MANIFEST)
    assert (snapshot(engine), _links(engine)) == upgraded


def _counts(engine) -> dict[str, int]:  # noqa: ANN001
    with engine.connect() as conn:
        return {t.name: conn.execute(text(f"SELECT COUNT(*) FROM {t.name}")).scalar_one()
                for t in m.TABLES}


def _links(engine) -> dict[str, list[tuple]]:  # noqa: ANN001
    with engine.connect() as conn:
        return {t.name: [tuple(r) for r in conn.execute(
            select(t).order_by(*t.primary_key.columns))] for t in m.LINK_TABLES}


def test_migrations_match_the_models(engine):
    upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                       "version_table": VERSION_TABLE})
        diff = compare_metadata(context, m.metadata)
    assert diff == []


def test_downgrade_to_v1_and_back(db_url, engine, tmp_path):
    records = as_model_run(gold_records(), "r")
    load([write_run(tmp_path / "run", records, run_meta("r"))], db_url)
    loaded = snapshot(engine)
    with writing(engine) as conn:
        command.downgrade(alembic_config(conn), V1)
    assert "name_key" not in _columns(engine, "attendees")
    with writing(engine) as conn:
        assert current_revision(conn) == V1
    upgrade(engine)
    assert snapshot(engine) == loaded


def test_a_newer_database_is_refused(db_url, engine, tmp_path):
    upgrade(engine)
    with writing(engine) as conn:
        conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = '9999'"))
    run_dir = write_run(tmp_path / "run", as_model_run(gold_records(), "r"), run_meta("r"))
    with pytest.raises(SchemaError, match="9999"):
        load([run_dir], db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM runs")).scalar_one() == 0


def test_users_own_alembic_history_is_left_alone(db_url, engine, tmp_path):
    with writing(engine) as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('users_rev_1')"))
    load([write_run(tmp_path / "run", as_model_run(gold_records(), "r"), run_meta("r"))], db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == \
            "users_rev_1"
        assert current_revision(conn) == head_revision()


def test_upgrade_from_v4_keeps_every_person_and_event_id(db_url, engine, tmp_path):
    """A database the v4 tool linked (ids of its own) upgrades to v5 with each id kept,
    and the blocking columns and blocks filled in as a load fills them."""
    from extractor.db.link_store import link_exported
    from extractor.db.rows import TableRows

    records = as_model_run(gold_records(), "run-v4")
    run_dir = write_run(tmp_path / "run", records, run_meta("run-v4"))
    assert upgrade(engine, V4) == V4
    run = make_run(records, run_meta("run-v4"), source_path=str(run_dir.resolve()))
    rows = table_rows(run, read_manifest(MANIFEST))
    link_exported(rows, [run], read_manifest(MANIFEST))
    legacy = _legacy_ids(rows)
    tables = MetaData()
    tables.reflect(engine)
    rows.rows["runs"][0]["loaded_at"] = rows.rows["runs"][0]["started_at"]
    for article in rows.rows["articles"]:
        article["is_current"] = True
    with writing(engine) as conn:
        for table in (*m.TABLES, *m.LINK_TABLES):
            old = tables.tables[table.name]
            if rows.rows[table.name]:
                conn.execute(table.insert(), [{k: v for k, v in row.items() if k in old.c}
                                              for row in rows.rows[table.name]])
    with engine.connect() as conn:
        before_people = dict(((r.meeting_id, r.position), r.person_id) for r in conn.execute(
            select(m.attendees.c.meeting_id, m.attendees.c.position, m.attendees.c.person_id)))
        before_events = dict(conn.execute(select(m.meetings.c.meeting_id,
                                                 m.meetings.c.event_id)).all())
    assert set(before_people.values()) <= set(legacy.values())

    assert upgrade(engine) == HEAD
    with engine.connect() as conn:
        after_people = dict(((r.meeting_id, r.position), r.person_id) for r in conn.execute(
            select(m.attendees.c.meeting_id, m.attendees.c.position, m.attendees.c.person_id)))
        after_events = dict(conn.execute(select(m.meetings.c.meeting_id,
                                                m.meetings.c.event_id)).all())
        stored_people = set(conn.execute(select(m.people.c.person_id)).scalars())
        blocks = conn.execute(select(func.count()).select_from(m.link_blocks)).scalar_one()
        unkeyed = conn.execute(select(func.count()).select_from(m.attendees)
                               .where(m.attendees.c.link_key.is_(None))).scalar_one()
    assert after_people == before_people
    assert after_events == before_events
    assert stored_people == set(before_people.values())
    assert blocks > 0 and unkeyed == 0
    assert isinstance(rows, TableRows)


def _legacy_ids(rows) -> dict[str, str]:  # noqa: ANN001
    """Rename the exported ids to ids no v5 linker would make (as an older tool's)."""
    renamed: dict[str, str] = {}
    for table, column in (("attendees", "person_id"), ("people", "person_id"),
                          ("meetings", "event_id"), ("events", "event_id"),
                          ("event_findings", "event_id")):
        for row in rows.rows[table]:
            old = row[column]
            row[column] = renamed.setdefault(old, f"{old[:2]}legacy{len(renamed):06d}")
    for event in rows.rows["events"]:
        event["chairs"] = [renamed.get(p, p) for p in event["chairs"]]
    return renamed


def test_upgrade_from_v7_fills_the_node_summaries_and_keeps_every_id(db_url, engine, tmp_path):
    """A database of the v7 schema (no ``link_nodes``, no ``link_blocks.place``) upgrades
    to v8: every person and event id stays, and the summaries are what its mentions give."""
    from extractor.db.sql_store import SqlStore

    records = as_model_run(gold_records(), "r")
    load([write_run(tmp_path / "run", records, run_meta("r"))], db_url)
    with engine.connect() as conn:
        ids = sorted(conn.execute(select(m.attendees.c.meeting_id, m.attendees.c.position,
                                         m.attendees.c.person_id)).all())
        events = sorted(conn.execute(select(m.meetings.c.meeting_id, m.meetings.c.event_id)))
    with writing(engine) as conn:
        command.downgrade(alembic_config(conn), "0007")
    assert not inspect(engine).has_table("link_nodes")
    assert "place" not in _columns(engine, "link_blocks")
    assert upgrade(engine) == HEAD
    with engine.connect() as conn:
        assert sorted(conn.execute(select(m.attendees.c.meeting_id, m.attendees.c.position,
                                          m.attendees.c.person_id)).all()) == ids
        assert sorted(conn.execute(select(m.meetings.c.meeting_id,
                                          m.meetings.c.event_id))) == events
        stored = {(r.link_key, r.scope): r.mentions for r in conn.execute(select(m.link_nodes))}
        keys = {k for k, _ in stored}
        fresh = {k: n.mentions for k, n in SqlStore(conn).summaries(keys).items()}
        assert stored == fresh and sum(stored.values()) == len(ids)
        assert conn.execute(select(func.count()).select_from(m.link_blocks)
                            .where(m.link_blocks.c.place.is_(None))).scalar_one() == 0


def test_only_migrations_that_linking_depends_on_make_an_upgrade_relink():
    """Confidence, cost and a finding severity change no link: an upgrade through those
    alone keeps the links as they are (a full relink of a large database takes long)."""
    from extractor.db.schema import relinks

    assert not relinks("0005", "0007")
    assert not relinks("0003", "0004")
    assert relinks("0004", "0005") and relinks("0007", "0008") and relinks(None, HEAD)
    assert relinks("0005", HEAD)  # through 0008, which fills the node summaries
