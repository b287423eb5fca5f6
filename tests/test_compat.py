"""Each use of another library's internals (extractor/_compat.py) still applies.

These fail when a library update moves what a patch relies on, instead of the
patch silently doing nothing.
"""

from __future__ import annotations

import asyncio

import pytest
from pydantic import BaseModel, create_model

from extractor import _compat
from extractor.testing import Answer, ScriptedOpenAIServer


class Plain(BaseModel):
    name: str


def test_a_response_schema_subclass_is_used_by_instructor_as_is():
    from instructor.v2.core.response_model import prepare_response_model

    model = create_model("Draft", __base__=(Plain, _compat.response_schema_base()))
    assert _compat.patch_status()[_compat.INSTRUCTOR_RESPONSE_SCHEMA] == "applied"
    assert prepare_response_model(model) is model
    # a plain model gets a wrapper class derived on every call: what the subclass avoids
    assert prepare_response_model(Plain) is not Plain


def test_a_missing_response_schema_falls_back_to_a_plain_model(monkeypatch: pytest.MonkeyPatch):
    import instructor

    from extractor.backends.response_model import response_model

    monkeypatch.delattr(instructor, "ResponseSchema", raising=False)
    monkeypatch.setattr(instructor, "__all__", [n for n in instructor.__all__ if n != "ResponseSchema"])
    with pytest.warns(_compat.CompatWarning, match="ResponseSchema"):
        base = _compat.response_schema_base()
    assert base is BaseModel
    assert _compat.patch_status()[_compat.INSTRUCTOR_RESPONSE_SCHEMA].startswith("missing")
    response_model.cache_clear()
    try:
        with pytest.warns(_compat.CompatWarning):
            model = response_model(Plain, "Fallback")
        assert model.model_validate({"name": "x"}).name == "x"  # still a working model
    finally:
        response_model.cache_clear()


