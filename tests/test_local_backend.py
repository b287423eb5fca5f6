"""The embedded backend's pool of model instances: one caller per instance, loaded on need.

The pool is tested with stand-in instances (any object); the last test runs the real
model in two instances from two threads at once.
"""

from __future__ import annotations

import logging
import threading
import time

import pytest
from pydantic import BaseModel

from extractor.backends import local
from extractor.backends.local import InstancePool, default_instances


class Loader:
    def __init__(self):
        self.loaded = 0
        self.lock = threading.Lock()

    def __call__(self) -> object:
        with self.lock:
            self.loaded += 1
            return f"instance {self.loaded}"


def test_one_caller_at_a_time_loads_one_instance():
    loader = Loader()
    pool = InstancePool(4, loader)
    for _ in range(3):
        with pool.use() as llm:
            assert llm == "instance 1"
    assert loader.loaded == 1 and pool.instances == ["instance 1"]


def test_concurrent_callers_each_hold_their_own_instance_up_to_the_size():
    loader = Loader()
    pool = InstancePool(2, loader)
    holding: list[object] = []
    most = 0
    lock = threading.Lock()

    def call() -> None:
        nonlocal most
        with pool.use() as llm:
            with lock:
                assert llm not in holding  # never two callers on one instance
                holding.append(llm)
                most = max(most, len(holding))
            time.sleep(0.05)
            with lock:
                holding.remove(llm)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most == 2 and loader.loaded == 2


def test_a_failed_load_gives_its_place_back():
    calls = 0

    def flaky() -> object:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("no memory")
        return "instance"

    pool = InstancePool(1, flaky)
    with pytest.raises(RuntimeError), pool.use():
        pass
    with pool.use() as llm:  # would block forever had the failed load kept the place
        assert llm == "instance"


def test_default_instances_one_per_core_as_memory_allows(monkeypatch):
    monkeypatch.setattr(local, "usable_cores", lambda: 8)
    monkeypatch.setattr(local, "available_memory", lambda: 100 * local.INSTANCE_BYTES)
    assert default_instances() == 8 and default_instances(threads=2) == 4
    monkeypatch.setattr(local, "available_memory", lambda: 3 * local.INSTANCE_BYTES + 1)
    assert default_instances() == 3
    monkeypatch.setattr(local, "available_memory", lambda: 0)
    assert default_instances() == 1
    monkeypatch.setattr(local, "available_memory", lambda: None)
    assert default_instances() == 8


def test_llama_cpp_logs_go_to_python_logging_through_the_public_setter(caplog):
    import ctypes

    import llama_cpp

    local.route_llama_logs()
    local.route_llama_logs()  # once: the same callback stays installed
    callback, data = llama_cpp.llama_log_callback(), ctypes.c_void_p()
    llama_cpp.llama_log_get(ctypes.byref(callback), ctypes.byref(data))
    address = ctypes.cast(callback, ctypes.c_void_p).value
    assert address == ctypes.cast(local._log_callback, ctypes.c_void_p).value
    with caplog.at_level(logging.DEBUG, logger="llama_cpp"):
        local._log_callback(4, b"ggml: out of memory\n", None)
        local._log_callback(5, b"  (continued)\n", None)
        local._log_callback(3, b"a warning\n", None)
        local._log_callback(2, b"loading notes\n", None)
        local._log_callback(1, b"debug\n", None)
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.ERROR, "ggml: out of memory"), (logging.ERROR, "  (continued)"),
        (logging.WARNING, "a warning"), (logging.INFO, "loading notes"), (logging.DEBUG, "debug")]


@pytest.mark.model
def test_the_models_loading_notes_are_not_warnings(caplog):
    """llama.cpp's loading notes (sched_reserve, graph sizes) are info, not warnings."""
    from extractor.backends.local import LocalBackend

    with caplog.at_level(logging.WARNING, logger="llama_cpp"):
        backend = LocalBackend(instances=1)
        with backend.pool.use() as llm:
            llm.create_completion("Hi", max_tokens=1)
    notes = [r.getMessage() for r in caplog.records if "_reserve:" in r.getMessage()]
    assert notes == []


class City(BaseModel):
    city: str


@pytest.mark.model
def test_two_instances_answer_two_threads_at_once_as_one_would():
    from extractor.backends.local import LocalBackend

    backend = LocalBackend(instances=2, max_tokens=40, max_tokens_cap=40)
    assert backend.parallelism == 2
    prompts = [f"In one word, the capital of {c} is? Answer as JSON." for c in ("France", "Vietnam")]

    def ask(prompt: str) -> str:
        parsed, _stats, _raw = backend.structured([{"role": "user", "content": prompt}], City, max_reasks=0)
        assert parsed is not None
        return parsed.city

    alone = [ask(p) for p in prompts]  # one at a time: one instance
    assert len(backend.pool.instances) == 1
    together: dict[str, str] = {}
    threads = [threading.Thread(target=lambda p=p: together.__setitem__(p, ask(p))) for p in prompts * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(backend.pool.instances) == 2
    assert [together[p] for p in prompts] == alone


def test_flash_attention_is_on_by_default_and_reaches_llama_cpp():
    """It is part of the backend's description (a run with it off is another run), and
    the loaded instance's context uses it (llama.cpp's own setting, read back)."""
    from llama_cpp import llama_cpp as C

    from extractor.backends.options import LocalOptions

    on, off = local.LocalBackend(), LocalOptions(flash_attn=False).build()
    assert (on.params()["flash_attn"], off.params()["flash_attn"]) == (True, False)
    assert on.describe() != off.describe()
    assert on.llm.context_params.flash_attn_type == C.LLAMA_FLASH_ATTN_TYPE_ENABLED
    assert off.llm.context_params.flash_attn_type != C.LLAMA_FLASH_ATTN_TYPE_ENABLED
