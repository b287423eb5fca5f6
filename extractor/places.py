"""Vietnam's provinces and districts: the names a place read from an article is snapped to.

A translation spells a place by ear ('Кван Шон', 'הואנג סון', 'フオンソン'); read back into
Latin letters it is close to, not equal to, the name. The gazetteer says which names exist:
the 63 provinces (``extractor.linking.text.PROVINCES``, the tool's canonical spellings) and
their 696 districts, towns and cities as the General Statistics Office lists them
(``vietnam-provinces`` 0.6, data of January 2025, before the 2025 merger removed districts).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from extractor.linking.text import PROVINCES, fold, province_key

LEVELS = ("district", "province")
# A romanized spelling this close to a name (rapidfuzz ratio, 0-100) is read as that name.
MIN_SCORE = 88.0
MIN_SCORE_IN_PROVINCE = 80.0  # among a province's dozen districts a looser match is safe
_DISTRICT_PREFIXES = ("thanh pho ", "thi xa ", "huyen ", "quan ")


@dataclass(frozen=True)
class Place:
    name: str  # 'Quan Son', ASCII, as the tool writes places
    level: str  # 'district' or 'province'
    province: str  # its province, one of PROVINCES

    @property
    def label(self) -> str:
        """'Quan Son district', the form of a meeting's location."""
        return f"{self.name} {self.level}"


def compact(name: str) -> str:
    """The letters of a name, folded, without spaces: 'Quảng Ninh' -> 'quangninh'."""
    return re.sub(r"[^a-z]", "", fold(name))


_SOUNDS = (("ngh", "G"), ("ng", "G"), ("nh", "N"), ("ph", "F"), ("th", "T"), ("tr", "C"),
           ("ch", "C"), ("kh", "K"), ("gh", "K"), ("gi", "D"), ("qu", "KU"), ("sh", "S"),
           ("f", "F"), ("p", "F"), ("v", "F"), ("t", "T"), ("j", "C"), ("c", "K"), ("k", "K"),
           ("q", "K"), ("g", "K"), ("d", "D"), ("z", "D"), ("r", "D"), ("s", "S"), ("x", "S"),
           ("h", "H"), ("b", "B"), ("l", "L"), ("m", "M"), ("n", "N"), ("a", "A"), ("e", "I"),
           ("i", "I"), ("y", "I"), ("o", "U"), ("u", "U"), ("w", "U"))
_SOUND = re.compile("|".join(s for s, _ in _SOUNDS))
_SOUND_OF = dict(_SOUNDS)


def sounds(name: str) -> str:
    """How a spelling sounds, in classes transcriptions keep apart ('Xat' and 'Sat' alike;
    Arabic and Hebrew keep the consonants, merge the vowels): 'Bát Xát' -> 'BAT SAT'."""
    words = (_SOUND.sub(lambda m: _SOUND_OF[m.group()], w) for w in fold(name).split())
    return " ".join(re.sub(r"([A-Z])\1+", r"\1", re.sub(r"[^A-Z]", "", w)) for w in words)


def _title(folded: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in folded.split())


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Every province, then every district (in the package's order)."""
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

    canonical = {province_key(p): p for p in PROVINCES}
    out = [Place(p, "province", p) for p in PROVINCES]
    for prov in json.loads(NESTED_DIVISIONS_JSON_PATH.read_text("utf-8")):
        province = canonical.get(province_key(_strip(fold(prov["name"]), ("tinh ", "thanh pho "))))
        if province is None:  # a province the canonical list does not know: skip, not guess
            continue
        for district in prov["districts"]:
            name = _title(_strip(fold(district["name"]), _DISTRICT_PREFIXES))
            out.append(Place(name, "district", province))
    return tuple(out)


def _strip(folded: str, prefixes: tuple[str, ...]) -> str:
    for prefix in prefixes:
        if folded.startswith(prefix):
            return folded[len(prefix):]
    return folded


def _consonants(sound: str) -> str:
    return re.sub(r"[AIU]", "", sound)


_KEYS = (compact, sounds, lambda name: _consonants(sounds(name)))


@lru_cache(maxsize=128)
def _choices(level: str, province: str | None) -> tuple[dict[str, Place], ...]:
    """Per key (spelling, sound, consonants) -> place, at one level (districts of one
    province when given); the first of namesakes wins."""
    pool = [p for p in places() if p.level == level and province in (None, p.province)]
    return tuple({key(p.name): p for p in reversed(pool)} for key in _KEYS)


def _lossy(spelling: str) -> bool:
    """A word without vowels: the script wrote none ('Bt St' from Persian)."""
    return any(not re.search(r"[AIU]", w) for w in sounds(spelling).split())


def match(spelling: str, level: str, province: str | None = None) -> tuple[Place, float] | None:
    """The place of ``level`` whose name ``spelling`` (Latin letters) is, or sounds most
    like, and how alike (0-100): at least ``MIN_SCORE_IN_PROVINCE`` among the districts of
    ``province`` (tried first when it is known), ``MIN_SCORE`` among all."""
    if len(compact(spelling)) < 3:
        return None
    keys = _KEYS if _lossy(spelling) else _KEYS[:2]
    scopes = ((province, MIN_SCORE_IN_PROVINCE),) if province else ()
    for scope, cutoff in (*scopes, (None, MIN_SCORE)):
        scored = []
        for key, choices in zip(keys, _choices(level, scope), strict=False):
            found = process.extractOne(key(spelling), choices.keys(), scorer=fuzz.ratio,
                                       score_cutoff=cutoff)
            if found is not None:
                scored.append((found[1], -len(scored), choices[found[0]]))
        if scored:
            score, _, place = max(scored)
            return place, score
    return None


def snap(spelling: str, level: str, province: str | None = None) -> Place | None:
    """The place ``spelling`` names (see ``match``), or None."""
    found = match(spelling, level, province)
    return found[0] if found else None
