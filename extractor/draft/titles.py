"""The titles an article gives a person, read in its language and written in English.

Vietnamese titles are few and built alike: a post (Secretary, Chairman, Director, Head,
Member), perhaps Deputy or Standing, of a body (the Party Committee, the People's
Committee or Council, a Department) at a level (provincial, district, central). Each
language's ``titles.json`` names those parts in its words; a title is read where it
stands beside a mention of the person (in apposition after the name, or just before it;
only before it in Chinese, Japanese and Korean, which put titles there) and written as
``corpus/ANNOTATION.md`` writes titles: "Standing Deputy Secretary of the Provincial
Party Committee", "Director of the Department of Finance".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractor.draft import cues
from extractor.draft.meeting import named_places
from extractor.draft.people import romanize
from extractor.draft.segments import sentence_of
from extractor.languages import declare_shape, knowledge
from extractor.places import snap

POSTS = ("secretary", "chairman", "director", "head", "member")
# The most specific body named wins: 'Member of the Standing Committee of the Provincial
# Party Committee' names the Party Committee too.
BODIES = ("politburo", "central_committee", "standing_committee", "organization_commission",
          "propaganda_commission", "mass_mobilization", "inspection_commission",
          "na_delegation", "steering_committee", "fatherland_front", "police", "department",
          "peoples_council", "peoples_committee", "party_committee")
LEVELS = ("central", "provincial", "district", "commune")
_SEPARATORS = re.compile(r"[,;،؛、，；]|\s[–—-]\s")
_LIST_END = re.compile(r"[;؛；]")
_REACH = 160  # characters beside a mention where its titles may stand


def _shape(data: dict) -> str | None:
    for key in ("posts", "bodies", "levels", "departments"):
        if not isinstance(data.get(key, {}), dict):
            return f"'{key}' must be an object of lists"
    unknown = set(data.get("posts", {})) - set(POSTS) | set(data.get("bodies", {})) - set(BODIES)
    if unknown:
        return f"unknown posts or bodies: {sorted(unknown)}"
    if data.get("title_side", "both") not in ("both", "before", "after"):
        return "'title_side' must be 'both', 'before' or 'after'"
    return None


declare_shape("titles", _shape)


@dataclass(frozen=True)
class _Words:
    posts: dict[str, tuple[str, ...]]
    bodies: dict[str, tuple[str, ...]]
    levels: dict[str, tuple[str, ...]]
    departments: dict[str, tuple[str, ...]]
    deputy: tuple[str, ...]
    standing: tuple[str, ...]
    vice: tuple[str, ...]
    female: tuple[str, ...]
    female_posts: tuple[str, ...]
    general: tuple[str, ...]
    joins: tuple[str, ...]
    lead_ins: tuple[str, ...]
    side: str
    lang: str | None
    title_words: tuple[str, ...] = ()  # every word a title may open with


def _title_words(words: _Words) -> tuple[str, ...]:
    """'Politburo member' opens with its body: every part counts."""
    return (*words.deputy, *words.standing, *words.vice,
            *(w for table in (words.posts, words.levels, words.bodies, words.departments)
              for ws in table.values() for w in ws))


@lru_cache(maxsize=64)
def _words(lang: str | None) -> _Words:
    data = knowledge(lang, "titles")
    english = knowledge("en", "titles") if lang != "en" else {}

    def both(key: str) -> dict[str, tuple[str, ...]]:
        own, eng = data.get(key, {}), english.get(key, {})
        return {k: tuple(own.get(k, [])) + tuple(eng.get(k, [])) for k in {*own, *eng}}

    def flat(key: str) -> tuple[str, ...]:
        return tuple(data.get(key, [])) + tuple(english.get(key, []))

    words = _Words(both("posts"), both("bodies"), both("levels"), both("departments"),
                   flat("deputy"), flat("standing"), flat("vice"), flat("female"),
                   flat("female_posts"), flat("general"),
                   flat("joins"), flat("lead_ins"), data.get("title_side", "both"), lang)
    return replace(words, title_words=_title_words(words))


def _find(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where any of the words occurs in ``text``: at a word's start (a stem matches its
    inflections), or anywhere in scripts without spaces and in compounds ('Provinz-
    parteisekretär'), for entries written with a leading '~'."""
    pattern = _pattern(words)
    if pattern is None:
        return []
    folded, at = _folded(text)
    return [(at[m.start()], at[m.end()]) for m in pattern.finditer(folded)]


