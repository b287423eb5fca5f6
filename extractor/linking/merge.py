"""One event's records merged across its editions, and the figures they disagree on.

KPIs are aligned edition by edition onto merged slots with scipy's
``linear_sum_assignment`` (the Hungarian method): the cost of putting a KPI in a slot
grows with the distance between the English indicator texts, a different value, a
different period and a different indicator code; two KPIs of two different canonical
indicators never share a slot. Each slot keeps every edition's figure; the value most
editions agree on is the merged value, and a slot whose editions report different
values (value x scale, in the base unit) yields an ``editions_disagree`` finding that
names the editions and their values. Attendees merge on ``person_id``, directives on their English action (Hungarian method
again).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from extractor.linking.indicators import OTHER
from extractor.linking.model import Figure, Instruction, MeetingInput
from extractor.linking.people import MentionKey
from extractor.linking.text import words

MAX_COST = 0.9
_FORBIDDEN = 1e6
TEXT_ALIGN_MIN = 0.8  # indicator text similarity that lets two `other` KPIs share a slot
DISAGREE_TEXT_MIN = 0.9  # ... and that lets them raise a disagreement


@dataclass
class _Slot:
    code: str
    entries: list[tuple[MeetingInput, Figure]] = field(default_factory=list)

    @property
    def rep(self) -> Figure:
        return self.entries[0][1]


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _text(fig: Figure) -> str:
    return _joined(fig.indicator)


def _period(fig: Figure) -> str:
    return _joined(fig.period or "")


@lru_cache(maxsize=65536)
def _joined(text: str) -> str:
    return " ".join(words(text))


def _cost(fig: Figure, slot: _Slot) -> float:
    rep = slot.rep
    if fig.code != rep.code and OTHER not in (fig.code, rep.code):
        return _FORBIDDEN
    same_code = fig.code == rep.code and fig.code != OTHER
    text = fuzz.token_sort_ratio(_text(fig), _text(rep)) / 100.0
    if not same_code and text < TEXT_ALIGN_MIN:
        return _FORBIDDEN
    cost = 0.5 * (1.0 - text) + (0.0 if same_code else 0.2)
    if not any(same_value(fig.scaled, f.scaled) for _, f in slot.entries):
        cost += 0.4
    if _period(fig) and _period(rep) and _period(fig) != _period(rep):
        cost += 0.3
    return cost


def align_kpis(editions: Sequence[MeetingInput]) -> list[_Slot]:
    """KPIs of every edition placed in slots, one KPI per edition per slot at most."""
    order = sorted(editions, key=lambda m: (-len(m.kpis), m.article_id, m.position))
    slots: list[_Slot] = []
    for meeting in order:
        figs = list(meeting.kpis)
        taken: set[int] = set()
        if slots and figs:
            cost = np.array([[_cost(f, s) for s in slots] for f in figs])
            rows, cols = linear_sum_assignment(cost)
            for r, c in zip(rows, cols, strict=True):
                if cost[r, c] <= MAX_COST:
                    slots[c].entries.append((meeting, figs[r]))
                    taken.add(r)
        slots += [_Slot(f.code, [(meeting, f)]) for i, f in enumerate(figs) if i not in taken]
    return slots


def _edition(meeting: MeetingInput, fig: Figure) -> dict:
    return {"run_id": meeting.run_id, "article_id": meeting.article_id,
            "language": meeting.language, "meeting_id": meeting.key, "kpi": fig.position,
            "value": fig.value, "scale": fig.scale, "unit": fig.unit, "scaled_value": fig.scaled}


def _groups(slot: _Slot) -> list[list[tuple[MeetingInput, Figure]]]:
    """Entries grouped by value, the most common first (ties: first seen)."""
    groups: list[list[tuple[MeetingInput, Figure]]] = []
    for entry in slot.entries:
        for group in groups:
            if same_value(group[0][1].scaled, entry[1].scaled):
                group.append(entry)
                break
        else:
            groups.append([entry])
    return sorted(groups, key=lambda g: -len(g))


def _merged_kpi(slot: _Slot, groups: list) -> dict:
    fig = groups[0][0][1]
    return {"indicator_code": slot.code, "indicator": fig.indicator, "value": fig.value,
            "scale": fig.scale, "unit": fig.unit, "scaled_value": fig.scaled,
            "base_unit": fig.base_unit, "period": fig.period,
            "editions": len(groups[0]), "editions_reporting": len(slot.entries),
            "values": [_edition(m, f) for m, f in slot.entries]}


def _disagreement(slot: _Slot, groups: list) -> dict:
    parts = []
    for group in groups:
        fig = group[0][1]
        where = ", ".join(f"{m.article_id} ({m.language})" for m, _ in group)
        parts.append(f"{fig.scaled:g} {fig.base_unit} in {where}")
    return {"code": "editions_disagree", "severity": "warning",
            "indicator_code": slot.code, "indicator": slot.rep.indicator,
            "message": f"editions disagree on {slot.rep.indicator!r} ({slot.code}): "
                       + "; ".join(parts),
            "editions": [{**_edition(m, f), "agrees_with_majority": i == 0}
                         for i, group in enumerate(groups) for m, f in group]}


def _can_disagree(slot: _Slot) -> bool:
    if slot.code != OTHER:
        return True
    texts = {_text(f) for _, f in slot.entries}
    return all(fuzz.token_sort_ratio(a, b) / 100.0 >= DISAGREE_TEXT_MIN
               for a in texts for b in texts)


def merge_event(editions: Sequence[MeetingInput],
                person_of: Mapping[MentionKey, str]) -> tuple[dict, list[dict]]:
    """Merged attendees and KPIs of one event, and its ``editions_disagree`` findings."""
    kpis, findings = [], []
    for slot in align_kpis(editions):
        groups = _groups(slot)
        kpis.append(_merged_kpi(slot, groups))
        if len(groups) > 1 and _can_disagree(slot):
            findings.append(_disagreement(slot, groups))
    return {"attendees": _merged_attendees(editions, person_of), "kpis": kpis,
            "directives": _merged_directives(editions)}, findings


DIRECTIVE_MIN = 0.6  # token_sort_ratio of two editions' English actions for one directive


def _merged_directives(editions: Sequence[MeetingInput]) -> list[dict]:
    """Directives aligned across editions on their English action (Hungarian method)."""
    order = sorted(editions, key=lambda m: (-len(m.directives), m.article_id, m.position))
    slots: list[list[tuple[MeetingInput, Instruction]]] = []
    for meeting in order:
        items = list(meeting.directives)
        taken: set[int] = set()
        if slots and items:
            cost = np.array([[1.0 - fuzz.token_sort_ratio(_joined(d.action),
                                                          _joined(slot[0][1].action)) / 100.0
                              for slot in slots] for d in items])
            for r, c in zip(*linear_sum_assignment(cost), strict=True):
                if cost[r, c] <= 1.0 - DIRECTIVE_MIN:
                    slots[c].append((meeting, items[r]))
                    taken.add(r)
        slots += [[(meeting, d)] for i, d in enumerate(items) if i not in taken]
    return [{"action": slot[0][1].action, "deadline": slot[0][1].deadline,
             "issuer": slot[0][1].issuer,
             "editions": len({m.article_id for m, _ in slot}),
             "articles": sorted({m.article_id for m, _ in slot})} for slot in slots]


def _merged_attendees(editions: Sequence[MeetingInput],
                      person_of: Mapping[MentionKey, str]) -> list[dict]:
    seen: dict[str, dict] = {}
    for meeting in editions:
        for a in meeting.attendees:
            pid = person_of.get((meeting.key, a.position))
            if pid is None:
                continue
            item = seen.setdefault(pid, {"person_id": pid, "name": a.name, "roles": Counter(),
                                         "articles": set()})
            item["roles"][a.role] += 1
            item["articles"].add(meeting.article_id)
    return [{"person_id": pid, "name": item["name"],
             "role": min(item["roles"], key=lambda r: (-item["roles"][r], r)),
             "editions": len(item["articles"])}
            for pid, item in sorted(seen.items(), key=lambda kv: (-len(kv[1]["articles"]),
                                                                   kv[0]))]
