"""Person linking: every attendee mention gets a ``person_id``.

Mentions are grouped on a *scope* and a *name key*:

* the name key is the Latin name folded (``name_key``: diacritics, Đ, case, spacing,
  hyphens, honorifics), so 'Đỗ Trọng Hưng' and 'Mr. Do Trong-Hung' share one key, while
  'Nguyen Van A' and 'Nguyen Van An' never do (keys are compared whole, not as prefixes);
* the scope is the province of the article (the manifest, else a province named in the
  meeting), or ``central`` for mentions whose titles are national (Politburo, minister,
  Secretariat ...), so two namesakes in two provinces stay two people.

Edges between keys come only with support from the text:

* a Latin-script ``name_in_text`` whose key differs from the name's (the model
  misspelt 'Hưng' as 'Hung Do'?) joins the two keys within the scope;
* a non-Latin ``name_in_text`` (Cyrillic, Arabic, Hangul ...) transliterated by anyascii
  moves a key that nothing else confirms onto a confirmed key of the same scope when the
  transliteration is clearly closer to it (rapidfuzz), never onto a prefix-sharing name.

Mentions whose scope is unknown join the one person with their key (or the one whose
titles they share most); untitled mentions join a ``central`` person with their key.

Ids are hashes of the person's key and scope, so they depend on content only; when
previous ids are given (the database's), a person keeps the id most of its mentions
had, so loading more articles never renumbers anyone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from extractor.linking.model import MeetingInput, Mention
from extractor.linking.nodes import MentionKey, Node, NodeId
from extractor.linking.text import (
    PROVINCES,
    find_province,
    name_key,
    province_key,
    short_hash,
    words,
)

CENTRAL = "central"
_NATIONAL = ("politburo", "prime minister", "minister", "ministry", "secretariat",
             "national assembly chairman", "chairman of the national assembly",
             "vice president of the state", "state president", "president of vietnam",
             "central commission", "central committee s commission", "central inspection")
_LOCAL = ("provincial", "province", "district", "commune", "city", "municipal")
_TOP = ("member of the party central committee", "secretary of the provincial party committee",
        "chairman of the provincial people s committee", "chairwoman of the provincial people s committee")
_TITLE_STOP = frozenset({"of", "the", "and", "for", "member", "committee", "party", "people",
                         "s", "provincial", "province", "deputy", "vice", "head"})
_PROVINCE_NAMES = {province_key(p): p for p in PROVINCES} | {CENTRAL: "central", "": ""}
TRANSLIT_MARGIN = 10.0
TRANSLIT_MIN = 80.0


@dataclass
class Person:
    person_id: str
    canonical_name: str
    name_key: str
    scope: str  # province key, 'central' or '' (unknown)
    nodes: list[NodeId] = field(default_factory=list)
    mentions: list[MentionKey] = field(default_factory=list)  # filled by stores that hold them
    aliases: list[dict] = field(default_factory=list)
    titles: list[dict] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    meetings: int = 0

    def row(self) -> dict:
        return {"person_id": self.person_id, "canonical_name": self.canonical_name,
                "name_key": self.name_key, "scope": self.scope or None,
                "aliases": self.aliases, "titles": self.titles, "provinces": self.provinces,
                "meetings": self.meetings}


@dataclass
class PeopleLinks:
    person_of: dict[NodeId, str]
    people: dict[str, Person]


class _UnionFind:
    """Union-find with cannot-link pairs: a union that would put a pair of ``apart``
    nodes into one set is refused (a reviewer's "not the same person")."""

    def __init__(self, apart: Iterable[tuple] = ()) -> None:
        self.parent: dict = {}
        self.apart = list(apart)

    def find(self, x):  # noqa: ANN001, ANN201
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b) -> None:  # noqa: ANN001
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        for x, y in self.apart:
            fx, fy = self.find(x), self.find(y)
            if {fx, fy} == {ra, rb}:
                return
        self.parent[max(ra, rb)] = min(ra, rb)  # deterministic root


