"""The reader-first response schema: the model refers to draft items by id.

A KPI names its figure (``F3``), the indicator and period only a reader of the text can
give, and the figure that is its target; an attendee names its mention (``P2``) with
titles and role; a directive names its clause (``C4``) with the action in English.
Records the draft lacks may still be written in full (``extra_*``), and are validated
as in free mode. An id the draft does not have is a validation error, which the
structured call's re-ask sends back to the model.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import re
from functools import cache

from pydantic import BaseModel, Field, model_validator

from extractor.draft.build import Draft
from extractor.schemas import (
    AttendeeDraft,
    DirectiveDraft,
    KPIDraft,
    MeetingKind,
    Role,
)

#: The draft of the chunk being answered (per asyncio task / worker thread).
BOUND_DRAFT: contextvars.ContextVar[Draft | None] = contextvars.ContextVar("bound_draft", default=None)


class FigureRef(BaseModel):
    figure: str = Field(description="Id of the figure in the draft, e.g. 'F3'.")
    indicator: str = Field(description="What is measured, in short English.")
    period: str | None = Field(None, description="Period covered, or null.")
    target: str | None = Field(None, description="Id of the figure giving the planned value, or null.")
    unit: str | None = Field(None, description="English unit when the draft's is not, or null.")


class PersonRef(BaseModel):
    mention: str = Field(description="Id of the person in the draft, e.g. 'P2'.")
    titles: list[str] = Field(default_factory=list, description="Positions, in short English.")
    role: Role = Field(Role.attendee, description="chair, speaker or attendee.")


class ClauseRef(BaseModel):
    clause: str = Field(description="Id of the instruction clause in the draft, e.g. 'C4'.")
    action: str = Field(description="The instruction, in English.")
    addressee: str | None = Field(None, description="Who must act, in English, or null.")
    deadline: str | None = Field(None, description="YYYY-MM-DD, or null.")
    issuer: str | None = Field(None, description="Id of the person who gave it, or null.")


class ReaderMeeting(BaseModel):
    """A meeting; kind, date and location left out keep the draft's meeting line."""

    kind: MeetingKind | None = Field(None, description="Left out: the draft's kind.")
    title: str = Field(description="Short English title.")
    date: str | None = Field(None, description="YYYY-MM-DD. Left out: the draft's; \"\": none.")
    location: str | None = Field(None, description="Place in Latin script. Left out: the "
                                                   "draft's; \"\": none.")
    attendees: list[PersonRef] = Field(default_factory=list)
    kpis: list[FigureRef] = Field(default_factory=list)
    directives: list[ClauseRef] = Field(default_factory=list)
    extra_attendees: list[AttendeeDraft] = Field(default_factory=list, description="People the draft lacks.")
    extra_kpis: list[KPIDraft] = Field(default_factory=list, description="Figures the draft lacks.")
    extra_directives: list[DirectiveDraft] = Field(default_factory=list,
                                                   description="Instructions the draft lacks.")


class ReaderAnswer(BaseModel):
    """What the model returns in reader-first mode for one article (or chunk)."""

    meetings: list[ReaderMeeting] = Field(default_factory=list)


_ID = re.compile(r"^[FDPC]\d+$")


def unknown_ids(answer: ReaderAnswer, draft: Draft) -> list[str]:
    """Ids the answer refers to that the draft does not have, or of the wrong kind."""
    known = draft.ids()
    bad = []
    for m in answer.meetings:
        refs = [(k.figure, "F") for k in m.kpis] + [(k.target, "F") for k in m.kpis if k.target]
        refs += [(a.mention, "P") for a in m.attendees] + [(d.clause, "C") for d in m.directives]
        refs += [(d.issuer, "P") for d in m.directives if d.issuer]
        bad += [ref for ref, kind in refs if ref not in known or not ref.startswith(kind)]
    return bad


class CheckedReaderAnswer(ReaderAnswer):
    """A reader-first answer checked against the bound draft (ids) and, once filled,
    against the chunk's text by the same article checks as free mode."""

    @model_validator(mode="after")
    def _check(self) -> CheckedReaderAnswer:
        draft = BOUND_DRAFT.get()
        if draft is None:
            return self
        bad = unknown_ids(self, draft)
        if bad:
            raise ValueError(f"These ids are not in the draft: {', '.join(bad)}. "
                             f"Refer only to ids listed in the draft.")
        from extractor.draft.fill import fill_answer
        from extractor.validators.reask import ArticleCheckedDraft

        # Raises the free mode's re-ask message when the filled records disagree with the text.
        ArticleCheckedDraft.model_validate(fill_answer(draft, self).model_dump())
        return self


@cache
def checked_reader_model() -> type[ReaderAnswer]:
    from extractor.backends.response_model import response_model

    return response_model(CheckedReaderAnswer, "ReaderAnswer", ReaderAnswer.__doc__)


@cache
def reader_prompt_version(base: str) -> str:
    """The free mode's prompt version extended by the reader-first schema and template."""
    from extractor.draft.prompt import SYSTEM

    blob = json.dumps(ReaderAnswer.model_json_schema(), sort_keys=True) + SYSTEM + base
    return f"{base}+reader-{hashlib.sha256(blob.encode()).hexdigest()[:8]}"
