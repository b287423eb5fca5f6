"""Blocking rules, kept as data: which stored meetings a meeting is compared with.

A meeting's block keys are pure functions of the meeting (its date, province, figures,
place and the folded name keys of its people, never of ids computed by linking), so
they can be stored with an index and looked up when a new meeting arrives.

Two meetings are a *candidate pair* when they share a key of a rule, under that rule's
condition. The condition depends on the two meetings only, so the set of candidate
pairs, and with it every link, is the same whatever order the meetings came in:

* ``date``: same date and province: always compared;
* every other rule: only when at least one of the two is undated. Two dated meetings
  of different dates can never be one event, and two of the same date already share
  the ``date`` block, so an undated edition is what those rules are for.

A rule with ``near_place`` compares a meeting that has a place (and a province) only
with members whose place agrees with it or is missing: two places that differ cost a
pair more than the chair, the people and the title can make up, unless the two share a
figure, and then they share that figure's block. So a chair's block is read for the
few stories at that place, not for every meeting the chair led.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractor.linking.model import MeetingInput
from extractor.linking.text import is_latin, name_key, words

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLACE_STOP = frozenset({"district", "province", "commune", "city", "town", "ward", "village",
                         "huyen", "tinh", "xa", "thanh", "pho", "of", "the"})
SEP = "|"
PLACE_NEAR = 90.0  # rapidfuzz ratio from which two places are one (events.pair_score)


@dataclass(frozen=True)
class Rule:
    name: str  # the key's first field
    what: str
    dated_pairs: bool  # also compares two dated meetings that share the key
    near_place: bool = False  # only members whose place agrees (see the module doc)


RULES: tuple[Rule, ...] = (
    Rule("d", "same date, same province", True),
    Rule("f", "same distinctive figure (base unit, 4 digits), same province", False),
    Rule("p", "same person's folded name at the same place", False),
    Rule("c", "same chair's folded name (every attendee's when no chair), same province, "
         "a place that agrees", False, near_place=True),
    Rule("l", "same place, same province", False),
)
RULE_OF = {r.name: r for r in RULES}


def iso_date(meeting: MeetingInput) -> str | None:
    """The meeting's date when it is a full ISO date (anything else counts as undated)."""
    date = (meeting.date or "").strip()
    return date if _ISO.fullmatch(date) else None


def place_key(location: str | None) -> str:
    return " ".join(w for w in words(location or "") if w not in _PLACE_STOP)


def distinctive(value: float) -> bool:
    """Figures worth matching on: not small whole numbers (counts of communes, targets)."""
    return not (float(value).is_integer() and abs(value) <= 12)


def figure_key(base_unit: str, scaled: float) -> tuple[str, float]:
    """A figure as (base unit, value to 4 digits): '53 communes' is not '53 members'."""
    unit = " ".join(w.rstrip("s") for w in words(base_unit)) or "%"
    return unit, float(f"{scaled:.4g}")


def block_figure(key: str) -> tuple[str, float] | None:
    """The figure (``figure_key``) of a figure block's key, None for other blocks."""
    parts = key.split(SEP)
    return (parts[2], float(parts[3])) if len(parts) == 5 and parts[1] == "f" else None


def _people_keys(meeting: MeetingInput, chairs_only: bool) -> set[str]:
    out: set[str] = set()
    for a in meeting.attendees:
        if chairs_only and a.role != "chair":
            continue
        out.add(name_key(a.name))
        if is_latin(a.name_in_text):
            out.add(name_key(a.name_in_text))
    return out - {""}


def block_keys(meeting: MeetingInput) -> list[str]:
    """The meeting's keys, one per rule and value, prefixed by kind (gold, model)."""
    kind = "g" if meeting.is_gold else "m"
    prov, place = meeting.province, place_key(meeting.location)
    keys: set[tuple[str, ...]] = set()
    date = iso_date(meeting)
    if date:
        keys.add(("d", date, prov))
    for fig in meeting.kpis:
        if distinctive(fig.scaled):
            unit, value = figure_key(fig.base_unit, fig.scaled)
            keys.add(("f", unit, f"{value:g}", prov))
    people = _people_keys(meeting, chairs_only=False)
    for person in people:
        keys.add(("p", person, place))
    for person in _people_keys(meeting, chairs_only=True) or people:
        keys.add(("c", person, prov))
    if place:
        keys.add(("l", place, prov))
    return sorted(SEP.join((kind, *k)) for k in keys)


def rule_of(key: str) -> Rule:
    return RULE_OF[key.split(SEP, 2)[1]]


def places_agree(a: str, b: str) -> bool:
    """Two place keys that are one place, or one of them missing."""
    return not a or not b or fuzz.ratio(a, b) >= PLACE_NEAR


Lookup = tuple[str, bool, str | None]  # block key, undated members only, place to agree with


def lookup(key: str, meeting: MeetingInput) -> Lookup:
    """What a meeting needs of a block: the key, whether only its undated members, and
    the place its members must agree with (None: any)."""
    place = place_key(meeting.location) if rule_of(key).near_place and meeting.province else ""
    return key, undated_only(key, meeting), place or None


def undated_only(key: str, meeting: MeetingInput) -> bool:
    """Whether a lookup of ``key`` for ``meeting`` needs only the block's undated members."""
    return not rule_of(key).dated_pairs and iso_date(meeting) is not None


def comparable(a: MeetingInput, b: MeetingInput) -> bool:
    """Two meetings found through a block are compared unless they cannot be one event:
    one article, gold against model, two provinces."""
    if a.article_id == b.article_id or a.is_gold != b.is_gold:
        return False
    return not (a.province and b.province and a.province != b.province)


def candidates(a: MeetingInput, b: MeetingInput) -> bool:
    """Whether two meetings are a candidate pair (see the module doc)."""
    shared = set(block_keys(a)) & set(block_keys(b))
    dated = iso_date(a) is not None and iso_date(b) is not None
    return comparable(a, b) and any(rule_of(k).dated_pairs or not dated for k in shared)
