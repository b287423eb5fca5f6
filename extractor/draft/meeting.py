"""The meeting an article reports, as far as the reader can tell: kind, date, place."""

from __future__ import annotations

import re

from extractor.draft import cues
from extractor.draft.segments import sentences
from extractor.languages import knowledge
from extractor.linking.text import PROVINCES, fold

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


def meeting_location(text: str, lang: str | None, romanize) -> str | None:
    """'Quan Son district' / 'Cao Bang province': the place named most often beside a
    district or province word, on the side the language writes names; districts first,
    the lower level the meeting is at."""
    folded = fold(text)
    provinces = {" ".join(fold(p).split()): p for p in PROVINCES}
    sides = _name_sides(lang)
    for level in ("district", "province"):
        found: dict[str, int] = {}
        for word in _place_words(lang)[level]:
            w = re.escape(fold(word))
            patterns = {"after": rf"(?<![a-z]){w}\s+((?:[a-z]{{1,7}}\s){{1}}[a-z]{{1,7}})\b",
                        "before": rf"\b([a-z]{{1,7}}\s[a-z]{{1,7}})\s+{w}(?![a-z])"}
            for side in sides:
                for m in re.finditer(patterns[side], folded):
                    found[m.group(1)] = found.get(m.group(1), 0) + 1
        if level == "province":
            found = {k: v for k, v in found.items() if k in provinces}
        if found:
            name = max(found, key=found.get)
            return f"{romanize(name)} {level}"
    for key, name in provinces.items():
        if key in folded:
            return f"{name} province"
    return None
