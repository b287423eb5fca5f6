"""Cue words of the language data, found in text: meeting kinds, roles, instructions.

Text and cues are compared in their own script, case and diacritics folded
(transliterating would merge letters: Arabic ط and ت both become "t"). A cue matches at
the start of a word (so a stem matches its inflections), after one of the language's
glued prefixes (Arabic و "and"), and as a plain substring in scripts written without
spaces between words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractor.languages import has_unspaced_script, knowledge

_NEAR_BEFORE, _NEAR_AFTER = 40, 30  # characters around a cue that ``unless_near`` looks at
# Kana voicing marks tell syllables apart (ド is not ト): they are no diacritics to fold.
_KANA_VOICING = frozenset("\u3099\u309a")
_STROKED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ı": "i"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case and diacritics folded, script kept."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_STROKED))
    return unicodedata.normalize("NFC", "".join(
        c for c in text if not unicodedata.combining(c) or c in _KANA_VOICING))


def unspaced(cue: str) -> bool:
    """The cue is in a script written without spaces between words."""
    return has_unspaced_script(cue)


@lru_cache(maxsize=1024)
def _pattern(cues: tuple[str, ...], prefixes: tuple[str, ...]) -> re.Pattern[str] | None:
    spaced = [re.escape(fold(c)) for c in cues if not unspaced(c)]
    if not spaced:
        return None
    glued = f"(?:{'|'.join(map(re.escape, prefixes))})?" if prefixes else ""
    return re.compile(rf"(?<!\w){glued}(?:{'|'.join(sorted(spaced, key=len, reverse=True))})")


def cue_list(lang: str | None, kind: str, key: str) -> tuple[str, ...]:
    """The cues of ``key`` in ``kind`` for ``lang``, and English ones (texts quote English)."""
    own = knowledge(lang, kind).get(key, [])
    english = knowledge("en", kind).get(key, []) if lang != "en" else []
    return tuple(own) + tuple(english)


def count(text: str, cues: tuple[str, ...], lang: str | None = None,
          unless_near: tuple[str, ...] = ()) -> int:
    """How many times the cues occur in ``text``; with ``unless_near``, not counting
    an occurrence with one of those words shortly before or after it ('the Resolution
    of the Party Congress' names a congress; it does not report one)."""
    folded = fold(text)
    starts = [m.start() for c in cues if unspaced(c)
              for m in re.finditer(re.escape(fold(c)), folded)]
    prefixes = tuple(knowledge(lang, "names").get("prefixes", [])) if lang else ()
    pattern = _pattern(cues, prefixes)
    if pattern is not None:
        starts += [m.start() for m in pattern.finditer(folded)]
    near = [fold(w) for w in unless_near]
    return sum(1 for at in starts if not any(
        w in folded[max(0, at - _NEAR_BEFORE):at + _NEAR_AFTER] for w in near))


def has(text: str, cues: tuple[str, ...], lang: str | None = None) -> bool:
    return count(text, cues, lang) > 0
