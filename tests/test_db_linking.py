"""Links in the database, on SQLite and a real PostgreSQL server: person and
event ids at load, stable across incremental loads, the link tables, README's queries."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from db_samples import doc_queries, snapshot
from db_samples import partition as _partition
from sqlalchemy import func, select, text

from extractor.db import load
from extractor.db import models as m

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ROOT / "corpus" / "editions"
MANIFEST = EDITIONS / "manifest.json"
SCRIPT = shutil.which("extractor", path=str(Path(sys.executable).parent)) or "extractor"


def _gold_dir(tmp_path: Path, name: str, article_ids: list[str]) -> Path:
    out = tmp_path / name
    out.mkdir()
    for article_id in article_ids:
        shutil.copy(EDITIONS / "gold" / f"{article_id}.json", out)
    return out


def _ids(engine) -> tuple[dict, dict]:  # noqa: ANN001
    with engine.connect() as conn:
        people = {(r.article_id, r.position): r.person_id for r in conn.execute(
            select(m.meetings.c.article_id, m.attendees.c.position, m.attendees.c.person_id)
            .join(m.meetings, m.meetings.c.meeting_id == m.attendees.c.meeting_id))}
        events = dict(conn.execute(select(m.meetings.c.article_id, m.meetings.c.event_id)).all())
    return people, events


def _links(engine) -> dict[str, list[tuple]]:  # noqa: ANN001
    with engine.connect() as conn:
        return {t.name: [tuple(r) for r in conn.execute(
            select(t).order_by(*t.primary_key.columns))] for t in m.LINK_TABLES}


def test_ids_are_set_at_load_and_stable_across_incremental_loads(db_url, engine, tmp_path):
    first = _gold_dir(tmp_path, "first", ["s01_en", "s01_de", "s05_en", "s06_en", "s06_uk"])
    load([first], db_url, gold=True, manifest=MANIFEST)
    people, events = _ids(engine)
    assert None not in people.values() and None not in events.values()
    assert events["s01_en"] == events["s01_de"] != events["s05_en"]
    assert people[("s01_en", 0)] == people[("s05_en", 0)]  # Do Trong Hung chairs both

    # More editions (one with a smaller article id than s01's first), in a second run.
    second = _gold_dir(tmp_path, "second", ["s01_ja", "s01_ru", "s05_ar", "s08_en", "s08_zh"])
    load([second], db_url, gold=True, manifest=MANIFEST)
    more_people, more_events = _ids(engine)
    assert {k: more_people[k] for k in people} == people  # nobody renumbered
    assert {k: more_events[k] for k in events} == events  # no event renumbered
    assert more_events["s01_ja"] == more_events["s01_ru"] == events["s01_en"]
    assert more_events["s05_ar"] == events["s05_en"]
    assert more_people[("s08_en", 1)] == people[("s01_en", 0)]  # promoted to the centre

    # Loading again changes nothing, rows or links.
    before = snapshot(engine), _links(engine)
    load([first, second], db_url, gold=True, manifest=MANIFEST)
    assert (snapshot(engine), _links(engine)) == before


def test_the_link_tables(db_url, engine):
    load([EDITIONS / "gold"], db_url, gold=True, manifest=MANIFEST)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.events)).scalar_one() == 8
        hung = conn.execute(select(m.people).where(m.people.c.name_key == "do trong hung")).one()
        assert hung.meetings == 3  # s01, s05, s08: editions count once
        assert {"text": "杜重兴", "language": "zh", "field": "name_in_text"} in hung.aliases
        assert {"title": "Secretary of the Provincial Party Committee",
                "first_seen": "2022-09-09", "last_seen": "2024-07-17"} in hung.titles
        thi = conn.execute(select(m.people.c.provinces)
                           .where(m.people.c.name_key == "nguyen van thi")).scalars().all()
        assert sorted(map(tuple, thi)) == [("Bac Giang",), ("Thanh Hoa",)]  # homonyms
        findings = conn.execute(select(m.event_findings)).all()
        assert len(findings) == 6 and {f.code for f in findings} == {"editions_disagree"}
        codes = conn.execute(select(func.count()).select_from(m.kpis)
                             .where(m.kpis.c.indicator_code.is_(None))).scalar_one()
        assert codes == 0
        assert conn.execute(select(func.count()).select_from(m.indicators)).scalar_one() > 60


def _linking_queries() -> list[str]:
    """README's linking example, then the two linking examples of docs/sql-examples.md."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Linking across articles", 1)[1].split("\n## ", 1)[0]
    examples = doc_queries()
    return [*re.findall(r"```sql\n(.*?)```", section, flags=re.S),
            examples["meetings_of_person"], examples["editions_disagree"]]


def test_linking_queries_run(db_url, engine):
    queries = _linking_queries()
    assert len(queries) == 3
    load([EDITIONS / "gold"], db_url, gold=True, manifest=MANIFEST)
    with engine.connect() as conn:
        growth, meetings, disagree = (conn.execute(text(q)).all() for q in queries)
    assert [(r.period, r.grdp_growth_pct, r.editions) for r in growth] == \
        [("2021-2023", 9.0, 4), ("2023", 10.0, 3)]
    assert len({r.event_id for r in meetings}) == 3
    assert {(r.indicator_code, r.language, r.scaled_value) for r in disagree} >= {
        ("poverty_rate", "de", 3.02), ("poverty_rate", "en", 30.02),
        ("total_social_investment", "ja", 1.861e11)}


def test_cli_link_prints_the_clusters(tmp_path):
    done = subprocess.run([SCRIPT, "link", str(EDITIONS / "gold"), "--manifest", str(MANIFEST),
                           "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    clusters = json.loads(done.stdout)
    assert len(clusters["events"]) == 8
    assert sum(len(e["findings"]) for e in clusters["events"]) == 6
    table = subprocess.run([SCRIPT, "link", str(EDITIONS / "gold")], capture_output=True,
                           text=True, timeout=120, env={"COLUMNS": "200", "PATH": ""})
    assert table.returncode == 0, table.stderr
    assert "editions disagree" in table.stdout and "Do Trong Hung" in table.stdout



def test_one_relink_for_several_runs_gives_what_one_load_per_run_gives(db_url, engine, tmp_path,
                                                                       pg_url):
    from extractor.db import make_engine
    from extractor.rundir import RunError

    first = _gold_dir(tmp_path, "first", ["s01_en", "s01_de", "s05_en"])
    second = _gold_dir(tmp_path, "second", ["s01_ja", "s05_ar", "s08_en"])
    load([first, second], db_url, gold=True, manifest=MANIFEST)  # one relink at the end
    together = snapshot(engine), _links(engine)
    other = make_engine(pg_url)  # the same runs one load at a time, elsewhere
    try:
        load([first], pg_url, gold=True, manifest=MANIFEST)
        load([second], pg_url, gold=True, manifest=MANIFEST)
        # The same clusters (ids may differ: one by one, s05 keeps its first edition's id)
        assert [_partition(ids) for ids in _ids(other)] == \
            [_partition(ids) for ids in _ids(engine)]
        assert {t: len(rows) for t, rows in _links(other).items()} == \
            {t: len(rows) for t, rows in together[1].items()}
    finally:
        other.dispose()

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "x.json").write_text("{}")
    third = _gold_dir(tmp_path, "third", ["s01_ru"])
    with pytest.raises(RunError):
        load([third, broken], db_url, gold=True, manifest=MANIFEST)
    people, events = _ids(engine)
    assert events["s01_ru"] == events["s01_en"]  # the run that loaded was linked
