"""Linking one neighbourhood at a time, against a store of what is already linked.

The same code links a load's new records (``update``) and recomputes everything
(``relink_all``), against any ``Store``: the database (``extractor.db.link_store``) or
records in memory (``extractor.linking.memory``). Each step works on a closed
neighbourhood, a set of records that no link leaves, so linking it alone gives what
linking everything would, whatever order the records came in:

* people: a *family* of name keys, closed under the same key in any province, the
  Latin ``name_in_text`` of a mention, transliteration candidates within a province
  (unconfirmed keys and the confirmed keys they could move to) and reviewers' locks;
  its mentions are linked with ``extractor.linking.people``;
* events: the meetings reachable from the new ones by pairs that score enough to merge
  (``extractor.linking.blocks`` says which pairs are compared), together with every
  member of the events they were in; clustered with ``extractor.linking.events``.

A person or event whose members had several ids keeps the oldest id; the others become
aliases of it, so ids held by users keep resolving. A person whose mentions change id
sends its meetings to the event step (the bounded local relink this costs is counted
in the ``Report``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from rapidfuzz import fuzz, process

from extractor.linking.blocks import Lookup, block_keys, comparable, iso_date, lookup, rule_of
from extractor.linking.events import (
    MERGE_AT,
    Event,
    _features,
    assign_event_ids,
    cluster,
    pair_score,
    score_bound,
)
from extractor.linking.merge import merge_event
from extractor.linking.model import MeetingInput
from extractor.linking.nodes import MentionKey, Node, NodeId, summarize
from extractor.linking.people import (
    TRANSLIT_MIN,
    Person,
    link_people,
    mention_key,
    mention_node,
    near_namesakes,
    prefix_related,
)
from extractor.linking.text import short_hash


@dataclass(frozen=True)
class Lock:
    """A reviewer's decision on two mentions (people) or two meetings (events)."""

    same: bool
    a: MentionKey | str
    b: MentionKey | str
    keys: tuple[str, ...] = ()  # the mentions' name keys (people), for the family


class Store(Protocol):
    """What linking reads and writes; every method touches only the records it names."""

    def nodes(self, keys: Collection[str]) -> list[Node]:
        """The stored nodes whose name key is in ``keys``, and those with a mention
        whose Latin name_in_text's key is."""

    def node_mentions(self, ids: Collection[NodeId]) -> list[MeetingInput]:
        """Meetings with only their attendees of these (name key, scope) nodes."""

    def node_of(self, mentions: Collection[MentionKey]) -> dict[MentionKey, NodeId]:
        """The (name key, scope) of each of these mentions that is stored."""

    def person_locks(self, keys: Collection[str]) -> list[Lock]:
        """Reviewers' person locks and namesake pairs on mentions of these name keys."""

    def scope_keys(self, scope: str, size: int, latin: bool) -> list[str]:
        """Name keys of ``size`` words in ``scope`` of mentions whose name_in_text is
        (``latin``) or is not Latin."""

    def person_of(self, mentions: Iterable[MentionKey] | None = None,
                  meetings: Iterable[str] | None = None) -> dict[MentionKey, str]: ...

    def ages(self, kind: str, ids: Collection[str]) -> dict[str, tuple]: ...

    def locks(self, kind: str, items: Collection) -> list[Lock]: ...

    def save_people(self, people: Mapping[str, Person], person_of: Mapping[NodeId, str],
                    nodes: Mapping[NodeId, Node], removed: Collection[str],
                    aliases: Mapping[str, str]) -> tuple[set[str], int]:
        """Store the family's people (keeping each one's meeting count), give every
        mention of each node its person, drop the ids no longer used and record the
        merged-away ones (alias -> id kept); returns the meetings whose mentions changed
        person, and how many mentions that had a person moved."""

    def block_members(self, lookups: Collection[Lookup]) -> dict[Lookup, list[str]]:
        """Current meetings per block key (``blocks.lookup``: only the undated ones, only
        those whose place agrees)."""

    def meetings(self, keys: Collection[str]) -> dict[str, MeetingInput]: ...

    def outlines(self, keys: Collection[str]) -> dict[str, MeetingInput]:
        """The meetings' own rows, without attendees, figures or directives."""

    def sketches(self, keys: Collection[str],
                 ) -> dict[str, tuple[MeetingInput, frozenset[tuple[str, float]] | None]]:
        """What scoring a pair reads of these meetings: each meeting with its attendees'
        names and roles, and its distinctive figures (None: read from its KPIs)."""

    def event_of(self, keys: Collection[str]) -> dict[str, str]: ...

    def event_members(self, event_ids: Collection[str]) -> set[str]: ...

    def versions(self, meetings: Collection[MeetingInput]) -> list[MeetingInput]:
        """Every stored meeting of the same articles and kind (all versions)."""

    def save_events(self, events: Mapping[str, Event], changes: Mapping[str, str],
                    removed: Collection[str], aliases: Mapping[str, str]) -> None:
        """As ``save_people``, for the events of a closure."""

    def refresh_meetings(self, person_ids: Collection[str]) -> None:
        """Recount ``people.meetings`` (distinct events) of these people."""

    def save_near(self, meetings: Collection[str], pairs: Collection[Lock]) -> set[str]:
        """Replace the namesake pairs found in the events of ``meetings``; returns the
        name keys of the pairs that came or went (``locks('person', ...)`` returns
        them with the reviewers' locks)."""