def test_the_retry_exception_is_what_instructor_raises_when_every_attempt_failed():
    import instructor
    from openai.types.chat import ChatCompletion

    completion = ChatCompletion.model_validate({
        "id": "c", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": '{"other": 1}'}}]})
    patched = instructor.patch(create=lambda **_: completion, mode=instructor.Mode.JSON)
    with pytest.raises(_compat.retry_exception()) as caught:
        patched(model="m", messages=[{"role": "user", "content": "?"}], response_model=Plain,
                max_retries=0)
    assert caught.value.__cause__ is not None  # the last attempt's validation error


def _completion_body() -> dict:
    return {"model": "scripted-model", "messages": [{"role": "user", "content": "hi {{x}}"}],
            "max_tokens": 5}


def test_post_chat_completion_sends_the_body_as_is_sync_and_async():
    import openai
    from openai.types.chat import ChatCompletion

    with ScriptedOpenAIServer([Answer({"a": 1}), Answer({"a": 2})]) as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="sk-test-compat", max_retries=0)
        done = _compat.post_chat_completion(client, _completion_body(), ChatCompletion)

        async def post_async():
            aclient = openai.AsyncOpenAI(base_url=srv.base_url, api_key="sk-test-compat", max_retries=0)
            async with aclient:
                return await _compat.post_chat_completion(aclient, _completion_body(), ChatCompletion)

        adone = asyncio.run(post_async())
        bodies = [r.body for r in srv.requests]
    assert isinstance(done, ChatCompletion) and isinstance(adone, ChatCompletion)
    assert done.choices[0].message.content == '{"a": 1}'
    assert adone.choices[0].message.content == '{"a": 2}'
    assert bodies == [_completion_body(), _completion_body()]


def test_http_module_is_what_the_openai_client_is_built_on():
    import openai

    http = _compat.http_module()
    assert isinstance(openai.DefaultAsyncHttpxClient(), http.AsyncClient)
    limits = _compat.http_limits(300)
    assert isinstance(limits, http.Limits) and limits.max_keepalive_connections == 300


def test_fast_levenshtein_swaps_and_restores_the_anls_star_method():
    from anls_star.anls_star import ANLSLeaf
    from rapidfuzz.distance import Levenshtein

    original = ANLSLeaf.__dict__["_levenshtein_distance"]
    with _compat.fast_levenshtein():
        assert ANLSLeaf._levenshtein_distance is Levenshtein.distance
    assert ANLSLeaf.__dict__["_levenshtein_distance"] is original
    assert _compat.patch_status()[_compat.ANLS_LEVENSHTEIN] == "applied"


def test_fast_levenshtein_flags_a_missing_method(monkeypatch: pytest.MonkeyPatch):
    from anls_star.anls_star import ANLSLeaf

    monkeypatch.delattr(ANLSLeaf, "_levenshtein_distance")
    with pytest.warns(_compat.CompatWarning), _compat.fast_levenshtein():
        pass


LANGID_SAMPLES = [
    "Dzisiaj odbyło się posiedzenie Komitetu Partii prowincji Nghệ An.",
    "عقدت اللجنة الشعبية لمقاطعة لاو كاي اجتماعا لمراجعة النتائج الاقتصادية.",
    "Постійний комітет провінційного комітету партії провів робочу сесію.",
    "Fylkespartikomiteen holdt et arbeidsmøte om den sosioøkonomiske utviklingen.",
    "省党委常务委员会召开工作会议，审议经济社会发展情况。",
    "省人民委員会は経済社会開発の状況について会議を開いた。",
    "성 인민위원회는 사회경제 발전 상황에 관한 회의를 열었다.",
    "प्रांतीय पार्टी समिति ने सामाजिक-आर्थिक विकास पर बैठक की।",
    "Tỉnh ủy tổ chức hội nghị đánh giá tình hình kinh tế - xã hội.",
]


def test_the_cached_language_model_classifies_like_py3langids_own(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """The first load writes the uncompressed copy, the second maps it; both identifiers
    rank every language of these sentences exactly as py3langid's own load does."""
    from py3langid import langid

    own = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    expected = [own.rank(s) for s in LANGID_SAMPLES]
    for round_ in ("writes", "maps"):
        monkeypatch.setattr(langid, "IDENTIFIER", None)
        _compat.load_language_model(tmp_path)
        assert _compat.patch_status()[_compat.LANGID_MODEL] == "applied", round_
        assert [langid.IDENTIFIER.rank(s) for s in LANGID_SAMPLES] == expected, round_
        (folder,) = tmp_path.glob("langid-*")
        assert sorted(p.stem for p in folder.iterdir()) == sorted(_compat._LANGID_ARRAYS)
    assert not list(tmp_path.glob(".langid-*"))  # no temporary folder left behind


def test_an_unwritable_cache_folder_still_loads_the_model(tmp_path, monkeypatch: pytest.MonkeyPatch):
    from py3langid import langid

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    _compat.load_language_model(blocked / "cache")
    assert langid.IDENTIFIER.classify(LANGID_SAMPLES[0])[0] == "pl"


def test_a_moved_language_model_internal_is_flagged(tmp_path, monkeypatch: pytest.MonkeyPatch):
    from py3langid import langid

    monkeypatch.setattr(langid, "IDENTIFIER", None)
    monkeypatch.delattr(langid, "MODEL_FILE")
    with pytest.warns(_compat.CompatWarning, match="IDENTIFIER"):
        _compat.load_language_model(tmp_path)
    assert langid.IDENTIFIER is None  # py3langid loads its own model on first use


def test_a_damaged_copy_of_the_language_model_is_written_anew(tmp_path, monkeypatch: pytest.MonkeyPatch):
    from py3langid import langid

    monkeypatch.setattr(langid, "IDENTIFIER", None)
    _compat.load_language_model(tmp_path)
    (folder,) = tmp_path.glob("langid-*")
    (folder / "nextmove.npy").write_bytes(b"cut short")
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    _compat.load_language_model(tmp_path)
    assert langid.IDENTIFIER.classify(LANGID_SAMPLES[0])[0] == "pl"
    assert (folder / "nextmove.npy").stat().st_size > 1_000_000  # the copy is whole again
