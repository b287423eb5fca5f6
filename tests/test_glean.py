"""The second look: one targeted follow-up per chunk, merged without duplicates."""

from __future__ import annotations

from extractor.best_answer import BestAnswer
from extractor.glean import GleanDraft, apply_followup, plan_followup
from extractor.schemas import ExtractionDraft
from extractor.validators.repair import errors_after_repair

TEXT = ("Hội nghị tổng kết năm 2023 được tổ chức ngày 12/1. Thu ngân sách đạt 3.312 tỷ đồng, "
        "tăng 6,52% so với năm 2022. Toàn huyện có 21/21 xã đạt chuẩn nông thôn mới. "
        "Thực hiện Nghị quyết số 11-NQ/TW, huyện trồng mới 680 ha rừng.")


def kpi(indicator: str, value: float, evidence: str, **extra) -> dict:
    return {"indicator": indicator, "value": value, "unit": extra.pop("unit", "VND"),
            "evidence": evidence, **extra}


FIRST = [kpi("state budget revenue", 3312, "Thu ngân sách đạt 3.312 tỷ đồng", scale=1e9)]
ALL = FIRST + [
    kpi("state budget revenue growth", 6.52, "tăng 6,52% so với năm 2022", unit="%"),
    kpi("communes meeting new rural standards", 21, "Toàn huyện có 21/21 xã đạt chuẩn nông thôn mới",
        unit="communes", out_of=21),
    kpi("new forest planted", 680, "huyện trồng mới 680 ha rừng", unit="hectares"),
]


def draft(kpis: list[dict]) -> ExtractionDraft:
    return ExtractionDraft.model_validate(
        {"meetings": [{"kind": "conference", "title": "t", "kpis": kpis}]})


def test_no_followup_when_every_candidate_is_covered():
    assert plan_followup(draft(ALL), TEXT, "vi") is None


def test_no_followup_without_a_meeting():
    assert plan_followup(ExtractionDraft(), TEXT, "vi") is None


def test_followup_lists_only_uncovered_candidates_with_their_sentences():
    plan = plan_followup(draft(FIRST), TEXT, "vi")
    assert [f.mention.text.strip() for f in plan.figures] == ["6,52%", "21", "680"]
    system, user = plan.messages
    assert system["role"] == "system" and "only these new KPIs" in system["content"]
    body = user["content"]
    assert "- 6,52% (sentence 1)" in body and "- 680 (sentence 3)" in body
    # only the sentences concerned, not the whole chunk or the first answer
    assert "Hội nghị tổng kết" not in body and "3312" not in body
    assert len(body) < len(TEXT) + 200
    # years, dates, document numbers and the whole of a ratio are not asked about
    assert plan.coverage.candidates == 4 and plan.coverage.covered == 1


def test_merge_keeps_new_kpis_once_and_drops_duplicates():
    first = draft(FIRST)
    plan = plan_followup(first, TEXT, "vi")
    answer = GleanDraft.model_validate({"kpis": [
        ALL[0],  # already there: dropped
        ALL[1], ALL[1],  # the same new KPI twice: kept once
        ALL[3],
        kpi("population", 45000, "dân số 45.000 người", unit="people"),  # not asked: dropped
    ]})
    added, dropped = apply_followup(first, plan, answer, TEXT)
    assert (added, dropped) == (2, 3)
    assert [k.value for k in first.meetings[0].kpis] == [3312, 6.52, 680]
    assert plan_followup(first, TEXT, "vi").figures[0].mention.text.strip() == "21"
    again = GleanDraft.model_validate({"kpis": [ALL[2]]})
    assert apply_followup(first, plan_followup(first, TEXT, "vi"), again, TEXT) == (1, 0)
    assert plan_followup(first, TEXT, "vi") is None


def test_merge_of_no_answer_changes_nothing():
    first = draft(FIRST)
    plan = plan_followup(first, TEXT, "vi")
    assert apply_followup(first, plan, None, TEXT) == (0, 0)
    assert len(first.meetings[0].kpis) == 1


def test_best_answer_keeps_fewest_errors_and_earliest_among_equals():
    best = BestAnswer()
    assert best.take() is None and not best.usable
    a, b, c = draft(FIRST), draft(ALL), draft([])
    assert best.offer(a, 2)
    assert best.offer(b, 0)
    assert not best.offer(c, 0)  # no better than b
    taken = best.take()
    assert taken == b and taken is not b and best.offered == 3


def test_errors_after_repair_leaves_out_what_repair_fixes():
    typo = draft([kpi("state budget revenue", 3412, "Thu ngân sách đạt 3.312 tỷ đồng", scale=1e9)])
    assert errors_after_repair(typo, TEXT, "vi") == []
    wrong = draft([kpi("state budget revenue", 57, "Thu ngân sách đạt 3.312 tỷ đồng", scale=1e9)])
    assert [f.code for f in errors_after_repair(wrong, TEXT, "vi")] == ["value_not_in_quote"]


# --------------------------------------------------------------------------- over HTTP


def _backend(srv):
    from extractor.backends.openai_backend import OpenAIBackend

    return OpenAIBackend("gpt-test", base_url=srv.base_url, api_key="sk-test", max_attempts=1,
                         backoff_base=0.01, backoff_max=0.01, timeout=10)


def second_look(backend, first, text, language, **kw):
    """The pipeline's follow-up path (``asecond_look``) on a loop of its own."""
    import asyncio

    from extractor.glean import asecond_look

    async def main():
        try:
            return await asecond_look(backend, first, text, language, **kw)
        finally:
            await backend.aclose()

    return asyncio.run(main())


def test_second_look_over_the_scripted_server_adds_what_was_left_out():
    from extractor.testing import Answer, ScriptedOpenAIServer

    first = draft(FIRST)
    with ScriptedOpenAIServer(script=[Answer({"kpis": ALL})]) as srv:
        report = second_look(_backend(srv), first, TEXT, "vi", rounds=2)
        (request,) = srv.requests  # the second round finds nothing left to ask
    assert (report.requests, report.added, report.dropped, report.failed) == (1, 3, 1, 0)
    assert [k.value for k in first.meetings[0].kpis] == [3312, 6.52, 21, 680]
    sent = request.body["messages"]
    assert len(sent) == 2 and "Hội nghị tổng kết" not in sent[1]["content"]
    assert request.body["tools"][0]["function"]["name"] == "GleanDraft"


def test_glean_zero_makes_no_follow_up():
    from extractor.testing import ScriptedOpenAIServer

    first = draft(FIRST)
    with ScriptedOpenAIServer(script=[]) as srv:
        report = second_look(_backend(srv), first, TEXT, "vi", rounds=0)
        assert srv.requests == []
    assert report.requests == 0 and len(first.meetings[0].kpis) == 1


def test_failed_follow_up_keeps_the_first_answer():
    from extractor.testing import ScriptedOpenAIServer, ServerError

    first = draft(FIRST)
    spent = []
    with ScriptedOpenAIServer(default=ServerError(500)) as srv:
        report = second_look(_backend(srv), first, TEXT, "vi", on_call=spent.append)
    assert report.failed == 1 and report.added == 0 and report.errors
    assert first == draft(FIRST)
