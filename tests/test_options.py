"""Extraction options: immutable, never changed by the pipeline, all in the run id, all read.

Each test here failed on the code before the run directory and options were given one
home: the options object was changed in place, ``use_cache`` was never read,
and the run id left out the chunking and validation options.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from reliability_support import grounded, write_articles

from extractor.backends import make_backend
from extractor.backends.base import Backend
from extractor.cache import ResponseCache
from extractor.pipeline import ExtractOptions, Extractor, run_extraction, run_id_for
from extractor.testing import ScriptedOpenAIServer


class _NoReasksBackend(Backend):
    """Describes itself like the local backend (re-asks and follow-ups off by default);
    never called."""

    name, model = "local", "stub"
    default_max_reasks = 0
    default_glean = 0


def backend(srv: ScriptedOpenAIServer):
    return make_backend("openai", base_url=srv.base_url, api_key="sk-test-options",
                        timeout=5.0, backoff_base=0.01)


def test_options_are_frozen():
    options = ExtractOptions()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.max_reasks = 3  # type: ignore[misc]
    assert dataclasses.replace(options, max_reasks=3).max_reasks == 3


def test_one_options_object_serves_two_backends():
    """The local default (no re-asks) must not stick to the options and reach openai."""
    options = ExtractOptions()
    local = Extractor(_NoReasksBackend(), options)
    openai = Extractor(make_backend("openai", base_url="http://127.0.0.1:9", api_key="x"), options)
    assert options.max_reasks is None and options.glean is None
    assert (local.options.max_reasks, local.options.glean) == (0, 0)
    assert openai.options.max_reasks == openai.backend.default_max_reasks == 2
    assert openai.options.glean == openai.backend.default_glean == 1


def test_the_embedded_model_makes_no_follow_ups_unless_asked():
    from extractor.backends.local import LocalBackend

    assert (LocalBackend.default_glean, LocalBackend.default_max_reasks) == (0, 0)
    asked = Extractor(_NoReasksBackend(), ExtractOptions(glean=2))
    assert asked.options.glean == 2


@pytest.mark.parametrize("change", [
    {"chunk_chars": 2000}, {"chunk_overlap": 100}, {"validate": False}, {"strict": True},
    {"few_shot": False}, {"reask_on_findings": False}, {"max_reasks": 5}, {"glean": 1},
])
def test_every_output_option_changes_the_run_id(change):
    b = _NoReasksBackend()
    assert run_id_for(b, dataclasses.replace(ExtractOptions(), **change)) != run_id_for(b, ExtractOptions())


def test_run_only_options_keep_the_run_id():
    b = _NoReasksBackend()
    same = ExtractOptions(concurrency=8, use_cache=False, force=True)
    assert run_id_for(b, same) == run_id_for(b, ExtractOptions())
    # an unset max_reasks means the backend's default: the same run as saying it
    assert run_id_for(b, ExtractOptions(max_reasks=0)) == run_id_for(b, ExtractOptions())
    assert run_id_for(b, ExtractOptions(glean=0)) == run_id_for(b, ExtractOptions())


@pytest.mark.parametrize("change", [{"chunk_chars": 1500}, {"chunk_overlap": 50}, {"validate": False}])
def test_rerun_with_other_output_options_extracts_again(tmp_path: Path, change):
    """It used to report every article skipped and keep the outputs of the first options."""
    paths = write_articles(tmp_path / "in", 2, paragraphs=8)
    out = tmp_path / "out"
    with ScriptedOpenAIServer(responder=grounded) as srv:
        first = run_extraction(paths, out, backend(srv), ExtractOptions(chunk_chars=3000))
        assert first.counts() == {"ok": 2}
        again = run_extraction(paths, out, backend(srv), ExtractOptions(chunk_chars=3000))
        assert again.counts() == {"skipped": 2}
        changed = run_extraction(paths, out, backend(srv),
                                 ExtractOptions(**{"chunk_chars": 3000, **change}))
    assert changed.counts() == {"ok": 2}
    assert changed.run_id != first.run_id


def test_use_cache_false_neither_reads_nor_writes_the_cache(tmp_path: Path):
    paths = write_articles(tmp_path / "in", 2)
    cache = ResponseCache(tmp_path / "c.sqlite")
    with ScriptedOpenAIServer(responder=grounded) as srv:
        b = backend(srv)
        run_extraction(paths, tmp_path / "out1", b, ExtractOptions(use_cache=False), cache=cache)
        assert srv.request_count == 2
        # nothing was written: a cached run must ask the model again
        run_extraction(paths, tmp_path / "out2", b, ExtractOptions(), cache=cache)
        assert srv.request_count == 4
        # now the cache holds the answers, and use_cache=False still does not read them
        uncached = run_extraction(paths, tmp_path / "out3", b, ExtractOptions(use_cache=False),
                                  cache=cache)
        assert srv.request_count == 6
    assert all(r.cached_chunks == 0 and r.requests == 1 for r in uncached.results)
    cache.close()
