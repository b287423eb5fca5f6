"""Build corpus/editions from the story sources in corpus/editions/src/sNN.py.

Each story module defines STORY (see corpus/editions/README.md). This script
writes articles/<id>.txt, gold/<id>.json (grounded, every quote exact and unique),
manifest.json and links.json. Run from the repository root:

    .venv/bin/python corpus/editions/build.py            # corpus/editions
    .venv/bin/python corpus/editions/build.py corpus/heldout   # any folder with a src/
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

from extractor.grounding import ground_extraction
from extractor.schemas import ArticleExtraction

HERE = Path(__file__).resolve().parent


def _load_stories(src: Path) -> list[dict]:
    stories = []
    for path in sorted(p for p in src.glob("*.py") if not p.name.startswith("_")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        stories.append(mod.STORY)
    return stories


def _meeting(story: dict, m: dict) -> dict:
    people = story["people"]
    facts = story["facts"]
    attendees = [
        {"name": people[p]["name"], "name_in_text": nit, "titles": list(titles), "role": role}
        for p, nit, titles, role in m["attendees"]
    ]
    kpis = []
    for k in m["kpis"]:
        fact = facts[k["fact"]]
        kpis.append({
            "indicator": k.get("indicator", fact["indicator"]),
            "value": k.get("value", fact["value"]),
            "unit": fact["unit"],
            "scale": k.get("scale", fact["scale"]),
            "qualifier": k.get("qualifier", fact.get("qualifier", "exact")),
            "out_of": k.get("out_of", fact.get("out_of")),
            "period": k.get("period", fact.get("period")),
            "target": k.get("target", fact.get("target")),
            "evidence": k["evidence"],
        })
    directives = [
        {"issuer": people[i]["name"] if i else None, "addressee": a, "action": act,
         "deadline": dl, "evidence": ev}
        for i, a, act, dl, ev in m.get("directives", [])
    ]
    return {"kind": m["kind"], "title": m["title"], "date": m.get("date"),
            "location": m.get("location"), "attendees": attendees, "kpis": kpis,
            "directives": directives}


def _check_quotes(aid: str, text: str, ext: ArticleExtraction) -> list[str]:
    errors = []
    for mi, meeting in enumerate(ext.meetings):
        items = [(f"attendees[{i}]", a.name_in_text, a.name_grounding, True)
                 for i, a in enumerate(meeting.attendees)]
        items += [(f"kpis[{i}]", k.evidence, k.evidence_grounding, False)
                  for i, k in enumerate(meeting.kpis)]
        items += [(f"directives[{i}]", d.evidence, d.evidence_grounding, False)
                  for i, d in enumerate(meeting.directives)]
        for path, quote, g, is_name in items:
            where = f"{aid} meetings[{mi}].{path}"
            if g is None or g.status.value != "exact":
                errors.append(f"{where}: not exact: {quote!r}")
            elif not is_name and text.count(quote) != 1:
                errors.append(f"{where}: occurs {text.count(quote)} times: {quote!r}")
            elif is_name and text.find(quote) != g.start:
                errors.append(f"{where}: name span is not its first occurrence")
    return errors


def _compact(dumped: str) -> str:
    """One line per mention / edition reference, to keep links.json readable."""
    return re.sub(r'\{\s*("article_id": [^{}\[\]]*?)\s*\}',
                  lambda m: "{" + re.sub(r"\s*\n\s*", " ", m.group(1)) + "}", dumped)


def build(root: Path = HERE) -> int:
    stories = _load_stories(root / "src")
    for sub in ("articles", "gold"):
        (root / sub).mkdir(exist_ok=True)
    manifest, events, people, facts, disagreements, negatives = [], {}, {}, {}, [], []
    errors: list[str] = []
    for story in stories:
        sid = story["id"]
        negatives.extend(story.get("hard_negatives", []))
        for ed in story["editions"]:
            aid = f"{sid}_{ed['lang']}"
            text = ed["text"].strip("\n") + "\n"
            (root / "articles" / f"{aid}.txt").write_text(text, encoding="utf-8")
            meetings = [_meeting(story, m) for m in ed["meetings"]]
            ext = ArticleExtraction.model_validate(
                {"article_id": aid, "language": ed["lang"], "meetings": meetings})
            ext = ground_extraction(ext, text) or ext
            errors += _check_quotes(aid, text, ext)
            data = ext.model_dump(mode="json", exclude_none=False)
            (root / "gold" / f"{aid}.json").write_text(
                json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            manifest.append({
                "id": aid, "file": f"articles/{aid}.txt", "language": ed["lang"],
                "story": sid, "province": story["province"],
                "source_url": ed.get("source_url"), "origin": ed.get("origin", "written"),
                "based_on": story.get("based_on"), "notes": ed.get("notes", ""),
            })
            for mi, m in enumerate(ed["meetings"]):
                ev = m.get("event", sid)
                e = events.setdefault(ev, {"event": ev, "title": story["events"][ev]["title"],
                                           "date": story["events"][ev]["date"], "meetings": []})
                e["meetings"].append({"article_id": aid, "meeting": mi})
                for ai, (pkey, *_rest) in enumerate(m["attendees"]):
                    p = story["people"][pkey]
                    person = people.setdefault(pkey, {
                        "person": pkey, "name": p["name"], "province": p.get("province"),
                        "mentions": []})
                    person["mentions"].append({"article_id": aid, "meeting": mi, "attendee": ai})
                for ki, k in enumerate(m["kpis"]):
                    fkey = f"{ev}.{k['fact']}"
                    f = story["facts"][k["fact"]]
                    fact = facts.setdefault(fkey, {
                        "fact": fkey, "event": ev, "indicator": f["indicator"],
                        "indicator_code": f.get("code"), "value": f["value"],
                        "scale": f["scale"], "unit": f["unit"], "mentions": []})
                    ref = {"article_id": aid, "meeting": mi, "kpi": ki}
                    fact["mentions"].append(ref)
                    value, scale = k.get("value", f["value"]), k.get("scale", f["scale"])
                    if abs(value * scale - f["value"] * f["scale"]) > 1e-6 * abs(f["value"] * f["scale"]):
                        disagreements.append({
                            "fact": fkey, "event": ev, "correct": {"value": f["value"], "scale": f["scale"]},
                            "editions": [{**ref, "value": value, "scale": scale}],
                            "note": k.get("note", "")})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    links = {
        "version": 1,
        "events": list(events.values()),
        "people": list(people.values()),
        "kpis": list(facts.values()),
        "disagreements": disagreements,
        "hard_negatives": negatives,
    }
    (root / "links.json").write_text(_compact(json.dumps(links, indent=1, ensure_ascii=False)) + "\n",
                                     encoding="utf-8")
    (root / "manifest.json").write_text(
        "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in manifest) + "\n]\n",
        encoding="utf-8")
    n_att = sum(len(p["mentions"]) for p in people.values())
    n_kpi = sum(len(f["mentions"]) for f in facts.values())
    print(f"{len(stories)} stories, {len(manifest)} editions, {len(events)} events, "
          f"{len(people)} people / {n_att} mentions, {len(facts)} facts / {n_kpi} KPI mentions, "
          f"{len(disagreements)} disagreements")
    return 0


if __name__ == "__main__":
    sys.exit(build(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE))
