"""Records from the draft: what the reader alone asserts, and what an answer that
refers to draft ids asserts. Numbers, quotes and names come from the draft, so they
are grounded by construction."""

from __future__ import annotations

from extractor.draft import cues
from extractor.draft.build import Draft
from extractor.draft.figures import DraftFigure
from extractor.draft.people import DraftPerson
from extractor.schemas import (
    AttendeeDraft,
    DirectiveDraft,
    ExtractionDraft,
    KPIDraft,
    MeetingDraft,
)

#: Title of a meeting the reader drafts: its kind, and who held it where.
_KIND_TITLES = {"working_session": "Working session", "conference": "Conference",
                "congress": "Congress", "visit": "Visit", "ceremony": "Ceremony", "other": "Meeting"}


def kpi_from(draft: Draft, fig: DraftFigure, indicator: str | None = None,
             period: str | None = None, target: DraftFigure | None = None) -> KPIDraft:
    """The KPI of one figure: value, scale, unit, qualifier and ratio as read, the
    sentence as evidence."""
    sentence = fig.sentence.of(draft.text)
    qualifier = fig.qualifier or "exact"
    if period is None:
        period = fig.period or (f"first {fig.months} months of {draft.date[:4]}"
                                if fig.months and draft.date else None)
    return KPIDraft(
        indicator=indicator or _indicator_guess(draft, fig), value=fig.value, unit=fig.unit_word,
        scale=fig.scale, qualifier=qualifier, out_of=fig.out_of, period=period,
        target=target.value if target is not None else None, evidence=sentence)


def catalogue_label(draft: Draft, fig: DraftFigure) -> str | None:
    """The catalogue's label when its keywords name the figure's indicator in its sentence."""
    from extractor.linking.indicators import OTHER, catalogue, indicator_code

    sentence = fig.sentence.of(draft.text)
    code = indicator_code(sentence, fig.unit_word, sentence)
    return None if code == OTHER else next(i.label for i in catalogue() if i.code == code)


def _indicator_guess(draft: Draft, fig: DraftFigure) -> str:
    """The catalogue's label, else the unit word (what the figure counts)."""
    return catalogue_label(draft, fig) or (fig.unit_word if fig.unit_word != "%" else "share")


def person_role(draft: Draft, person: DraftPerson) -> str:
    """chair when a chairing cue shares a sentence with a mention, speaker for a
    speaking cue, attendee otherwise."""
    from extractor.draft.segments import sentence_of

    chair = cues.cue_list(draft.language, "meetings", "chair")
    speaker = cues.cue_list(draft.language, "meetings", "speaker")
    said = [sentence_of(draft.text, s).of(draft.text) for s, _ in person.mentions]
    if any(cues.has(s, chair, draft.language) for s in said):
        return "chair"
    if any(cues.has(s, speaker, draft.language) for s in said):
        return "speaker"
    return "attendee"


def attendee_from(draft: Draft, person: DraftPerson, role: str | None = None,
                  titles: list[str] | None = None) -> AttendeeDraft:
    return AttendeeDraft(name=person.name, name_in_text=person.name_in_text,
                         titles=titles or list(person.titles),
                         role=role or person_role(draft, person))


def issuer_of(draft: Draft, span: tuple[int, int] | None) -> DraftPerson | None:
    """Who gave an instruction: the person named in its opening sentence, else the
    person the article names most."""
    if span is not None:
        for person in draft.people:
            if any(span[0] <= s < span[1] for s, _ in person.mentions):
                return person
    return max(draft.people, key=lambda p: len(p.mentions), default=None)


def directive_from(draft: Draft, clause, action: str | None = None,
                   addressee: str | None = None) -> DirectiveDraft:
    text = draft.text[clause.span[0]:clause.span[1]]
    issuer = issuer_of(draft, clause.issuer_hint)
    return DirectiveDraft(issuer=issuer.name if issuer else None, addressee=addressee,
                          action=action or text, deadline=deadline_in(draft, clause.span),
                          evidence=text)


def deadline_in(draft: Draft, span: tuple[int, int]) -> str | None:
    """A date written inside the clause, its year from the clause or the meeting."""
    year = int(draft.date[:4]) if draft.date else None
    for d in draft.dates:
        if span[0] <= d.span[0] < span[1]:
            return d.iso(year)
    return None


def meeting_title(draft: Draft) -> str:
    chair = issuer_of(draft, None)
    parts = [_KIND_TITLES.get(draft.kind, "Meeting")]
    if chair is not None:
        parts.append(f"of {chair.name}")
    if draft.location:
        parts.append(f"with {draft.location}")
    return " ".join(parts)


def reader_draft(draft: Draft, indicators: dict[str, str] | None = None) -> ExtractionDraft:
    """What the reader alone asserts: one KPI per figure that is no target, one
    attendee per person, one directive per instruction clause. ``indicators``: labels
    chosen for some figures (by id), instead of the reader's guess."""
    targets = {f.target_of: f for f in draft.figures if f.target_of}
    chosen = indicators or {}
    kpis = [kpi_from(draft, f, chosen.get(f.id), target=targets.get(f.id))
            for f in draft.figures if not f.target_of]
    meeting = MeetingDraft(
        kind=draft.kind, title=meeting_title(draft), date=draft.date, location=draft.location,
        attendees=[attendee_from(draft, p) for p in draft.people], kpis=kpis,
        directives=[directive_from(draft, c) for c in draft.clauses])
    return ExtractionDraft(meetings=[meeting])


def fill_answer(draft: Draft, answer) -> ExtractionDraft:
    """The records a reader-first answer asserts, filled from the draft."""
    meetings = []
    for m in answer.meetings:
        figures = {f.id: f for f in draft.figures}
        people = {p.id: p for p in draft.people}
        clauses = {c.id: c for c in draft.clauses}
        kpis = [_kpi_ref(draft, figures, k) for k in m.kpis if k.figure in figures]
        attendees = [attendee_from(draft, people[a.mention], a.role.value, a.titles)
                     for a in m.attendees if a.mention in people]
        directives = [_directive_ref(draft, clauses[d.clause], d) for d in m.directives
                      if d.clause in clauses]
        meetings.append(MeetingDraft(
            kind=m.kind or draft.kind, title=m.title, date=_or_draft(m.date, draft.date),
            location=_or_draft(m.location, draft.location),
            attendees=attendees + list(m.extra_attendees), kpis=kpis + list(m.extra_kpis),
            directives=directives + list(m.extra_directives)))
    return ExtractionDraft(meetings=meetings)


def _or_draft(given: str | None, drafted: str | None) -> str | None:
    """A meeting field of the answer: left out keeps the draft's, "" clears it."""
    if given is None:
        return drafted
    return given or None


def _kpi_ref(draft: Draft, figures: dict, ref) -> KPIDraft:
    kpi = kpi_from(draft, figures[ref.figure], ref.indicator, ref.period,
                   figures.get(ref.target) if ref.target else None)
    return kpi.model_copy(update={"unit": ref.unit}) if ref.unit else kpi


def _directive_ref(draft: Draft, clause, ref) -> DirectiveDraft:
    filled = directive_from(draft, clause, ref.action, ref.addressee)
    issuer = next((p for p in draft.people if p.id == ref.issuer), None)
    update = {"deadline": ref.deadline} | ({"issuer": issuer.name} if issuer else {})
    return filled.model_copy(update=update)
