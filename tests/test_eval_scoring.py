"""Scores on cases where the right answer is known in advance.

The known-answer corpus is built here from two small articles with hand-written
gold records (grounded on the article text like a real run). Predictions are gold
with a known edit: records removed, records invented, one field changed. What the
scores must then be follows from the definitions, not from running the code:

* gold against itself: 1.0 everywhere;
* k of n records of a type removed: recall (n - k) / n, precision 1;
* m records invented: precision n / (n + m), recall 1;
* one field of one record changed: that field's accuracy drops by exactly one
  record and nothing else (P/R/F1, other fields) moves.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.eval import (
    RECORD_TYPES,
    EvalReport,
    compare_article,
    score_comparisons,
    score_runs,
)
from extractor.eval.similarity import FIELD_KINDS
from extractor.grounding import ground_extraction
from extractor.rundir import ArticleTexts, read_records
from extractor.schemas import ArticleExtraction

REPO = Path(__file__).resolve().parents[1]

TEXT_B = (
    "On 12 August 2024, comrade Ле Дик Тхо, Secretary of the Provincial Party Committee, "
    "chaired the mid-term conference of the Quan Son District Party Committee. Comrade "
    "Нгуєн Ван Ті, Vice Chairman of the Provincial People's Committee, and comrade Фам Тхі "
    "Лан, Secretary of the District Party Committee, attended.\n\n"
    "The district exceeded 4/34 targets, and 3/34 targets were achieved at 100%. Average "
    "income per capita reached 38.5 million VND in 2023. Over 1,200 households escaped "
    "poverty.\n\n"
    "Secretary Ле Дик Тхо asked the district to accelerate the disbursement of public "
    "investment and to build new-style rural communes. He also asked it to review the "
    "cadre planning before 31 December 2024.\n\n"
    "On 13 August, comrade Нгуєн Ван Ті visited the Na Meo border gate and handed over "
    "50 houses to poor households. He asked the border guards to keep security tight."
)

MEETINGS_B = [
    {
        "kind": "conference",
        "title": "Mid-term conference of the Quan Son District Party Committee",
        "date": "2024-08-12",
        "location": "Quan Son district",
        "attendees": [
            {
                "name": "Le Duc Tho",
                "name_in_text": "Ле Дик Тхо",
                "titles": ["Secretary of the Provincial Party Committee"],
                "role": "chair",
            },
            {
                "name": "Nguyen Van Thi",
                "name_in_text": "Нгуєн Ван Ті",
                "titles": ["Vice Chairman of the Provincial People's Committee"],
                "role": "attendee",
            },
            {
                "name": "Pham Thi Lan",
                "name_in_text": "Фам Тхі Лан",
                "titles": ["Secretary of the District Party Committee"],
                "role": "attendee",
            },
        ],
        "kpis": [
            {
                "indicator": "targets exceeded",
                "value": 4,
                "unit": "targets",
                "out_of": 34,
                "evidence": "The district exceeded 4/34 targets",
            },
            {
                "indicator": "targets achieved in full",
                "value": 3,
                "unit": "targets",
                "out_of": 34,
                "evidence": "3/34 targets were achieved at 100%",
            },
            {
                "indicator": "average income per capita",
                "value": 38.5,
                "unit": "VND",
                "scale": 1e6,
                "period": "2023",
                "evidence": "Average income per capita reached 38.5 million VND in 2023.",
            },
            {
                "indicator": "households escaped poverty",
                "value": 1200,
                "unit": "households",
                "qualifier": "over",
                "evidence": "Over 1,200 households escaped poverty.",
            },
        ],
        # Two directives share one evidence sentence, as labels often do.
        "directives": [
            {
                "issuer": "Le Duc Tho",
                "addressee": "Quan Son district",
                "action": "Accelerate the disbursement of public investment",
                "evidence": "asked the district to accelerate the disbursement of public "
                "investment and to build new-style rural communes",
            },
            {
                "issuer": "Le Duc Tho",
                "addressee": "Quan Son district",
                "action": "Build new-style rural communes",
                "evidence": "asked the district to accelerate the disbursement of public "
                "investment and to build new-style rural communes",
            },
            {
                "issuer": "Le Duc Tho",
                "addressee": "Quan Son district",
                "action": "Review the cadre planning",
                "deadline": "2024-12-31",
                "evidence": "He also asked it to review the cadre planning before "
                "31 December 2024.",
            },
        ],
    },
    {
        "kind": "visit",
        "title": "Visit to the Na Meo border gate",
        "date": "2024-08-13",
        "location": "Na Meo border gate",
        "attendees": [
            {
                "name": "Nguyen Van Thi",
                "name_in_text": "Нгуєн Ван Ті",
                "titles": ["Vice Chairman of the Provincial People's Committee"],
                "role": "chair",
            }
        ],
        "kpis": [
            {
                "indicator": "houses handed over to poor households",
                "value": 50,
                "unit": "houses",
                "evidence": "handed over 50 houses to poor households",
            }
        ],
        "directives": [
            {
                "issuer": "Nguyen Van Thi",
                "addressee": "border guards",
                "action": "Keep security tight",
                "evidence": "He asked the border guards to keep security tight.",
            }
        ],
    },
]


def known_corpus() -> dict[str, tuple[ArticleExtraction, str]]:
    """Two gold articles with their texts, grounded: {id: (gold, text)}."""
    example = json.loads((REPO / "tests" / "data" / "review_example.json").read_text(encoding="utf-8"))
    raw = {
        "case_en": (example["output"]["meetings"], example["text"], "en"),
        "case_uk": (MEETINGS_B, TEXT_B, "uk"),
    }
    out = {}
    for aid, (meetings, text, lang) in raw.items():
        gold = ArticleExtraction(article_id=aid, language=lang, meetings=meetings)
        ground_extraction(gold, text)
        out[aid] = (gold, text)
    return out


def score(
    corpus: dict[str, tuple[ArticleExtraction, str]], preds: dict[str, ArticleExtraction]
) -> EvalReport:
    comps = [
        compare_article(aid, gold, preds.get(aid), text)
        for aid, (gold, text) in sorted(corpus.items())
    ]
    return score_comparisons(comps)


def copies(corpus) -> dict[str, ArticleExtraction]:
    return {aid: gold.model_copy(deep=True) for aid, (gold, _) in corpus.items()}


def record_refs(preds: dict[str, ArticleExtraction], rtype: str) -> list[tuple[str, int, int]]:
    """(article, meeting index, record index) of every record of a type."""
    refs = []
    for aid, ex in sorted(preds.items()):
        for mi, meeting in enumerate(ex.meetings):
            if rtype == "meetings":
                refs.append((aid, mi, mi))
            else:
                refs.extend((aid, mi, ri) for ri in range(len(getattr(meeting, rtype))))
    return refs


CORPUS = known_corpus()
N = {t: len(record_refs(copies(CORPUS), t)) for t in RECORD_TYPES}


def test_known_corpus_is_fully_grounded():
    # Every quote of the hand-written gold is found verbatim: spans are real.
    for gold, text in CORPUS.values():
        for m in gold.meetings:
            for a in m.attendees:
                assert text[a.name_grounding.start : a.name_grounding.end] == a.name_in_text
            for r in (*m.kpis, *m.directives):
                assert text[r.evidence_grounding.start : r.evidence_grounding.end] == r.evidence
    assert N == {"meetings": 3, "attendees": 5, "kpis": 8, "directives": 5}


def test_gold_against_itself_is_one_everywhere():
    report = score(CORPUS, copies(CORPUS))
    for rtype in RECORD_TYPES:
        s = report.per_type[rtype]
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
        assert (s.tp, s.fp, s.fn) == (N[rtype], 0, 0)
    assert (report.overall.precision, report.overall.recall, report.overall.f1) == (1, 1, 1)
    applicable = {k: v for k, v in report.per_field.items() if v.n}
    assert applicable, "the known corpus fills fields"
    assert all(v.strict == 1.0 and v.lenient == 1.0 for v in applicable.values())
    # Fields no record fills are not applicable, not a made-up 1.0.
    assert report.per_field["kpis.target"].n == 0
    assert report.per_field["kpis.target"].strict is None
    assert report.anls_star == 1.0
    assert all(v == 1.0 for v in report.anls_star_per_type.values())
    for art in report.articles.values():
        assert art.overall.f1 == 1.0 and art.anls_star == 1.0


def _remove(preds, rtype, refs) -> None:
    # Delete from the back so earlier indices stay valid.
    for aid, mi, ri in sorted(refs, reverse=True):
        if rtype == "meetings":
            del preds[aid].meetings[mi]
        else:
            del getattr(preds[aid].meetings[mi], rtype)[ri]


@pytest.mark.parametrize("rtype", ["attendees", "kpis", "directives"])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_removing_k_of_n_gives_recall_n_minus_k_over_n(rtype, data):
    preds = copies(CORPUS)
    refs = record_refs(preds, rtype)
    removed = data.draw(st.lists(st.sampled_from(refs), unique=True), label="removed")
    _remove(preds, rtype, removed)
    report = score(CORPUS, preds)
    n, k = N[rtype], len(removed)
    s = report.per_type[rtype]
    assert Fraction(s.tp, s.tp + s.fn) == Fraction(n - k, n)
    assert s.recall == (n - k) / n
    # Nothing predicted while something was to be found: precision 0, not 1.
    assert s.precision == (1.0 if k < n else 0.0)
    for other in RECORD_TYPES:
        if other != rtype:
            assert report.per_type[other].f1 == 1.0
    # The records that remain are the untouched gold: their fields are all right.
    assert all(v.strict in (None, 1.0) for v in report.per_field.values())


def test_removing_meetings_removes_them_and_their_children():
    preds = copies(CORPUS)
    # case_uk's second meeting: 1 attendee, 1 KPI, 1 directive go with it.
    _remove(preds, "meetings", [("case_uk", 1, 1)])
    report = score(CORPUS, preds)
    assert report.per_type["meetings"].recall == 2 / 3
    assert report.per_type["attendees"].recall == 4 / 5
    assert report.per_type["kpis"].recall == 7 / 8
    assert report.per_type["directives"].recall == 4 / 5
    assert all(report.per_type[t].precision == 1.0 for t in RECORD_TYPES)


def test_article_missing_from_run_counts_as_all_missed():
    preds = copies(CORPUS)
    del preds["case_en"]
    report = score(CORPUS, preds)
    assert report.articles["case_en"].status == "missing_from_run"
    assert report.articles["case_en"].overall.recall == 0.0
    en_kpis = 3
    assert report.per_type["kpis"].fn == en_kpis
    assert report.per_type["kpis"].recall == (N["kpis"] - en_kpis) / N["kpis"]


_words = st.text(alphabet="bcdfghjklmnpqrstvwxz ", min_size=3, max_size=30)


def _invented(rtype: str, draw) -> dict:
    if rtype == "meetings":
        return {
            "kind": draw(st.sampled_from(["ceremony", "other", "congress"])),
            "title": draw(_words),
            "date": draw(st.sampled_from([None, "1999-01-01", "2030-05-05"])),
            "location": draw(st.one_of(st.none(), _words)),
        }
    if rtype == "attendees":
        return {"name": draw(_words), "name_in_text": draw(_words), "role": "attendee"}
    if rtype == "kpis":
        return {
            "indicator": draw(_words),
            "value": draw(st.floats(0, 1e6, allow_nan=False)),
            "unit": draw(st.sampled_from(["%", "VND", "tonnes", "people"])),
            "evidence": draw(_words),
        }
    return {"action": draw(_words), "evidence": draw(_words), "issuer": draw(st.none() | _words)}


@pytest.mark.parametrize("rtype", RECORD_TYPES)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_adding_m_invented_gives_precision_n_over_n_plus_m(rtype, data):
    preds = copies(CORPUS)
    m = data.draw(st.integers(1, 4), label="m")
    for _ in range(m):
        aid = data.draw(st.sampled_from(sorted(preds)), label="article")
        record = _invented(rtype, data.draw)
        if rtype == "meetings":
            preds[aid].meetings.append(type(preds[aid].meetings[0])(**record))
        else:
            meeting = data.draw(st.sampled_from(preds[aid].meetings), label="meeting")
            kind = type(getattr(CORPUS["case_en"][0].meetings[0], rtype)[0])
            getattr(meeting, rtype).append(kind(**record))
    report = score(CORPUS, preds)
    s = report.per_type[rtype]
    n = N[rtype]
    assert (s.tp, s.fp, s.fn) == (n, m, 0)
    assert s.precision == n / (n + m)
    assert s.recall == 1.0


# ------------------------------------------------------------------ one field changed

_ENUM_ALTERNATIVE = {
    "kind": ("congress", "ceremony"),
    "role": ("speaker", "attendee"),
    "qualifier": ("about", "under"),
}


def _different(field: str, kind: str, value):
    """A value clearly unlike ``value`` for a field of this kind."""
    if kind == "enum":
        a, b = (type(value)(v) for v in _ENUM_ALTERNATIVE[field])
        return a if value != a else b
    if kind == "number":
        if field == "scale":
            return 1e3 if value != 1e3 else 1e6
        return 7.0 if value is None else value * 3 + 7
    if kind == "date":
        return "1999-01-01"
    if kind == "unit":
        return "kilograms"
    if kind == "list":
        return ["Chief Astronaut of Mars"]
    if kind == "name":
        return "Xavier Quigley"
    if kind == "quote":
        return "zq xv this quote appears nowhere in any article"
    return "zzz qqq wholly unrelated wording"


def _field_cases():
    for rtype in RECORD_TYPES:
        for field, kind in FIELD_KINDS[rtype].items():
            yield pytest.param(rtype, field, kind, id=f"{rtype}.{field}")


_BASELINES: dict[int, EvalReport] = {}


def _change_one_field_and_check(corpus, ref, rtype, field, kind) -> None:
    if id(corpus) not in _BASELINES:
        _BASELINES[id(corpus)] = score(corpus, copies(corpus))
    baseline = _BASELINES[id(corpus)]
    preds = copies(corpus)
    aid, mi, ri = ref
    meeting = preds[aid].meetings[mi]
    record = meeting if rtype == "meetings" else getattr(meeting, rtype)[ri]
    old = getattr(record, field)
    setattr(record, field, _different(field, kind, old))
    if kind == "quote":  # a new quote has no stored span; it is grounded afresh (and fails)
        setattr(record, "name_grounding" if rtype == "attendees" else "evidence_grounding", None)

    report = score(corpus, preds)
    key = f"{rtype}.{field}"
    for t in RECORD_TYPES:
        assert report.per_type[t].as_dict() == baseline.per_type[t].as_dict(), t
    assert report.overall.as_dict() == baseline.overall.as_dict()
    for k, fs in report.per_field.items():
        if k != key:
            assert fs.as_dict() == baseline.per_field[k].as_dict(), k
    before, after = baseline.per_field[key], report.per_field[key]
    was_applicable = old not in (None, [], "")
    assert after.n == before.n + (0 if was_applicable else 1)
    assert after.strict_correct == before.strict_correct - (1 if was_applicable else 0)
    assert after.lenient_correct == after.strict_correct
    assert after.strict < 1.0 and after.lenient < 1.0


@pytest.mark.parametrize(("rtype", "field", "kind"), list(_field_cases()))
def test_changing_one_field_lowers_that_field_and_nothing_else(rtype, field, kind):
    # The last record of the type in the two-meeting article.
    ref = [r for r in record_refs(copies(CORPUS), rtype) if r[0] == "case_uk"][-1]
    _change_one_field_and_check(CORPUS, ref, rtype, field, kind)


# ------------------------------------------------------------------ the real gold labels
# The same known answers on corpus/gold (labelled by hand from the corpus articles):
# whatever those labels contain, these identities must hold.


@pytest.fixture(scope="module")
def gold_corpus() -> dict[str, tuple[ArticleExtraction, str | None]]:
    run = read_records(REPO / "corpus" / "gold")
    assert run.articles, "corpus/gold holds no labels"
    assert not run.errors, run.errors
    texts = ArticleTexts(REPO / "corpus" / "articles")
    return {aid: (g, texts.get(aid)) for aid, g in run.articles.items()}


def test_corpus_gold_against_itself_is_one(gold_corpus):
    report = score(gold_corpus, copies(gold_corpus))
    assert report.overall.f1 == 1.0 and report.anls_star == 1.0
    assert all(s.f1 == 1.0 for s in report.per_type.values())
    assert all(
        v.strict in (None, 1.0) and v.lenient in (None, 1.0) for v in report.per_field.values()
    )


@pytest.mark.parametrize("rtype", RECORD_TYPES)
def test_corpus_gold_removed_and_invented_records(gold_corpus, rtype):
    n = len(record_refs(copies(gold_corpus), rtype))
    preds = copies(gold_corpus)
    refs = record_refs(preds, rtype)
    if rtype == "meetings":
        # Only from articles with several meetings; their records move to the first
        # meeting, so only the meeting itself goes missing.
        removed = [r for r in refs if r[1] > 0]
        for aid, mi, _ in sorted(removed, reverse=True):
            gone = preds[aid].meetings.pop(mi)
            for child in ("attendees", "kpis", "directives"):
                getattr(preds[aid].meetings[0], child).extend(getattr(gone, child))
    else:
        removed = refs[::2]
        _remove(preds, rtype, removed)
    report = score(gold_corpus, preds)
    assert report.per_type[rtype].recall == (n - len(removed)) / n
    assert report.per_type[rtype].precision == 1.0
    for other in RECORD_TYPES:
        if other != rtype:
            assert report.per_type[other].f1 == 1.0

    preds = copies(gold_corpus)
    m = 3
    aid = sorted(preds)[0]
    for i in range(m):
        fields = {
            "meetings": {"kind": "other", "title": f"invented gathering {i}"},
            "attendees": {"name": f"Invented Person {i}", "name_in_text": f"Nobody {i}"},
            "kpis": {
                "indicator": f"made-up figure {i}",
                "value": 123456.0 + i,
                "unit": "kg",
                "evidence": f"no such sentence {i}",
            },
            "directives": {"action": f"Invent directive {i}", "evidence": f"never said {i}"},
        }[rtype]
        if rtype == "meetings":
            preds[aid].meetings.append(type(preds[aid].meetings[0])(**fields))
        else:
            target = getattr(preds[aid].meetings[0], rtype)
            kind = type(getattr(CORPUS["case_en"][0].meetings[0], rtype)[0])
            target.append(kind(**fields))
    report = score(gold_corpus, preds)
    assert report.per_type[rtype].precision == n / (n + m)
    assert report.per_type[rtype].recall == 1.0


@pytest.mark.parametrize(("rtype", "field", "kind"), list(_field_cases()))
def test_corpus_gold_changing_one_field(gold_corpus, rtype, field, kind):
    refs = record_refs(copies(gold_corpus), rtype)
    for ref in sorted({refs[0], refs[-1]}):
        _change_one_field_and_check(gold_corpus, ref, rtype, field, kind)


def test_small_number_change_is_strict_miss_lenient_hit():
    preds = copies(CORPUS)
    preds["case_en"].meetings[0].kpis[0].value = 313  # gold 312: 0.32 % off
    report = score(CORPUS, preds)
    value = report.per_field["kpis.value"]
    assert value.strict_correct == value.n - 1
    assert value.lenient_correct == value.n
    assert report.overall.f1 == 1.0


def test_transliterated_prediction_still_aligns():
    preds = copies(CORPUS)
    person = preds["case_uk"].meetings[0].attendees[0]
    person.name = "Lê Đức Thọ"  # diacritics the contract asks to drop: strict folds them
    person.name_grounding = None
    report = score(CORPUS, preds)
    assert report.per_type["attendees"].f1 == 1.0
    assert report.per_field["attendees.name"].strict == 1.0


def test_score_runs_reads_directories_and_reports_unscored(tmp_path):
    gold_dir, run_dir, art_dir = tmp_path / "gold", tmp_path / "run", tmp_path / "articles"
    for d in (gold_dir, run_dir, art_dir):
        d.mkdir()
    for aid, (gold, text) in CORPUS.items():
        (art_dir / f"{aid}.txt").write_text(text, encoding="utf-8")
        # Gold files as a person writes them: no spans; the harness grounds the quotes.
        plain = json.loads(gold.model_dump_json())
        for m in plain["meetings"]:
            for rec in m["attendees"]:
                rec.pop("name_grounding")
            for rec in (*m["kpis"], *m["directives"]):
                rec.pop("evidence_grounding")
        (gold_dir / f"{aid}.json").write_text(json.dumps(plain), encoding="utf-8")
        (run_dir / f"{aid}.json").write_text(gold.model_dump_json(), encoding="utf-8")
    extra = ArticleExtraction(article_id="only_in_run", language="en")
    (run_dir / "only_in_run.json").write_text(extra.model_dump_json(), encoding="utf-8")
    (run_dir / "run.json").write_text('{"run_id": "x"}', encoding="utf-8")
    (run_dir / "broken.json").write_text("{not json", encoding="utf-8")

    report = score_runs(run_dir, gold_dir, articles_dir=art_dir)
    assert report.overall.f1 == 1.0
    assert report.per_field["kpis.evidence"].strict == 1.0
    assert report.unscored_articles == ["only_in_run"]
    assert "only_in_run" not in report.articles
    assert list(report.errors) == [str(run_dir / "broken.json")]
    assert "Invalid JSON" in report.errors[str(run_dir / "broken.json")]
    data = json.loads(report.to_json())
    assert set(data["per_type"]) == set(RECORD_TYPES)
    for t in RECORD_TYPES:
        assert {"precision", "recall", "f1", "tp", "fp", "fn"} <= set(data["per_type"][t])
    assert {"overall", "per_field", "articles"} <= set(data)


@pytest.mark.parametrize("relative", [False, True])
def test_article_text_found_through_provenance(tmp_path, relative):
    """Gold without spans is grounded on the text the run's provenance points to."""
    from extractor.eval import compare_runs
    from extractor.schemas import Provenance

    gold, text = CORPUS["case_uk"]
    gold_dir, run_dir = tmp_path / "gold", tmp_path / "run"
    gold_dir.mkdir()
    (run_dir / "texts").mkdir(parents=True)
    article = run_dir / "texts" / "case_uk.txt"
    article.write_text(text, encoding="utf-8")
    bare = ArticleExtraction(article_id="case_uk", language="uk", meetings=MEETINGS_B)
    (gold_dir / "case_uk.json").write_text(bare.model_dump_json(), encoding="utf-8")
    pred = gold.model_copy(deep=True)
    pred.provenance = Provenance(
        backend="test",
        model="none",
        prompt_version="x",
        article_path="texts/case_uk.txt" if relative else str(article),
    )
    (run_dir / "case_uk.json").write_text(pred.model_dump_json(), encoding="utf-8")

    rc = compare_runs(run_dir, gold_dir, articles_dir=None)
    (comp,) = rc.comparisons
    assert comp.text == text
    for rec in comp.gold_records["kpis"]:
        assert text[rec.span[0] : rec.span[1]] == rec.data["evidence"]
