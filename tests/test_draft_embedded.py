"""The embedded model's part in reader mode, with the real bundled model."""

from __future__ import annotations

from pathlib import Path

from extractor.backends.local import LocalBackend
from extractor.draft.embedded import _labels, choose, indicator_prefix, indicator_prompt
from extractor.pipeline import ExtractOptions, run_extraction
from extractor.rundir import read_records


def test_a_constrained_choice_is_always_one_of_the_options():
    backend = LocalBackend(instances=1)
    options = ("GRDP growth rate", "Budget revenue", "other")
    with backend.pool.use() as llm:
        prefix = indicator_prefix(options)
        answers = [choose(llm, indicator_prompt(prefix, s, f), options)
                   for s, f in (("Budget revenue reached 312 billion VND.", "312 billion"),
                                ("The economy grew by 6.5% in 2023.", "6.5%"))]
    assert all(a in options for a in answers)


def test_reader_mode_asks_the_model_only_for_figures_the_catalogue_does_not_name(tmp_path: Path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "On 3 May, comrade Tran Van Lam chaired a conference of the district. GRDP growth "
        "reached 6.5%. The district has 412 craft villages.", encoding="utf-8")
    summary = run_extraction([articles], tmp_path / "out", LocalBackend(instances=1),
                             ExtractOptions(use_cache=False))
    result = summary.results[0]
    record = read_records(tmp_path / "out").articles["a"]
    kpis = {k.value: k.indicator for k in record.meetings[0].kpis}
    assert kpis[6.5] == "GRDP growth rate"  # the catalogue's keywords name it: no request
    assert result.requests == 1  # the craft villages
    assert kpis[412.0] in _labels() or kpis[412.0] == "craft villages"
    assert [a.name for a in record.meetings[0].attendees] == ["Tran Van Lam"]
    assert record.meetings[0].attendees[0].role.value == "chair"
