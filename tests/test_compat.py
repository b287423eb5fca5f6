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


def test_instructor_async_validator_check_is_remembered_where_instructor_looks_it_up():
    assert _compat.install_instructor_speedups()
    from instructor.v2.core import patch
    from instructor.v2.validation import async_validators

    assert _compat.patch_status()[_compat.INSTRUCTOR_ASYNC_CHECK] == "applied"
    fast = async_validators.reject_async_validators
    assert hasattr(fast, "__wrapped__")
    assert patch.reject_async_validators is fast  # the one imported at module level too
    assert _compat.install_instructor_speedups()  # idempotent: not wrapped twice
    assert async_validators.reject_async_validators is fast


def test_async_validators_are_still_rejected_after_the_speedup():
    _compat.install_instructor_speedups()
    from instructor.v2.validation import async_validators
    from instructor.v2.validation.async_validators import async_field_validator

    async_validators.reject_async_validators(Plain)  # accepted, and remembered
    async_validators.reject_async_validators(Plain)

    class WithAsync(BaseModel):
        name: str

        @async_field_validator("name")
        async def check(self, value: str) -> None:
            return None

    for _ in range(2):  # a failing model is never remembered
        with pytest.raises(ValueError, match="async validators"):
            async_validators.reject_async_validators(WithAsync)


def test_a_missing_patch_target_is_flagged_not_silent(monkeypatch: pytest.MonkeyPatch):
    from instructor.v2.validation import async_validators

    monkeypatch.setattr(_compat, "_STATUS", {})
    monkeypatch.delattr(async_validators, "reject_async_validators")
    with pytest.warns(_compat.CompatWarning, match="not applied"):
        assert not _compat.install_instructor_speedups()
    assert _compat.patch_status()[_compat.INSTRUCTOR_ASYNC_CHECK] == "function missing"


def test_a_response_schema_subclass_is_used_by_instructor_as_is():
    from instructor.v2.core.response_model import prepare_response_model

    model = create_model("Draft", __base__=(Plain, _compat.response_schema_base()))
    assert prepare_response_model(model) is model
    # a plain model gets a wrapper class derived on every call: what the subclass avoids
    assert prepare_response_model(Plain) is not Plain


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


# -- lazy re-export packages (openai.types for the command line) -------------------------
_NAMESPACE = r"""
import importlib, json, pkgutil, sys
lazy = sys.argv[1] == "lazy"
if lazy:
    from extractor import _compat
    assert _compat.fast_openai_import()
import openai.types
loaded = sum(1 for m in sys.modules if m.startswith("openai.types"))
spaces = {}
def describe(value):
    return f"{getattr(value, '__module__', '')}:{getattr(value, '__qualname__', repr(value))}"
def walk(package):
    values = {n: getattr(package, n) for n in dir(package) if not n.startswith("_")}
    spaces[package.__name__] = {n: describe(v) for n, v in values.items()
                                if not isinstance(v, type(sys))}  # submodules: set by imports
    for info in pkgutil.iter_modules(package.__path__):
        if info.ispkg:
            walk(importlib.import_module(f"{package.__name__}.{info.name}"))
walk(openai.types)
print(json.dumps({"loaded": loaded, "spaces": spaces,
                  "lazy": type(openai.types.__spec__.loader).__name__ == "_ReexportLoader"}))
"""


def _openai_types(mode: str) -> dict:
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _NAMESPACE, mode], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_lazy_openai_types_apply_and_give_the_same_names_as_the_eager_import():
    eager, lazy = _openai_types("eager"), _openai_types("lazy")
    # Fails when openai.types stops being a re-export package: the speed-up is gone.
    assert lazy["lazy"] and not eager["lazy"]
    assert lazy["loaded"] < eager["loaded"] / 4
    assert len(eager["spaces"]) > 10
    assert lazy["spaces"] == eager["spaces"]  # every package, every name, the same object


def test_a_package_doing_more_than_re_exporting_loads_as_usual(tmp_path, monkeypatch: pytest.MonkeyPatch):
    import sys

    root = tmp_path / "lazyprobe"
    (root / "plain").mkdir(parents=True)
    (root / "busy").mkdir()
    (root / "__init__.py").write_text("from .a import A as A\nfrom .plain import P as P\n")
    (root / "a.py").write_text("import sys\nsys.modules[__name__].ran = True\nclass A: pass\n")
    (root / "plain" / "__init__.py").write_text("from .p import P as P\nfrom .plain import plain\n")
    (root / "plain" / "p.py").write_text("class P: pass\n")
    (root / "plain" / "plain.py").write_text("def plain(): return 'function'\n")
    (root / "busy" / "__init__.py").write_text("from .b import B as B\nSEEN = B.__name__\n")
    (root / "busy" / "b.py").write_text("class B: pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    assert _compat.lazy_reexport_packages("lazyprobe")
    import lazyprobe

    assert "lazyprobe.a" not in sys.modules  # nothing imported before a name is read
    assert lazyprobe.A.__module__ == "lazyprobe.a" and "A" in dir(lazyprobe)
    assert "lazyprobe.a" in sys.modules
    assert lazyprobe.P.__module__ == "lazyprobe.plain.p"
    # A name equal to its submodule's is the re-exported object, not the submodule.
    assert sys.modules["lazyprobe.plain"].plain() == "function"
    import lazyprobe.busy

    assert lazyprobe.busy.SEEN == "B"  # ran as written
    assert _compat._reexports(str(root / "gone" / "__init__.py")) is None  # no source: as usual
    assert type(lazyprobe.busy.__spec__.loader).__name__ != "_ReexportLoader"
    with pytest.raises(AttributeError, match="no attribute 'missing'"):
        lazyprobe.missing  # noqa: B018
    for name in [m for m in sys.modules if m.startswith("lazyprobe")]:
        monkeypatch.delitem(sys.modules, name)


def test_fast_openai_import_declines_once_openai_is_imported():
    import openai  # noqa: F401

    assert not _compat.fast_openai_import()
    assert _compat.patch_status()[_compat.LAZY_OPENAI_TYPES] == "openai was imported first"


@pytest.mark.parametrize(("setting", "lazy"), [(None, True), ("0", False)])
def test_the_command_imports_openai_types_lazily_unless_told_not_to(setting: str | None, lazy: bool):
    import os
    import subprocess
    import sys

    probe = ("import sys; sys.argv = ['extractor', '--help']\n"
             "from extractor.cli import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "import openai\n"
             "print(type(openai.types.__spec__.loader).__name__, file=sys.stderr)")
    env = {k: v for k, v in os.environ.items() if k != "EXTRACTOR_LAZY_OPENAI"}
    if setting is not None:
        env["EXTRACTOR_LAZY_OPENAI"] = setting
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert (done.stderr.strip().splitlines()[-1] == "_ReexportLoader") is lazy
