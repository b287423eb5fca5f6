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

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from extractor.linking.model import Figure, MeetingInput
from extractor.linking.people import MentionKey, prefix_related
from extractor.linking.text import name_key, short_hash, words

MERGE_AT = 3.5
BLOCK_WINDOW = 12  # blocks up to this size are compared whole
LARGE_BLOCK_REACH = 12  # in a larger block, each meeting meets this many next by title
_PEOPLE_MAX = 3.0  # the most the people add (all shared, chairs meet)
_TITLE_MAX = 2.0  # the most the title adds (identical titles)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLACE_STOP = frozenset({"district", "province", "commune", "city", "town", "ward", "village",
                         "huyen", "tinh", "xa", "thanh", "pho", "of", "the"})


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


def _figure_key(fig: Figure) -> tuple[str, float]:
    """A figure as (base unit, value to 4 digits): '53 communes' is not '53 members'."""
    unit = " ".join(w.rstrip("s") for w in words(fig.base_unit)) or "%"
    return unit, float(f"{fig.scaled:.4g}")


def distinctive(value: float) -> bool:
    """Figures worth matching on: not small whole numbers (counts of communes, targets)."""
    return not (float(value).is_integer() and abs(value) <= 12)


def _features(meeting: MeetingInput, person_of: Mapping[MentionKey, str]) -> _Features:
    people = {person_of[(meeting.key, a.position)] for a in meeting.attendees
              if (meeting.key, a.position) in person_of}
    chairs = {person_of[(meeting.key, a.position)] for a in meeting.attendees
              if a.role == "chair" and (meeting.key, a.position) in person_of}
    date = meeting.date.strip() if meeting.date and _ISO.fullmatch(meeting.date.strip()) else None
    names = {person_of[(meeting.key, a.position)]: name_key(a.name)
             for a in meeting.attendees if (meeting.key, a.position) in person_of}
    return _Features(
        meeting=meeting, date=date, names=names,
        place=" ".join(w for w in words(meeting.location or "") if w not in _PLACE_STOP),
        title=" ".join(words(meeting.title)),
        people=frozenset(people), chairs=frozenset(chairs),
        figures=frozenset(_figure_key(k) for k in meeting.kpis if distinctive(k.scaled)),
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
        score += 1.0 if fuzz.ratio(a.place, b.place) >= 90 else -2.0
    if score + _PEOPLE_MAX + _TITLE_MAX < MERGE_AT:  # nothing left could make it one event
        return score
    if a.people and b.people:
        score += _people(a, b, score)
    if score + _TITLE_MAX < MERGE_AT:  # the title cannot make up the difference
        return score
    return score + _title_bonus(a, b)


def _title_bonus(a: _Features, b: _Features) -> float:
    """0 to 2 (_TITLE_MAX) for English titles from half to wholly alike."""
    return max(0.0, (fuzz.token_sort_ratio(a.title, b.title) - 50.0) / 25.0)


def _blocks(feats: Sequence[_Features]) -> dict[tuple, list[int]]:
    """Block keys (all within the province): the date, each distinctive figure, each attendee at the place, the
    chairs within the province (for editions that lack date, figures and place), and the
    place (for editions whose people are misspelt)."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        if f.date:  # meetings of two provinces are never one event
            index[("d", f.date, f.meeting.province)].append(i)
        for value in f.figures:
            index[("f", value, f.meeting.province)].append(i)
        for person in f.people:
            index[("p", person, f.place)].append(i)
        for person in f.chairs or f.people:
            index[("c", person, f.meeting.province)].append(i)
        if f.place:
            index[("l", f.place, f.meeting.province)].append(i)
    return index


def _other_place(a: str, b: str) -> bool:
    """A chair's meetings at two places need the chair block only when the places are
    spellings of one (rapidfuzz >= 90, not equal): equal places share the attendee-at-place
    block, and at two places (-2) only a shared date or figure, which have blocks of
    their own, could make one event (without them: at most -2 + 3 + 2 < MERGE_AT)."""
    return a != b and fuzz.ratio(a, b) >= 90


def candidate_pairs(feats: Sequence[_Features]) -> set[tuple[int, int]]:
    """Pairs sharing a block; inside large blocks only title-sorted neighbours.

    Pairs that ``pair_score`` would score 0 (one article; two dates; two provinces) are
    left out, and so are pairs of one date and province outside the date block when that
    block is compared whole: the same set of scored pairs, fewer calls.
    """
    dates = [f.date for f in feats]
    places = [f.place for f in feats]
    provinces = [f.meeting.province for f in feats]
    articles = [f.meeting.article_id for f in feats]
    index = _blocks(feats)
    whole = {(d, p) for (kind, d, p), members in index.items()
             if kind == "d" and len(members) <= BLOCK_WINDOW}
    pairs: set[tuple[int, int]] = set()
    for key, members in index.items():
        dated_block, chair_block = key[0] == "d", key[0] == "c"
        reach = BLOCK_WINDOW
        if len(members) > BLOCK_WINDOW:
            members = sorted(members, key=lambda i: (feats[i].title, feats[i].meeting.key))
            reach = LARGE_BLOCK_REACH
        for pos, i in enumerate(members):
            di, pi, ai = dates[i], provinces[i], articles[i]
            for j in members[pos + 1:pos + 1 + reach]:
                dj, pj = dates[j], provinces[j]
                if ai == articles[j] or (pi and pj and pi != pj):
                    continue
                if di and dj and (di != dj or (not dated_block and pi == pj
                                               and (di, pi) in whole)):
                    continue
                if chair_block and places[i] and places[j] and not _other_place(
                        places[i], places[j]):
                    continue
                pairs.add((i, j) if i < j else (j, i))
    return pairs


@dataclass
class _Cluster:
    members: list[int]
    dates: set[str] = field(default_factory=set)
    provinces: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def compatible(self, other: _Cluster) -> bool:
        return (len(self.dates | other.dates) <= 1 and len(self.provinces | other.provinces) <= 1
                and not self.articles & other.articles)


def cluster(feats: Sequence[_Features]) -> list[list[int]]:
    """Constrained best-first merging of scored candidate pairs."""
    clusters = {i: _Cluster([i], {f.date} - {None}, {f.meeting.province} - {""},
                            {f.meeting.article_id}) for i, f in enumerate(feats)}
    owner = list(range(len(feats)))
    scored = []
    for i, j in candidate_pairs(feats):
        score = pair_score(feats[i], feats[j])
        if score >= MERGE_AT:
            scored.append((-score, feats[i].meeting.key, feats[j].meeting.key, i, j))
    for _, _, _, i, j in sorted(scored):
        a, b = owner[i], owner[j]
        if a == b or not clusters[a].compatible(clusters[b]):
            continue
        keep, gone = min(a, b), max(a, b)
        merged = clusters.pop(gone)
        target = clusters[keep]
        target.members += merged.members
        target.dates |= merged.dates
        target.provinces |= merged.provinces
        target.articles |= merged.articles
        for m in merged.members:
            owner[m] = keep
    return [sorted(c.members) for _, c in sorted(clusters.items())]


def event_id_for(members: Sequence[MeetingInput], kind: str, previous: Mapping[str, str],
                 claimed: set[str]) -> str:
    old = Counter(previous[m.key] for m in members if m.key in previous)
    for candidate in sorted(old, key=lambda i: (-old[i], i)):
        if candidate not in claimed:
            return candidate
    anchor = min((m.article_id, m.position) for m in members)
    fresh = short_hash("event", kind, anchor[0], str(anchor[1]), prefix="e_")
    if fresh in claimed:  # an old id's event split and the other part kept the old id
        fresh = short_hash("event", kind, *sorted(m.key for m in members), prefix="e_")
    return fresh


def link_events(meetings: Sequence[MeetingInput], person_of: Mapping[MentionKey, str],
                previous: Mapping[str, str] | None = None) -> list[list[MeetingInput]]:
    """Meetings grouped into events (each group sorted by article id), biggest first."""
    feats = [_features(m, person_of) for m in sorted(meetings, key=lambda m: m.key)]
    groups = [[feats[i].meeting for i in members] for members in cluster(feats)]
    groups = [sorted(g, key=lambda m: (m.article_id, m.position, m.run_id)) for g in groups]
    return sorted(groups, key=lambda g: (-len(g), g[0].article_id, g[0].position))


def assign_event_ids(groups: Sequence[Sequence[MeetingInput]], kind: str,
                     previous: Mapping[str, str] | None = None) -> list[str]:
    """One id per group, in order; earlier (bigger) groups win a contested old id."""
    claimed: set[str] = set()
    ids = []
    for group in groups:
        event_id = event_id_for(group, kind, previous or {}, claimed)
        claimed.add(event_id)
        ids.append(event_id)
    return ids
