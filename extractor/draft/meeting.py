"""The meeting an article reports, as far as the reader can tell: kind, date, place."""

from __future__ import annotations

import re

from extractor.draft import cues
from extractor.draft.people import romanize
from extractor.draft.segments import sentences
from extractor.languages import knowledge
from extractor.linking.text import PROVINCES, fold
from extractor.places import Place, compact, match

KIND_ORDER = ("congress", "working_session", "conference", "ceremony", "visit")
LEAD_WEIGHT = 3


def meeting_kind(text: str, lang: str | None) -> tuple[str, dict[str, int]]:
    """The kind whose cue words the article uses most, its opening counting
    ``LEAD_WEIGHT`` times; ``other`` when it uses none. Returns the scores too."""
    segs = sentences(text)
    lead = " ".join(s.of(text) for s in segs[:3])
    scores = {}
    for kind in KIND_ORDER:
        words = cues.cue_list(lang, "meetings", kind)
        # meetings.json's '<kind>_unless_near': words that make a cue a name, not a report
        near = cues.cue_list(lang, "meetings", f"{kind}_unless_near")
        scores[kind] = LEAD_WEIGHT * cues.count(lead, words, lang, near) + \
            cues.count(text, words, lang, near)
    best = max(KIND_ORDER, key=lambda k: (scores[k], -KIND_ORDER.index(k)))
    return (best if scores[best] else "other"), scores


def _place_words(lang: str | None) -> dict[str, tuple[str, ...]]:
    data = knowledge(lang, "meetings").get("places", {})
    english = knowledge("en", "meetings").get("places", {})
    return {level: tuple(data.get(level, [])) + tuple(english.get(level, []))
            for level in ("district", "province", "commune")}


def _name_sides(lang: str | None) -> tuple[str, ...]:
    """Where a language writes a place's name beside its district or province word:
    ``after`` ('distrik Bat Xat', 'huyện Quan Sơn'), ``before`` ('Quan Son district'),
    or both (the default); from meetings.json's ``place_name_side``."""
    side = knowledge(lang, "meetings").get("place_name_side", "both")
    return ("after", "before") if side == "both" else (side,)


# Combining marks (Devanagari, Bengali, Thai, Khmer vowel signs; Hebrew and Arabic points)
# are no word characters to ``re``, but part of the word they sit on.
_MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
          "\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3099\u309a")
_WORD = rf"[^\W\d_](?:[^\W_]|[{_MARKS}'’\-])*"
_WORDS_AFTER = re.compile(rf"[ \u00a0]*({_WORD}(?:[ \u00a0]{_WORD}){{0,2}})")
_WORDS_BEFORE = re.compile(rf"({_WORD}(?:[ \u00a0]{_WORD}){{0,2}})[ \u00a0]*$")
_RUN_AFTER = re.compile(rf"[^\W\d_](?:[^\W_]|[{_MARKS}・･])*")
_RUN_BEFORE = re.compile(rf"(?:[^\W_]|[{_MARKS}・･])*[^\W\d_][{_MARKS}]*$")
_REACH = 60  # characters beside a place word where its name is looked for
_LONGEST_RUN = 10  # characters of an unspaced name ('กาวบั่ง', 'フオンソン')


def _lowercase(word: str) -> bool:
    """A word of a cased script written in lower case: no name ('the', 'of')."""
    return word[:1].islower()


def _spaced_names(text: str, start: int, end: int, side: str) -> list[str]:
    """One, two and three words beside a place word, nearest first, up to a lower-case
    word (a name is capitalised where the script has capitals)."""
    if side == "after":
        m = _WORDS_AFTER.match(text, end, min(len(text), end + _REACH))
        tokens = m.group(1).split() if m else []
    else:
        m = _WORDS_BEFORE.search(text[max(0, start - _REACH):start])
        tokens = m.group(1).split()[::-1] if m else []
    out: list[str] = []
    for token in tokens:
        if _lowercase(token):
            break
        out.append(token)
    names = [out[:k] for k in range(1, len(out) + 1)]
    return [" ".join(n if side == "after" else n[::-1]) for n in names]