@lru_cache(maxsize=1024)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One expression for a list of entries, longest first (compiled once per list)."""
    forms = {}
    for word in words:
        folded = cues.fold(word.lstrip("~"))
        glued = word.startswith("~") or cues.unspaced(word)
        forms[re.escape(folded) if glued else rf"(?<!\w){re.escape(folded)}"] = len(folded)
    # longest first, glued or not: 'kultur, sport og turisme' before '~kultur'
    return re.compile("|".join(sorted(forms, key=forms.get, reverse=True))) if forms else None


@lru_cache(maxsize=4096)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    """The text folded as cues are, and where each folded character comes from: folding
    drops marks (Khmer ្, Lao tone marks), so spans are mapped back to the text."""
    parts, at = [], []
    for i, char in enumerate(text):
        piece = cues.fold(char)
        parts.append(piece)
        at += [i] * len(piece)
    return "".join(parts), (*at, len(text))


def _first(text: str, table: dict[str, tuple[str, ...]], order: tuple[str, ...]) -> str | None:
    return next((key for key in order if _find(text, table.get(key, ()))), None)


def _posts(piece: str, words: _Words) -> list[tuple[int, int, str]]:
    """(start, end, post) of each post named in the piece, in order, none inside another."""
    found = sorted(((s, e, post) for post in POSTS for s, e in _find(piece, words.posts.get(post, ()))),
                   key=lambda x: (x[0], -x[1]))
    out: list[tuple[int, int, str]] = []
    for s, e, post in found:
        if not out or s >= out[-1][1]:
            out.append((s, e, post))
    return out


def _department(zone: str, words: _Words) -> str | None:
    hits = [(e - s, name) for name, ws in words.departments.items() for s, e in _find(zone, ws)]
    return max(hits)[1] if hits else None


def _body_phrase(body: str, level: str | None, zone: str, words: _Words,
                 place: tuple[str | None, str | None]) -> str | None:
    district, commune = place
    local = {"district": f"the {district} District" if district else "the District",
             "commune": f"the {commune} Commune" if commune else "the Commune"}
    of_party = f"{local[level]} Party Committee" if level in local else \
        "the Party Central Committee" if level == "central" else "the Provincial Party Committee"
    if body == "department":
        name = _department(zone, words)
        return f"the Department of {name}" if name else None
    fixed = {"politburo": "the Politburo", "central_committee": "the Party Central Committee",
             "steering_committee": "the Steering Committee",
             "na_delegation": "the Provincial National Assembly Delegation",
             "fatherland_front": "the Provincial Vietnam Fatherland Front Committee"}
    if body in fixed:
        return fixed[body]
    if body == "police":
        return f"{local[level]} Police" if level in local else "the Provincial Police"
    commissions = {"organization_commission": "Organization Commission",
                   "propaganda_commission": "Propaganda Commission",
                   "mass_mobilization": "Mass Mobilization Commission",
                   "inspection_commission": "Inspection Commission"}
    if body in commissions:
        if level == "central":
            return f"the Central {commissions[body]}"
        return f"the {commissions[body]} of {of_party}"
    if body == "standing_committee":
        return f"the Standing Committee of {of_party}"
    if body == "party_committee":
        return of_party
    council = {"peoples_committee": "People's Committee", "peoples_council": "People's Council"}
    return f"{local.get(level, 'the Provincial')} {council[body]}"


def _post_name(post: str, zone: str, words: _Words, body: str, female: bool) -> str:
    name = {"secretary": "Secretary", "chairman": "Chairwoman" if female else "Chairman",
            "director": "Director", "head": "Head", "member": "Member"}[post]
    if body in ("department", "police"):  # the head of a department is its Director
        name = "Director"
    if post != "member" and (_find(zone, words.deputy) or _find(zone, words.vice)):
        name = ("Vice " if post == "chairman" else "Deputy ") + name
        if body != "standing_committee" and _find(zone, words.standing):
            name = "Standing " + name
    return name


# The posts each body has: any other pair is a misreading ('Director of the Provincial
# Party Committee'), and is not written.
_POSTS_OF = {
    "politburo": {"member"}, "central_committee": {"member", "secretary"},
    "standing_committee": {"member"}, "organization_commission": {"head", "member"},
    "mass_mobilization": {"head", "member"}, "inspection_commission": {"chairman", "head", "member"},
    "na_delegation": {"head", "member"}, "steering_committee": {"head", "member"},
    "fatherland_front": {"chairman", "member"}, "department": {"director", "head"},
    "propaganda_commission": {"head", "member"}, "police": {"director", "head"},
    "peoples_council": {"chairman", "member"}, "peoples_committee": {"chairman", "member"},
    "party_committee": {"secretary", "member"},
}


def titles_in(piece: str, lang: str | None, place: tuple[str | None, str | None] = (None, None),
              female: bool = False) -> list[str]:
    """The titles one piece of text names ('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' holds
    two): each post with the body and level named beside it, up to the next post."""
    words = _words(lang)
    posts = _posts(piece, words)
    out = []
    for i, (start, end, post) in enumerate(posts):
        lo = posts[i - 1][1] if i else 0
        zone = piece[lo:posts[i + 1][0] if i + 1 < len(posts) else len(piece)]
        title = _title(zone, start - lo, end - lo, post, words, lang, place, female)
        if title:
            out.append(title)
    return out


def _title(zone: str, start: int, end: int, post: str, words: _Words, lang: str | None,
           place: tuple[str | None, str | None], female: bool) -> str | None:
    if post == "secretary" and _find(zone[max(0, start - 12):end + 12], words.general):
        return "General Secretary of the Party Central Committee"  # 'Tổng Bí thư', 'Генсек'
    found = _nearest_body(zone, start, end, words, words.side == "before")
    if found is None or post not in _POSTS_OF[found[0]]:
        return None
    body, body_start, body_end = found
    # the level may follow a chain of bodies: 'du Comité permanent du Comité du Parti du district'
    chain = max([e for b in BODIES for s, e in _find(zone, words.bodies.get(b, ()))
                 if s >= body_start], default=body_end)
    near = zone[max(0, min(start, body_start) - 12):max(end, chain) + 25]
    level = _first(near, words.levels, LEVELS)
    # 'del distretto di Luc Ngan' at a provincial meeting: the title's own district (a
    # district meeting's titles name its district, read more surely from the meeting)
    if level == "district" and place[0] is None:
        named = named_places(near, lang, "district", None)
        if named:
            place = (max(named, key=named.get).name, place[1])
    phrase = _body_phrase(body, level, zone, words, place)
    if phrase is None:
        return None
    # a post in its feminine form marks a woman too ('رئيسة', 'presidenta', 'directrice')
    female = female or bool(_find(zone[max(0, start - 12):end + 12], words.female_posts))
    return f"{_post_name(post, zone, words, body, female)} of {phrase}"


def _nearest_body(zone: str, start: int, end: int, words: _Words,
                  before_first: bool = False) -> tuple[str, int, int] | None:
    """The body a post belongs to: the first named after it, else the last before it
    (the other way round where titles stand before names: '省党委員会書記'); of bodies
    named at one place, the most specific."""
    hits = sorted((s, BODIES.index(b), e, b) for b in BODIES
                  for s, e in _find(zone, words.bodies.get(b, ())))
    after = [h for h in hits if h[0] >= start]
    before = [h for h in hits if h[2] <= end]
    for side in ((before, after) if before_first else (after, before)):
        if side is after and after:
            s, _, e, body = after[0]
            return body, s, e
        if side is before and before:
            last = max(h[2] for h in before)
            s, _, e, body = min((h for h in before if h[2] == last), key=lambda h: h[1])
            return body, s, e
    return None


# --------------------------------------------------------------------------- beside a person


def _pieces(text: str, words: _Words) -> list[tuple[int, int]]:
    """The comma-separated pieces of ``text``, as spans (a comma inside a department's
    name, 'Culture, Sports and Tourism', separates nothing)."""
    names = [span for ws in words.departments.values() for span in _find(text, ws)]
    out, pos = [], 0
    for m in _SEPARATORS.finditer(text):
        if any(s < m.start() < e for s, e in names):
            continue
        out.append((pos, m.start()))
        pos = m.end()
    return [*out, (pos, len(text))]


def _joined(piece: str, words: _Words) -> bool:
    """The piece opens with 'and': a new item of a list, not the apposition before it."""
    return any(s == len(piece) - len(piece.lstrip()) for s, _ in _find(piece, words.joins))


def _leads_with_a_title(piece: str, words: _Words) -> bool:
    """A piece after a name is the person's title when it opens with one: nothing but
    'and', a lead-in ('was elected') or an article before its first title word ('asked
    the Director of ...' and 'поручил директору ...' are not)."""
    hits = _find(piece, words.title_words)
    if not hits:
        return False
    head = piece[:min(s for s, _ in hits)]
    for s, e in sorted(_find(head, (*words.lead_ins, *words.joins)), reverse=True):
        head = head[:s] + " " + head[e:]  # 'was elected', 'được bầu làm', 'and'
    # at most an article ('the', 'le') or a province ('ڈاک لاک صوبائی …'): 'поручил
    # директору …' is what the person did
    return (not head.split() or (len(head.split()) == 1 and len(head.strip()) <= 4)
            or snap(romanize(head, words.lang), "province") is not None)


def _shared(pieces: list[str], words: _Words) -> tuple[list[str], list[str]]:
    """Pieces between two names, split between them: a piece touching the second name is
    its title ('…, Provincial Party Secretary B'); of the pieces set off by commas the
    first name's apposition runs until one opens with 'and' ('A, Director of X, and
    Director of Y, B'), which starts the second's. Where titles stand before names, all
    are the second's but what is glued to the first or in brackets after it."""
    if words.side == "before":
        mine = _glued_after(pieces)
        return mine, [p for p in pieces[len(mine):] if p.strip()]
    if words.side == "after":  # Thai, Lao, Khmer: a title follows its name, unset off
        return [p for p in pieces if p.strip()], []
    last = pieces[-1] if pieces and pieces[-1].strip() else None
    body = [p for p in (pieces[:-1] if last is not None else pieces) if p.strip()]
    cut = next((i for i, p in enumerate(body) if _joined(p, words)), len(body))
    return body[:cut], body[cut:] + ([last] if last is not None else [])


_OPEN, _CLOSE = "(（", ")）"


def _glued_after(pieces: list[str]) -> list[str]:
    """Where titles stand before names, the ones a name still has after it: in brackets
    ('管明强同志（省委书记、省国会代表团团长）') or glued to it ('ドー・チョン・フン省党委員会書記、')."""
    if not pieces or not pieces[0] or pieces[0][0].isspace():
        return []
    if any(c in pieces[0][:6] for c in _OPEN):
        for i, piece in enumerate(pieces):
            if any(c in piece for c in _CLOSE):
                return pieces[:i + 1]
        return []
    return pieces[:1] if len(pieces) > 1 else []


def _titled(pieces: list[str], words: _Words, after: bool) -> list[str]:
    """The leading run of pieces that are titles (from the name outwards)."""
    out = []
    if after and pieces and len(pieces[0].split()) == 1 and not _posts(pieces[0], words):
        pieces = pieces[1:]  # a form of address after the name ('Trinh Van Loc elvtárs, …')
    for piece in (pieces if after else pieces[::-1]):
        if not _posts(piece, words) or (after and not _leads_with_a_title(piece, words)):
            break
        out.append(piece)
    return out if after else out[::-1]


def _after(text: str, start: int, limit: int, by_person: bool, words: _Words) -> list[str]:
    window = text[start:min(limit, start + _REACH)]
    pieces = [window[s:e] for s, e in _pieces(window, words)]
    if by_person:
        mine = _shared(pieces, words)[0]
    elif words.side == "before":
        mine = _glued_after(pieces + [""])
    else:
        mine = [p for p in pieces if p.strip()]
    return _titled(mine, words, after=True)


def _before(text: str, end: int, limit: int, by_person: bool, words: _Words) -> list[str]:
    window = text[max(limit, end - _REACH):end]
    spans = _pieces(window, words)
    # 'A, Secretary of X; B': what stands before a semicolon is the item before
    if _LIST_END.search(window[spans[-2][1]:]) if len(spans) > 1 else False:
        last = window[spans[-1][0]:spans[-1][1]]
        return _titled([last], words, after=False) if last.strip() else []
    pieces = [window[s:e] for s, e in spans]
    mine = _shared(pieces, words)[1] if by_person else [p for p in pieces if p.strip()]
    return _titled(mine, words, after=False)


def person_titles(draft, person) -> list[str]:
    """Every title the article gives ``person`` beside any of its mentions, in order."""
    words = _words(draft.language)
    others = sorted(span for p in draft.people if p is not person for span in p.mentions)
    place = _place_names(draft.location)
    female = _female(draft, person, words)
    found: list[str] = []
    for start, end in person.mentions:
        sentence = sentence_of(draft.text, start)
        before = max([e for _, e in others if e <= start], default=sentence.start)
        after = min([s for s, _ in others if s >= end], default=sentence.end)
        pieces = _before(draft.text, start, max(before, sentence.start),
                         before > sentence.start, words)
        pieces += _after(draft.text, end, min(after, sentence.end), after < sentence.end, words)
        framed = _framed(draft.text, start, end, max(before, sentence.start), words)
        for piece in pieces + ([framed] if framed else []):
            found += titles_in(piece, draft.language, place, female)
    return list(dict.fromkeys(found))


def _framed(text: str, start: int, end: int, limit: int, words: _Words) -> str | None:
    """A title written around the name, the body before it and the post glued after it
    (Japanese '郡人民委員会のレ・ドゥック・ティン委員長'): the two read as one piece."""
    if words.side != "before":
        return None
    post = next((m for m in _posts(text[end:end + 8], words) if m[0] == 0), None)
    if post is None:
        return None
    window = text[max(limit, start - _REACH):start]
    spans = _pieces(window, words)
    last = window[spans[-1][0]:spans[-1][1]] if spans else ""
    if _posts(last, words) or _nearest_body(last, len(last), len(last), words, True) is None:
        return None
    return last + text[end:end + post[1]]


def _place_names(location: str | None) -> tuple[str | None, str | None]:
    """(district, commune) of the meeting's place, to name a district's committee."""
    if not location:
        return None, None
    name, _, level = location.rpartition(" ")
    return (name if level == "district" else None), (name if level == "commune" else None)


def _female(draft, person, words: _Words) -> bool:
    """The article marks the person as a woman: a form of address before a mention
    ('Ms.', 'bà', 'Frau'), or Thi as the middle name."""
    if "Thi" in person.name.split()[1:-1]:
        return True
    # matched as written: folded, 'chị' (Ms.) would be 'chí' (comrade); before the name
    # or right after it ('女史', 'asszony')
    text = draft.text
    return any(w.casefold() in text[max(0, s - 16):s].casefold()
               or text[e:e + 12].lstrip().casefold().startswith(w.casefold().strip())
               for s, e in person.mentions for w in words.female)
