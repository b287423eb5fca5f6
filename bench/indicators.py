"""Indicator coding: coded share and accuracy of ``indicator_code`` (prints figures).

    .venv/bin/python bench/indicators.py

Sets: tests/data/indicator_paraphrases.json (the issue-22 set), the held-out
tests/data/indicator_paraphrases_heldout.json (never used to tune keywords), held-out set 2
tests/data/indicator_paraphrases_heldout2.json (written without reading the keyword lists or
the other sets; 25 languages), and the gold KPIs of corpus/gold/*.json (labels in
corpus/indicator_codes.json).
For the paraphrase sets, per language and overall, twice: with the English indicator,
and with the indicator left in the article's language (the quote alone decides).
coded = share of KPIs whose label is not ``other`` that get a code other than ``other``;
right = share of those that get their label; accuracy = share of all KPIs (``other``
items included) that get their label.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.linking.indicators import indicator_code  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = {"issue-22 set": DATA / "indicator_paraphrases.json",
        "held-out set": DATA / "indicator_paraphrases_heldout.json",
        "held-out set 2": DATA / "indicator_paraphrases_heldout2.json"}

Item = tuple[str, str | None, str | None, str]  # indicator, unit, evidence, label


def scores(items: list[Item]) -> dict:
    got = [indicator_code(text, unit, evidence) for text, unit, evidence, _ in items]
    labelled = [(g, want) for g, (*_, want) in zip(got, items, strict=True) if want != "other"]
    n = len(labelled) or 1
    return {"kpis": len(items),
            "coded": sum(g != "other" for g, _ in labelled) / n,
            "right": sum(g == w for g, w in labelled) / n,
            "accuracy": sum(g == it[3] for g, it in zip(got, items, strict=True)) / len(items)}


def paraphrase_rows(path: Path, untranslated: bool) -> dict[str, dict]:
    by_lang: dict[str, list[Item]] = defaultdict(list)
    for i in json.loads(path.read_text(encoding="utf-8"))["items"]:
        if untranslated and i["lang"] == "en":
            continue
        text = i["evidence"] if untranslated else i["indicator"]
        by_lang[i["lang"]].append((text, i["unit"], i["evidence"], i["code"]))
    rows = {lang: scores(items) for lang, items in sorted(by_lang.items())}
    rows["all"] = scores([x for items in by_lang.values() for x in items])
    return rows


def corpus_gold() -> dict:
    """Coded share over every gold KPI, and accuracy over the labelled ones."""
    labels = json.loads((ROOT / "corpus" / "indicator_codes.json").read_text("utf-8"))
    every: list[Item] = []
    labelled: list[Item] = []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        for meeting in record["meetings"]:
            every += [(k["indicator"], k["unit"], k["evidence"], "?") for k in meeting["kpis"]]
        for m, kpis in enumerate(labels["articles"].get(record["article_id"], [])):
            for item in kpis:
                k = record["meetings"][m]["kpis"][item["kpi"]]
                labelled.append((k["indicator"], k["unit"], k["evidence"], item["indicator_code"]))
    coded = sum(indicator_code(t, u, e) != "other" for t, u, e, _ in every) / len(every)
    return {"kpis": len(every), "coded": coded, "labelled": scores(labelled)}


def _line(name: str, r: dict) -> str:
    return (f"  {name:5s} n={r['kpis']:>3}  coded {r['coded']:.0%}  right {r['right']:.0%}  "
            f"accuracy {r['accuracy']:.0%}")


def main() -> None:
    for name, path in SETS.items():
        for untranslated in (False, True):
            mode = "indicator in the article's language" if untranslated else "English indicator"
            print(f"{name}, {mode}:")
            for lang, r in paraphrase_rows(path, untranslated).items():
                print(_line(lang, r))
    gold = corpus_gold()
    print(f"corpus/gold: {gold['kpis']} KPIs, coded {gold['coded']:.0%}; labelled "
          + _line("", gold["labelled"]).strip())


if __name__ == "__main__":
    main()
