"""Cue words of the language data, found in text: meeting kinds, roles, instructions.

A cue matches as whole words in scripts with spaces (after folding: case, diacritics,
script) and as a plain substring in scripts written without spaces between words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.languages import knowledge
from extractor.linking.text import fold

_NO_SPACES = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _unspaced(cue: str) -> bool:
    return bool(_NO_SPACES.search(cue))


@lru_cache(maxsize=1024)
def _pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    spaced = [re.escape(fold(c)) for c in cues if not _unspaced(c)]
    if not spaced:
        return None
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(sorted(spaced, key=len, reverse=True))})")


def cue_list(lang: str | None, kind: str, key: str) -> tuple[str, ...]:
    """The cues of ``key`` in ``kind`` for ``lang``, and English ones (texts quote English)."""
    own = knowledge(lang, kind).get(key, [])
    english = knowledge("en", kind).get(key, []) if lang != "en" else []
    return tuple(own) + tuple(english)


def count(text: str, cues: tuple[str, ...]) -> int:
    """How many times the cues occur in ``text``."""
    n = sum(text.count(c) for c in cues if _unspaced(c))
    pattern = _pattern(cues)
    if pattern is not None:
        n += len(pattern.findall(fold(text)))
    return n


def has(text: str, cues: tuple[str, ...]) -> bool:
    return count(text, cues) > 0
