"""What person linking knows of a name: one summary per (name key, scope) node.

Person linking (``extractor.linking.people``) decides on nodes, never on single
mentions: every mention of a node goes to the node's person. A ``Node`` keeps what
those decisions read from its mentions (how many, in which scripts, the names and
titles they give, the first date, the ids they had), so a family of names is linked
from its nodes whatever the number of mentions behind them. The database stores one
summary per node (``link_nodes``) and adds a load's mentions to it; a node that loses
mentions is summarised again from the mentions it keeps.

A mention a reviewer locked apart from its namesakes is a node of its own (``iso``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from extractor.linking.model import MeetingInput, Mention
from extractor.linking.text import is_latin, name_key

MentionKey = tuple[str, int]  # (meeting key, attendee position)
NodeId = tuple[str, str]  # (name key, or 'key#meeting:position' for an isolated one; scope)


@dataclass
class Node:
    key: str
    scope: str  # province key, 'central' or '' (unknown)
    iso: MentionKey | None = None  # the one mention of a node locked apart
    mentions: int = 0
    latin: int = 0  # mentions whose name_in_text is in Latin script (they confirm the key)
    alts: Counter[str] = field(default_factory=Counter)  # Latin name_in_text keys != key
    translit: Counter[str] = field(default_factory=Counter)  # non-Latin name_in_text keys
    names: Counter[str] = field(default_factory=Counter)
    aliases: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # text, language, field
    titles: dict[str, list] = field(default_factory=dict)  # title -> [first date, last date]
    provinces: Counter[str] = field(default_factory=Counter)  # meetings' province keys
    titled: int = 0  # mentions with a title
    first_date: str | None = None
    first_mention: MentionKey | None = None
    previous: Counter[str] = field(default_factory=Counter)  # person ids stored, per mention

    @property
    def id(self) -> NodeId:
        if self.iso is None:
            return (self.key, self.scope)
        return (f"{self.key}#{self.iso[0]}:{self.iso[1]}", self.scope)

    @property
    def non_latin(self) -> int:
        return self.mentions - self.latin

    def add(self, meeting: MeetingInput, mention: Mention, person_id: str | None = None) -> None:
        """Count one more mention."""
        self.mentions += 1
        if is_latin(mention.name_in_text):
            self.latin += 1
            alt = name_key(mention.name_in_text)
            if alt and alt != self.key:
                self.alts[alt] += 1
        else:
            self.translit[name_key(mention.name_in_text)] += 1
        self.names[mention.name] += 1
        self.aliases[(mention.name, meeting.language, "name")] += 1
        self.aliases[(mention.name_in_text, meeting.language, "name_in_text")] += 1
        for title in mention.titles:
            self._title(title, meeting.date or None, meeting.date or None)
        self.titled += bool(mention.titles)
        if meeting.province:
            self.provinces[meeting.province] += 1
        if meeting.date and (self.first_date is None or meeting.date < self.first_date):
            self.first_date = meeting.date
        mk = (meeting.key, mention.position)
        if self.first_mention is None or mk < self.first_mention:
            self.first_mention = mk
        if person_id:
            self.previous[person_id] += 1

    def _title(self, title: str, first: str | None, last: str | None) -> None:
        span = self.titles.setdefault(title, [None, None])
        if first and (span[0] is None or first < span[0]):
            span[0] = first
        if last and (span[1] is None or last > span[1]):
            span[1] = last

    def merge(self, other: Node) -> None:
        """Add another summary of mentions of the same node."""
        self.mentions += other.mentions
        self.latin += other.latin
        self.titled += other.titled
        for mine, theirs in ((self.alts, other.alts), (self.translit, other.translit),
                             (self.names, other.names), (self.aliases, other.aliases),
                             (self.provinces, other.provinces),
                             (self.previous, other.previous)):
            mine.update(theirs)
        for title, (first, last) in other.titles.items():
            self._title(title, first, last)
        if other.first_date and (self.first_date is None or other.first_date < self.first_date):
            self.first_date = other.first_date
        if other.first_mention and (self.first_mention is None
                                    or other.first_mention < self.first_mention):
            self.first_mention = other.first_mention

    def linked_to(self, person_id: str) -> None:
        """Every mention now has ``person_id``."""
        self.previous = Counter({person_id: self.mentions})

    def all_of(self, person_id: str) -> bool:
        """Whether every mention already has ``person_id``."""
        return len(self.previous) == 1 and self.previous.get(person_id) == self.mentions

    # -- stored as JSON (``link_nodes.summary``)
    def summary(self) -> dict:
        return {"latin": self.latin, "alts": dict(self.alts), "translit": dict(self.translit),
                "names": dict(self.names),
                "aliases": [[*k, n] for k, n in sorted(self.aliases.items())],
                "titles": self.titles, "provinces": dict(self.provinces),
                "titled": self.titled, "first_date": self.first_date,
                "first_mention": list(self.first_mention) if self.first_mention else None,
                "previous": dict(self.previous)}

    @staticmethod
    def from_summary(key: str, scope: str, mentions: int, data: Mapping) -> Node:
        first = data.get("first_mention")
        return Node(key, scope, None, mentions, data["latin"], Counter(data["alts"]),
                    Counter(data["translit"]), Counter(data["names"]),
                    Counter({(t, lang, f): n for t, lang, f, n in data["aliases"]}),
                    {t: list(s) for t, s in data["titles"].items()},
                    Counter(data["provinces"]), data["titled"], data["first_date"],
                    (first[0], first[1]) if first else None, Counter(data["previous"]))


def summarize(items: Iterable[tuple[MeetingInput, Mention]], node_of, person_of: Mapping[
        MentionKey, str] | None = None, isolated: Iterable[MentionKey] = ()) -> dict[NodeId, Node]:
    """Nodes of these mentions; ``node_of(meeting, mention)`` gives a mention's (key,
    scope); the ``isolated`` mentions become nodes of their own."""
    alone = set(isolated)
    out: dict[NodeId, Node] = {}
    for meeting, mention in items:
        key, scope = node_of(meeting, mention)
        mk = (meeting.key, mention.position)
        node = Node(key, scope, mk if mk in alone else None)
        node = out.setdefault(node.id, node)
        node.add(meeting, mention, (person_of or {}).get(mk))
    return out
