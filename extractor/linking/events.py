"""Event linking: meetings that report the same real meeting get one ``event_id``.

Typically these are the language editions of one story. Two meetings are compared when
they share a block key within a province (the date, a distinctive figure, an attendee
at the place, a chair, the place; inside a large block only neighbours in title order); the
pair scores evidence from

* the date (equal: strong; both present and different: never the same event),
* shared distinctive figures (value x scale in the base unit; small whole numbers such
  as '2 communes' are too common to count),
* the people (person ids; shared chairs count extra),
* the place (the same location; two different locations count against),
* the English title (rapidfuzz ``token_sort_ratio``).

Pairs are merged best first, and a merge that would put two dates, two provinces or two
meetings of one article into one event is refused, so an undated edition cannot chain
two dated meetings together. An edition that lacks the date or the figures still joins
through what it has (people, place, title).

Ids hash the event's first member (smallest article id and position), so they depend on
content only; with previous ids (the database's), an event keeps the id most of its
meetings had, so loading more editions never renumbers it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from extractor.linking.blocks import PLACE_NEAR, distinctive, figure_key, iso_date, place_key
from extractor.linking.model import MeetingInput
from extractor.linking.people import MentionKey, prefix_related
from extractor.linking.text import name_key, short_hash, words

MERGE_AT = 3.5
_PEOPLE_MAX = 3.0  # the most the people add (all shared, chairs meet)
_TITLE_MAX = 2.0  # the most the title adds (identical titles)


@dataclass(frozen=True)
class _Features:
    meeting: MeetingInput
    date: str | None
    place: str
    title: str
    people: frozenset[str]
    chairs: frozenset[str]
    names: dict[str, str]  # person id -> name key, for misspelt names
    figures: frozenset[tuple[str, float]]


def _features(meeting: MeetingInput, person_of: Mapping[MentionKey, str],
              figures: frozenset[tuple[str, float]] | None = None) -> _Features:
    """What pairs are scored on; ``figures``: the distinctive figures when the meeting
    was read without its KPIs (``Store.sketches``)."""
    people = {person_of[(meeting.key, a.position)] for a in meeting.attendees
              if (meeting.key, a.position) in person_of}
    chairs = {person_of[(meeting.key, a.position)] for a in meeting.attendees
              if a.role == "chair" and (meeting.key, a.position) in person_of}
    date = iso_date(meeting)
    names = {person_of[(meeting.key, a.position)]: name_key(a.name)
             for a in meeting.attendees if (meeting.key, a.position) in person_of}
    return _Features(
        meeting=meeting, date=date, names=names,
        place=place_key(meeting.location),
        title=" ".join(words(meeting.title)),
        people=frozenset(people), chairs=frozenset(chairs),
        figures=figures if figures is not None else frozenset(
            figure_key(k.base_unit, k.scaled) for k in meeting.kpis if distinctive(k.scaled)),
    )


def _misspelt(a: _Features, b: _Features) -> int:
    """People of one meeting whose names are a misspelling of someone's in the other."""
    only_b = [b.names[p] for p in b.people - a.people if p in b.names]
    count = 0
    for p in a.people - b.people:
        x = a.names.get(p)
        # one C call finds whether any name is close at all (most pairs: none is)
        if not x or not process.extractOne(x, only_b, scorer=fuzz.ratio, score_cutoff=85):
            continue
        if any(fuzz.ratio(x, y, score_cutoff=85) and len(x.split()) == len(y.split())
               and not prefix_related(x, y) for y in only_b):
            count += 1
    return count


