"""Never lose an answer: the re-ask check keeps the best schema-valid answer it saw.

Here the backend's structured call itself is driven over HTTP by the scripted server:
the first answer is schema-valid but has an error repair cannot fix, so it is re-asked,
and the re-ask fails in transport. The chunk's BestAnswer still holds the first answer.
(The pipeline falls back to it: tests/test_async_pipeline.py and bench/loop.py.)
"""

from __future__ import annotations

import pytest
from validator_samples import article_text, sample

from extractor.backends import BackendError
from extractor.testing import Answer, ScriptedOpenAIServer, ServerError
from extractor.validators.reask import ArticleCheckedDraft, bound_chunk

ARTICLE = "003_286f9ef8ca64527d"


def _answer(value: float) -> dict:
    rec = sample(ARTICLE)
    doc = {"meetings": [m.model_dump(mode="json", exclude={"attendees", "directives"})
                        for m in rec.meetings]}
    doc["meetings"][0]["kpis"][4]["value"] = value
    return doc


def _backend(srv):
    from extractor.backends.openai_backend import OpenAIBackend

    return OpenAIBackend("gpt-test", base_url=srv.base_url, api_key="sk-test", max_attempts=1,
                         backoff_base=0.01, backoff_max=0.01, timeout=10)


def test_first_answer_kept_when_the_reask_fails_in_transport():
    with ScriptedOpenAIServer(script=[Answer(_answer(57))], default=ServerError(500)) as srv:
        with bound_chunk(article_text(ARTICLE), "pl") as check, pytest.raises(BackendError):
            _backend(srv).structured([{"role": "user", "content": "x"}], ArticleCheckedDraft,
                                     max_reasks=2)
        assert srv.request_count == 2  # the answer, then the failed re-ask
    kept = check.best.take()
    assert kept is not None and check.best.errors == 1
    assert kept.meetings[0].kpis[4].value == 57


def test_the_better_of_two_answers_is_kept():
    script = [Answer(_answer(57)), Answer(_answer(3412))]  # the second one repair fixes
    with ScriptedOpenAIServer(script=script, default=ServerError(500)) as srv, \
            bound_chunk(article_text(ARTICLE), "pl") as check:
        draft, call, _ = _backend(srv).structured([{"role": "user", "content": "x"}],
                                                  ArticleCheckedDraft, max_reasks=2)
    assert call.reasks == 1 and draft.meetings[0].kpis[4].value == 3412
    assert check.best.errors == 0 and check.best.take().meetings[0].kpis[4].value == 3412
