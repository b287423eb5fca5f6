"""Person linking's node summaries in the database (``link_nodes``).

A family of names is linked from the summaries of its (name key, scope) nodes
(``extractor.linking.nodes``), not from every stored mention. A load adds its new
mentions to their nodes; a node that lost mentions (a reloaded or replaced run) or
whose mentions moved (new linking rules) is summarised again from what it keeps.
After linking, each node's mentions are given the node's person, one statement per
node whose person changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, delete, or_, select, update

from extractor.db import models as m
from extractor.db.sql_rows import (
    BATCH,
    chunks,
    lock_from_row,
    meeting_query,
    meeting_row,
    mention_row,
    update_rows,
)
from extractor.linking.incremental import Lock
from extractor.linking.model import MeetingInput, Mention
from extractor.linking.nodes import MentionKey, Node, NodeId, summarize

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def stored_node(row) -> NodeId:  # noqa: ANN001
    return row.link_key, row.scope or ""


def node_rows(meetings: Iterable[MeetingInput], attendees: Iterable[Mapping]) -> list[dict]:
    """``link_nodes`` rows for attendee rows written in bulk (with their link columns
    and person ids filled), from the meetings they belong to."""
    rows = {(r["meeting_id"], r["position"]): r for r in attendees}
    nodes = summarize([(x, a) for x in meetings for a in x.attendees],
                      lambda x, a: (rows[(x.key, a.position)]["link_key"],
                                    rows[(x.key, a.position)]["scope"] or ""),
                      {mk: r["person_id"] for mk, r in rows.items() if r.get("person_id")})
    return [{"link_key": n.key, "scope": n.scope, "mentions": n.mentions,
             "summary": n.summary()} for _, n in sorted(nodes.items())]


class NodeCount:
    """What indexing a load's mentions does to the nodes: mentions indexed for the first
    time add to theirs; nodes in ``dirty`` are summarised again."""

    def __init__(self, dirty: Iterable[NodeId] = ()) -> None:
        self.dirty: set[NodeId] = set(dirty)
        self.added: dict[NodeId, Node] = {}

    def add(self, meeting: MeetingInput, mention: Mention, cols: Mapping, row) -> None:  # noqa: ANN001
        node_id = (cols["link_key"], cols["scope"] or "")
        if row.link_key is None:
            self.added.setdefault(node_id, Node(*node_id)).add(meeting, mention, row.person_id)
        elif stored_node(row) != node_id:  # the rules changed: both are counted again
            self.dirty |= {stored_node(row), node_id}


class NodeRows:
    """The node half of ``extractor.db.sql_store.SqlStore``."""

    conn: Connection

    def link_rows(self, meetings: Collection[str]) -> dict[MentionKey, object]:
        """Each attendee's stored name key, scope and person."""
        a = m.attendees
        return {(r.meeting_id, r.position): r for r in self.conn.execute(select(
            a.c.meeting_id, a.c.position, a.c.link_key, a.c.scope, a.c.person_id)
            .where(a.c.meeting_id.in_(list(meetings))))}

    def _attendees(self, keys: Collection[str]) -> list[tuple[MeetingInput, Mention, object]]:
        """Every stored mention whose name key is in ``keys``, with its row."""
        rows: dict[str, list] = defaultdict(list)
        for chunk in chunks(sorted(keys)):
            for a in self.conn.execute(select(m.attendees).where(
                    m.attendees.c.link_key.in_(chunk))):
                rows[a.meeting_id].append(a)
        out = []
        for chunk in chunks(sorted(rows)):
            for r in self.conn.execute(meeting_query().where(m.meetings.c.meeting_id.in_(chunk))):
                meeting = meeting_row(r)
                out += [(meeting, mention_row(a), a) for a in rows[r.meeting_id]]
        return sorted(out, key=lambda x: (x[0].key, x[1].position))

    def node_mentions(self, ids: Collection[NodeId]) -> list[MeetingInput]:
        wanted = set(ids)
        found: dict[str, tuple[MeetingInput, list[Mention]]] = {}
        for meeting, mention, row in self._attendees({k for k, _ in wanted}):
            if stored_node(row) in wanted:
                found.setdefault(meeting.key, (meeting, []))[1].append(mention)
        return [replace(x, attendees=tuple(ms)) for _, (x, ms) in sorted(found.items())]

    def summaries(self, keys: Collection[str]) -> dict[NodeId, Node]:
        """The nodes of these name keys, summarised from their stored mentions."""
        items = self._attendees(keys)
        rows = {(x.key, a.position): r for x, a, r in items}
        return summarize([(x, a) for x, a, _ in items],
                         lambda x, a: stored_node(rows[(x.key, a.position)]),
                         {mk: r.person_id for mk, r in rows.items() if r.person_id})

    def nodes(self, keys: Collection[str]) -> list[Node]:
        ids: set[NodeId] = set()
        for chunk in chunks(sorted(keys)):
            ids.update(stored_node(r) for r in self.conn.execute(
                select(m.attendees.c.link_key, m.attendees.c.scope).distinct()
                .where(m.attendees.c.alt_key.in_(chunk))))
        wanted = set(keys)
        out = self._stored_nodes(wanted | {k for k, _ in ids})
        return [n for n in out.values() if n.key in wanted or n.id in ids]

    def _stored_nodes(self, keys: Collection[str]) -> dict[NodeId, Node]:
        out: dict[NodeId, Node] = {}
        for chunk in chunks(sorted(keys)):
            for r in self.conn.execute(select(m.link_nodes).where(
                    m.link_nodes.c.link_key.in_(chunk))):
                node = Node.from_summary(r.link_key, r.scope, r.mentions, r.summary)
                out[node.id] = node
        return out

    def write_nodes(self, nodes: Iterable[Node]) -> None:
        """Store these summaries in place of the ones stored for the same nodes (a node
        left with no mention is dropped)."""
        table = m.link_nodes
        rows = [n for n in nodes if n.iso is None]
        drop = delete(table).where(table.c.link_key == bindparam("k"),
                                   table.c.scope == bindparam("s"))
        for i in range(0, len(rows), BATCH):
            part = rows[i:i + BATCH]
            self.conn.execute(drop, [{"k": n.key, "s": n.scope} for n in part])
            fresh = [{"link_key": n.key, "scope": n.scope, "mentions": n.mentions,
                      "summary": n.summary()} for n in part if n.mentions]
            if fresh:
                self.conn.execute(table.insert(), fresh)

    def rebuild_nodes(self, ids: Collection[NodeId]) -> None:
        """Summarise these nodes again from their mentions."""
        if ids:
            fresh = self.summaries({k for k, _ in ids})
            self.write_nodes([fresh.get(i) or Node(*i) for i in sorted(ids)])

    def count_nodes(self, counted: NodeCount) -> None:
        """Apply what indexing found: summarise the dirty nodes again, add the rest."""
        self.rebuild_nodes(counted.dirty)
        added = {k: v for k, v in counted.added.items() if k not in counted.dirty}
        stored = self._stored_nodes({k for k, _ in added})
        for node_id, node in added.items():
            if node_id in stored:
                stored[node_id].merge(node)
            else:
                stored[node_id] = node
        self.write_nodes(stored[i] for i in sorted(added))

    def node_of(self, mentions: Collection[MentionKey]) -> dict[MentionKey, NodeId]:
        wanted = set(mentions)
        out: dict[MentionKey, NodeId] = {}
        for chunk in chunks(sorted({mk[0] for mk in wanted})):
            for mk, r in self.link_rows(chunk).items():
                if mk in wanted and r.link_key is not None:
                    out[mk] = stored_node(r)
        return out

    def person_locks(self, keys: Collection[str]) -> list[Lock]:
        found: dict[int, Lock] = {}
        table = m.link_locks
        for chunk in chunks(sorted(keys)):
            for r in self.conn.execute(select(table).where(
                    table.c.kind.in_(("person", "near")),
                    or_(table.c.a_key.in_(chunk), table.c.b_key.in_(chunk)))):
                found[r.lock_id] = lock_from_row(r)
        return [found[i] for i in sorted(found)]

    def give_people(self, person_of: Mapping[NodeId, str],
                    nodes: Mapping[NodeId, Node]) -> tuple[set[str], int]:
        """Set ``person_id`` on the mentions of each node that had another (or none),
        and record it in the summaries (split nodes are summarised again); returns the
        meetings whose mentions changed person, and how many had one before."""
        alone = {n.iso: person_of[i] for i, n in nodes.items() if n.iso}
        split = {(n.key, n.scope) for n in nodes.values() if n.iso}
        a = m.attendees
        changes: dict[MentionKey, tuple[str, str | None]] = {}
        written, appended = [], []
        for node_id, pid in sorted(person_of.items()):
            node = nodes[node_id]
            if node.iso or node.all_of(pid):
                continue
            written.append(node)
            if set(node.previous) <= {pid} and node_id not in split:
                # Only new mentions: their meetings are the load's, which the events
                # step links anyway; one UPDATE, not a read of the whole node.
                appended.append({"k": node.key, "s": node.scope, "pid": pid})
                node.linked_to(pid)
                continue
            for r in self.conn.execute(select(a.c.meeting_id, a.c.position, a.c.person_id).where(
                    a.c.link_key == node.key, a.c.scope == node.scope,
                    or_(a.c.person_id.is_(None), a.c.person_id != pid))):
                changes[(r.meeting_id, r.position)] = (pid, r.person_id)
            node.linked_to(pid)
        if appended:
            self.conn.execute(update(a).where(
                a.c.link_key == bindparam("k"), a.c.scope == bindparam("s"),
                a.c.person_id.is_(None)).values(person_id=bindparam("pid")), appended)
        now = self.link_rows({mk[0] for mk in alone})
        for mk, pid in alone.items():
            changes[mk] = (pid, now[mk].person_id if mk in now else None)
        changes = {mk: (new, old) for mk, (new, old) in changes.items() if new != old}
        update_rows(self.conn, a, [{"m": mk[0], "p": mk[1], "v_person_id": new}
                                   for mk, (new, _) in sorted(changes.items())], ("person_id",))
        self.write_nodes(n for n in written if (n.key, n.scope) not in split)
        self.rebuild_nodes(split)
        return {mk[0] for mk in changes}, sum(1 for _, old in changes.values() if old)
