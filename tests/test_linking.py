"""Linking across articles: people, indicators, events, disagreements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.db.rows import meeting_id
from extractor.linking import Figure, MeetingInput, Mention, indicator_code, link
from extractor.linking.indicators import catalogue, parse_unit, scaled_value
from extractor.linking.text import name_key
from extractor.rundir import read_run_dir

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = ROOT / "corpus" / "editions"


def meeting(article_id: str, people: list[tuple[str, ...]], *, province: str = "thanh hoa",
            date: str | None = "2024-07-17", kpis: tuple = (), language: str = "en",
            title: str = "Working session of the Provincial Party Secretary with Quan Son",
            location: str | None = "Quan Son district", run_id: str = "r") -> MeetingInput:
    """A meeting; people are (name, name_in_text, title...) tuples, the first chairs."""
    return MeetingInput(
        key=meeting_id(run_id, article_id, 0), run_id=run_id, article_id=article_id,
        position=0, language=language, province=province, date=date, title=title,
        location=location,
        attendees=tuple(Mention(i, p[0], p[1], tuple(p[2:]), "chair" if i == 0 else "attendee")
                        for i, p in enumerate(people)),
        kpis=tuple(Figure.of(i, *k) for i, k in enumerate(kpis)))


def person(linking, m: MeetingInput, position: int = 0) -> str:  # noqa: ANN001
    return linking.person_of[(m.key, position)]


# ------------------------------------------------------------------------ names


@pytest.mark.parametrize("spelling", [
    "Đỗ Trọng Hưng", "Do Trong Hung", "DO TRONG  HUNG", "Mr. Do Trong Hung",
    "Comrade Đỗ Trọng Hưng", "Do Trong-Hung", "do trong hung", "Dr Do Trong Hung",
])
def test_name_key_folds_diacritics_case_spacing_hyphens_and_honorifics(spelling):
    assert name_key(spelling) == "do trong hung"


def test_the_same_person_across_scripts_and_spellings_has_one_id():
    a = meeting("a", [("Đỗ Trọng Hưng", "Đỗ Trọng Hưng", "Secretary of the Provincial Party "
                       "Committee")], language="vi")
    b = meeting("b", [("Do Trong Hung", "До Чонг Хынг")], language="ru", date=None)
    c = meeting("c", [("Mr. Do Trong-Hung", "ドー・チョン・フン")], language="ja")
    linking = link([a, b, c])
    assert len({person(linking, m) for m in (a, b, c)}) == 1
    [p] = linking.people.values()
    assert p.canonical_name in {"Đỗ Trọng Hưng", "Do Trong Hung"}
    assert {"text": "До Чонг Хынг", "language": "ru", "field": "name_in_text"} in p.aliases
    assert p.titles == [{"title": "Secretary of the Provincial Party Committee",
                         "first_seen": "2024-07-17", "last_seen": "2024-07-17"}]
    assert p.provinces == ["Thanh Hoa"]


def test_a_misspelt_latin_name_joins_through_its_name_in_text():
    a = meeting("a", [("Tran Quoc Cuong", "Trần Quốc Cường")], province="dien bien")
    b = meeting("b", [("Tran Quoc Coung", "Trần Quốc Cường")], province="dien bien")
    linking = link([a, b])
    assert person(linking, a) == person(linking, b)


def test_homonyms_in_two_provinces_stay_apart():
    a = meeting("a", [("Nguyen Van Thi", "Nguyen Van Thi",
                       "Standing Vice Chairman of the Provincial People's Committee")])
    b = meeting("b", [("Nguyen Van Thi", "Nguyen Van Thi", "Director of the Department of "
                       "Agriculture")], province="bac giang", date="2024-01-10")
    linking = link([a, b])
    assert person(linking, a) != person(linking, b)


@pytest.mark.parametrize(("one", "other"), [("Nguyen Van A", "Nguyen Van An"),
                                            ("Nguyen Van Tu", "Nguyen Van Tuan"),
                                            ("Nguyen Van An", "Nguyen Van Anh")])
def test_names_that_share_a_prefix_stay_apart(one, other):
    # Same meeting, same province, same titles: only the name tells them apart; the
    # non-Latin name_in_text of a third mention must not bridge them either.
    a = meeting("a", [(one, one, "Vice Chairman"), (other, other, "Vice Chairman")])
    b = meeting("b", [(other, "Нгуєн Ван Ан", "Vice Chairman")], language="uk")
    linking = link([a, b])
    assert person(linking, a, 0) != person(linking, a, 1)
    assert person(linking, b) == person(linking, a, 1)


def test_a_promoted_provincial_secretary_is_the_same_central_official():
    before = meeting("a", [("Do Trong Hung", "Do Trong Hung", "Member of the Party Central "
                            "Committee", "Secretary of the Provincial Party Committee")])
    after = meeting("b", [("Do Trong Hung", "杜重兴", "Deputy Head of the Central "
                           "Organization Commission")], province="ninh binh", date=None,
                    language="zh", location="Ninh Binh province")
    linking = link([before, after])
    assert person(linking, before) == person(linking, after)


def test_person_ids_are_content_hashes_and_survive_more_data():
    a = meeting("a", [("Le Duc Tho", "Le Duc Tho")])
    first = link([a]).person_of[(a.key, 0)]
    b = meeting("b", [("Le Duc Tho", "Ле Дик Тхо")], language="uk")
    again = link([b, a])
    assert again.person_of[(a.key, 0)] == again.person_of[(b.key, 0)] == first


# ------------------------------------------------------------------------ indicators


@pytest.mark.parametrize(("text", "unit", "code"), [
    ("GRDP growth rate", "%", "grdp_growth"),
    ("economic growth", "%", "grdp_growth"),
    ("average GRDP per capita", "VND", "grdp_per_capita"),
    ("state budget revenue", "VND", "budget_revenue"),
    ("budget revenue growth year on year", "%", "budget_revenue_growth"),
    ("budget revenue above the central budget estimate", "%", "other"),
    ("communes meeting advanced new rural standards", "communes", "new_rural_communes_advanced"),
    ("targets achieved and exceeded", "targets", "targets_met"),
    ("forest cover", "%", "forest_cover"),
    ("number of new Party members admitted", "members", "party_members_admitted"),
    ("export-oriented growing areas established", "areas", "other"),
])
def test_indicator_codes(text, unit, code):
    assert indicator_code(text, unit) == code


def test_the_evidence_decides_when_the_english_text_does_not():
    assert indicator_code("the rate", "%", "Tỷ lệ hộ nghèo còn 3,5%") == "poverty_rate"
    assert indicator_code("the rate", "%", "a rate of 3.5 %") == "other"


def test_scaled_values_are_in_the_familys_base_unit():
    assert parse_unit("%").family == "percent"
    assert scaled_value(3312, 1e9, "VND") == pytest.approx(3.312e12)
    assert scaled_value(3.312, 1, "trillion VND") == pytest.approx(3.312e12)
    assert scaled_value(3, 1, "km2") == pytest.approx(300)  # hectares
    assert scaled_value(2, 1e3, "tonnes") == pytest.approx(2000)
    assert parse_unit("million VND/person").family == "money"


def test_every_code_is_unique_and_has_keywords_in_english_and_vietnamese():
    codes = [i.code for i in catalogue()]
    assert len(codes) == len(set(codes)) and codes[-1] == "other"
    assert all(i.keywords["en"] and i.keywords["vi"] for i in catalogue() if i.code != "other")


def test_labelled_gold_kpis_get_their_codes():
    labels = json.loads((ROOT / "corpus" / "indicator_codes.json").read_text("utf-8"))
    total = right = 0
    for article_id, meetings in labels["articles"].items():
        record = json.loads((ROOT / "corpus" / "gold" / f"{article_id}.json").read_text("utf-8"))
        for m, kpis in enumerate(meetings):
            for item in kpis:
                kpi = record["meetings"][m]["kpis"][item["kpi"]]
                total += 1
                right += indicator_code(kpi["indicator"], kpi["unit"],
                                        kpi["evidence"]) == item["indicator_code"]
    assert total > 50 and right / total >= 0.9


# ------------------------------------------------------------------------ events


def _editions():
    from extractor.linking import link_runs

    manifest = json.loads((EDITIONS / "manifest.json").read_text("utf-8"))
    run = read_run_dir(EDITIONS / "gold", gold=True)
    return run, link_runs([run], {e["id"]: e["province"] for e in manifest})


def test_one_story_in_its_editions_is_one_event_and_other_meetings_stay_apart():
    run, linking = _editions()
    event_of = {a.article_id: linking.event_of[meeting_id(run.run_id, a.article_id, 0)]
                for a in run.articles}
    stories: dict[str, set[str]] = {}
    for article_id, event_id in event_of.items():
        stories.setdefault(article_id.split("_")[0], set()).add(event_id)
    # one id per story (s01 de/en/ja/ru, one of them undated) ...
    assert all(len(ids) == 1 for ids in stories.values())
    # ... and different stories never share one: s01/s05 have the same chair, s02/s07
    # the same body and leaders, s03/s04 the same chair and no dates at all.
    assert len({next(iter(ids)) for ids in stories.values()}) == len(stories)


def test_three_editions_merge_with_the_number_that_agree():
    a = meeting("a", [("Quan Minh Cuong", "Quan Minh Cuong")], province="cao bang",
                kpis=[("GRDP growth rate", 6.52, "%"), ("state budget revenue", 3312, "VND", 1e9)])
    b = meeting("b", [("Quan Minh Cuong", "管明强")], province="cao bang", date=None,
                language="zh", kpis=[("GRDP growth", 6.52, "%"),
                                     ("state budget revenue", 3.312, "VND", 1e12)])
    c = meeting("c", [("Quan Minh Cuong", "Куан Минь Кыонг")], province="cao bang",
                language="ru", kpis=[("GRDP growth rate", 5.62, "%")])
    other_day = meeting("d", [("Quan Minh Cuong", "Quan Minh Cuong")], province="cao bang",
                        date="2024-07-18", kpis=[("GRDP growth rate", 6.52, "%")])
    linking = link([a, b, c, other_day])
    assert linking.event_of[a.key] == linking.event_of[b.key] == linking.event_of[c.key]
    assert linking.event_of[other_day.key] != linking.event_of[a.key]
    event = linking.events[linking.event_of[a.key]]
    kpis = {k["indicator_code"]: k for k in event.merged["kpis"]}
    assert kpis["budget_revenue"]["editions"] == 2  # 3312 billion = 3.312 trillion
    assert kpis["grdp_growth"]["editions"] == 2
    assert kpis["grdp_growth"]["editions_reporting"] == 3
    [finding] = event.findings
    assert finding["code"] == "editions_disagree"
    assert finding["indicator_code"] == "grdp_growth"
    wrong = [e for e in finding["editions"] if not e["agrees_with_majority"]]
    assert [(e["article_id"], e["value"]) for e in wrong] == [("c", 5.62)]
    assert "6.52 % in a (en), b (zh); 5.62 % in c (ru)" in finding["message"]


def test_the_labelled_disagreements_are_found():
    labels = json.loads((EDITIONS / "links.json").read_text("utf-8"))
    _, linking = _editions()
    flagged = {(e["article_id"], e["kpi"]) for ev in linking.events.values()
               for f in ev.findings for e in f["editions"] if not e["agrees_with_majority"]}
    labelled = {(e["article_id"], e["kpi"]) for d in labels["disagreements"]
                for e in d["editions"]}
    assert flagged == labelled


def test_figures_of_one_code_for_two_periods_are_not_a_disagreement():
    kpis = [("average annual GRDP growth rate", 9, "%", 1, "2021-2023"),
            ("GRDP growth rate", 10, "%", 1, "2023")]
    a = meeting("a", [("Tran Quoc Cuong", "Tran Quoc Cuong")], kpis=kpis)
    b = meeting("b", [("Tran Quoc Cuong", "Tran Quoc Cuong")], kpis=kpis[:1], language="es")
    linking = link([a, b])
    assert linking.event_of[a.key] == linking.event_of[b.key]
    assert linking.events[linking.event_of[a.key]].findings == []


def test_event_ids_survive_a_new_edition_with_a_smaller_article_id():
    a = meeting("s1_en", [("Le Hai Hoa", "Le Hai Hoa")], province="cao bang",
                kpis=[("GRDP growth rate", 6.52, "%")])
    first = link([a])
    old = first.event_of[a.key]
    b = meeting("s0_fr", [("Le Hai Hoa", "Le Hai Hoa")], province="cao bang", language="fr",
                kpis=[("GRDP growth rate", 6.52, "%")])
    fresh = link([a, b])
    assert fresh.event_of[a.key] == fresh.event_of[b.key] != old  # content id moved ...
    kept = link([a, b], previous_events=first.event_of)
    assert kept.event_of[a.key] == kept.event_of[b.key] == old  # ... unless ids are kept


def test_mentions_without_a_name_are_never_merged():
    a = meeting("a", [("", ""), ("Mr.", "")])
    b = meeting("b", [("", ""), ("Mr.", "")])
    linking = link([a, b])
    assert len({person(linking, m, i) for m in (a, b) for i in (0, 1)}) == 4


def test_a_misspelt_name_in_a_script_transliteration_cannot_read_joins_through_its_event():
    people = [("Quan Minh Cuong", "Quan Minh Cuong", "Secretary of the Provincial Party "
               "Committee"), ("Vu Hong Quang", "Vu Hong Quang", "Deputy Secretary")]
    a = meeting("a", people, province="cao bang", kpis=[("GRDP growth rate", 6.52, "%")])
    b = meeting("b", [("Quan Minh Cuonh", "管明强", "Secretary of the Provincial Party "
                       "Committee"), ("Vu Hong Quang", "武鸿光", "Deputy Secretary")],
                province="cao bang", language="zh", kpis=[("GRDP growth rate", 6.52, "%")])
    linking = link([a, b])
    assert linking.event_of[a.key] == linking.event_of[b.key]
    assert person(linking, a, 0) == person(linking, b, 0)


def test_two_people_named_side_by_side_are_never_joined_through_a_third_spelling():
    side_by_side = [("Nguyen Van An", "Nguyen Van An"), ("Nguyen Van Anh", "Nguyen Van Anh")]
    a = meeting("a", side_by_side, province="bac giang", kpis=[("OCOP products", 320, "products")])
    b = meeting("b", [("Nguyen Van Ahn", "เหงียน วัน อาน")], province="bac giang",
                language="th", kpis=[("OCOP products", 320, "products")])
    linking = link([a, b])
    assert person(linking, a, 0) != person(linking, a, 1)


def test_directives_merge_across_editions_on_their_action():
    run, linking = _editions()
    event = linking.events[linking.event_of[meeting_id(run.run_id, "s01_en", 0)]]
    top = event.merged["directives"][0]
    assert top["editions"] == 4 and top["articles"] == ["s01_de", "s01_en", "s01_ja", "s01_ru"]


def _imports(path) -> set[str]:  # noqa: ANN001
    """Every extractor module a file imports, inside functions included
    (``from extractor.db import models`` imports the module ``extractor.db.models``)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent

    def is_module(name: str) -> bool:
        base = root.joinpath(*name.split("."))
        return base.with_suffix(".py").exists() or (base / "__init__.py").exists()

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("extractor"):
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                found.add(sub if is_module(sub) else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("extractor"))
    return found


def test_imports_go_one_way_linking_below_the_database():
    """extractor.linking never imports extractor.db; inside each, no module imports a
    module that imports it back (imports inside functions count)."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "extractor"
    graph = {}
    for package in ("linking", "db"):
        for path in (root / package).glob("*.py"):
            name = f"extractor.{package}" + ("" if path.stem == "__init__" else f".{path.stem}")
            graph[name] = {m for m in _imports(path) if m in {
                f"extractor.{package}." + p.stem for p in (root / package).glob("*.py")}
                | {f"extractor.{package}"}} - {name}
            if package == "linking":
                assert not any(m.startswith("extractor.db") for m in _imports(path)), path
    modules = {n for n in graph if not n.endswith((".linking", ".db"))}

    def reaches(start: str, goal: str, seen: set) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(n for n in modules if reaches(n, n, {n}))
    assert cycles == []
