"""The live re-ask validator: the response model's validation raises the re-ask message."""

from __future__ import annotations

import threading

import pytest
from pydantic import ValidationError
from validator_samples import article_text, sample

from extractor.pipeline import checked_draft_model
from extractor.validators.reask import REASK_HEADER, ArticleCheckedDraft, bound_chunk

ARTICLE = "003_286f9ef8ca64527d"


def _answer() -> dict:
    rec = sample(ARTICLE)
    return {"meetings": [m.model_dump(exclude={"attendees", "directives"}) for m in rec.meetings]}


@pytest.mark.parametrize("model", [ArticleCheckedDraft, "pipeline"])
def test_wrong_figure_raises_the_reask_message_with_the_chunk_bound(model):
    model = checked_draft_model() if model == "pipeline" else model
    text = article_text(ARTICLE)
    answer = _answer()
    with bound_chunk(text, "pl") as check:
        draft = model.model_validate(answer)
    assert draft.meetings[0].kpis[4].value == 3312
    assert check.draft is draft and check.findings is not None
    assert not [f for f in check.findings if f.severity == "error"]

    answer["meetings"][0]["kpis"][4]["value"] = 57  # no misreading of "3 312": not repairable
    with bound_chunk(text, "pl") as check, pytest.raises(ValidationError) as caught:
        model.model_validate(answer)
    [error] = caught.value.errors()
    assert error["msg"].startswith(f"Value error, {REASK_HEADER}")
    reason = error["msg"].splitlines()[-1]
    assert reason.startswith("meetings[0].kpis[4].value: the quote says ")
    assert "3 312 mld (x1e9)" in reason and "57" in reason
    assert [f.code for f in check.findings if f.severity == "error"]


def test_an_error_repair_will_fix_costs_no_reask_and_the_best_answer_is_kept():
    text = article_text(ARTICLE)
    answer = _answer()
    answer["meetings"][0]["kpis"][4]["value"] = 3412  # one digit off "3 312": repaired later
    with bound_chunk(text, "pl") as check:
        draft = checked_draft_model().model_validate(answer)
        answer["meetings"][0]["kpis"][4]["value"] = 57
        with pytest.raises(ValidationError):
            checked_draft_model().model_validate(answer)
    assert draft.meetings[0].kpis[4].value == 3412
    assert check.best.errors == 0 and check.best.offered == 2
    assert check.best.take().meetings[0].kpis[4].value == 3412


def test_nothing_is_checked_without_a_bound_chunk():
    answer = _answer()
    answer["meetings"][0]["kpis"][4]["value"] = 3412
    assert checked_draft_model().model_validate(answer).meetings[0].kpis[4].value == 3412
    with bound_chunk(article_text(ARTICLE), "pl"):
        pass
    ArticleCheckedDraft.model_validate(answer)  # unbound again after the block


def test_the_bound_chunk_belongs_to_one_thread():
    answer = _answer()
    answer["meetings"][0]["kpis"][4]["value"] = 57
    seen: list[str] = []

    def other_thread() -> None:
        ArticleCheckedDraft.model_validate(answer)
        seen.append("validated")

    with bound_chunk(article_text(ARTICLE), "pl"):
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
        with pytest.raises(ValidationError):
            ArticleCheckedDraft.model_validate(answer)
    assert seen == ["validated"]
