"""Linking quality and speed: prints figures, asserts nothing.

    .venv/bin/python bench/link.py            # quality on corpus/editions + timing
    .venv/bin/python bench/link.py --sizes 10000 50000 100000

Quality, on the labelled parallel editions (corpus/editions, links.json):
* pairwise precision / recall / F1 of person linking (attendee mentions) and of event
  clustering (meetings): a pair of mentions in one cluster is a positive pair;
* indicator-code accuracy on gold KPIs: corpus/gold (labels in corpus/indicator_codes.json),
  the editions (links.json), and paraphrases written as a held-out check
  (corpus/indicator_codes.json "paraphrases"; tests/data/indicator_paraphrases.json in 16
  languages, also with the indicator left in the article's language);
* editions_disagree: the editions flagged as disagreeing vs the labelled ones.

Speed: ``link()`` over synthetic records (one meeting, ~4 attendees, ~6 KPIs each;
stories in three editions, a third of them undated), at each size.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.linking import Figure, MeetingInput, Mention, link, meetings_from_articles  # noqa: E402
from extractor.linking.indicators import indicator_code  # noqa: E402
from extractor.linking.model import meeting_id  # noqa: E402
from extractor.linking.text import province_key  # noqa: E402
from extractor.schemas import ArticleExtraction  # noqa: E402

EDITIONS = ROOT / "corpus" / "editions"
CODES = ROOT / "corpus" / "indicator_codes.json"
PARAPHRASES = ROOT / "tests" / "data" / "indicator_paraphrases.json"


def pairwise(truth: dict, predicted: dict) -> dict[str, float]:
    """Pairwise P/R/F1 of a clustering; both map item -> cluster label."""
    items = sorted(truth)
    true_pairs = {(a, b) for a, b in combinations(items, 2) if truth[a] == truth[b]}
    pred_pairs = {(a, b) for a, b in combinations(items, 2) if predicted[a] == predicted[b]}
    tp = len(true_pairs & pred_pairs)
    p = tp / len(pred_pairs) if pred_pairs else 1.0
    r = tp / len(true_pairs) if true_pairs else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "pairs_true": len(true_pairs), "pairs_predicted": len(pred_pairs)}


def pairwise_counts(truth: dict, predicted: dict) -> dict[str, float]:
    """``pairwise`` from cluster sizes (no pair lists): for 100k items."""
    def pairs(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    items = sorted(truth)
    tp = pairs(Counter((truth[i], predicted[i]) for i in items))
    true, pred = pairs(Counter(truth[i] for i in items)), pairs(Counter(predicted[i] for i in items))
    p, r = tp / pred if pred else 1.0, tp / true if true else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _typo(word: str, rnd: random.Random) -> str:
    if len(word) < 3:
        return word
    i = rnd.randrange(1, len(word))
    return word[:i] + rnd.choice("aeiouhn") + word[i + 1:]


def noisy(record: ArticleExtraction, rnd: random.Random) -> ArticleExtraction:
    """What a small model might make of an edition: titles with words dropped, dates
    and places lost, given names misspelt (name_in_text kept), chairs demoted."""
    record = record.model_copy(deep=True)
    for m in record.meetings:
        title = m.title.split()
        m.title = " ".join(w for w in title if rnd.random() > 0.3) or m.title
        m.date = None if rnd.random() < 0.3 else m.date
        m.location = None if rnd.random() < 0.3 else m.location
        for a in m.attendees:
            if rnd.random() < 0.2:
                *head, given = a.name.split()
                a.name = " ".join([*head, _typo(given, rnd)])
            if a.role.value == "chair" and rnd.random() < 0.2:
                a.role = type(a.role)("attendee")
    return record


def editions_linking(noise_seed: int | None = None):  # noqa: ANN201
    manifest = json.loads((EDITIONS / "manifest.json").read_text(encoding="utf-8"))
    provinces = {e["id"]: e.get("province") for e in manifest}
    records = [ArticleExtraction.model_validate_json(p.read_bytes())
               for p in sorted((EDITIONS / "gold").glob("*.json"))]
    if noise_seed is not None:
        rnd = random.Random(noise_seed)
        records = [noisy(r, rnd) for r in records]
    meetings = meetings_from_articles("gold-editions", records, meeting_id, provinces,
                                      is_gold=True)
    return meetings, link(meetings)


def quality(noise_seed: int | None = None) -> dict:
    labels = json.loads((EDITIONS / "links.json").read_text(encoding="utf-8"))
    meetings, linking = editions_linking(noise_seed)
    key = {(m.article_id, m.position): m.key for m in meetings}
    truth_people, pred_people, truth_events, pred_events = {}, {}, {}, {}
    for person in labels["people"]:
        for x in person["mentions"]:
            item = (x["article_id"], x["meeting"], x["attendee"])
            truth_people[item] = person["person"]
            pred_people[item] = linking.person_of[(key[(x["article_id"], x["meeting"])],
                                                   x["attendee"])]
    for event in labels["events"]:
        for x in event["meetings"]:
            item = (x["article_id"], x["meeting"])
            truth_events[item] = event["event"]
            pred_events[item] = linking.event_of[key[item]]
    flagged = {(e["article_id"], e["kpi"]) for ev in linking.events.values()
               for f in ev.findings for e in f["editions"] if not e["agrees_with_majority"]}
    labelled = {(e["article_id"], e["kpi"]) for d in labels["disagreements"]
                for e in d["editions"]}
    return {"people": pairwise(truth_people, pred_people),
            "events": pairwise(truth_events, pred_events),
            "disagreements": {"labelled": len(labelled), "flagged": len(flagged),
                              "found": len(labelled & flagged),
                              "false_alarms": sorted(flagged - labelled),
                              "missed": sorted(labelled - flagged)},
            "indicator_codes": codes_accuracy(labels)}


def codes_accuracy(labels: dict) -> dict:
    """Accuracy of indicator_code() per labelled set, with the misses."""
    sets: dict[str, list[tuple[str, str, str | None, str]]] = defaultdict(list)
    gold_codes = json.loads(CODES.read_text(encoding="utf-8"))
    for article_id, meetings in gold_codes["articles"].items():
        record = json.loads((ROOT / "corpus" / "gold" / f"{article_id}.json").read_text("utf-8"))
        for m, kpis in enumerate(meetings):
            for item in kpis:
                kpi = record["meetings"][m]["kpis"][item["kpi"]]
                sets["corpus/gold"].append((kpi["indicator"], kpi["unit"], kpi["evidence"],
                                            item["indicator_code"]))
    for fact in labels["kpis"]:
        for x in fact["mentions"]:
            record = json.loads((EDITIONS / "gold" / f"{x['article_id']}.json").read_text("utf-8"))
            kpi = record["meetings"][x["meeting"]]["kpis"][x["kpi"]]
            sets["editions"].append((kpi["indicator"], kpi["unit"], kpi["evidence"],
                                     fact["indicator_code"] or "other"))
    for item in gold_codes.get("paraphrases", ()):
        sets["paraphrases"].append((item["indicator"], item["unit"], None, item["indicator_code"]))
    for item in json.loads(PARAPHRASES.read_text(encoding="utf-8"))["items"]:
        sets["multilingual"].append((item["indicator"], item["unit"], item["evidence"],
                                     item["code"]))
        if item["lang"] != "en":  # the indicator left in the article's language
            sets["multilingual, indicator untranslated"].append(
                (item["evidence"], item["unit"], item["evidence"], item["code"]))
    out = {}
    for name, items in sets.items():
        misses = [(text, unit, want, got) for text, unit, evidence, want in items
                  if (got := indicator_code(text, unit, evidence)) != want]
        coded = [want for _t, _u, _e, want in items if want != "other"]
        right = len(coded) - sum(1 for _t, _u, want, _g in misses if want != "other")
        out[name] = {"kpis": len(items), "accuracy": 1 - len(misses) / len(items),
                     "right_non_other": right / len(coded) if coded else 1.0,
                     "misses": misses}
    return out


# ------------------------------------------------------------------------------ speed

_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ho",
           "Ngo", "Duong", "Ly", "Quan", "Lo", "Mua", "Trinh", "Mai", "Luong"]
_MIDDLE = ["Van", "Thi", "Duc", "Minh", "Quoc", "Thanh", "Hong", "Xuan", "Anh", "Trong"]
_GIVEN = ["An", "Anh", "Binh", "Cuong", "Dung", "Giang", "Ha", "Hai", "Hanh", "Hieu", "Hoa",
          "Hung", "Huy", "Khanh", "Lam", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phuong",
          "Quang", "Son", "Tam", "Thang", "Thao", "Thi", "Tho", "Thuy", "Tinh", "Toan", "Trung",
          "Tu", "Tuan", "Viet", "Vinh", "Xuan", "Yen", "Liem"]
_KPIS = [("GRDP growth rate", "%"), ("state budget revenue", "VND"), ("poverty rate", "%"),
         ("communes meeting new rural standards", "communes"), ("export turnover", "USD"),
         ("tourist arrivals", "visitors"), ("FDI attracted", "USD"), ("forest cover", "%"),
         ("total social investment", "VND"), ("health insurance coverage", "%"),
         ("industrial production index", "%"), ("retail sales", "VND"),
         ("new party members admitted", "members"), ("jobs created", "workers"),
         ("public investment disbursement rate", "%"), ("urbanization rate", "%"),
         ("OCOP products", "products"), ("GRDP per capita", "VND"),
         ("households in the village", "households"), ("trained labour rate", "%")]
_PROVINCES = ["Thanh Hoa", "Cao Bang", "Dien Bien", "Bac Giang", "Ninh Binh", "Nghe An",
              "Lao Cai", "Son La", "Ha Giang", "Quang Ninh", "Gia Lai", "Dak Lak"]


def synthetic(n: int, seed: int = 14) -> list[MeetingInput]:
    """``n`` meetings: stories of three editions over 12 provinces and five years."""
    rnd = random.Random(seed)
    pools = {p: [" ".join((rnd.choice(_FAMILY), rnd.choice(_MIDDLE), rnd.choice(_GIVEN)))
                 for _ in range(400)] for p in _PROVINCES}
    out: list[MeetingInput] = []
    story = 0
    while len(out) < n:
        province = rnd.choice(_PROVINCES)
        people = rnd.sample(pools[province], 4)
        date = f"{rnd.randint(2020, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        figures = [(t, u, round(rnd.uniform(1, 5000), 2)) for t, u in rnd.sample(_KPIS, 6)]
        place = f"{rnd.choice(_GIVEN)} {rnd.choice(_GIVEN)} district"
        for lang in ("en", "fr", "ru")[: min(3, n - len(out))]:
            key = meeting_id("synthetic", f"{story:07d}_{lang}", 0)
            out.append(MeetingInput(
                key=key, run_id="synthetic", article_id=f"{story:07d}_{lang}", position=0,
                language=lang, province=province_key(province),
                date=None if rnd.random() < 0.33 else date,
                title=f"Working session of the {province} Party Committee with {place}",
                location=place,
                attendees=tuple(Mention(i, name, name, ("Vice Chairman of the Provincial "
                                                        "People's Committee",),
                                        "chair" if i == 0 else "attendee")
                                for i, name in enumerate(people)),
                kpis=tuple(Figure.of(i, t, v, u, 1e9 if u == "VND" else 1.0)
                           for i, (t, u, v) in enumerate(figures)),
                is_gold=False))
        story += 1
    return out


def speed(sizes: list[int]) -> list[dict]:
    rows = []
    for n in sizes:
        meetings = synthetic(n)
        start, cpu = time.perf_counter(), time.process_time()
        linking = link(meetings)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        truth = {m.key: m.article_id.split("_")[0] for m in meetings}
        rows.append({"records": n, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                     "us_per_record": round(1e6 * cpu / n, 1),
                     "events_f1": round(pairwise_counts(truth, linking.event_of)["f1"], 4),
                     "events": len(linking.events), "people": len(linking.people),
                     "stories": len(set(truth.values()))})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 50_000, 100_000])
    parser.add_argument("--load", type=int, nargs="*", default=[1000, 5000],
                        help="articles to load into SQLite (load time with linking)")
    parser.add_argument("--noise", type=int, default=5,
                        help="seeds of simulated model noise on the editions (0: none)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    noisy_runs = [quality(seed) for seed in range(args.noise)]
    result = {"quality": quality(), "speed": speed(args.sizes),
              "noisy": {name: round(sum(q[name]["f1"] for q in noisy_runs) / len(noisy_runs), 3)
                        for name in ("people", "events")} if noisy_runs else {},
              "load": [load_times(n) for n in args.load]}
    if args.json:
        print(json.dumps(result, indent=1, default=str))
        return
    q = result["quality"]
    for name in ("people", "events"):
        s = q[name]
        print(f"{name:8s} pairwise P {s['precision']:.3f} R {s['recall']:.3f} "
              f"F1 {s['f1']:.3f} ({s['pairs_true']} true pairs, {s['pairs_predicted']} predicted)")
    for name, s in q["indicator_codes"].items():
        print(f"indicator codes {name:12s} {s['accuracy']:.3f} of {s['kpis']} KPIs "
              f"({s['right_non_other']:.3f} of those with a code other than 'other' right)")
        for text, unit, want, got in s["misses"]:
            print(f"    miss: {text!r} [{unit}] want {want}, got {got}")
    d = q["disagreements"]
    print(f"editions_disagree: {d['found']} of {d['labelled']} labelled editions flagged, "
          f"{len(d['false_alarms'])} false alarms {d['false_alarms']}, missed {d['missed']}")
    if result["noisy"]:
        print(f"with simulated model noise (mean of {args.noise} seeds): people F1 "
              f"{result['noisy']['people']}, events F1 {result['noisy']['events']}")
    for row in result["speed"]:
        print(f"link() {row['records']:>7,} records: {row['cpu_seconds']:7.2f} s CPU, "
              f"{row['seconds']:7.2f} s wall ({row['us_per_record']} CPU us/record; "
              f"{row['events']:,} events for "
              f"{row['stories']:,} stories (pairwise F1 {row['events_f1']}), "
              f"{row['people']:,} people)")
    for row in result["load"]:
        print(f"load {row['articles']:,} articles into SQLite: {row['load_s']} s; one more "
              f"article afterwards: {row['next_one_article_load_s']} s (links what it adds)")


def as_record(meeting: MeetingInput) -> dict:
    """A synthetic meeting as an ArticleExtraction document (gold: no provenance)."""
    return {"article_id": meeting.article_id, "language": meeting.language, "meetings": [{
        "kind": "working_session", "title": meeting.title, "date": meeting.date,
        "location": meeting.location,
        "attendees": [{"name": a.name, "name_in_text": a.name_in_text, "titles": list(a.titles),
                       "role": a.role} for a in meeting.attendees],
        "kpis": [{"indicator": k.indicator, "value": k.value, "unit": k.unit, "scale": k.scale,
                  "evidence": f"{k.indicator}: {k.value}"} for k in meeting.kpis],
        "directives": []}]}


def load_times(n: int) -> dict:
    """Seconds to load ``n`` synthetic articles as one run into a new SQLite file, then
    to load one more article as a second run (every load relinks the whole database)."""
    import tempfile

    from extractor.db import load

    meetings = synthetic(n + 1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, part in (("big", meetings[:n]), ("one", meetings[n:])):
            (root / name).mkdir()
            for m in part:
                (root / name / f"{m.article_id}.json").write_text(json.dumps(as_record(m)))
        url = f"sqlite:///{root / 'links.db'}"
        start = time.perf_counter()
        load([root / "big"], url, gold=True)
        big = time.perf_counter() - start
        start = time.perf_counter()
        load([root / "one"], url, gold=True)
        one = time.perf_counter() - start
    return {"articles": n, "load_s": round(big, 2), "next_one_article_load_s": round(one, 2)}


if __name__ == "__main__":
    main()
