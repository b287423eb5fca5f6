"""Reader-first mode through the scripted OpenAI-compatible server, example leakage,
and free mode unchanged by ``--draft none``."""

from __future__ import annotations

from pathlib import Path

from extractor.backends import make_backend
from extractor.draft.leakage import drop_leaked
from extractor.eval import score_runs
from extractor.pipeline import ExtractOptions, run_extraction, run_id_for
from extractor.prompting import load_example
from extractor.rundir import read_records
from extractor.schemas import ExtractionDraft
from extractor.testing import Answer, ScriptedOpenAIServer
from extractor.testing.reader_answers import article_in_request, reader_answer

ARTICLE = Path("corpus/editions/articles/s03_en.txt")
GOLD = Path("corpus/editions/gold")


def _folder(tmp_path: Path) -> tuple[Path, Path]:
    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold.mkdir()
    (articles / ARTICLE.name).write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    (gold / f"{ARTICLE.stem}.json").write_bytes((GOLD / f"{ARTICLE.stem}.json").read_bytes())
    return articles, gold


def _gold():
    return read_records(GOLD).articles[ARTICLE.stem]


def _run(server: ScriptedOpenAIServer, articles: Path, out: Path, **options):
    backend = make_backend("openai", base_url=server.base_url, api_key="sk-test", model="m")
    return run_extraction([articles], out, backend, ExtractOptions(use_cache=False, **options))


def test_a_reader_first_round_trip_scores_as_gold(tmp_path):
    articles, gold = _folder(tmp_path)

    def respond(request, index):
        found = article_in_request(request)
        return Answer(reader_answer(_gold(), found[2], found[1]))

    with ScriptedOpenAIServer(responder=respond) as server:
        summary = _run(server, articles, tmp_path / "out", draft="reader", glean=0)
        tools = [t["function"]["name"] for r in server.requests for t in r.body.get("tools", [])]
    assert tools == ["ReaderAnswer"]
    assert summary.results[0].reasks == 0 and summary.results[0].flagged_records == 0
    report = score_runs(tmp_path / "out", gold, articles_dir=articles, anls=False)
    assert report.overall.f1 == 1.0
    user = server.requests[0].body["messages"][-1]["content"]
    assert "\nDraft:\n" in user and "F1: " in user and "P1: " in user


def test_an_id_the_draft_lacks_is_re_asked(tmp_path):
    articles, _ = _folder(tmp_path)
    good = {"meetings": [{"kind": "conference", "title": "Conference", "kpis": [
        {"figure": "F1", "indicator": "GRDP growth rate"}]}]}
    bad = {"meetings": [{"kind": "conference", "title": "Conference", "kpis": [
        {"figure": "F99", "indicator": "GRDP growth rate"}]}]}
    with ScriptedOpenAIServer([Answer(bad), Answer(good)]) as server:
        summary = _run(server, articles, tmp_path / "out", draft="reader", glean=0, max_reasks=1)
        second = server.requests[1].body["messages"]
    assert summary.results[0].reasks == 1
    assert any("F99" in str(m.get("content")) for m in second)
    record = read_records(tmp_path / "out").articles[ARTICLE.stem]
    assert [k.indicator for k in record.meetings[0].kpis] == ["GRDP growth rate"]
    assert record.meetings[0].kpis[0].evidence_grounding.status.value == "exact"


def test_draft_none_writes_the_records_of_free_mode(tmp_path):
    articles, _ = _folder(tmp_path)
    gold = _gold()
    answer = ExtractionDraft.model_validate(gold.model_dump(mode="json")).model_dump(mode="json")
    outs = []
    for i, options in enumerate(({}, {"draft": "none"})):
        with ScriptedOpenAIServer(default=Answer(answer)) as server:
            _run(server, articles, tmp_path / f"out{i}", glean=0, **options)
        outs.append(read_records(tmp_path / f"out{i}").articles[ARTICLE.stem])
    assert outs[0].model_dump(exclude={"provenance"}) == outs[1].model_dump(exclude={"provenance"})
    backend = make_backend("openai", base_url="http://127.0.0.1:9/v1", api_key="sk-test", model="m")
    assert run_id_for(backend, ExtractOptions()) == run_id_for(backend, ExtractOptions(draft="none"))
    assert run_id_for(backend, ExtractOptions()) != run_id_for(backend, ExtractOptions(draft="reader"))


def test_records_copied_from_the_example_are_dropped():
    example = load_example()
    copied = ExtractionDraft.model_validate(example.output.model_dump(mode="json"))
    article = "Am 3. Mai besuchte Genosse Tran Van Lam den Bezirk Muong Cha."
    kept_before = sum(len(m.kpis) + len(m.attendees) + len(m.directives) for m in copied.meetings)
    dropped = drop_leaked(copied, article)
    assert kept_before > 0 and dropped >= kept_before
    assert all(not (m.kpis or m.attendees or m.directives) and m.location is None
               for m in copied.meetings)
    own = ExtractionDraft.model_validate(example.output.model_dump(mode="json"))
    assert drop_leaked(own, example.text) == 0


def test_a_name_romanized_from_the_article_is_not_a_leak():
    """The example's attendee is 'Nguyen Van Thi'; a Ukrainian article naming
    'Нгуєн Ван Тхі' keeps that attendee, romanized; one naming nobody so loses it."""
    example = load_example()
    article = "Директор департаменту Нгуєн Ван Тхі повідомив про результати."

    def attendee(name_in_text: str) -> ExtractionDraft:
        draft = ExtractionDraft.model_validate(example.output.model_dump(mode="json"))
        for m in draft.meetings:
            m.kpis, m.directives, m.location = [], [], None
            for a in m.attendees:
                a.name, a.name_in_text = "Nguyen Van Thi", name_in_text
        return draft

    kept = attendee("Нгуєн Ван Тхі")
    assert drop_leaked(kept, article) == 0
    assert [a.name for m in kept.meetings for a in m.attendees] == ["Nguyen Van Thi"]
    copied = attendee("Nguyen Van Thi")
    drop_leaked(copied, article)
    assert [a.name for m in copied.meetings for a in m.attendees] == []