def _unspaced_names(text: str, start: int, end: int, side: str) -> list[str]:
    """The letters glued to a place word in a script without spaces ('カオバン省',
    'จังหวัดกาวบั่ง'): every length from two letters on."""
    if side == "after":
        m = _RUN_AFTER.match(text, end, min(len(text), end + _LONGEST_RUN))
        run = m.group() if m else ""
        return [run[:k] for k in range(2, len(run) + 1)]
    m = _RUN_BEFORE.search(text[max(0, start - _LONGEST_RUN):start])
    run = m.group() if m else ""
    return [run[-k:] for k in range(2, len(run) + 1)]


def _place_words_in(text: str, lang: str | None, level: str) -> list[tuple[int, int, bool]]:
    """(start, end, unspaced) of each place word of ``level`` in the text."""
    found = []
    # a place word may carry one of the language's glued prefixes (Arabic لـ 'of')
    glued = "|".join(map(re.escape, knowledge(lang, "names").get("prefixes", [])))
    glued = f"(?:{glued})?" if glued else ""
    for word in _place_words(lang)[level]:
        unspaced = cues.unspaced(word)
        pattern = re.escape(word) if unspaced else rf"(?<!\w){glued}{re.escape(word)}\w*"
        found += [(m.start(), m.end(), unspaced)
                  for m in re.finditer(pattern, text, re.IGNORECASE)]
    return found


def _spelled(name: str, lang: str | None) -> str:
    """A place name in Latin letters: the language's own name for it where its data has
    one (Chinese 高平 is Cao Bang, not 'Cao Binh'), else read back like a person's."""
    exonyms = knowledge(lang, "meetings").get("place_names", {})
    return exonyms.get(name) or romanize(name, lang)


def named_places(text: str, lang: str | None, level: str,
                  province: str | None) -> dict[Place, int]:
    """How often each place of ``level`` is named beside one of its place words (at the
    district level, not a name that is the province's: 'επαρχία Κουάνγκ Νιν')."""
    counts: dict[Place, int] = {}
    for start, end, unspaced in _place_words_in(text, lang, level):
        best: tuple[float, Place] | None = None
        for side in _name_sides(lang):
            names = (_unspaced_names if unspaced else _spaced_names)(text, start, end, side)
            for spelling in (_spelled(name, lang) for name in names):
                found = match(spelling, level, province)
                if found is None or (best is not None and found[1] < best[0]):
                    continue
                if level == "district" and (
                        (prov := match(spelling, "province")) and prov[1] >= found[1]):
                    continue
                best = (found[1], found[0])
        if best is not None:
            counts[best[1]] = counts.get(best[1], 0) + 1
    return counts


def _province_in(text: str) -> str | None:
    """The province whose name the (Latin-script) text holds most often, anywhere."""
    folded = fold(text)
    # at the start of a word, and inflected or not ('Dak Lakin')
    counts = {p: len(re.findall(rf"\b{re.escape(' '.join(fold(p).split()))}", folded))
              for p in PROVINCES}
    best = max(PROVINCES, key=counts.get)
    return best if counts[best] else None


def _province_read_back(text: str, lang: str | None) -> str | None:
    """The province named most often in a text of another script: each name of one to
    three words read back ('Нин Бин' is Ninh Binh), exactly a province's letters."""
    keys = {compact(p): p for p in PROVINCES}
    tokens = re.findall(_WORD, text)
    counts: dict[str, int] = {}
    for i in range(len(tokens)):
        for size in (1, 2, 3):
            found = keys.get(compact(_spelled(" ".join(tokens[i:i + size]), lang)))
            if found:
                counts[found] = counts.get(found, 0) + 1
                break
    return max(counts, key=counts.get) if counts else None


def meeting_location(text: str, lang: str | None) -> str | None:
    """'Quan Son district' / 'Cao Bang province': the district named most often beside a
    district word, else the province named most often beside a province word (in either
    case a place of the gazetteer, ``extractor.places``, read back from any script),
    else a province the text names."""
    named = named_places(text, lang, "province", None)
    province = max(named, key=named.get).name if named else (
        _province_in(text) or (None if text.isascii() else _province_read_back(text, lang)))
    districts = {p: n for p, n in named_places(text, lang, "district", province).items()
                 # a city named as its province ('Lang Son'): the province is meant
                 if compact(p.name) != compact(p.province)}
    if districts:
        best = max(districts, key=districts.get)
        # a district the opening does not name is a speaker's office, not the venue
        lead = sentences(text)[:2]
        opening = text[:lead[-1].end] if lead else text
        if province is None or named_places(opening, lang, "district", province):
            return best.label
    return f"{province} province" if province else None
