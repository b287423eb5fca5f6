"""The scripted server's answers in the reader-first schema: gold records mapped onto
the draft's ids.

The server sees the article in the request, rebuilds the same draft the client built
(the reader is deterministic), and answers each gold record by the id of the draft item
it covers: a KPI by the figure inside its quote with its value, an attendee by the
person mentioned where its name is, a directive by the clause its quote overlaps. Gold
records no draft item covers are written in full (``extra_*``).
"""

from __future__ import annotations

import re
from typing import Any

from extractor.draft.build import Draft, build_draft
from extractor.grounding import ground
from extractor.schemas import ArticleExtraction

_ARTICLE = re.compile(r"Article (\S+) \((\w+)[^)]*\):\n<article>\n(.*?)\n</article>", re.DOTALL)
_GROUNDING = {"name_grounding", "evidence_grounding"}


def article_in_request(request: dict[str, Any]) -> tuple[str, str, str] | None:
    """(article id, language, text) of a reader-first or free request."""
    for message in reversed(request.get("messages") or []):
        found = _ARTICLE.search(str(message.get("content") or ""))
        if found:
            return found.group(1), found.group(2), found.group(3)
    return None


def _span(quote: str | None, text: str) -> tuple[int, int] | None:
    g = ground(quote, text) if quote else None
    return (g.start, g.end) if g is not None and g.start is not None else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def _kpi(draft: Draft, kpi: Any, used: set[str]) -> dict | None:
    span = _span(kpi.evidence, draft.text)
    for f in draft.figures:
        close = abs(f.value - kpi.value) <= 1e-9 * max(1.0, abs(kpi.value))
        if f.id not in used and close and _overlap(span, f.span):
            used.add(f.id)
            target = next((t.id for t in draft.figures if kpi.target is not None
                           and t.sentence == f.sentence and t.value == kpi.target), None)
            unit = None if kpi.unit == f.unit_word else kpi.unit
            return {"figure": f.id, "indicator": kpi.indicator, "period": kpi.period,
                    "target": target, "unit": unit}
    return None


def _person(draft: Draft, who: Any, used: set[str]) -> dict | None:
    span = _span(who.name_in_text, draft.text)
    for p in draft.people:
        if p.id not in used and any(_overlap(span, m) for m in p.mentions):
            used.add(p.id)
            return {"mention": p.id, "titles": who.titles, "role": who.role.value}
    return None


def _clause(draft: Draft, d: Any, used: set[str]) -> dict | None:
    span = _span(d.evidence, draft.text)
    for c in draft.clauses:
        if c.id not in used and _overlap(span, c.span):
            used.add(c.id)
            issuer = next((p.id for p in draft.people if d.issuer and p.name == d.issuer), None)
            return {"clause": c.id, "action": d.action, "addressee": d.addressee,
                    "deadline": d.deadline, "issuer": issuer}
    return None


def _unless_drafted(value: str | None, drafted: str | None) -> str | None:
    """A meeting field as the answer gives it: left out (None) where the draft has it
    right, "" where the draft has one and the record none."""
    if value == drafted:
        return None
    return "" if value is None else value


def reader_answer(gold: ArticleExtraction, text: str, language: str) -> dict:
    """The gold records of an article as a reader-first answer about ``text``."""
    draft = build_draft(text, language)
    used: set[str] = set()
    meetings = []
    for m in gold.meetings:
        out: dict[str, Any] = {"kind": _unless_drafted(m.kind.value, draft.kind),
                               "title": m.title, "date": _unless_drafted(m.date, draft.date),
                               "location": _unless_drafted(m.location, draft.location)}
        for name, ref_of, extra in (("kpis", _kpi, "extra_kpis"), ("attendees", _person, "extra_attendees"),
                                    ("directives", _clause, "extra_directives")):
            refs, full = [], []
            for rec in getattr(m, name):
                ref = ref_of(draft, rec, used)
                if ref is None:
                    full.append(rec.model_dump(mode="json", exclude=_GROUNDING))
                else:
                    refs.append(ref)
            out[name], out[extra] = refs, full
        meetings.append(out)
    return {"meetings": meetings}