def _people(a: _Features, b: _Features, score: float) -> float:
    """2 x the share of people in common (misspellings counted when they could decide
    the pair), +1 when the chairs meet."""
    shared, union = len(a.people & b.people), len(a.people | b.people)
    points = 2.0 * shared / union + (1.0 if a.chairs & b.chairs else 0.0)
    # The misspelling check costs a fuzzy comparison per pair of names: only when the
    # pair is undecided and the names could tip it (with the title's bonus: at most 2).
    most = 2.0 * (1 - shared / union)  # what misspellings could add at most
    if shared < union and score + points < MERGE_AT <= score + points + _TITLE_MAX + most \
            and score + points + _title_bonus(a, b) + most >= MERGE_AT:
        extra = _misspelt(a, b)
        points += 2.0 * (shared + extra) / (union - extra) - 2.0 * shared / union
    return points


def pair_score(a: _Features, b: _Features) -> float:
    """Evidence that two meetings are one event; 0 when they cannot be."""
    if a.meeting.article_id == b.meeting.article_id:
        return 0.0
    if a.date and b.date and a.date != b.date:
        return 0.0
    if a.meeting.province and b.meeting.province and a.meeting.province != b.meeting.province:
        return 0.0
    score = 3.0 if a.date and a.date == b.date else 0.0
    score += 1.5 * min(3, len(a.figures & b.figures))
    if a.place and b.place:
        score += 1.0 if fuzz.ratio(a.place, b.place) >= PLACE_NEAR else -2.0
    if score + _PEOPLE_MAX + _TITLE_MAX < MERGE_AT:  # nothing left could make it one event
        return score
    if a.people and b.people:
        score += _people(a, b, score)
    if score + _TITLE_MAX < MERGE_AT:  # the title cannot make up the difference
        return score
    return score + _title_bonus(a, b)


def score_bound(a: _Features, b: MeetingInput, shared_figures: int | None) -> float:
    """The most ``pair_score`` of ``a`` and ``b`` can be, read from ``b``'s meeting row
    alone (no attendees or figures loaded): ``b``'s people are taken to add all they
    could, and ``shared_figures`` (None: not known) to be what the two share. A pair
    under ``MERGE_AT`` here is not worth loading, and skipping it changes no link."""
    date_b = iso_date(b)
    if a.meeting.article_id == b.article_id or (a.date and date_b and a.date != date_b):
        return 0.0
    if a.meeting.province and b.province and a.meeting.province != b.province:
        return 0.0
    score = 3.0 if a.date and a.date == date_b else 0.0
    score += 1.5 * min(3, 3 if shared_figures is None else shared_figures)
    place_b = place_key(b.location)
    if a.place and place_b:
        score += 1.0 if fuzz.ratio(a.place, place_b) >= PLACE_NEAR else -2.0
    if a.people:
        score += _PEOPLE_MAX
    title_b = " ".join(words(b.title))
    return score + max(0.0, (fuzz.token_sort_ratio(a.title, title_b) - 50.0) / 25.0)


def _title_bonus(a: _Features, b: _Features) -> float:
    """0 to 2 (_TITLE_MAX) for English titles from half to wholly alike."""
    return max(0.0, (fuzz.token_sort_ratio(a.title, b.title) - 50.0) / 25.0)


@dataclass
class _Cluster:
    members: list[int]
    dates: set[str] = field(default_factory=set)
    provinces: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def compatible(self, other: _Cluster) -> bool:
        return (len(self.dates | other.dates) <= 1 and len(self.provinces | other.provinces) <= 1
                and not self.articles & other.articles)


