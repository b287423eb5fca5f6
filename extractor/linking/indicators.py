"""The canonical indicator list (``schemas/indicators.json``) and the KPI -> code mapping.

Each KPI gets an ``indicator_code`` and a ``scaled_value`` in the base unit of its unit
family. The mapping is deterministic and depends only on the KPI itself:

1. the unit decides the family (``%`` -> percent, ``VND`` -> money, ``ha`` -> area ...)
   and the multiplier to the family's base unit (``km2`` -> 100 ha, ``kg`` -> 0.001 t);
2. among the indicators of that family, every English keyword is compared with the
   KPI's English ``indicator`` text: as a contiguous phrase, as a set of words, or with
   one word misspelt (rapidfuzz ``ratio``); the most specific (longest) match wins, and
   ``requires_any`` and ``excludes`` words keep growth rates, shares and comparisons
   with plan apart;
3. when no English keyword is close enough, the multilingual keywords are looked up in
   the KPI's ``evidence`` quote (the article's own language): whole folded words, an
   inflected ending allowed, or a substring in scripts written without spaces; the most
   specific (longest) keyword found decides, and a tie between indicators decides nothing;
4. otherwise the code is ``other``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz

from extractor.languages import has_unspaced_script
from extractor.linking.text import words

OTHER = "other"
FUZZY_MIN = 85.0  # a misspelt keyword word: rapidfuzz ratio at least this
ACCEPT = 0.8  # best score below this falls back to the evidence, then `other`

_SPELLING = ((re.compile(r"(?<=[a-z])is(e|ed|es|ing|ation|ations)\b"), r"iz\1"),
             (re.compile(r"\blabour"), "labor"), (re.compile(r"\bper cent\b"), "percent"))


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    family: str
    keywords: dict[str, tuple[str, ...]]
    requires_any: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Prepared:
    indicator: Indicator
    phrases: tuple[tuple[str, int], ...]  # normalised English keyword, its word count
    foreign: tuple[str, ...]  # folded keywords of every language, for the evidence
    requires: frozenset[str]
    excludes: tuple[str, ...]
    requires_unspaced: tuple[str, ...] = ()  # found as substrings (CJK, Thai)


def _norm(text: str) -> str:
    """Folded words with British/American spelling and plurals evened out."""
    text = " ".join(words(text))
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                    for w in text.split())


def _contains(text: str, phrase: str) -> bool:
    return f" {phrase} " in f" {text} "


def indicators_path() -> Path:
    return Path(str(resources.files("extractor.schemas").joinpath("indicators.json")))


@lru_cache(maxsize=1)
def catalogue() -> tuple[Indicator, ...]:
    """Every canonical indicator, in file order (``other`` last)."""
    doc = json.loads(indicators_path().read_text(encoding="utf-8"))
    return tuple(
        Indicator(code=e["code"], label=e["label"], family=e["family"],
                  keywords={lang: tuple(kw) for lang, kw in e["keywords"].items()},
                  requires_any=tuple(e.get("requires_any", ())),
                  excludes=tuple(e.get("excludes", ())))
        for e in doc["indicators"]
    )


@lru_cache(maxsize=1)
def _prepared() -> tuple[_Prepared, ...]:
    out = []
    for ind in catalogue():
        if ind.code == OTHER:
            continue
        phrases = tuple(dict.fromkeys((_norm(k), len(_norm(k).split()))
                                      for k in ind.keywords.get("en", ())))
        foreign = tuple(dict.fromkeys(k.casefold() for lang, kws in ind.keywords.items()
                                      if lang != "en" for k in kws))
        out.append(_Prepared(ind, phrases, foreign,
                             frozenset(_norm(w) for w in ind.requires_any if not _unspaced(w)),
                             tuple(_norm(w) for w in ind.excludes),
                             tuple(w.casefold() for w in ind.requires_any if _unspaced(w))))
    return tuple(out)


# ----------------------------------------------------------------------------- units

_PERCENT = {"%", "percent", "pct", "percentage", "percentage point", "point", "pp", "ppt"}
_CURRENCIES = {"vnd": "VND", "dong": "VND", "vietnamese dong": "VND", "d": "VND",
               "usd": "USD", "us dollar": "USD", "dollar": "USD", "$": "USD", "us$": "USD",
               "eur": "EUR", "euro": "EUR", "jpy": "JPY", "yen": "JPY", "cny": "CNY",
               "yuan": "CNY", "krw": "KRW", "won": "KRW"}
_MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6,
                "billion": 1e9, "bn": 1e9, "bln": 1e9, "ty": 1e9, "trillion": 1e12,
                "tn": 1e12, "trieu": 1e6, "nghin": 1e3, "ngan": 1e3}
_AREA = {"ha": 1.0, "hectare": 1.0, "km2": 100.0, "square kilometer": 100.0,
         "sq km": 100.0, "m2": 1e-4, "square meter": 1e-4}
_MASS = {"tonne": 1.0, "ton": 1.0, "t": 1.0, "kg": 1e-3, "kilogram": 1e-3,
         "quintal": 0.1, "ta": 0.1}


@dataclass(frozen=True)
class UnitInfo:
    family: str  # percent | money | count | area | mass
    factor: float  # multiplier from the unit as written to the family's base unit
    base_unit: str  # '%', 'VND', 'USD', 'ha', 't', or the unit itself for counts


@lru_cache(maxsize=4096)
def parse_unit(unit: str | None) -> UnitInfo:
    """Family, multiplier and base unit of a KPI unit: 'billion VND' -> money x1e9 VND."""
    raw = (unit or "").strip()
    if raw in {"%", "‰"}:
        return UnitInfo("percent", 0.1 if raw == "‰" else 1.0, "%")
    text = _norm(raw.replace("%", " percent ").replace("$", " usd ").replace("/", " per "))
    text = text.split(" per ")[0]  # 'million VND per person' is money
    factor = 1.0
    for word in text.split():
        factor *= _MULTIPLIERS.get(word, 1.0)
    rest = " ".join(w for w in text.split() if w not in _MULTIPLIERS)
    if rest in _PERCENT or text in _PERCENT:
        return UnitInfo("percent", 1.0, "%")
    for name, code in _CURRENCIES.items():
        if _contains(rest, name):
            return UnitInfo("money", factor, code)
    for table, family, base in ((_AREA, "area", "ha"), (_MASS, "mass", "t")):
        for name, mult in table.items():
            if rest == name or rest.endswith(f" {name}"):
                return UnitInfo(family, factor * mult, base)
    return UnitInfo("count", factor, raw or "items")


def scaled_value(value: float, scale: float, unit: str | None) -> float:
    """``value x scale`` in the base unit of the unit's family."""
    return value * scale * parse_unit(unit).factor


