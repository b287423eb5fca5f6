"""Vietnamese name syllables read back from scripts that lose what tells them apart.

Arabic, Hebrew, Devanagari, Bengali and Thai transcriptions of a Vietnamese name keep its
consonants but merge its vowels ('كوك' is Quoc or Cuc, 'كونغ' Cuong, Cong or Cung). A
romanized syllable that is not one of them is compared with the common syllables of Vietnamese names
(``vi/names.json``: ``name_syllables``, most frequent first) that sound alike (the same
*skeleton*: consonant classes and vowel classes), and the closest, helped by how common
it is, replaces it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from extractor.languages import knowledge

_ONSETS = (("ngh", "G"), ("ng", "G"), ("nh", "N"), ("ph", "F"), ("th", "T"), ("tr", "C"),
           ("ch", "C"), ("kh", "K"), ("gh", "K"), ("gi", "D"), ("sh", "S"), ("f", "F"),
           ("p", "F"), ("t", "T"), ("j", "C"), ("c", "K"), ("k", "K"), ("q", "K"), ("g", "K"),
           ("d", "D"), ("z", "D"), ("r", "D"), ("s", "S"), ("x", "S"), ("h", "H"), ("n", "N"),
           ("l", "L"), ("m", "M"), ("v", "F"), ("w", "F"), ("b", "B"), ("y", "I"))
_CODAS = (("ng", "N"), ("nh", "N"), ("nj", "N"), ("nk", "N"), ("ch", "K"), ("n", "N"),
          ("m", "M"), ("c", "K"), ("k", "K"), ("q", "K"), ("t", "T"), ("p", "P"), ("g", "N"),
          ("j", "N"))
_VOWEL_CLASS = str.maketrans("aeiyouw", "AIIIUUU")
_SYLLABLE = re.compile(r"^([^aeiouyw]*)([aeiouyw]+)([^aeiouyw]*)$")
PRIOR = 30.0  # how much being common counts against spelling (rapidfuzz points)
# The scripts keep consonants: the same spelled onset ('kh' of خ, not 'k' of ك) counts.
ONSET_BONUS = 10.0


def _class(part: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for spelling, cls in table:
        if part == spelling:
            return cls
    return None if part else ""


def skeleton(syllable: str) -> str | None:
    """'quoc' -> 'K.U.K', 'huanj' -> 'H.UA.N'; None when it is no syllable shape."""
    m = _SYLLABLE.match(syllable)
    if m is None:
        return None
    onset, vowels, coda = m.groups()
    # 'qu' is one consonant, as 'kw'; and so is a 'cu'/'ku' before a vowel, as Arabic
    # and Cyrillic write it (كوينه, Куинь: Quynh)
    if (onset == "q" or onset in ("c", "k") and len(vowels) > 1) and vowels.startswith("u"):
        vowels = vowels[1:] or "u"
    first, last = _class(onset, _ONSETS), _class(coda, _CODAS)
    if first is None or last is None:
        return None
    merged = re.sub(r"(.)\1+", r"\1", vowels.translate(_VOWEL_CLASS))
    return f"{first}.{merged}.{last}"


@lru_cache(maxsize=1)
def _inventory() -> dict[str, list[tuple[str, float]]]:
    words = knowledge("vi", "names").get("name_syllables", [])
    out: dict[str, list[tuple[str, float]]] = {}
    for rank, word in enumerate(words):
        key = skeleton(word)
        if key is not None:
            out.setdefault(key, []).append((word, PRIOR * (1 - rank / max(len(words), 1))))
    return out


@lru_cache(maxsize=1)
def _scripts() -> tuple[str, ...]:
    return tuple(knowledge("vi", "names").get("snap_scripts", []))


def lossy_script(written: str) -> bool:
    """The name is written in a script whose transcriptions merge Vietnamese vowels."""
    letter = next((c for c in written if c.isalpha()), "")
    return bool(letter) and unicodedata.name(letter, "").startswith(_scripts())


def snap(syllable: str) -> str:
    """The common Vietnamese name syllable closest to a romanized one (lower case)."""
    candidates = _inventory().get(skeleton(syllable) or "", [])
    if not candidates or any(word == syllable for word, _ in candidates):
        return syllable
    syllable = re.sub(r"n[jk]$", "ng", syllable)  # Arabic writes a final -ng with ج or ك
    onset = _onset(syllable)
    return max(candidates, key=lambda c: (fuzz.ratio(syllable, c[0]) + c[1]
                                          + ONSET_BONUS * (_onset(c[0]) == onset), c[0]))[0]


def _onset(syllable: str) -> str:
    return re.match(r"[^aeiouyw]*", syllable).group()
