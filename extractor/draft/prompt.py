"""The reader-first prompt: the article, and its draft as numbered lines."""

from __future__ import annotations

from extractor.draft.build import Draft

SYSTEM = (
    "Turn a news article (any language) about a meeting of a Vietnamese Party or People's "
    "Committee into JSON. A reader has already found the article's figures (F), people (P) "
    "and instruction clauses (C), listed in the draft. Refer to them by id: give each KPI's "
    "figure id, indicator and period, each attendee's person id, titles and role, each "
    "directive's clause id and action in English. Leave out ids that are no KPI, attendee "
    "or instruction. A meeting's kind, date and location left out keep the draft's meeting "
    "line. Write a full record in extra_* only for what the draft lacks."
)


def draft_lines(draft: Draft) -> str:
    """The draft as the model reads it: one line per item."""
    text = draft.text
    lines = [f"meeting: kind={draft.kind} date={draft.date} location={draft.location}"]
    for f in draft.figures:
        target = f" (target of {f.target_of})" if f.target_of else ""
        period = f" period={f.period!r}" if f.period else ""
        lines.append(f"{f.id}: {f.text!r} unit={f.unit_word!r}{period}{target} in: "
                     f"{' '.join(f.sentence.of(text).split())[:160]}")
    for p in draft.people:
        titles = f" titles: {'; '.join(p.titles)}" if p.titles else ""
        lines.append(f"{p.id}: {p.name} ({p.name_in_text!r}, {len(p.mentions)} mentions){titles}")
    for c in draft.clauses:
        lines.append(f"{c.id}: {' '.join(text[c.span[0]:c.span[1]].split())[:160]}")
    return "\n".join(lines)


def reader_messages(article_id: str, language: str, text: str, draft: Draft,
                    note: str = "") -> list[dict[str, str]]:
    user = (f"Article {article_id} ({language}{note}):\n<article>\n{text}\n</article>\n\n"
            f"Draft:\n{draft_lines(draft)}")
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]
