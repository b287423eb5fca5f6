"""The record-type registry and the one date reader: what iterates over them agrees with them."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.db import models as m
from extractor.eval.compare import FlatRecord, record_similarity
from extractor.eval.similarity import FIELD_KINDS, Tolerances
from extractor.schemas import MeetingDraft
from extractor.schemas.dates import parse_date
from extractor.schemas.registry import CHILD_TYPES, RECORD_TYPES, count_records, record_type


def test_registry_lists_every_list_of_a_meeting():
    lists = {n for n in MeetingDraft.model_fields if n in {t.name for t in RECORD_TYPES}}
    assert lists == {t.name for t in CHILD_TYPES}
    for t in CHILD_TYPES:
        assert issubclass(t.record, t.draft)
        assert t.quote_field in t.draft.model_fields
        assert t.grounding_field in t.record.model_fields
        assert set(t.dedupe_key) <= set(t.draft.model_fields)
        assert set(t.field_kinds) <= set(t.draft.model_fields)


def test_unknown_record_type_raises_instead_of_a_default_similarity():
    rec = FlatRecord("events", 0, "meetings[0].events[0]", 0, {"action": "x"})
    with pytest.raises(KeyError, match="unknown record type 'events'"):
        record_similarity("events", rec, rec, Tolerances())
    with pytest.raises(KeyError):
        record_type("events")
    assert set(FIELD_KINDS) == {t.name for t in RECORD_TYPES}


@pytest.mark.parametrize("rtype", RECORD_TYPES, ids=lambda t: t.name)
def test_every_contract_field_has_a_column(rtype):
    """A field added to a record model without a column (and migration) fails here, not in a load."""
    columns = set(m.metadata.tables[rtype.table].columns.keys())
    nested = {t.name for t in CHILD_TYPES} | {rtype.grounding_field}
    assert set(rtype.record.model_fields) - nested <= columns
    assert {f"{d}_text" for d in rtype.date_fields} <= columns
    if rtype.span_prefix:
        assert {f"{rtype.span_prefix}_{x}" for x in ("start", "end", "status", "score")} <= columns


def test_count_records_reads_models_and_json_alike():
    meetings = [{"attendees": [{}, {}], "kpis": [{}], "directives": []}, {}]
    assert count_records(meetings) == 2 + 3


@pytest.mark.parametrize(("text", "strict", "lenient"), [
    ("2025-03-07", date(2025, 3, 7), date(2025, 3, 7)),
    (" 2025-03-07 ", date(2025, 3, 7), date(2025, 3, 7)),
    ("2025-3-7", None, date(2025, 3, 7)),
    ("2025-02-30", None, None),
    ("7 March 2025", None, None),
    ("", None, None),
    (None, None, None),
])
def test_one_date_reader_two_modes(text, strict, lenient):
    assert parse_date(text) == strict
    assert parse_date(text, lenient=True) == lenient