def cluster(feats: Sequence[_Features], pairs: Iterable[tuple[int, int]],
            forced: Iterable[tuple[int, int]] = (),
            apart: Iterable[tuple[int, int]] = ()) -> list[list[int]]:
    """Constrained best-first merging of the candidate ``pairs`` that score enough.

    ``forced``: pairs a reviewer locked together (merged first, whatever the evidence);
    ``apart``: pairs a reviewer locked apart (never in one event)."""
    clusters = {i: _Cluster([i], {f.date} - {None}, {f.meeting.province} - {""},
                            {f.meeting.article_id}) for i, f in enumerate(feats)}
    owner = list(range(len(feats)))
    never = {frozenset(p) for p in apart}
    scored = []
    for i, j in pairs:
        score = pair_score(feats[i], feats[j])
        if score >= MERGE_AT:
            scored.append((-score, feats[i].meeting.key, feats[j].meeting.key, i, j))

    def join(i: int, j: int, checked: bool) -> None:
        a, b = owner[i], owner[j]
        if a == b or any(frozenset((x, y)) in never for x in clusters[a].members
                         for y in clusters[b].members):
            return
        if checked and not clusters[a].compatible(clusters[b]):
            return
        keep, gone = min(a, b), max(a, b)
        merged = clusters.pop(gone)
        target = clusters[keep]
        target.members += merged.members
        target.dates |= merged.dates
        target.provinces |= merged.provinces
        target.articles |= merged.articles
        for x in merged.members:
            owner[x] = keep

    for _, _, _, i, j in sorted(scored):
        join(i, j, checked=True)
    for i, j in sorted(forced):  # after the evidence: whole events join, whatever differs
        join(i, j, checked=False)
    return [sorted(c.members) for _, c in sorted(clusters.items())]


def event_id_for(members: Sequence[MeetingInput], kind: str, previous: Mapping[str, str],
                 claimed: set[str], ages: Mapping[str, object] | None = None) -> str:
    """The oldest of the members' previous ids not taken (then the most common), else a
    hash of the first member."""
    old = Counter(previous[m.key] for m in members if m.key in previous)
    for candidate in sorted(old, key=lambda i: ((ages or {}).get(i, ()), -old[i], i)):
        if candidate not in claimed:
            return candidate
    anchor = min((m.article_id, m.position) for m in members)
    fresh = short_hash("event", kind, anchor[0], str(anchor[1]), prefix="e_")
    if fresh in claimed:  # an old id's event split and the other part kept the old id
        fresh = short_hash("event", kind, *sorted(m.key for m in members), prefix="e_")
    return fresh


def assign_event_ids(groups: Sequence[Sequence[MeetingInput]], kind: str,
                     previous: Mapping[str, str] | None = None,
                     ages: Mapping[str, object] | None = None) -> list[str]:
    """One id per group, in order; earlier (bigger) groups win a contested old id."""
    claimed: set[str] = set()
    ids = []
    for group in groups:
        event_id = event_id_for(group, kind, previous or {}, claimed, ages)
        claimed.add(event_id)
        ids.append(event_id)
    return ids


@dataclass
class Event:
    event_id: str
    is_gold: bool
    editions: list[MeetingInput]
    merged: dict = field(default_factory=dict)
    findings: list[dict] = field(default_factory=list)

    def _majority(self, values: list) -> object:
        present = [v for v in values if v]
        if not present:
            return None
        counts: dict = {}
        for v in present:
            counts[v] = counts.get(v, 0) + 1
        return min(counts, key=lambda v: (-counts[v], str(v)))

    def row(self) -> dict:
        """The ``events`` row (JSON columns as Python lists and dicts)."""
        lead = max(self.editions, key=lambda m: (len(m.kpis) + len(m.attendees),
                                                 m.language == "en", m.article_id))
        chairs = [a["person_id"] for a in self.merged.get("attendees", ())
                  if a["role"] == "chair"]
        return {
            "event_id": self.event_id, "is_gold": self.is_gold,
            "date_text": self._majority([m.date for m in self.editions]),
            "province": self._majority([m.province for m in self.editions]),
            "location": self._majority([m.location for m in self.editions]),
            "title": lead.title,
            "editions": len({m.article_id for m in self.editions}),
            "languages": sorted({m.language for m in self.editions}),
            "meetings": [{"meeting_id": m.key, "run_id": m.run_id, "article_id": m.article_id,
                          "position": m.position, "language": m.language}
                         for m in self.editions],
            "chairs": chairs,
            "merged": self.merged,
            "findings": len(self.findings),
        }
