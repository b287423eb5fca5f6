"""A ``Store`` over records in memory: what ``extractor.linking.link`` links with.

It indexes the meetings the way the database's tables do (name keys, scopes, block
keys), so linking in memory and linking in the database run the same steps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from extractor.linking.blocks import Lookup, block_keys, iso_date, place_key, places_agree
from extractor.linking.events import Event
from extractor.linking.incremental import Lock
from extractor.linking.model import MeetingInput
from extractor.linking.nodes import MentionKey, Node, NodeId, summarize
from extractor.linking.people import Person, mention_node
from extractor.linking.text import is_latin, name_key


class MemoryStore:
    """Meetings and their links, indexed like the database."""

    def __init__(self, meetings: Sequence[MeetingInput],
                 previous_people: Mapping[MentionKey, str] | None = None,
                 previous_events: Mapping[str, str] | None = None,
                 locks: Iterable[tuple[str, Lock]] = ()) -> None:
        self.by_key: dict[str, MeetingInput] = {}
        self.by_name: dict[str, set[NodeId]] = defaultdict(set)  # key or Latin alt key
        self.by_node: dict[NodeId, set[MentionKey]] = defaultdict(set)
        self.node: dict[MentionKey, NodeId] = {}
        self.scopes: dict[tuple[str, int, bool], set[str]] = defaultdict(set)
        self.blocks: dict[str, set[str]] = defaultdict(set)
        self.by_article: dict[tuple[str, bool], set[str]] = defaultdict(set)
        self.add(meetings)
        self.person: dict[MentionKey, str] = dict(previous_people or {})
        self.event: dict[str, str] = dict(previous_events or {})
        self.people: dict[str, Person] = {}
        self.events: dict[str, Event] = {}
        self.aliases: dict[str, str] = {}
        self.lock_list = list(locks)
        self._age: dict[str, int] = {}
        self._dirty: set[str] = set()
        self.near: dict[str, list[Lock]] = {}  # namesake pairs, by each pair's meetings

    def add(self, meetings: Iterable[MeetingInput]) -> tuple[list[str], list[str]]:
        """Index more meetings (all current); returns what ``incremental.update`` needs:
        their name keys and meeting keys."""
        keys: set[str] = set()
        added = []
        for m in meetings:
            self.by_key[m.key] = m
            added.append(m.key)
            self.by_article[(m.article_id, m.is_gold)].add(m.key)
            for a in m.attendees:
                (key, scope), latin = mention_node(m, a), is_latin(a.name_in_text)
                keys.add(key)
                self.by_name[key].add((key, scope))
                if latin and name_key(a.name_in_text):
                    self.by_name[name_key(a.name_in_text)].add((key, scope))
                self.by_node[(key, scope)].add((m.key, a.position))
                self.node[(m.key, a.position)] = (key, scope)
                self.scopes[(scope, len(key.split()), latin)].add(key)
            if m.is_current:
                for b in block_keys(m):
                    self.blocks[b].add(m.key)
        return sorted(keys), sorted(added)

    # -- people
    def node_mentions(self, ids: Collection[NodeId]) -> list[MeetingInput]:
        chosen: dict[str, set[int]] = defaultdict(set)
        for node_id in ids:
            for meeting, position in self.by_node.get(node_id, ()):
                chosen[meeting].add(position)
        return [replace(self.by_key[k], attendees=tuple(
            a for a in self.by_key[k].attendees if a.position in chosen[k]))
            for k in sorted(chosen)]

    def nodes(self, keys: Collection[str]) -> list[Node]:
        ids = {n for k in keys for n in self.by_name.get(k, ())}
        items = [(x, a) for x in self.node_mentions(ids) for a in x.attendees]
        return list(summarize(items, lambda x, a: self.node[(x.key, a.position)],
                              self.person).values())

    def node_of(self, mentions: Collection[MentionKey]) -> dict[MentionKey, NodeId]:
        return {mk: self.node[mk] for mk in mentions if mk in self.node}

    def person_locks(self, keys: Collection[str]) -> list[Lock]:
        wanted = set(keys)
        found = [lock for k, lock in self.lock_list
                 if k == "person" and wanted & set(lock.keys)]
        near = {lock for locks in self.near.values() for lock in locks}
        return found + sorted((lk for lk in near if wanted & set(lk.keys)),
                              key=lambda lk: (lk.a, lk.b))

    def scope_keys(self, scope: str, size: int, latin: bool) -> list[str]:
        return sorted(self.scopes.get((scope, size, latin), ()))

    def person_of(self, mentions: Iterable[MentionKey] | None = None,
                  meetings: Iterable[str] | None = None) -> dict[MentionKey, str]:
        wanted = list(mentions or ())
        for k in meetings or ():
            wanted += [(k, a.position) for a in self.by_key[k].attendees]
        return {mk: self.person[mk] for mk in wanted if mk in self.person}

    def ages(self, kind: str, ids: Collection[str]) -> dict[str, tuple]:
        return {i: (self._age[i],) for i in ids if i in self._age}

    def locks(self, kind: str, items: Collection) -> list[Lock]:
        wanted = set(items)
        found = [lock for k, lock in self.lock_list
                 if k == kind and (lock.a in wanted or lock.b in wanted)]
        if kind == "person":
            found += sorted({lock for m in {x[0] for x in wanted}
                             for lock in self.near.get(m, ()) if lock.a in wanted
                             or lock.b in wanted}, key=lambda lk: (lk.a, lk.b))
        return found

    def save_near(self, meetings: Collection[str], pairs: Collection[Lock]) -> set[str]:
        old = {lock for m in meetings for lock in self.near.pop(m, ())}
        for lock in old:  # a pair is filed under both of its meetings
            for m in (lock.a[0], lock.b[0]):
                self.near[m] = [x for x in self.near.get(m, ()) if x != lock]
        for lock in pairs:
            for m in {lock.a[0], lock.b[0]}:
                self.near.setdefault(m, []).append(lock)
        return {k for lock in old ^ set(pairs) for k in lock.keys}

    def _stamp(self, ids: Iterable[str]) -> None:
        for i in sorted(ids):
            self._age.setdefault(i, len(self._age))

    def save_people(self, people: Mapping[str, Person], person_of: Mapping[NodeId, str],
                    nodes: Mapping[NodeId, Node], removed: Collection[str],
                    aliases: Mapping[str, str]) -> tuple[set[str], int]:
        alone = {n.iso: node_id for node_id, n in nodes.items() if n.iso}
        changed: set[str] = set()
        moved = 0
        for person in people.values():
            old = self.people.get(person.person_id)
            person.meetings = old.meetings if old else 0
            person.mentions = []
        for node_id, pid in person_of.items():
            node = nodes[node_id]
            mks = [node.iso] if node.iso else sorted(
                mk for mk in self.by_node.get(node_id, ()) if mk not in alone)
            people[pid].mentions += mks
            for mk in mks:
                if self.person.get(mk) != pid:
                    changed.add(mk[0])
                    moved += mk in self.person
                    self.person[mk] = pid
        for person in people.values():
            person.mentions.sort()
        for pid in removed:
            self.people.pop(pid, None)
        self.people.update(people)
        self._stamp(people)
        self._alias(people, aliases)
        return changed, moved

    def _alias(self, kept: Iterable[str], aliases: Mapping[str, str]) -> None:
        for i in kept:
            self.aliases.pop(i, None)
        for old, new in aliases.items():
            self.aliases[old] = new
            for k, v in list(self.aliases.items()):
                if v == old:
                    self.aliases[k] = new

    # -- events
    def block_members(self, lookups: Collection[Lookup]) -> dict[Lookup, list[str]]:
        out = {}
        for block, only, place in lookups:
            members = self.blocks.get(block, ())
            out[(block, only, place)] = sorted(
                k for k in members if (not only or iso_date(self.by_key[k]) is None)
                and (place is None or places_agree(place, place_key(self.by_key[k].location))))
        return out

    def meetings(self, keys: Collection[str]) -> dict[str, MeetingInput]:
        return {k: self.by_key[k] for k in keys if k in self.by_key}

    def outlines(self, keys: Collection[str]) -> dict[str, MeetingInput]:
        return self.meetings(keys)  # in memory the whole meeting costs nothing more

    def sketches(self, keys: Collection[str],
                 ) -> dict[str, tuple[MeetingInput, frozenset[tuple[str, float]] | None]]:
        return {k: (m, None) for k, m in self.meetings(keys).items()}

    def event_of(self, keys: Collection[str]) -> dict[str, str]:
        return {k: self.event[k] for k in keys if k in self.event}

    def event_members(self, event_ids: Collection[str]) -> set[str]:
        return {m.key for e in event_ids if e in self.events for m in self.events[e].editions}

    def versions(self, meetings: Collection[MeetingInput]) -> list[MeetingInput]:
        keys = {k for m in meetings for k in self.by_article[(m.article_id, m.is_gold)]}
        return [self.by_key[k] for k in sorted(keys)]

    def save_events(self, events: Mapping[str, Event], event_of: Mapping[str, str],
                    removed: Collection[str], aliases: Mapping[str, str]) -> None:
        for eid in removed:
            self.events.pop(eid, None)
        self.events.update(events)
        self.event.update(event_of)
        self._stamp(events)
        self._alias(events, aliases)

    def refresh_meetings(self, person_ids: Collection[str]) -> None:
        self._dirty.update(person_ids)  # counted once, when the result is read

    def settle(self) -> None:
        """Count the meetings of the people whose events changed."""
        for pid in self._dirty:
            person = self.people.get(pid)
            if person is not None:
                person.meetings = len({self.event.get(k, k) for k, _ in person.mentions})
        self._dirty.clear()
