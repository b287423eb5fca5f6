"""Validators: each check on corpus articles and on sentences written for it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from validator_samples import CORPUS, SAMPLES, article_text, sample

from extractor.grounding import ground_extraction
from extractor.schemas import ArticleExtraction, Grounding, MatchStatus
from extractor.validators import error_messages, validate_extraction
from extractor.validators.mutations import KINDS, mutants

ROOT = Path(__file__).resolve().parent.parent


def errors(record: ArticleExtraction, text: str) -> list:
    return [f for f in validate_extraction(record, text) if f.severity == "error"]


def codes(record: ArticleExtraction, text: str, severity: str | None = None) -> set[str]:
    return {f.code for f in validate_extraction(record, text)
            if severity is None or f.severity == severity}


def record(language: str, kpis=(), attendees=(), directives=(), date=None) -> ArticleExtraction:
    """A one-meeting record built from short dicts (defaults filled in)."""
    full_kpis = []
    for k in kpis:
        full_kpis.append({"indicator": "x", "unit": "communes", "scale": 1.0, **k})
    return ArticleExtraction.model_validate({
        "article_id": "t", "language": language,
        "meetings": [{"kind": "conference", "title": "t", "date": date,
                      "attendees": list(attendees), "kpis": full_kpis,
                      "directives": list(directives)}],
    })


# --------------------------------------------------------------------------- correct records


@pytest.mark.parametrize("article_id", sorted(SAMPLES))
def test_hand_labelled_records_have_no_errors(article_id):
    found = errors(sample(article_id), article_text(article_id))
    assert found == []


GOLD = sorted((CORPUS / "gold").glob("*.json")) if (CORPUS / "gold").is_dir() else []


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_files_have_no_errors(path):
    gold = ArticleExtraction.model_validate_json(path.read_bytes())
    text = article_text(gold.article_id)
    assert [(f.path, f.message) for f in errors(gold, text)] == []


def test_grounding_fields_filled_or_not_give_the_same_findings():
    rec = sample("003_286f9ef8ca64527d")
    text = article_text(rec.article_id)
    rec.meetings[0].kpis[4].value = 3412
    bare = validate_extraction(rec, text)
    grounded = validate_extraction(ground_extraction(rec.model_copy(deep=True), text), text)
    assert [(f.code, f.path) for f in bare] == [(f.code, f.path) for f in grounded]


# --------------------------------------------------------------------------- grounding


def test_value_not_in_quote_names_what_the_quote_says():
    rec = sample("003_286f9ef8ca64527d")
    text = article_text(rec.article_id)
    rec.meetings[0].kpis[4].value = 3412
    [finding] = errors(rec, text)
    assert finding.code == "value_not_in_quote"
    assert finding.path == "meetings[0].kpis[4].value"
    assert "3 312 mld (x1e9)" in finding.message and "3412" in finding.message
    assert text[finding.span[0]:finding.span[1]].endswith("3 312 mld VND")


def test_scale_dropped_is_an_error_but_another_scale_of_the_same_amount_is_not():
    rec = sample("003_286f9ef8ca64527d")
    text = article_text(rec.article_id)
    kpi = rec.meetings[0].kpis[1]  # 1 299 mln USD
    kpi.scale = 1.0
    assert [f.code for f in errors(rec, text)] == ["scale_mismatch"]
    kpi.value, kpi.scale = 1.299, 1e9  # the same amount in billions
    assert errors(rec, text) == []


def test_percent_recorded_as_a_count_and_back():
    rec = sample("001_ea5dfece83b2c6ba")
    text = article_text(rec.article_id)
    rec.meetings[0].kpis[12].unit = "villages"  # 89.4 %
    rec.meetings[0].kpis[11].unit = "%"  # 118 villages
    found = errors(rec, text)
    assert {(f.code, f.path) for f in found} == {
        ("percent_mismatch", "meetings[0].kpis[12].unit"),
        ("percent_mismatch", "meetings[0].kpis[11].unit"),
    }


def test_quote_not_in_article_and_its_figure_still_read():
    rec = sample("002_875932fb6ed4ed16")
    text = article_text(rec.article_id)
    rec.meetings[0].kpis[4].evidence = "побудовано 12 нових мостів у провінції"
    found = {(f.code, f.path) for f in errors(rec, text)}
    assert found == {("quote_not_found", "meetings[0].kpis[4].evidence"),
                     ("value_not_in_quote", "meetings[0].kpis[4].value")}


def test_misquoted_figure_is_checked_against_the_article_not_the_quote():
    rec = sample("002_875932fb6ed4ed16")
    text = article_text(rec.article_id)
    kpi = rec.meetings[0].kpis[4]  # the article says 11 projects
    kpi.evidence = "відповідальність за 12 проектів та робіт, запропонованих у Резолюції"
    kpi.value = 12
    assert codes(rec, text, "warning") == {"quote_fuzzy"}
    assert codes(rec, text, "error") == {"value_not_in_quote"}


def test_quote_with_a_typo_is_only_a_warning():
    rec = sample("002_875932fb6ed4ed16")
    text = article_text(rec.article_id)
    rec.meetings[0].kpis[4].evidence = "відповідальність за 11 проектів та робот, запропонованих у Резолюції"
    assert codes(rec, text) == {"quote_fuzzy"}


def test_stale_grounding_is_not_trusted():
    rec = sample("003_286f9ef8ca64527d")
    text = article_text(rec.article_id)
    ground_extraction(rec, text)
    kpi = rec.meetings[0].kpis[0]  # 6,52 %
    kpi.evidence = "Całkowita liczba przyjazdów turystów wzrosła o 59,4%"  # span left stale
    assert kpi.evidence_grounding.status == MatchStatus.exact
    assert [f.code for f in errors(rec, text)] == ["value_not_in_quote"]


def test_value_written_in_words_is_a_warning_absent_words_an_error():
    text = "Po czterech latach wdrażania 9 celów zostało zrealizowanych."
    quote = text
    ok = record("pl", kpis=[{"value": 4, "unit": "years", "evidence": quote}])
    assert codes(ok, text) == {"value_unconfirmed"}
    wrong = record("pl", kpis=[{"value": 5, "unit": "years", "evidence": quote}])
    assert codes(wrong, text, "error") == {"value_not_in_quote"}


def test_zero_as_none_is_a_warning_unless_the_quote_gives_another_figure():
    text = "W tej kadencji nie spełniła ich żadna gmina (podczas gdy celem jest 8 gmin). Utworzono 6 stref."
    none = record("pl", kpis=[{"value": 0, "target": 8, "evidence": text.split(". ")[0]}])
    assert codes(none, text) == {"value_unconfirmed"}
    wrong = record("pl", kpis=[{"value": 0, "unit": "zones", "evidence": "Utworzono 6 stref."}])
    assert codes(wrong, text, "error") == {"value_not_in_quote"}


def test_out_of_and_target_must_be_written_in_the_article():
    text = "W dystrykcie 21/21 gmin spełnia standardy; celem było 25 gmin."
    good = record("pl", kpis=[{"value": 21, "out_of": 21, "target": 25, "evidence": "21/21 gmin"}])
    assert errors(good, text) == []
    bad = record("pl", kpis=[{"value": 21, "out_of": 22, "target": 26, "evidence": "21/21 gmin"}])
    assert codes(bad, text, "error") == {"out_of_not_in_article", "target_not_in_article"}


def test_qualifier_disagreement_is_a_warning():
    rec = sample("003_286f9ef8ca64527d")
    text = article_text(rec.article_id)
    rec.meetings[0].kpis[1].qualifier = "about"  # the article says "ponad" (over)
    found = validate_extraction(rec, text)
    assert [(f.code, f.severity) for f in found] == [("qualifier_mismatch", "warning")]
    assert "'ponad'" in found[0].message


def test_attendee_name_must_occur_in_the_article():
    rec = sample("001_ea5dfece83b2c6ba")
    text = article_text(rec.article_id)
    rec.meetings[0].attendees[1].name_in_text = "فام فان دونغ"
    assert [(f.code, f.path) for f in errors(rec, text)] == [
        ("name_not_found", "meetings[0].attendees[1].name_in_text")]


# --------------------------------------------------------------------------- ranges and fields


def test_share_above_100_is_an_error_growth_above_100_is_not():
    text = "Tỷ lệ hộ nghèo là 104%. Doanh thu du lịch tăng 104%. Chỉ số đạt 104%."
    share = record("vi", kpis=[{"indicator": "poverty rate", "value": 104, "unit": "%",
                                "evidence": "Tỷ lệ hộ nghèo là 104%."}])
    assert codes(share, text) == {"share_out_of_range"}
    growth = record("vi", kpis=[{"indicator": "tourism revenue growth", "value": 104, "unit": "%",
                                 "evidence": "Doanh thu du lịch tăng 104%."}])
    assert codes(growth, text) == set()
    unclear = record("vi", kpis=[{"indicator": "index", "value": 104, "unit": "%",
                                  "evidence": "Chỉ số đạt 104%."}])
    unclear.meetings[0].kpis[0].indicator = "score"
    assert codes(unclear, text) == {"percent_out_of_range"}
    assert codes(unclear, text, "error") == set()


def test_part_larger_than_its_whole():
    text = "перевиконано 40/34 цілі"
    rec = record("uk", kpis=[{"value": 40, "out_of": 34, "evidence": text}])
    assert codes(rec, text, "error") == {"value_exceeds_out_of"}


@pytest.mark.parametrize("bad", ["2024-02-30", "17 July 2024", "2024/07/17"])
def test_meeting_date_must_be_a_real_date(bad):
    rec = record("en", date=bad)
    assert [(f.code, f.path) for f in errors(rec, "text")] == [("bad_date", "meetings[0].date")]


def test_period_must_run_forwards():
    text = "w latach 2021-2023 wzrost wyniósł 4,55%"
    rec = record("pl", kpis=[{"value": 4.55, "unit": "%", "indicator": "growth",
                              "period": "2023-2021", "evidence": text}])
    assert codes(rec, text, "error") == {"period_backwards"}


def test_deadline_not_before_meeting_and_year_mentioned():
    text = "med ferdigstillelsestid før 31. desember 2023"
    directive = {"issuer": "Tran Quoc Cuong", "action": "finish", "deadline": "2023-12-31",
                 "evidence": text}
    chair = {"name": "Tran Quoc Cuong", "name_in_text": "Tran Quoc Cuong", "role": "chair"}
    text_with_name = text + ". Tran Quoc Cuong"
    ok = record("no", attendees=[chair], directives=[directive], date="2023-10-05")
    assert errors(ok, text_with_name) == []
    late = record("no", attendees=[chair], directives=[directive], date="2024-01-10")
    assert codes(late, text_with_name, "error") == {"deadline_before_meeting"}


def test_issuer_must_be_an_attendee_and_a_chair_is_expected():
    rec = sample("000_84a0ffaa082859e8")
    text = article_text(rec.article_id)
    rec.meetings[0].directives[0].issuer = "Le Van Hai"
    assert codes(rec, text, "error") == {"issuer_not_attendee"}
    rec.meetings[0].directives[0].issuer = "Do Trong Hungg"
    assert codes(rec, text, "warning") >= {"issuer_spelling"}
    for person in rec.meetings[0].attendees:
        person.role = "attendee"
    assert "no_chair" in codes(rec, text, "warning")


# --------------------------------------------------------------------------- arithmetic


def test_parts_of_one_whole_must_not_sum_past_it():
    text = "перевиконано 4/34 цілі, 20/34 цілі досягнуто понад 50%, 30/40 проектів завершено."
    rec = record("uk", kpis=[
        {"indicator": "targets exceeded", "value": 4, "out_of": 34, "unit": "targets",
         "evidence": "перевиконано 4/34 цілі"},
        {"indicator": "targets achieved over 50%", "value": 20, "out_of": 34, "unit": "targets",
         "evidence": "20/34 цілі досягнуто понад 50%"},
        # the model put the wrong whole on the third figure
        {"indicator": "targets completed", "value": 30, "out_of": 34, "unit": "targets",
         "evidence": "30/40 проектів завершено"},
    ])
    found = [f for f in errors(rec, text) if f.code == "parts_exceed_whole"]
    assert len(found) == 1 and "= 54" in found[0].message
    assert found[0].path == "meetings[0].kpis[2].value"


def test_stated_total_must_match_the_whole_of_its_parts():
    rec = sample("002_875932fb6ed4ed16")
    # the total in the same sentence as its parts: provably the same whole
    text = article_text(rec.article_id).replace(
        "7/34 цілі досягнуто менше ніж 50%.", "7/34 цілі досягнуто менше ніж 50%, усього 35 цілей.")
    rec.meetings[0].kpis.append(rec.meetings[0].kpis[0].model_copy(update={
        "indicator": "total resolution targets", "value": 35, "out_of": None,
        "evidence": "усього 35 цілей", "evidence_grounding": None}))
    assert codes(rec, text, "error") == {"parts_total_mismatch"}


def _villages(text: str, share2: float) -> ArticleExtraction:
    return record("ar", kpis=[
        {"indicator": "villages meeting standards", "value": 118, "unit": "villages",
         "evidence": "118 قرية تلبي معايير NTM"},
        {"indicator": "share of villages meeting standards", "value": 89.4, "unit": "%",
         "evidence": "وهو ما يمثل 89.4٪"},
        {"indicator": "model villages", "value": 21, "unit": "villages",
         "evidence": "21 قرية ريفية نموذجية جديدة"},
        {"indicator": "share of model villages", "value": share2, "unit": "%",
         "evidence": f"تمثل {share2}٪"},
    ])


def test_counts_and_shares_must_imply_one_total():
    good = "118 قرية تلبي معايير NTM، وهو ما يمثل 89.4٪؛ 21 قرية ريفية نموذجية جديدة، تمثل 15.9٪؛"
    assert errors(_villages(good, 15.9), good) == []
    bad = good.replace("15.9", "25.9")
    found = errors(_villages(bad, 25.9), bad)
    assert [f.code for f in found] == ["shares_disagree"]
    assert "132" in found[0].message and "81" in found[0].message


def test_count_with_whole_must_match_its_share():
    text = "يوجد في المنطقة 21/21 بلدية تلبي معايير NTM، بنسبة 90٪."
    rec = record("ar", kpis=[
        {"value": 21, "out_of": 21, "evidence": "21/21 بلدية"},
        {"indicator": "share of communes", "value": 90, "unit": "%", "evidence": "بنسبة 90٪"},
    ])
    assert codes(rec, text, "error") == {"share_count_mismatch"}


def _level_change(base: str) -> tuple[ArticleExtraction, str]:
    text = ("بلغ حجم قيمة الإنتاج في عام 2023 14,963 مليار دونج، بزيادة قدرها 23% مقارنة بعام 2020. "
            f"وكانت قيمة الإنتاج في عام 2020 {base} مليار دونج.")
    value = float(base.replace(",", ""))
    rec = record("ar", kpis=[
        {"indicator": "production value", "value": 14963, "unit": "VND", "scale": 1e9,
         "period": "2023", "evidence": "بلغ حجم قيمة الإنتاج في عام 2023 14,963 مليار دونج"},
        {"indicator": "production value growth compared with 2020", "value": 23, "unit": "%",
         "evidence": "بزيادة قدرها 23% مقارنة بعام 2020"},
        {"indicator": "production value", "value": value, "unit": "VND", "scale": 1e9,
         "period": "2020", "evidence": f"وكانت قيمة الإنتاج في عام 2020 {base} مليار دونج"},
    ])
    return rec, text


def test_level_and_change_must_agree_with_the_other_level():
    rec, text = _level_change("12,165")  # 14 963 / 12 165 = 1.230
    assert errors(rec, text) == []
    rec, text = _level_change("11,000")  # would be +36 %
    found = errors(rec, text)
    assert [f.code for f in found] == ["level_change_mismatch"]
    assert "36.0 %" in found[0].message


def test_one_figure_claimed_by_two_indicators():
    rec = sample("002_875932fb6ed4ed16")
    text = article_text(rec.article_id)
    rec.meetings[0].kpis[0].value = 3  # 4/34 misread as the 3/34 beside it
    rec.meetings[0].kpis[0].evidence = rec.meetings[0].kpis[1].evidence = (
        "перевиконано 4/34 цілі, 3/34 цілі досягнуто на 100%")
    found = errors(rec, text)
    assert [f.code for f in found] == ["figure_claimed_twice"]
    assert "'4'" in found[0].message


# --------------------------------------------------------------------------- re-ask text


def test_error_messages_lists_errors_only_one_line_each():
    rec = sample("003_286f9ef8ca64527d")
    text = article_text(rec.article_id)
    rec.meetings[0].kpis[4].value = 3412
    rec.meetings[0].kpis[1].qualifier = "about"  # a warning: left out
    message = error_messages(validate_extraction(rec, text))
    [line] = message.splitlines()
    assert line.startswith("meetings[0].kpis[4].value: ")
    assert "3 312 mld (x1e9)" in line and "3412" in line
    assert "qualifier" not in message
    assert error_messages([]) == ""


# --------------------------------------------------------------------------- mutations


def _correct_records() -> list[ArticleExtraction]:
    """The hand-labelled samples and, where they exist, the gold files."""
    gold = [ArticleExtraction.model_validate_json(p.read_bytes()) for p in GOLD]
    return [sample(a) for a in SAMPLES] + gold


@pytest.mark.parametrize("kind", KINDS)
def test_each_mutation_kind_is_caught(kind):
    made = caught = 0
    for rec in _correct_records():
        text = article_text(rec.article_id)
        assert errors(rec, text) == []
        for mutant in mutants(rec, text, kind, seed=0):
            made += 1
            caught += bool(errors(mutant.record, text))
    assert made > 0
    assert caught / made >= 0.95, (kind, caught, made)


def test_mutation_benchmark_prints_figures(tmp_path):
    for article_id in SAMPLES:
        (tmp_path / f"{article_id}.json").write_text(sample(article_id).model_dump_json())
    (tmp_path / "run.json").write_text("{}")  # run metadata, not a record
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "mutations.py"), "--gold", str(tmp_path),
         "--articles", str(CORPUS / "articles"), "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    result = json.loads(out.stdout)
    assert result["gold_files"] == len(SAMPLES)
    assert result["gold_error_findings"] == 0 and result["false_alarm_rate"] == 0
    assert set(result["per_kind"]) == set(KINDS)
    assert result["catch_rate"] >= 0.95


def test_grounding_model_default_span_is_optional():
    # A Grounding with no span (e.g. from an older run) is re-grounded, not trusted.
    rec = sample("004_864989ccc595ae6a")
    text = article_text(rec.article_id)
    for kpi in rec.meetings[0].kpis:
        kpi.evidence_grounding = Grounding()
    assert errors(rec, text) == []


def _units(text: str, wards: int) -> ArticleExtraction:
    return record("pl", kpis=[
        {"indicator": "units", "value": 56, "unit": "units",
         "evidence": text[text.index("56"):text.index(")") + 1]},
        {"indicator": "communes", "value": 53, "unit": "communes", "evidence": "53 gminy"},
        {"indicator": "wards", "value": wards, "unit": "wards", "evidence": f"{wards} okręgi"},
    ])


def test_total_and_its_bracketed_breakdown_must_add_up():
    text = "organizacji 56 jednostek administracyjnych szczebla gminnego (53 gminy, 3 okręgi)."
    assert errors(_units(text, 3), text) == []
    bad = text.replace("3 okręgi", "4 okręgi")
    found = errors(_units(bad, 4), bad)
    assert [f.code for f in found] == ["parts_total_mismatch"]
    assert "= 57" in found[0].message


def test_parts_after_including_may_not_exceed_the_total():
    text = "W dystrykcie jest 57 wsi (w tym 9 wsi modelowych, 50 wsi górskich)."
    rec = record("pl", kpis=[
        {"indicator": "villages", "value": 57, "unit": "villages", "evidence": text},
        {"indicator": "model villages", "value": 9, "unit": "villages", "evidence": "9 wsi modelowych"},
        {"indicator": "mountain villages", "value": 50, "unit": "villages", "evidence": "50 wsi górskich"},
    ])
    found = errors(rec, text)
    assert [f.code for f in found] == ["parts_total_mismatch"]
    assert "exceed the total 57" in found[0].message
    fewer = text.replace("50 wsi", "40 wsi")
    rec.meetings[0].kpis[0].evidence = fewer
    rec.meetings[0].kpis[2].value, rec.meetings[0].kpis[2].evidence = 40, "40 wsi górskich"
    assert errors(rec, fewer) == []  # a subset need not add up to the whole


def test_deadline_year_absent_from_article_and_duplicate_attendee_are_warnings():
    text = "Tran Quoc Cuong ledet konferansen og ba om fullføring før 31. desember 2023."
    person = {"name": "Tran Quoc Cuong", "name_in_text": "Tran Quoc Cuong", "role": "chair"}
    rec = record("no", attendees=[person, person], directives=[{
        "issuer": "Tran Quoc Cuong", "action": "finish", "deadline": "2025-12-31",
        "evidence": "ba om fullføring før 31. desember 2023"}])
    found = {(f.code, f.severity) for f in validate_extraction(rec, text)}
    assert found == {("deadline_not_in_article", "warning"), ("duplicate_attendee", "warning")}


def test_unknown_language_reads_with_every_convention():
    text = "Production reached 14,963 billion dong."
    rec = record("und", kpis=[{"value": 14.963, "unit": "VND", "scale": 1e12, "evidence": text}])
    assert errors(rec, text) == []  # 14.963 x 1e12 = 14 963 x 1e9: one of the readings
    rec.meetings[0].kpis[0].value = 15.963
    assert codes(rec, text, "error") == {"value_not_in_quote"}


def test_two_kpis_quoting_one_sentence_with_a_repeated_figure_are_not_confused():
    rec = sample("003_286f9ef8ca64527d")
    text = article_text(rec.article_id)
    sentence = text[text.index("Całkowite dochody budżetowe"):text.index("Całkowita liczba")].strip()
    assert sentence.count("69%") == 2
    for kpi in rec.meetings[0].kpis[5:7]:  # 69 % above estimate, 69 % growth
        kpi.evidence = sentence
    assert errors(rec, text) == []


def test_percentage_points_need_no_percent_sign():
    text = "Tỷ lệ hộ nghèo giảm 2,5 điểm phần trăm so với năm 2020."
    rec = record("vi", kpis=[{"indicator": "poverty rate reduction", "value": 2.5,
                              "unit": "percentage points", "evidence": text}])
    assert errors(rec, text) == []
    rec.meetings[0].kpis[0].unit = "%"  # "2,5 điểm" is not 2.5 %
    assert codes(rec, text, "error") == {"percent_mismatch"}
