"""Record contract v1: what gold files, run outputs and databases share.

Two layers per record type:

* ``*Draft`` models are what the language model fills in. Their field descriptions
  are the single source of the field guide rendered into the prompt, and their JSON
  Schema is the grammar / response schema sent to the model.
* The record models (``Attendee``, ``KPI`` ...) add what the *system* computes: the
  character span of every quote in the article and how it matched (grounding).

Field names of the contract are public: add fields, never rename or drop them.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

CONTRACT_VERSION = "1"

class MeetingKind(str, Enum):
    working_session = "working_session"
    conference = "conference"
    congress = "congress"
    visit = "visit"
    ceremony = "ceremony"
    other = "other"


class Role(str, Enum):
    chair = "chair"
    speaker = "speaker"
    attendee = "attendee"


class Qualifier(str, Enum):
    exact = "exact"
    over = "over"
    under = "under"
    about = "about"


class MatchStatus(str, Enum):
    """How a quote was located in the article (langextract's alignment statuses)."""

    exact = "exact"  # byte-for-byte substring
    normalized = "normalized"  # equal after case, whitespace, punctuation and diacritic folding
    fuzzy = "fuzzy"  # best approximate window above the similarity threshold
    not_found = "not_found"


class Grounding(BaseModel):
    """Where a quote sits in the article text: ``text[start:end]`` (Python str offsets)."""

    model_config = ConfigDict(extra="forbid")

    start: int | None = Field(None, ge=0, description="Start offset (code points) or null.")
    end: int | None = Field(None, ge=0, description="End offset (exclusive) or null.")
    status: MatchStatus = MatchStatus.not_found
    score: float = Field(0.0, ge=0, le=1, description="Similarity of the matched window.")


# --------------------------------------------------------------------------- drafts


class AttendeeDraft(BaseModel):
    name: str = Field(
        description="Full name in Latin script without diacritics, e.g. 'Do Trong Hung'."
    )
    name_in_text: str = Field(
        description="The name as first written in the article."
    )
    titles: list[str] = Field(
        default_factory=list,
        description="Positions, in short English.",
    )
    role: Role = Field(
        Role.attendee,
        description="chair (presided/led), speaker (reported/spoke) or attendee.",
    )


class KPIDraft(BaseModel):
    indicator: str = Field(
        description="What is measured, in short English, e.g. 'GRDP growth rate'."
    )
    value: float = Field(
        description="The number as written, without scale word: 3312 for '3 312 mld VND'."
    )
    unit: str = Field(
        description="English unit: '%', 'VND', 'USD', 'communes', 'targets', 'hectares', ..."
    )
    scale: float = Field(
        1.0,
        description="Multiplier of the scale word: 1 (none), 1e3, 1e6 (million), "
        "1e9 ('mld', 'tỷ', 'млрд', 'مليار').",
    )
    qualifier: Qualifier = Field(
        Qualifier.exact,
        description="exact, over ('ponad', 'понад', 'أكثر من'), under, or about ('nearly').",
    )
    out_of: float | None = Field(
        None, description="The whole of a ratio: 34 for '4/34 targets', else null."
    )
    period: str | None = Field(
        None,
        description="Period covered: '2023', '2021-2023', 'first 9 months of 2025', or null.",
    )
    target: float | None = Field(
        None, description="The planned value when stated, else null."
    )
    evidence: str = Field(
        description="Verbatim quote containing the figure."
    )


class DirectiveDraft(BaseModel):
    issuer: str | None = Field(
        None, description="attendees[].name of who gave the instruction, or null."
    )
    addressee: str | None = Field(
        None,
        description="Who must act, in English, or null.",
    )
    action: str = Field(description="One instruction, in English.")
    deadline: str | None = Field(
        None, description="YYYY-MM-DD if the article gives a deadline, else null."
    )
    evidence: str = Field(description="Verbatim quote giving the instruction.")


class MeetingDraft(BaseModel):
    kind: MeetingKind = Field(
        description="working_session, conference, congress, visit, ceremony or other."
    )
    title: str = Field(description="Short English title.")
    date: str | None = Field(
        None,
        description="YYYY-MM-DD (infer the year from the article), or null.",
    )
    location: str | None = Field(
        None,
        description="Place in Latin script without diacritics, or null.",
    )
    attendees: list[AttendeeDraft] = Field(
        default_factory=list, description="Named people only; not groups."
    )
    kpis: list[KPIDraft] = Field(
        default_factory=list,
        description="Every reported figure (not dates or document numbers).",
    )
    directives: list[DirectiveDraft] = Field(
        default_factory=list, description="Instructions given, one per item."
    )


class ExtractionDraft(BaseModel):
    """What the model returns for one article (or one chunk of it)."""

    meetings: list[MeetingDraft] = Field(
        default_factory=list, description="Meetings the article reports; usually one."
    )


# --------------------------------------------------------------------------- records

_CONFIDENCE = (
    "Probability that the record is right (matches gold in every field), computed by the "
    "system (extractor.confidence); absent on gold. ArticleExtraction.confidence says "
    "whether it is calibrated."
)


def _confidence_field() -> Any:
    return Field(None, ge=0, le=1, description=_CONFIDENCE)


def _omit_none(data: Any, *keys: str) -> Any:
    # Written only when present: gold files and older outputs stay byte-identical.
    if isinstance(data, dict):
        for key in keys:
            if key in data and data[key] is None:
                del data[key]
    return data


class _Scored(BaseModel):
    """A record that may carry a confidence and the model that produced it; serialised
    without either when absent, so gold files and single-model outputs stay as they were."""

    confidence: float | None = _confidence_field()
    model: str | None = Field(
        None, description="The model that produced this record when a cascade (--escalate-to) "
        "used several; null otherwise (provenance.model)."
    )

    @model_serializer(mode="wrap")
    def _omit_absent(self, handler: Any) -> Any:
        return _omit_none(handler(self), "confidence", "model")


class Attendee(_Scored, AttendeeDraft):
    name_grounding: Grounding | None = Field(
        None, description="Span of name_in_text in the article, located by the system."
    )


class KPI(_Scored, KPIDraft):
    evidence_grounding: Grounding | None = Field(
        None, description="Span of evidence in the article, located by the system."
    )


class Directive(_Scored, DirectiveDraft):
    evidence_grounding: Grounding | None = Field(
        None, description="Span of evidence in the article, located by the system."
    )


class Meeting(_Scored, MeetingDraft):
    attendees: list[Attendee] = Field(default_factory=list)
    kpis: list[KPI] = Field(default_factory=list)
    directives: list[Directive] = Field(default_factory=list)


class Provenance(BaseModel):
    """Which model and prompt produced a record set; absent on hand-labeled gold."""

    backend: str
    model: str
    prompt_version: str = Field(description="Content hash of the prompt template + schema.")
    contract_version: str = CONTRACT_VERSION
    run_id: str | None = None
    article_path: str | None = None
    article_sha256: str | None = None
    chunks: int = 1
    extracted_at: str | None = None


class Finding(BaseModel):
    """One validator result about a record (see ``extractor.validators``)."""

    code: str
    severity: str = Field(description="error | warning | info (info: e.g. 'repaired', a record "
                          "corrected from its own quote)")
    path: str = Field(description="Record path, e.g. 'meetings[0].kpis[3].value'.")
    message: str
    span: tuple[int, int] | None = None


class Annotation(BaseModel):
    """Who reviewed a hand-made record set (gold), when, and from which run.

    Written by ``extractor review``; absent (null) on model output.
    """

    model_config = ConfigDict(extra="forbid")

    annotator: str | None = None
    reviewed_at: str | None = Field(None, description="UTC time of the save, ISO 8601.")
    source_run: str | None = Field(None, description="Run directory the review started from.")
    status: Literal["in_progress", "reviewed"] = "reviewed"
    source_run_id: str | None = Field(None, description="Run id (run.json) the review started from.")
    rejected: list[str] = Field(
        default_factory=list,
        description="Predicted records the reviewer rejected, as '<type>:<fingerprint of its "
        "fields>'; they stay rejected when a run is reviewed again.",
    )

    @model_serializer(mode="wrap")
    def _omit_absent(self, handler: Any) -> Any:
        data = _omit_none(handler(self), "source_run_id")
        if isinstance(data, dict) and data.get("rejected") == []:
            del data["rejected"]
        return data


class ConfidenceInfo(BaseModel):
    """How the records' ``confidence`` of an article was computed (extractor.confidence)."""

    calibrated: bool = Field(False, description="False: the uncalibrated combination of "
                             "signals, a ranking more than a probability.")
    calibration: str | None = Field(None, description="Id of the calibration applied.")
    method: str = Field("uncalibrated", description="uncalibrated | logistic | isotonic.")
    features: str = Field(description="Version of the signal set the score was computed from.")


class UncoveredFigure(BaseModel):
    """A figure the article reports that no KPI covers (see ``extractor.validators.coverage``)."""

    text: str = Field(description="The figure as written.")
    span: tuple[int, int] = Field(description="Its offsets in the article text.")
    sentence: str = Field(description="The sentence it stands in.")


class Coverage(BaseModel):
    """How many of the article's figures the KPIs report (``extractor.validators.coverage``)."""

    figures: int = Field(0, description="Figures the number reader found.")
    candidates: int = Field(0, description="Of those, KPI candidates (not years, dates, "
                            "document numbers, ordinals, ages, durations, phone numbers).")
    covered: int = Field(0, description="Candidates some KPI reports.")
    uncovered: list[UncoveredFigure] = Field(default_factory=list)


class ArticleExtraction(BaseModel):
    article_id: str
    language: str = Field(description="ISO 639-1 code of the article text.")
    meetings: list[Meeting] = Field(default_factory=list)
    provenance: Provenance | None = None
    findings: list[Finding] = Field(default_factory=list)
    coverage: Coverage | None = Field(None, description="Figures found and covered; absent on gold.")
    contract_version: str = CONTRACT_VERSION
    annotation: Annotation | None = None
    confidence: ConfidenceInfo | None = Field(
        None, description="How the records' confidence was computed; absent on gold."
    )

    @model_serializer(mode="wrap")
    def _omit_absent(self, handler: Any) -> Any:
        return _omit_none(handler(self), "coverage", "annotation", "confidence")