@dataclass
class Report:
    """What one linking pass touched."""

    families: int = 0
    mentions: int = 0  # mentions relinked
    moved: int = 0  # mentions whose person id changed
    closures: int = 0
    meetings: int = 0  # meetings re-clustered
    from_people: int = 0  # meetings re-clustered because their people changed
    events_changed: int = 0
    rounds: int = 0  # people, then events, again while namesake pairs change
    aliases: dict[str, str] = field(default_factory=dict)
    near_keys: set[str] = field(default_factory=set)  # namesake pairs that changed

    def add(self, other: Report) -> None:
        for name in ("families", "mentions", "moved", "closures", "meetings", "from_people",
                     "events_changed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.aliases.update(other.aliases)
        self.near_keys |= other.near_keys


# ------------------------------------------------------------------------------ people


def _translit_keys(store: Store, nodes: Iterable[Node], cache: dict) -> set[str]:
    """Keys a transliteration step could join to these nodes (same scope, same length)."""
    out: set[str] = set()
    for node in nodes:
        key, scope = node.id
        if not scope or key.startswith("?"):
            continue
        size = len(key.split())
        for latin in (True, False):
            if not (node.latin if latin else node.non_latin):
                continue
            pool = cache.get((scope, size, not latin))
            if pool is None:
                pool = cache[(scope, size, not latin)] = store.scope_keys(scope, size, not latin)
            close = {c for c, _s, _i in process.extract(key, pool, scorer=fuzz.ratio,
                                                        score_cutoff=TRANSLIT_MIN, limit=None)}
            if not latin:  # the prefix siblings of a candidate decide whether it is ambiguous
                close |= {c for c in pool for x in close if prefix_related(c, x)}
            out |= close
    return out


def family(store: Store, keys: Collection[str]) -> tuple[dict[NodeId, Node], set[str]]:
    """The nodes of the family of ``keys`` (as stored), and the family's keys."""
    known: set[str] = set()
    todo = set(keys)
    nodes: dict[NodeId, Node] = {}
    cache: dict = {}
    while todo:
        batch, todo = todo - known, set()
        known |= batch
        fresh = [n for n in store.nodes(batch) if n.id not in nodes]
        for node in fresh:
            nodes[node.id] = node
            todo |= {node.key, *node.alts}
        todo |= _translit_keys(store, fresh, cache)
        todo |= {k for lock in store.person_locks(batch) for k in lock.keys}
        todo = {k for k in todo if k} - known
    return nodes, known


def _isolate(store: Store, nodes: dict[NodeId, Node], alone: set[MentionKey],
             where: Mapping[MentionKey, NodeId]) -> dict[NodeId, Node]:
    """The family's nodes with each mention locked apart from its namesakes taken out of
    its node into a node of its own (those nodes are summarised from their mentions)."""
    split = {where[mk] for mk in alone if where[mk] in nodes}
    if not split:
        return nodes
    meetings = store.node_mentions(split)
    items = [(x, a) for x in meetings for a in x.attendees]
    person_of = store.person_of(mentions=[(x.key, a.position) for x, a in items])
    fresh = summarize(items, mention_node, person_of, alone)
    return {k: v for k, v in nodes.items() if k not in split} | fresh


def _aliases(groups: Mapping[str, Collection[str]]) -> dict[str, str]:
    """Old ids that lost to an older one in a merge: alias -> the id kept (``groups``:
    the old ids of each id kept)."""
    kept = set(groups)
    return {old: new_id for new_id, olds in groups.items() for old in sorted(set(olds) - kept)}


def link_family(store: Store, keys: Collection[str]) -> tuple[Report, set[str], set[str]]:
    """Relink the people of the family of ``keys``; returns the report, the meetings
    whose people changed, and the family's keys."""
    nodes, known = family(store, keys)
    locks = store.person_locks(known)
    where = store.node_of({x for lk in locks for x in (lk.a, lk.b)})
    alone = {lk.b for lk in locks if not lk.same and lk.a in where and lk.b in where}
    nodes = _isolate(store, nodes, alone, where)

    def node_of(mk: MentionKey) -> NodeId:
        key, scope = where[mk]
        return (f"{key}#{mk[0]}:{mk[1]}", scope) if mk in alone else (key, scope)

    pairs = [(lk.same, node_of(lk.a), node_of(lk.b)) for lk in locks
             if lk.a in where and lk.b in where]
    previous = {pid for n in nodes.values() for pid in n.previous}
    links = link_people(nodes.values(), same=[(a, b) for s, a, b in pairs if s],
                        apart=[(a, b) for s, a, b in pairs if not s],
                        ages=store.ages("person", previous))
    aliases = _aliases({p.person_id: {i for n in p.nodes for i in nodes[n].previous}
                        for p in links.people.values()})
    removed = previous - set(links.people)
    changed, moved = store.save_people(links.people, links.person_of, nodes, removed, aliases)
    # people whose mentions changed: their meetings are counted again
    moved_nodes = [n for n, node in nodes.items()
                   if not node.all_of(links.person_of[n])]
    store.refresh_meetings({links.person_of[n] for n in moved_nodes}
                           | {i for n in moved_nodes for i in nodes[n].previous} - removed)
    report = Report(families=1, mentions=sum(n.mentions for n in nodes.values()), moved=moved,
                    aliases=aliases)
    return report, changed, known


# ------------------------------------------------------------------------------ events


def _partners(store: Store, fresh: Mapping[str, MeetingInput]) -> tuple[dict, dict]:
    """Per fresh meeting: the stored meetings that share a block with it, and for each
    the number of figure blocks they share (None where the blocks cannot tell: a
    province unknown, or two dated meetings, whose figure lookups skip dated members)."""
    lookups = {lookup(b, m) for m in fresh.values() for b in block_keys(m)}
    members = store.block_members(lookups)
    partners: dict[str, set[str]] = {}
    figures: dict[tuple[str, str], int] = defaultdict(int)
    for m in fresh.values():
        found: set[str] = set()
        for b in block_keys(m):
            ks = members.get(lookup(b, m), ())
            found.update(ks)
            if rule_of(b).name == "f":
                for k in ks:
                    figures[(m.key, k)] += 1
        partners[m.key] = found - {m.key}
    exact = {(a, k): (n if fresh[a].province else None) for (a, k), n in figures.items()}
    return partners, exact


def _worth_loading(store: Store, fresh: Mapping[str, MeetingInput], partners: Mapping,
                   figures: Mapping, feats: Mapping, skip: Collection[str]) -> set[str]:
    """The partners whose pair with some fresh meeting could score ``MERGE_AT``, judged
    on their meeting rows (``score_bound``) before their attendees and figures load."""
    outlines = store.outlines({k for ks in partners.values() for k in ks} - set(skip))
    keep: set[str] = set()
    bounds: dict[tuple, float] = {}  # the editions of one story share what the bound reads
    for key, ks in partners.items():
        a, dated = feats[key], iso_date(fresh[key]) is not None
        for other in ks:
            b = outlines.get(other)
            if b is None or other in keep or not b.is_current or not comparable(a.meeting, b):
                continue
            shared = None if dated and iso_date(b) else figures.get((key, other), 0)
            seen = (key, b.date, b.province, b.location, b.title, shared)
            if seen not in bounds:
                bounds[seen] = score_bound(a, b, shared)
            if bounds[seen] >= MERGE_AT:
                keep.add(other)
    return keep


def _reach(store: Store, seeds: Collection[str]) -> tuple[dict[str, MeetingInput], set]:
    """The current meetings reachable from ``seeds`` by pairs that score enough, by
    reviewers' locks and through the events they were in; and those pairs."""
    meetings: dict[str, MeetingInput] = {}
    person_of: dict[MentionKey, str] = {}
    feats: dict[str, object] = {}
    edges: set[tuple[str, str]] = set()
    layer = set(seeds)
    while layer:
        fresh = store.meetings(layer - set(meetings))
        fresh = {k: m for k, m in fresh.items() if m.is_current}
        meetings.update(fresh)
        person_of.update(store.person_of(meetings=fresh))
        for key, m in fresh.items():
            feats.setdefault(key, _features(m, person_of))
        partners, figures = _partners(store, fresh)
        wanted = _worth_loading(store, fresh, partners, figures, feats, skip=meetings)
        others = {k: v for k, v in store.sketches(wanted).items() if v[0].is_current}
        pool = {**meetings, **{k: m for k, (m, _) in others.items()}}
        person_of.update(store.person_of(meetings=set(pool) - set(feats)))
        nxt: set[str] = set()
        for key, ks in partners.items():
            fa = feats[key]
            for other in sorted(ks & set(pool)):
                b = pool[other]
                if not comparable(fa.meeting, b):
                    continue
                if other not in feats:
                    feats[other] = _features(b, person_of, others.get(other, (b, None))[1])
                fb = feats[other]
                if pair_score(fa, fb) >= MERGE_AT:
                    edges.add((min(key, other), max(key, other)))
                    nxt.add(other)
        old = store.event_of(set(fresh))
        nxt |= store.event_members(set(old.values()))
        nxt |= {x for lock in store.locks("event", set(fresh)) for x in (lock.a, lock.b)}
        layer = nxt - set(meetings)
    return meetings, edges


def _kind(is_gold: bool) -> str:
    return "gold" if is_gold else "model"


def link_closure(store: Store, seeds: Collection[str]) -> tuple[Report, set[str]]:
    """Re-cluster the events around ``seeds``; returns the report and the meetings done."""
    current, edges = _reach(store, seeds)
    versions = store.versions([*current.values(),
                               *store.meetings(set(seeds) - set(current)).values()])
    everything = {m.key: m for m in versions} | current
    person_of = store.person_of(meetings=everything)
    previous = store.event_of(set(everything))
    order = sorted(current)
    index = {k: i for i, k in enumerate(order)}
    feats = [_features(current[k], person_of) for k in order]
    locks = store.locks("event", set(current))
    groups = [[feats[i].meeting for i in g] for g in cluster(
        feats, [(index[a], index[b]) for a, b in sorted(edges)],
        forced=[(index[lk.a], index[lk.b]) for lk in locks if lk.same
                and lk.a in index and lk.b in index],
        apart=[(index[lk.a], index[lk.b]) for lk in locks if not lk.same
               and lk.a in index and lk.b in index])]
    groups = sorted((sorted(g, key=lambda m: (m.article_id, m.position, m.run_id))
                     for g in groups), key=lambda g: (-len(g), g[0].article_id, g[0].position))
    ages = store.ages("event", set(previous.values()))
    events, event_of = _events(groups, versions, previous, ages, person_of)
    aliases = _aliases({e.event_id: {previous[m.key] for m in e.editions if m.key in previous}
                        for e in events.values()})
    removed = set(previous.values()) - set(events)
    moves = {k: e for k, e in event_of.items() if previous.get(k) != e}
    store.save_events(events, moves, removed, aliases)
    # only people with a mention in a meeting that changed event can count other events
    store.refresh_meetings({p for mk, p in person_of.items() if mk[0] in moves})
    near = [Lock(True, a, b, (_key(current[a[0]], a[1]), _key(current[b[0]], b[1])))
            for a, b in near_namesakes(groups)]
    keys = store.save_near(set(current), near)
    return Report(closures=1, meetings=len(everything), events_changed=len(moves),
                  aliases=aliases, near_keys=keys), set(everything)


def _key(meeting: MeetingInput, position: int) -> str:
    return next(mention_key(meeting, a) for a in meeting.attendees if a.position == position)


def _events(groups: list[list[MeetingInput]], versions: list[MeetingInput],
            previous: Mapping[str, str], ages: Mapping[str, tuple],
            person_of: Mapping[MentionKey, str]) -> tuple[dict[str, Event], dict[str, str]]:
    """Events per kind, and every version's event (an older version takes the event of
    the current version's meeting at its position, else one of its own)."""
    events: dict[str, Event] = {}
    event_of: dict[str, str] = {}
    for is_gold in (True, False):
        kind_groups = [g for g in groups if g[0].is_gold == is_gold]
        ids = assign_event_ids(kind_groups, _kind(is_gold), previous, ages)
        for event_id, group in zip(ids, kind_groups, strict=True):
            events[event_id] = Event(event_id, is_gold, list(group),
                                     *merge_event(group, person_of))
            event_of.update({m.key: event_id for m in group})
    by_position = {(m.article_id, m.position, m.is_gold): event_of[m.key]
                   for g in groups for m in g}
    for m in sorted(versions, key=lambda m: m.key):
        if m.key in event_of:
            continue
        event_id = by_position.get((m.article_id, m.position, m.is_gold))
        if event_id is None:  # an older version's meeting with no current counterpart
            event_id = short_hash("event", _kind(m.is_gold), m.key, prefix="e_")
            events[event_id] = Event(event_id, m.is_gold, [m], *merge_event([m], person_of))
        event_of[m.key] = event_id
    return events, event_of


# ------------------------------------------------------------------------------ passes


MAX_ROUNDS = 4  # namesake pairs settle in two rounds; more would be a linking loop
FAMILY_BATCH = 400  # name keys whose families are linked together (disjoint families
CLOSURE_BATCH = 200  # ... and meetings whose closures are: each stays exact)


def _batches(items: Iterable[str], size: int, done: set[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        if item in done:
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def update(store: Store, keys: Iterable[str], seeds: Iterable[str]) -> Report:
    """Link what a load added or removed: the families of the name ``keys`` it touched,
    then the events around the meetings ``seeds`` and those whose people changed; again
    for the families whose namesake pairs (found through the events) changed. Keys and
    meetings are taken in batches: a union of families, or of closures, is linked as
    each alone would be."""
    report = Report()
    while report.rounds < MAX_ROUNDS:
        report.rounds += 1
        changed_meetings: set[str] = set()
        done: set[str] = set()
        for batch in _batches(keys, FAMILY_BATCH, done):
            part, changed, known = link_family(store, batch)
            done |= known
            report.add(part)
            changed_meetings |= changed
        seeds = list(seeds)
        report.from_people += len(changed_meetings - set(seeds))
        events = events_pass(store, [*seeds, *sorted(changed_meetings)])
        report.add(events)
        keys, seeds = sorted(events.near_keys), []
        report.near_keys = set()
        if not keys:
            break
    return report


def events_pass(store: Store, seeds: Iterable[str]) -> Report:
    report = Report()
    done: set[str] = set()
    for batch in _batches(seeds, CLOSURE_BATCH, done):
        part, members = link_closure(store, batch)
        done |= members | set(batch)
        report.add(part)
    return report


def relink_all(store: Store, keys: Iterable[str], meetings: Iterable[str]) -> Report:
    """Everything again, one family and one closure at a time (bounded memory)."""
    return update(store, keys, meetings)