# ----------------------------------------------------------------------------- codes


def _eligible(p: _Prepared, text: str, tokens: set[str], raw: str) -> bool:
    """Whether the indicator text has one of the required words (a word of a script
    written without spaces is looked for inside ``raw``, the casefolded text, since
    folding makes a whole clause of it one token) and none of the excluded ones."""
    if (p.requires or p.requires_unspaced) and not (
            p.requires & tokens or any(w in raw for w in p.requires_unspaced)):
        return False
    return not any(_contains(text, ex) for ex in p.excludes)


def _score(p: _Prepared, text: str, tokens: set[str]) -> float:
    """1 + 0.1 per word for a keyword whose words all occur (a bit more when contiguous);
    0.9 when all but one occur and that one is a near spelling (rapidfuzz) of a word there."""
    best = 0.0
    for phrase, size in p.phrases:
        if _contains(text, phrase):
            best = max(best, 1.05 + 0.1 * size)
            continue
        missing = [w for w in phrase.split() if w not in tokens]
        if not missing:
            best = max(best, 1.0 + 0.1 * size)
        elif len(missing) == 1 and size >= 3 and any(
                fuzz.ratio(missing[0], t) >= FUZZY_MIN for t in tokens):
            best = max(best, 0.9)
    return best


@lru_cache(maxsize=65536)  # asked of every keyword of every candidate per quote
def _unspaced(text: str) -> bool:
    """Scripts written without spaces between words (Chinese, Japanese, Korean, Thai)."""
    return has_unspaced_script(text)


def _same_word(word: str, token: str) -> bool:
    """A keyword word in a quote, inflected ('бедности' for 'бедность', 'Gemeinden' for
    'Gemeinde'): equal, or sharing all but the last three letters of a long word."""
    if word == token:
        return True
    stem = max(4, len(word) - 3)
    return len(word) >= 5 and len(token) >= stem and token[:stem] == word[:stem]


def _quoted(keyword: str, raw: str, tokens: tuple[str, ...]) -> int:
    """How specific a keyword found in a quote is (0: not found): as a plain substring
    in scripts written without spaces, else as folded words, inflections allowed."""
    if _unspaced(keyword):
        return len(keyword) * 2 if keyword.casefold() in raw else 0
    wanted = words(keyword)
    if wanted and all(any(_same_word(w, t) for t in tokens) for w in wanted):
        return len(" ".join(wanted))
    return 0


def _from_evidence(candidates: list[_Prepared], evidence: str) -> str | None:
    """The indicator whose multilingual keyword found in the quote is the most specific
    (the longest); none when two indicators tie."""
    raw = evidence.casefold()
    tokens = words(evidence)
    best: dict[str, int] = {}
    for p in candidates:
        found = max((_quoted(kw, raw, tokens) for kw in p.foreign), default=0)
        if found:
            best[p.indicator.code] = found
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


@lru_cache(maxsize=65536)
def indicator_code(indicator: str, unit: str | None = None, evidence: str | None = None) -> str:
    """The canonical code of a KPI, ``other`` when none fits (see the module doc)."""
    family = parse_unit(unit).family if unit else None
    text = _norm(indicator)
    tokens = set(text.split())
    candidates = [p for p in _prepared()
                  if (family is None or p.indicator.family == family)
                  and _eligible(p, text, tokens, indicator.casefold())]
    scored = sorted(((_score(p, text, tokens), -i, p.indicator.code) for i, p in enumerate(candidates)),
                    reverse=True)
    if scored and scored[0][0] >= ACCEPT:
        return scored[0][2]
    if evidence:
        return _from_evidence(candidates, evidence) or OTHER
    return OTHER


def indicator_rows() -> list[dict]:
    """Rows of the ``indicators`` table."""
    return [{"indicator_code": i.code, "label": i.label, "family": i.family,
             "keywords": {lang: list(kws) for lang, kws in i.keywords.items()}}
            for i in catalogue()]