def prefix_related(a: str, b: str) -> bool:
    """Same words except where one is a proper prefix of the other ('A' vs 'An')."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    diff = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    return bool(diff) and all(x.startswith(y) or y.startswith(x) for x, y in diff)


@lru_cache(maxsize=65536)
def is_national(title: str) -> bool:
    """A national post: Politburo, minister, Secretariat, a central commission ..."""
    text = f" {' '.join(words(title))} "
    national = any(f" {n} " in text for n in _NATIONAL) or (
        " central " in text and " commission " in text)
    return national and not any(f" {w} " in text for w in _LOCAL)


@lru_cache(maxsize=65536)
def is_top_provincial(title: str) -> bool:
    """A post that leads to the centre: provincial secretary or chairman, or a member
    of the Party Central Committee (which provincial secretaries often are)."""
    text = f" {' '.join(words(title))} "
    return any(f" {t} " in text for t in _TOP)


def mention_scope(mention: Mention, province: str) -> str:
    """'central' for national titles; else the province the titles name ('Secretary of
    the Ha Nam Provincial Party Committee' -> ha nam); else the meeting's ('' unknown)."""
    if any(is_national(t) for t in mention.titles):
        return CENTRAL
    return find_province(*mention.titles) or province


def mention_key(meeting: MeetingInput, mention: Mention) -> str:
    """The folded name key of a mention; a mention without any name is nobody else."""
    return name_key(mention.name) or name_key(mention.name_in_text) or \
        f"?{meeting.key}:{mention.position}"


def mention_node(meeting: MeetingInput, mention: Mention) -> NodeId:
    """The (name key, scope) node a mention belongs to."""
    return mention_key(meeting, mention), mention_scope(mention, meeting.province)


def _title_words(mentions: Iterable[Mention]) -> set[str]:
    return _title_words_of(t for m in mentions for t in m.titles)


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _title_words_of(titles: Iterable[str]) -> set[str]:
    return {w for t in titles for w in words(t) if w not in _TITLE_STOP}


def _alias_edges(nodes: Mapping[NodeId, Node], uf: _UnionFind) -> None:
    """Join a name's key with its Latin name_in_text's key (same scope, same length)."""
    for (key, scope), node in nodes.items():
        for alt in node.alts:
            if alt != key and len(alt.split()) == len(key.split()) \
                    and not prefix_related(alt, key):
                uf.union((key, scope), (alt, scope))


def _translit_edges(nodes: Mapping[NodeId, Node], uf: _UnionFind) -> None:
    """Move unconfirmed keys onto a confirmed key their transliterations point at."""
    confirmed_by_scope: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key, scope in sorted(n for n, node in nodes.items() if node.latin):
        confirmed_by_scope[(scope, len(key.split()))].append(key)
    for node_id in sorted(nodes):
        key, scope = node_id
        if nodes[node_id].latin or not scope:
            continue
        pool = confirmed_by_scope.get((scope, len(key.split())), ())
        # one C call over the scope's confirmed keys (a Python loop would be quadratic)
        close = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=TRANSLIT_MIN,
                                limit=None)
        candidates = sorted(c for c, _score, _i in close if not prefix_related(c, key))
        if not candidates:
            continue
        votes: Counter[str] = Counter()
        for translit, count in nodes[node_id].translit.items():
            own = fuzz.ratio(translit, key)
            best = max(candidates, key=lambda c: (fuzz.ratio(translit, c), c))
            # Scripts lose exactly what tells prefix-sharing names apart ('Ань' -> "An'"):
            # a best candidate with such a sibling is no evidence.
            ambiguous = any(prefix_related(best, c) for c in pool)
            if not ambiguous and fuzz.ratio(translit, best) >= own + TRANSLIT_MARGIN:
                votes[best] += count
        if votes:
            uf.union(node_id, (min(votes, key=lambda c: (-votes[c], c)), scope))


def _attach_loose(nodes: Mapping[NodeId, Node], uf: _UnionFind) -> None:
    """Unknown-scope nodes join their key's person; untitled ones join a central one."""
    scopes_of: dict[str, list[NodeId]] = defaultdict(list)
    for node_id in sorted(nodes):
        scopes_of[node_id[0]].append(node_id)
    for node_id in sorted(nodes):
        key, scope = node_id
        if scope == CENTRAL or (scope and nodes[node_id].titled):
            continue
        # unknown scope: any person with the key; untitled in a province: a central one
        others = [n for n in scopes_of[key] if n[1] and (not scope or n[1] == CENTRAL)]
        groups = sorted({uf.find(n) for n in others})
        if len(groups) == 1:
            uf.union(node_id, groups[0])
        elif len(groups) > 1:
            mine = _title_words_of(nodes[node_id].titles)
            scored = sorted(((_jaccard(mine, _title_words_of(
                t for n in others if uf.find(n) == g for t in nodes[n].titles)), g)
                for g in groups), reverse=True)
            if scored[0][0] >= 0.2 and scored[0][0] > scored[1][0]:
                uf.union(node_id, scored[0][1])
            elif not scope:
                uf.union(node_id, _first_seen(nodes, uf, others, groups))


def _first_seen(nodes: Mapping[NodeId, Node], uf: _UnionFind, others: list[NodeId],
                groups: list) -> NodeId:
    """The namesake seen first by meeting date (undated last; then the smaller node):
    content, not load order, so the choice is the same in any order, and a namesake
    who appears later (in the news, not in the database) never takes the mention away."""
    def first(group) -> tuple:  # noqa: ANN001
        dates = [nodes[n].first_date for n in others
                 if uf.find(n) == group and nodes[n].first_date]
        return (min(dates) if dates else "9999", group)
    return min(groups, key=first)


def _join_promoted(nodes: Mapping[NodeId, Node], uf: _UnionFind) -> None:
    """A central person joins the one provincial namesake who held a top provincial post
    (officials move from leading a province to the centre, as Do Trong Hung did)."""
    by_key: dict[str, list[NodeId]] = defaultdict(list)
    for node_id in sorted(nodes):
        by_key[node_id[0]].append(node_id)
    for _key, ids in sorted(by_key.items()):
        central = [n for n in ids if n[1] == CENTRAL]
        if not central:
            continue
        top = sorted({uf.find(n) for n in ids if n[1] not in ("", CENTRAL) and any(
            is_top_provincial(t) for t in nodes[n].titles)})
        if len(top) == 1:
            uf.union(central[0], top[0])


def link_people(nodes: Iterable[Node], same: Iterable[tuple[NodeId, NodeId]] = (),
                apart: Iterable[tuple[NodeId, NodeId]] = (), *,
                ages: Mapping[str, object] | None = None) -> PeopleLinks:
    """A ``person_id`` for every node of a family of names (see the module doc):
    ``same``: pairs of nodes known to be one person (a reviewer's lock, or
    ``near_namesakes``); ``apart``: pairs locked as two people (the second of each is a
    node of its own); ``ages``: a sort key per previous id, the oldest first, which a
    merged person keeps. Each node's ``previous`` ids are the ones its mentions had."""
    index = {n.id: n for n in nodes}
    uf = _UnionFind([(a, b) for a, b in apart if a in index and b in index])
    for node_id in index:
        uf.find(node_id)
    _alias_edges(index, uf)
    _translit_edges(index, uf)
    for a, b in sorted(same):
        if a in index and b in index:
            uf.union(a, b)
    _join_promoted(index, uf)
    _attach_loose(index, uf)

    components: dict[NodeId, list[NodeId]] = defaultdict(list)
    for node_id in index:
        components[uf.find(node_id)].append(node_id)
    people: dict[str, Person] = {}
    person_of: dict[NodeId, str] = {}
    roots = sorted(components, key=lambda r: (-_size(index, components[r]), r))
    # A person whose content id (key, scope) was in use keeps it; others take old ids
    # around it, so an id follows the person it was made from.
    own: dict[tuple, str] = {}
    taken = {pid for n in index.values() for pid in n.previous}
    for root in roots:
        fresh = short_hash("person", *_identity(index, components[root]), prefix="p_")
        if fresh in taken and fresh not in own.values():
            own[root] = fresh
    claimed: set[str] = set(own.values())
    for root in roots:
        members = [index[n] for n in sorted(components[root])]
        person = _person(members, claimed - {own.get(root)}, ages or {}, own.get(root), taken)
        claimed.add(person.person_id)
        people[person.person_id] = person
        for node in members:
            person_of[node.id] = person.person_id
    return PeopleLinks(person_of, people)


def _size(index: Mapping[NodeId, Node], ids: list[NodeId]) -> int:
    return sum(index[n].mentions for n in ids)


def _identity(index: Mapping[NodeId, Node], ids: Iterable[NodeId]) -> tuple[str, str]:
    """The key most mentions have, and the scope: a promoted official keeps the id of
    his province (his id existed before the move)."""
    keys: Counter[str] = Counter()
    for n in ids:
        keys[n[0]] += index[n].mentions
    key = min(keys, key=lambda k: (-keys[k], k))
    scopes = {n[1] for n in ids if n[1]}
    return key, min(scopes - {CENTRAL}, default=CENTRAL if CENTRAL in scopes else "")


def _person(members: list[Node], claimed: set[str], ages: Mapping[str, object],
            own: str | None = None, taken: Collection[str] = ()) -> Person:
    index = {n.id: n for n in members}
    key, scope = _identity(index, index)
    old: Counter[str] = Counter()
    names: Counter[str] = Counter()
    merged = Node(key, scope)
    for node in members:
        merged.merge(node)
    old, names = merged.previous, merged.names
    # the oldest id wins a merge (the others become its aliases); then the most mentions
    old_ids = [i for i in sorted(old, key=lambda i: (ages.get(i, ()), -old[i], i))
               if i not in claimed]
    person_id = own or (old_ids[0] if old_ids else short_hash("person", key, scope, prefix="p_"))
    if not own and not old_ids and (person_id in claimed or person_id in taken):
        first = merged.first_mention or ("", 0)
        person_id = short_hash("person", key, scope, *map(str, first), prefix="p_")
    canonical = min(names, key=lambda n: (-names[n], n.isascii(), n))
    return Person(person_id=person_id, canonical_name=canonical, name_key=key, scope=scope,
                  nodes=sorted(index), aliases=_aliases(merged), titles=_titles(merged),
                  provinces=sorted({_PROVINCE_NAMES.get(p, p) for p in merged.provinces}))


def _aliases(node: Node) -> list[dict]:
    return [{"text": t, "language": lang, "field": where}
            for t, lang, where in sorted(node.aliases)]


def _titles(node: Node) -> list[dict]:
    return [{"title": t, "first_seen": first, "last_seen": last}
            for t, (first, last) in sorted(node.titles.items())]



def near_namesakes(events: Iterable[Sequence[MeetingInput]]) -> list[tuple[MentionKey, MentionKey]]:
    """Mentions that are one person by the company they keep: two editions of one event
    name people whose names differ by a misspelling (rapidfuzz ratio >= 85, same number
    of words, not a prefix of one another) and whose titles agree. This is how a misspelt
    name whose ``name_in_text`` is in Hanzi or Arabic script, which transliteration cannot
    confirm, still finds its person. Two names one edition gives side by side are never
    joined, not even through a third spelling close to both. Names are compared as
    (key, scope) nodes, event by event, so the pairs depend on the event alone."""
    pairs: list[tuple[MentionKey, MentionKey]] = []
    for editions in events:
        together: set[tuple] = set()
        first: dict[tuple[str, str], tuple[MentionKey, set[str]]] = {}
        for meeting in editions:
            nodes = [(mention_key(meeting, a), mention_scope(a, meeting.province))
                     for a in meeting.attendees]
            together.update((x, y) for x in nodes for y in nodes)
            for a, node in zip(meeting.attendees, nodes, strict=True):
                first.setdefault(node, ((meeting.key, a.position), _title_words([a])))
        ordered = sorted(first)
        candidates = []
        for i, p in enumerate(ordered):
            for q in ordered[i + 1:]:
                if _near(p, q, first[p][1], first[q][1]):
                    candidates.append((-fuzz.ratio(p[0], q[0]), p, q))
        groups: dict[tuple, set] = {}
        for _, p, q in sorted(candidates):
            gp, gq = groups.get(p, {p}), groups.get(q, {q})
            if gp is gq or any((x, y) in together for x in gp for y in gq):
                continue
            merged = gp | gq
            for node in merged:
                groups[node] = merged
            pairs.append((first[p][0], first[q][0]))
    return sorted(pairs)


def _near(p: tuple[str, str], q: tuple[str, str], titles_p: set[str], titles_q: set[str]) -> bool:
    if p[1] and q[1] and p[1] != q[1]:
        return False
    a, b = p[0], q[0]
    if len(a.split()) != len(b.split()) or prefix_related(a, b) or fuzz.ratio(a, b) < 85:
        return False
    return not (titles_p and titles_q and _jaccard(titles_p, titles_q) < 0.5)
