"""The record types of the contract, in one list: everything else iterates over it.

A meeting holds lists of child records (attendees, KPIs, directives); the meeting itself
is a record type too. For each type this says which pydantic models describe it, which
field quotes the article and where the system stores that quote's span, what makes two
records from overlapping chunks the same record, how eval finds a record's counterpart,
which database table holds it, and how many items a small model may write.

Used by grounding, chunk merging, prompting, the pipeline's counts, output limits, eval,
export and the database rows. See "Adding a record type" in the README.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from extractor.schemas.records import (
    KPI,
    Attendee,
    AttendeeDraft,
    Directive,
    DirectiveDraft,
    KPIDraft,
    Meeting,
    MeetingDraft,
)


@dataclass(frozen=True)
class RecordType:
    name: str  # the list's name: ``meeting.kpis`` / ``extraction.meetings``
    draft: type[BaseModel]  # what the model fills in
    record: type[BaseModel]  # the draft plus what the system computes
    table: str  # the database table (and export file) holding these records
    quote_field: str | None = None  # the field quoting the article verbatim
    grounding_field: str | None = None  # where grounding stores that quote's span
    dedupe_key: tuple[str, ...] = ()  # fields equal (after folding) = one record on merge
    # eval: how each field is compared on a matched pair (enum, text, name, quote, ...)
    field_kinds: Mapping[str, str] = field(default_factory=dict, hash=False)
    max_items: int | None = None  # bound on the list in a small model's answer grammar
    date_fields: tuple[str, ...] = ()  # YYYY-MM-DD fields (db: a DATE plus the text)

    @property
    def span_prefix(self) -> str | None:
        """Column prefix of the grounded span in tables: ``evidence_start`` ..."""
        return self.grounding_field.removesuffix("_grounding") if self.grounding_field else None

    @property
    def similarity_fn(self) -> Callable[..., float]:
        """``f(gold, pred, tol) -> [0, 1]``: eval's alignment similarity, which eval
        registers with :func:`register_similarity` (the schemas never import eval)."""
        try:
            return _SIMILARITY[self.name]
        except KeyError:
            raise LookupError(f"no similarity registered for {self.name!r} "
                              "(extractor.eval.compare registers them)") from None

    def items(self, meeting: Any) -> list[Any]:
        """This type's records in one meeting (a child type only)."""
        return getattr(meeting, self.name)


MEETINGS = RecordType(
    name="meetings", draft=MeetingDraft, record=Meeting, table="meetings",
    max_items=1, date_fields=("date",),
    field_kinds={"kind": "enum", "title": "text", "date": "date", "location": "text"},
)
ATTENDEES = RecordType(
    name="attendees", draft=AttendeeDraft, record=Attendee, table="attendees",
    quote_field="name_in_text", grounding_field="name_grounding", dedupe_key=("name",),
    max_items=4,
    field_kinds={"name": "name", "name_in_text": "quote", "titles": "list", "role": "enum"},
)
KPIS = RecordType(
    name="kpis", draft=KPIDraft, record=KPI, table="kpis",
    quote_field="evidence", grounding_field="evidence_grounding",
    dedupe_key=("value", "scale", "unit", "evidence"), max_items=4,
    field_kinds={"indicator": "text", "value": "number", "unit": "unit", "scale": "number",
                 "qualifier": "enum", "out_of": "number", "period": "text", "target": "number",
                 "evidence": "quote"},
)
DIRECTIVES = RecordType(
    name="directives", draft=DirectiveDraft, record=Directive, table="directives",
    quote_field="evidence", grounding_field="evidence_grounding", dedupe_key=("action", "evidence"),
    max_items=2,
    date_fields=("deadline",),
    field_kinds={"issuer": "name", "addressee": "text", "action": "text", "deadline": "date",
                 "evidence": "quote"},
)

# Every record type, meetings first; then the lists inside a meeting, in contract order.
RECORD_TYPES: tuple[RecordType, ...] = (MEETINGS, ATTENDEES, KPIS, DIRECTIVES)
CHILD_TYPES: tuple[RecordType, ...] = RECORD_TYPES[1:]
_BY_NAME = {t.name: t for t in RECORD_TYPES}
_SIMILARITY: dict[str, Callable[..., float]] = {}


def record_type(name: str) -> RecordType:
    """The record type called ``name``; an unknown name raises ``KeyError``."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown record type {name!r}; known: {', '.join(_BY_NAME)}") from None


def register_similarity(name: str) -> Callable[[Callable[..., float]], Callable[..., float]]:
    """Decorator: the function eval aligns records of type ``name`` by."""
    record_type(name)  # an unknown name raises here, at import, not at the first score

    def register(fn: Callable[..., float]) -> Callable[..., float]:
        _SIMILARITY[name] = fn
        return fn

    return register


def child_records(meeting: Any) -> Iterator[tuple[RecordType, int, Any]]:
    """(type, index in its list, record) for every child record of a meeting."""
    for rtype in CHILD_TYPES:
        for i, item in enumerate(rtype.items(meeting)):
            yield rtype, i, item


def count_records(meetings: list[Any]) -> int:
    """Meetings plus their child records; works on models and on JSON dicts alike."""
    def size(m: Any, name: str) -> int:
        return len(m.get(name, []) if isinstance(m, dict) else getattr(m, name))

    return sum(1 + sum(size(m, t.name) for t in CHILD_TYPES) for m in meetings)


def _check() -> None:
    """The registry and the meeting model must list the same child types."""
    lists = {n for n, f in MeetingDraft.model_fields.items()
             if getattr(f.annotation, "__origin__", None) is list
             and isinstance(f.annotation.__args__[0], type)
             and issubclass(f.annotation.__args__[0], BaseModel)}
    if lists != {t.name for t in CHILD_TYPES}:
        raise RuntimeError(f"MeetingDraft lists {sorted(lists)} but the registry has "
                           f"{[t.name for t in CHILD_TYPES]}")


_check()
