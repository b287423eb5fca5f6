"""Linking at scale: what a load costs as the database grows (prints figures).

    .venv/bin/python bench/link_scale.py                       # 2,000 and 20,000 articles
    .venv/bin/python bench/link_scale.py --sizes 2000 20000 200000 --postgres
    .venv/bin/python bench/link_scale.py --sizes 20000 --relink  # + a full relink
    .venv/bin/python bench/link_scale.py --sizes 200000 --keep ~/.cache/link_scale  # reuse bases

For each size it builds a database of synthetic articles (one meeting, ~4 attendees and
~5 KPIs each: about 10 records; stories in several language editions, a fifth of the
editions undated, officials who chair many meetings of their province over their term,
namesakes across provinces, people without a province). The base is written with bulk
inserts and linked in memory by ``extractor.linking.link``, the algorithm loads use.
Then, each in a fresh process on a copy of that database, it loads 1 and then 100 more
articles (new editions of stored stories and new stories) through ``extractor.db``, and
reports seconds for inserting and for linking, and the process's peak memory (RSS).
``--relink`` also times ``extractor relink`` over the whole copy (peak RSS too).
Quality: pairwise F1 of the stored people and events against the generator's truth.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ho",
           "Ngo", "Duong", "Ly", "Quan", "Lo", "Mua", "Trinh", "Mai", "Luong"]
_MIDDLE = ["Van", "Thi", "Duc", "Minh", "Quoc", "Thanh", "Hong", "Xuan", "Anh", "Trong"]
_GIVEN = ["An", "Binh", "Cuong", "Dung", "Giang", "Hai", "Hanh", "Hieu", "Hoa", "Hung",
          "Huy", "Khanh", "Lam", "Linh", "Long", "Nam", "Nga", "Phong", "Phuong", "Quang",
          "Son", "Tam", "Thang", "Thao", "Tho", "Thuy", "Tinh", "Toan", "Trung", "Tuan",
          "Viet", "Vinh", "Yen", "Liem"]
_KPIS = [("GRDP growth rate", "%"), ("state budget revenue", "billion VND"),
         ("poverty rate", "%"), ("export turnover", "million USD"),
         ("FDI attracted", "million USD"), ("forest cover", "%"),
         ("health insurance coverage", "%"), ("urbanization rate", "%"),
         ("trained labour rate", "%"), ("total social investment", "billion VND"),
         ("tourist arrivals", "visitors"), ("new party members admitted", "members")]
_LANGS = ["en", "fr", "de", "ru", "zh", "ja", "ko", "es", "pl", "vi", "ar", "uk", "it", "th",
          "hi", "pt", "tr", "id"]
_PROVINCES = ["Thanh Hoa", "Cao Bang", "Dien Bien", "Bac Giang", "Ninh Binh", "Nghe An",
              "Lao Cai", "Son La", "Ha Giang", "Quang Ninh", "Gia Lai", "Dak Lak", "Ha Nam",
              "Phu Tho", "Yen Bai", "Tay Ninh", "Long An", "Ben Tre", "Ca Mau", "Kon Tum"]
EDITIONS = (3, 15)  # editions per story, at random in this range
UNDATED = 0.2
TERM_STORIES = 150  # a province's officials change after this many of its stories


def _name(rnd: random.Random) -> str:
    return " ".join((rnd.choice(_FAMILY), rnd.choice(_MIDDLE), rnd.choice(_GIVEN)))


class World:
    """Deterministic stories: ``story(i)`` is the same whatever else is generated."""

    def __init__(self, seed: int = 22) -> None:
        self.seed = seed

    def officials(self, province: str, term: int) -> list[str]:
        rnd = random.Random(f"{self.seed}:{province}:{term}")
        return [_name(rnd) for _ in range(40)]

    def story(self, i: int) -> list[dict]:
        """The editions of story ``i`` as record documents (one meeting each)."""
        rnd = random.Random(f"{self.seed}:story:{i}")
        province = rnd.choice(_PROVINCES)
        term = i // (TERM_STORIES * len(_PROVINCES))
        pool = self.officials(province, term)
        chair, *others = [pool[0] if rnd.random() < 0.4 else rnd.choice(pool[:4])] + \
            rnd.sample(pool[4:], 3)
        date = f"{2020 + term % 6}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        place = f"{rnd.choice(_GIVEN)} {rnd.choice(_GIVEN)} district"
        figures = [(t, u, round(rnd.uniform(1, 5000), 2)) for t, u in rnd.sample(_KPIS, 5)]
        out = []
        for lang in rnd.sample(_LANGS, rnd.randint(*EDITIONS)):
            attendees = [{"name": n, "name_in_text": n, "role": "chair" if n == chair else
                          "attendee", "titles": [f"Vice Chairman of the {province} "
                                                 "Provincial People's Committee"]}
                         for n in (chair, *others)]
            if rnd.random() < 0.1:  # a guest named without a post or province
                attendees.append({"name": _name(rnd), "name_in_text": "", "role": "attendee",
                                  "titles": []})
            out.append({"article_id": f"{i:07d}_{lang}", "language": lang, "meetings": [{
                "kind": "working_session", "date": None if rnd.random() < UNDATED else date,
                "title": f"Working session of the {province} Party Committee with {place}",
                "location": place, "directives": [],
                "attendees": attendees,
                "kpis": [{"indicator": t, "value": v, "unit": u, "scale": 1.0,
                          "evidence": f"{t}: {v} {u}"} for t, u, v in figures]}]})
        return out


def articles(world: World, n: int, start: int = 0) -> list[dict]:
    out: list[dict] = []
    i = start
    while len(out) < n:
        out += world.story(i)
        i += 1
    return out[:n]


def _provinces(docs: list[dict]) -> dict[str, str]:
    return {d["article_id"]: d["meetings"][0]["title"].split(" the ")[1].split(" Party")[0]
            for d in docs}


# ----------------------------------------------------------------------------- build


def build(url: str, docs: list[dict]) -> dict:
    """Bulk-insert ``docs`` as one gold run, linked in memory (what loads would store)."""
    from extractor.db import make_engine, upgrade
    from extractor.db import models as m
    from extractor.db.link_store import link_exported
    from extractor.db.rows import table_rows
    from extractor.db.schema import writing
    from extractor.linking.blocks import block_keys, iso_date, place_key
    from extractor.rundir import make_run
    from extractor.schemas import ArticleExtraction

    start = time.perf_counter()
    records = [ArticleExtraction.model_validate(d) for d in docs]
    run = make_run(records, {"run_id": "base"}, gold=True)
    provinces = _provinces(docs)
    rows = table_rows(run, provinces)
    link_exported(rows, [run], provinces)
    blocks = []
    from extractor.db.sql_nodes import node_rows
    from extractor.linking import meeting_id, meetings_from_articles

    meetings = meetings_from_articles(run.run_id, records, meeting_id, provinces, is_gold=True)
    for meeting in meetings:
        blocks += [{"meeting_id": meeting.key, "block": b, "undated": iso_date(meeting) is None,
                    "place": place_key(meeting.location)} for b in block_keys(meeting)]
    rows.rows["link_nodes"] = node_rows(meetings, rows.rows["attendees"])
    rows.rows["runs"][0]["loaded_at"] = datetime.now(UTC)
    for article in rows.rows["articles"]:
        article["is_current"] = True
    for table in ("people", "events"):
        for row in rows.rows[table]:
            row["first_seen"] = rows.rows["runs"][0]["loaded_at"]
    rows.rows["link_blocks"] = blocks
    linked = time.perf_counter() - start
    engine = make_engine(url)
    upgrade(engine)
    with writing(engine) as conn:
        for table in (*m.TABLES, *m.LINK_TABLES[1:], m.link_blocks, m.link_nodes):  # upgrade wrote indicators
            data = rows.rows[table.name]
            for i in range(0, len(data), 5000):
                conn.execute(table.insert(), data[i:i + 5000])
    engine.dispose()
    return {"articles": len(docs), "build_s": round(time.perf_counter() - start, 1),
            "link_in_memory_s": round(linked, 1)}


# ----------------------------------------------------------------------------- measure


def _child(url: str, run_dir: str | None, relink: bool) -> None:
    """In a fresh process: load ``run_dir`` (or relink), print timings and peak RSS."""
    from extractor.db import deferred_links, make_engine, store_run
    from extractor.db import relink as relink_all
    from extractor.db.schema import writing
    from extractor.rundir import read_run_dir

    engine = make_engine(url)
    base = _peak_rss_kb()
    out: dict = {}
    if relink:
        start = time.perf_counter()
        with writing(engine) as conn:
            report = relink_all(conn)
        out = {"relink_s": round(time.perf_counter() - start, 2),
               "families": report.families, "closures": report.closures}
    else:
        run = read_run_dir(run_dir, gold=True)
        start = time.perf_counter()
        with deferred_links(engine):
            store_run(engine, run)
            inserted = time.perf_counter()
        done = time.perf_counter()
        out = {"insert_s": round(inserted - start, 3), "link_s": round(done - inserted, 3)}
    out |= {"peak_rss_mb": round(_peak_rss_kb() / 1024), "rss_before_mb": round(base / 1024)}
    print(json.dumps(out))


def _peak_rss_kb() -> int:
    """This process's peak RSS. Not ``getrusage``: on Linux its ``ru_maxrss`` keeps the
    parent's peak across fork and exec, so every child would report the builder's."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _run_child(url: str, run_dir: Path | None = None, relink: bool = False) -> dict:
    args = [sys.executable, __file__, "--child", url, str(run_dir or ""),
            *(["--relink"] if relink else [])]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _write_run(directory: Path, docs: list[dict]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for d in docs:
        (directory / f"{d['article_id']}.json").write_text(json.dumps(d), encoding="utf-8")
    return directory


def quality(url: str) -> dict:
    """Pairwise F1 of stored events (truth: the story) and people (truth: the name and
    province the generator drew; the unknown-province guests are left out)."""
    from sqlalchemy import select

    from bench.link import pairwise_counts
    from extractor.db import make_engine
    from extractor.db import models as m

    engine = make_engine(url)
    with engine.connect() as conn:
        events = {r.meeting_id: (r.article_id.split("_")[0], r.event_id) for r in conn.execute(
            select(m.meetings.c.meeting_id, m.meetings.c.article_id, m.meetings.c.event_id))}
        people = {}
        for r in conn.execute(select(m.attendees.c.meeting_id, m.attendees.c.position,
                                     m.attendees.c.name, m.attendees.c.titles,
                                     m.attendees.c.person_id)):
            if r.titles:
                people[(r.meeting_id, r.position)] = (f"{r.name}|{r.titles[0]}", r.person_id)
    engine.dispose()
    f1 = {}
    for name, items in (("events", events), ("people", people)):
        truth = {k: v[0] for k, v in items.items()}
        pred = {k: v[1] for k, v in items.items()}
        f1[name] = round(pairwise_counts(truth, pred)["f1"], 4)
    return f1


def measure(size: int, work: Path, postgres: str | None, relink: bool,
            keep: Path | None = None) -> dict:
    world = World()
    base_docs = articles(world, size)
    last_story = int(base_docs[-1]["article_id"].split("_")[0])
    url = postgres or f"sqlite:///{work / f'base{size}.db'}"
    kept = keep / f"base{size}.db" if keep and not postgres else None
    if kept and kept.exists():  # built before (by this script): upgraded, not rebuilt
        shutil.copy(kept, work / f"base{size}.db")
        row = {"articles": size, "build_s": "kept", "link_in_memory_s": "kept"}
        _upgrade(url)
    else:
        row = build(url, base_docs)
        if kept:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(work / f"base{size}.db", kept)
    stored = {d["article_id"] for d in base_docs}
    # new editions of the last stored stories, then new stories
    fresh = [d for i in range(max(0, last_story - 3), last_story + 40)
             for d in world.story(i) if d["article_id"] not in stored]
    for n in (1, 100):
        run_dir = _write_run(work / f"new{size}_{n}", fresh[:n])
        target = _copy(url, work, f"copy{size}_{n}")
        row[f"load_{n}"] = _run_child(target, run_dir)
        if n == 100:
            row["quality"] = quality(target)
        _drop(target)
    if relink:
        target = _copy(url, work, f"relink{size}")
        row["relink"] = _run_child(target, relink=True)
        _drop(target)
    _drop(url)
    return row


def _upgrade(url: str) -> None:
    from extractor.db import make_engine, upgrade

    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()


def _copy(url: str, work: Path, name: str) -> str:
    if url.startswith("sqlite"):
        target = work / f"{name}.db"
        shutil.copy(url.split("///", 1)[1], target)
        # On disk before the load starts: else the load's first commit (its fsync) also
        # writes out the whole copy, and times the copy, not the load.
        fd = os.open(target, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
        return f"sqlite:///{target}"
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(url).database}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop(url: str) -> None:
    if url.startswith("sqlite"):
        Path(url.split("///", 1)[1]).unlink(missing_ok=True)
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[2000, 20000])
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    parser.add_argument("--relink", action="store_true", help="also time a full relink")
    parser.add_argument("--keep", type=Path, help="keep each SQLite base here and reuse it "
                        "on the next run (a base of an older schema is upgraded, "
                        "which relinks it in full)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1] or None, args.relink)
        return
    work = Path(tempfile.mkdtemp(prefix="link_scale_"))
    try:
        for n in args.sizes:
            _print("sqlite", measure(n, work, None, args.relink, args.keep))
        if args.postgres:
            _on_postgres(args.sizes, work, args.relink)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _on_postgres(sizes: list[int], work: Path, relink: bool) -> None:
    """The same on a PostgreSQL server started as the tests start it (tests/pg_server.py)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from pg_server import PostgresServer, find_bin_dir

    server = PostgresServer(find_bin_dir())
    server.start()
    try:
        for n in sizes:
            _print("postgresql", measure(n, work, server.url(server.create_database()), relink))
    finally:
        server.stop()


def _print(backend: str, row: dict) -> None:
    print(f"{backend:10s} {row['articles']:>8,} articles (built in {row['build_s']} s, "
          f"{row['link_in_memory_s']} s linking in memory)")
    for n in (1, 100):
        r = row[f"load_{n}"]
        print(f"{'':10s}   load {n:>3} more: insert {r['insert_s']:.3f} s, link {r['link_s']:.3f} s, "
              f"total {r['insert_s'] + r['link_s']:.3f} s; peak RSS {r['peak_rss_mb']} MB")
    print(f"{'':10s}   pairwise F1 after the 100: people {row['quality']['people']}, "
          f"events {row['quality']['events']}")
    if "relink" in row:
        r = row["relink"]
        print(f"{'':10s}   full relink: {r['relink_s']} s, peak RSS {r['peak_rss_mb']} MB "
              f"({r['families']:,} name families, {r['closures']:,} event closures)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
