"""Mutation benchmark of the validators: how many planted faults do they catch?

    python bench/mutations.py --gold corpus/gold --articles corpus/articles [--seed 0] [--json]

Takes correct records (gold files: ``<article_id>.json`` holding one ArticleExtraction),
plants seeded mutations one at a time (see ``extractor.validators.mutations``), runs the
validators on each mutant and prints, per mutation kind, how many mutants produced a
new error finding (caught), plus the false-alarm rate on the untouched gold: the share
of records (KPIs, attendees, directives) with an error finding, and the false errors on the
hand-written number forms of tests/number_forms.py. Targets: >= 99 % caught overall, no
false error on gold or on the forms.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from extractor.rundir import find_article
from extractor.schemas import ArticleExtraction
from extractor.validators import validate_extraction
from extractor.validators.files import read_text, record_files
from extractor.validators.mutations import KINDS, mutants


def _errors(record: ArticleExtraction, text: str) -> set[tuple[str, str]]:
    return {(f.code, f.path) for f in validate_extraction(record, text) if f.severity == "error"}


def _record_count(record: ArticleExtraction) -> int:
    return sum(len(m.kpis) + len(m.attendees) + len(m.directives) for m in record.meetings)


def _flagged_records(errors: set[tuple[str, str]]) -> set[str]:
    """Record paths ('meetings[0].kpis[3]') that carry at least one error."""
    out = set()
    for _, path in errors:
        parts = path.split(".")
        out.add(".".join(parts[:2]) if len(parts) >= 2 else path)
    return out


def _throughput(loaded: list[tuple[ArticleExtraction, str]], seconds: float = 1.0) -> float:
    """Records validated per second, articles already parsed (as in a run, where every
    model answer for one article is validated against the same text)."""
    count = rounds = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds or rounds == 0:
        for record, text in loaded:
            validate_extraction(record, text)
            count += _record_count(record)
        rounds += 1
    return count / (time.perf_counter() - started)


def run(gold: Path, articles: Path | None, seed: int, kinds: tuple[str, ...] = KINDS) -> dict:
    files = record_files([gold])
    if not files:
        raise SystemExit(f"no gold files (*.json) in {gold}")
    per_kind: dict[str, dict[str, int]] = {k: {"mutants": 0, "caught": 0} for k in kinds}
    missed: dict[str, list[str]] = defaultdict(list)
    records = flagged = gold_errors = 0
    loaded: list[tuple[ArticleExtraction, str]] = []
    for path in files:
        record = ArticleExtraction.model_validate_json(path.read_bytes())
        article = find_article(record, path.parent, articles)
        if article is None:
            raise SystemExit(f"no article for {record.article_id} (give --articles DIR)")
        text = read_text(article)
        loaded.append((record, text))
        baseline = _errors(record, text)
        records += _record_count(record)
        flagged += len(_flagged_records(baseline))
        gold_errors += len(baseline)
        for kind in kinds:
            for mutant in mutants(record, text, kind, seed):
                new = _errors(mutant.record, text) - baseline
                per_kind[kind]["mutants"] += 1
                if new:
                    per_kind[kind]["caught"] += 1
                else:
                    missed[kind].append(f"{record.article_id} {mutant.path}: {mutant.description}")
    throughput = _throughput(loaded)
    total = sum(v["mutants"] for v in per_kind.values())
    caught = sum(v["caught"] for v in per_kind.values())
    return {
        "gold_files": len(files),
        "gold_records": records,
        "gold_error_findings": gold_errors,
        "false_alarm_rate": flagged / records if records else 0.0,
        "per_kind": {
            k: {**v, "rate": v["caught"] / v["mutants"] if v["mutants"] else None}
            for k, v in per_kind.items()
        },
        "mutants": total,
        "caught": caught,
        "catch_rate": caught / total if total else None,
        "missed": dict(missed),
        "records_per_second": throughput,
        "seed": seed,
        "forms": _forms(),
    }


def _forms() -> dict:
    """False errors on the hand-written number forms (tests/number_forms.py), if present."""
    folder = Path(__file__).resolve().parent.parent / "tests"
    if not (folder / "number_forms.py").is_file():
        return {}
    sys.path.insert(0, str(folder))
    from number_forms import FORMS

    false = 0
    for f in FORMS:
        record = ArticleExtraction.model_validate({
            "article_id": "form", "language": f.language,
            "meetings": [{"kind": "other", "title": "t", "kpis": [{
                "indicator": "x", "value": f.value, "scale": f.scale,
                "unit": "%" if f.percent else f.unit, "qualifier": f.qualifier or "exact",
                "evidence": f.sentence}]}]})
        false += bool(_errors(record, f.sentence))
    return {"sentences": len(FORMS), "languages": len({f.language for f in FORMS}),
            "false_errors": false}


def _print(result: dict, show_missed: bool) -> None:
    print(f"gold: {result['gold_files']} files, {result['gold_records']} records; "
          f"error findings on untouched gold: {result['gold_error_findings']} "
          f"(false-alarm rate {100 * result['false_alarm_rate']:.1f} % of records)")
    print(f"{'mutation':<20}{'mutants':>9}{'caught':>9}{'rate':>9}")
    for kind, v in result["per_kind"].items():
        rate = "-" if v["rate"] is None else f"{100 * v['rate']:.1f}%"
        print(f"{kind:<20}{v['mutants']:>9}{v['caught']:>9}{rate:>9}")
    rate = "-" if result["catch_rate"] is None else f"{100 * result['catch_rate']:.1f}%"
    print(f"{'overall':<20}{result['mutants']:>9}{result['caught']:>9}{rate:>9}")
    print(f"validator throughput on gold: {result['records_per_second']:.0f} records/s "
          f"(seed {result['seed']})")
    forms = result.get("forms") or {}
    if forms:
        print(f"hand-written number forms: {forms['sentences']} sentences in "
              f"{forms['languages']} languages, false errors: {forms['false_errors']}")
    if show_missed:
        for kind, items in result["missed"].items():
            for item in items:
                print(f"  missed {kind}: {item}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=Path("corpus/gold"))
    parser.add_argument("--articles", type=Path, default=Path("corpus/articles"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kind", action="append", choices=KINDS, help="only these kinds")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-missed", action="store_true", help="list uncaught mutants")
    args = parser.parse_args(argv)
    result = run(args.gold, args.articles, args.seed, tuple(args.kind or KINDS))
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print(result, args.show_missed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
