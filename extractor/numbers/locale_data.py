"""Per-language number conventions: CLDR through babel, and the data files beside it.

For each language this gathers what the parser needs to read figures the way that
language writes them:

* the decimal and group symbols of the locale's default numbering system, of
  ``latn`` and of its native system (Arabic ``٫``/``٬``, Persian ...);
* whether a percent sign comes before the digits (Turkish ``%25``) -- from the
  locale's percent pattern;
* the scale words of CLDR's compact-number formats, short and long, with their
  multipliers (``mln`` 1e6, ``млрд`` 1e9, ``万`` 1e4, ``लाख`` 1e5 ...);
* the names of the percent unit in every plural form, and whether they stand before
  the digits (``yüzde 6,5``) or after (``6,5 procent``), from CLDR's unit patterns;
  the approximately sign (``~``, ``約``, ``ca.``) from its number symbols;
* what CLDR does not carry, from ``extractor/languages/<code>/numbers.json``:
  qualifier words ("ponad", "понад", "أكثر من"), percent words beyond CLDR's, range
  words, and scale-word variants (Vietnamese ``tỉ``, Arabic plural ``مليارات``);
  signs every language shares are in ``mul/numbers.json``.

The same word can mean different multipliers in different languages (``billion`` is
1e9 in English and 1e12 in Norwegian and French); a table for an unknown language is
the union of all supported languages and keeps every multiplier a word can have.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from extractor.languages import (
    MULTIPLE,
    declare_shape,
    gathered,
    knowledge,
    normalise_code,
    spellings,
)

_QUALIFIER_KINDS = ("over", "under", "about")
_WORD_LISTS = ("percent_words_after", "percent_words_before", "range_to", "range_and",
               "range_open", "cldr_locales", "supported", "percent_signs", "group_only_separators",
               "decimal_only_separators", "indian_grouping_separators", "middle_dot",
               "decimal_separators_informal", "comma_like_separators", "word_prefixes",
               "middle_dot_joins", "number_word_prefixes", "range_to_unspaced", "range_signs",
               "scale_abbreviations_spaced", "currency_before", "compound_and")
_FLAGS = ("number_words_inflect", "written_without_spaces")


def _shape(data: dict) -> str | None:
    """What is wrong with a ``numbers.json`` file, or None."""
    for key in _WORD_LISTS:
        if key in data and not _strings(data[key]):
            return f"'{key}' must be a list of strings"
    for key in ("qualifiers_before", "qualifiers_after", "qualifier_symbols"):
        table = data.get(key, {})
        if not isinstance(table, dict) or any(
                k not in _QUALIFIER_KINDS or not _strings(v) for k, v in table.items()):
            return f"'{key}' must map over/under/about to lists of strings"
    for key in _FLAGS:
        if key in data and not isinstance(data[key], bool):
            return f"'{key}' must be true or false"
    if "num2words_code" in data and not isinstance(data["num2words_code"], str):
        return "'num2words_code' must be a string"
    scales = data.get("scale_words", {})
    if not isinstance(scales, dict) or any(
            not isinstance(v, int | float) or v <= 1 for v in scales.values()):
        return "'scale_words' must map words to multipliers above 1"
    return None


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


declare_shape("numbers", _shape)

# About thirty languages the stories are published in (ISO 639-1).
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(knowledge(MULTIPLE, "numbers")["supported"])

_SPACES = "\u0020\u00a0\u202f\u2009\u2007\u2008\u200a"
# Bidi marks CLDR puts around Arabic/Hebrew signs; invisible, so skipped when matching.
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@dataclass(frozen=True)
class Conventions:
    """How one language (or, with ``language=None``, any language) writes numbers."""

    language: str | None
    decimal: frozenset[str]
    group: frozenset[str]
    space_grouping: bool  # the locale groups digits with a (no-break) space
    percent_prefix: bool  # "%25" rather than "25%"
    scale_words: dict[str, tuple[float, ...]] = field(hash=False)
    qualifiers_before: dict[str, str] = field(hash=False)
    qualifiers_after: dict[str, str] = field(hash=False)
    percent_words: tuple[str, ...] = ()
    percent_words_before: tuple[str, ...] = ()
    scale_words_before: dict[str, tuple[float, ...]] = field(default_factory=dict, hash=False)
    range_to: tuple[str, ...] = ()  # "6 to 7%": joins two figures
    range_and: tuple[str, ...] = ()  # "between 6 and 7%": joins them after an opener
    range_open: tuple[str, ...] = ()
    word_prefixes: tuple[str, ...] = ()  # letters written onto the next word ("و" and)


def babel_locales(language: str) -> tuple[str, ...]:
    """The CLDR locales whose data describe ``language`` (a data file may name several:
    Norwegian is Bokmål and Nynorsk; English also en_IN for lakh and crore)."""
    code = language.lower().replace("-", "_")
    if "_" in code:  # a regional locale names itself
        return (code,)
    return tuple(knowledge(code, "numbers").get("cldr_locales") or (normalise_code(code) or code,))


def _clean_word(text: str) -> str:
    # CLDR quotes literal characters in patterns: "Mio'.'" is "Mio.", "''" an apostrophe.
    text = re.sub(r"'([^']+)'", r"\1", text).replace("''", "'")
    text = "".join(c for c in text if c not in BIDI_MARKS)
    return re.sub(rf"[{_SPACES}]+", " ", text).strip().casefold()


def _cldr_locale(name: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return None


@cache
def has_conventions(language: str) -> bool:
    """Whether CLDR describes how ``language`` writes numbers (its own separators and
    scale words), beyond the languages :data:`SUPPORTED_LANGUAGES` lists."""
    # babel reads "und" (undetermined, what language detection says of an empty text)
    # as en_US through CLDR's likely subtags: only a locale of the language itself counts.
    for name in babel_locales(language):
        loc = _cldr_locale(name)
        if loc is not None and loc.language == name.split("_")[0] != "root":
            return True
    return False


def _symbols(loc) -> tuple[set[str], set[str]]:
    decimal: set[str] = set()
    group: set[str] = set()
    systems = {loc.default_numbering_system, "latn"}
    native = loc.other_numbering_systems.get("native")
    if native:
        systems.add(native)
    for system in systems:
        symbols = loc.number_symbols.get(system) or {}
        if symbols.get("decimal"):
            decimal.add(_clean_word(symbols["decimal"]) or symbols["decimal"])
        if symbols.get("group"):
            group.add(symbols["group"])
    return decimal, group


def _compact_scale_words(loc, *, before: bool = False) -> dict[str, set[float]]:
    """``{word: {multiplier}}`` from CLDR compact decimal formats (short and long).

    A pattern such as ``00 mln`` under type ``10000000`` says: numbers of that size
    are written as two digits then "mln", so "mln" multiplies by 1e7 / 10 = 1e6.
    ``before``: the words written before the digits instead (Swahili ``bilioni 0``).
    """
    words: dict[str, set[float]] = {}
    formats = loc.compact_decimal_formats
    for width in ("short", "long"):
        by_plural = formats.get(width) or {}
        for by_type in by_plural.values():
            for magnitude, pattern in by_type.items():
                prefix = _clean_word(pattern.prefix[0])
                if bool(prefix) != before:
                    continue
                word = prefix or _clean_word(pattern.suffix[0])
                digits = pattern.int_prec[0]
                if not word or not digits or not str(magnitude).isdigit():
                    continue
                multiplier = int(magnitude) / 10 ** (digits - 1)
                if multiplier <= 1:
                    continue
                words.setdefault(word, set()).add(float(multiplier))
    return words


def _strip_dot(word: str) -> str:
    return word[:-1] if word.endswith(".") and len(word) > 2 else word


def _cldr_percent_words(loc) -> tuple[set[str], set[str]]:
    """(after, before): the percent unit's names in every plural form and width, split
    by where CLDR writes them ("{0} procent", "yüzde {0}"); bare signs left out."""
    after: set[str] = set()
    before: set[str] = set()
    units = loc._data["unit_patterns"].get("concentr-percent", {})
    for width in ("long", "short", "narrow"):
        for pattern in (units.get(width) or {}).values():
            head, _, tail = pattern.partition("{0}")
            for word, found in ((_clean_word(head), before), (_clean_word(tail), after)):
                if word and any(c.isalpha() for c in word):
                    found.add(word)
    return after, before


def _approximately(loc) -> set[str]:
    """CLDR's approximately sign of every numbering system of ``loc``."""
    return {_clean_word(sy["approximatelySign"]) for sy in loc.number_symbols.values()
            if sy.get("approximatelySign")}


@cache
def qualifier_symbols() -> dict[str, str]:
    """Signs that qualify a figure wherever they stand before it, in any language
    (``>``, ``≤``, ``~``); a locale's own approximately sign (``≃``, ``約``, ``ca.``) is
    one of its qualifier words."""
    table = knowledge(MULTIPLE, "numbers")["qualifier_symbols"]
    return {sign: kind for kind in _QUALIFIER_KINDS for sign in table.get(kind, ())}


PERCENT_SIGNS = "".join(knowledge(MULTIPLE, "numbers")["percent_signs"])


def every_language(key: str) -> list[str]:
    """The entries ``mul`` and every language list under ``key`` of ``numbers.json``:
    marks read whatever the text's language (a translation keeps its source's)."""
    return gathered("numbers", key)


def shared_separators(key: str) -> str:
    """Separator characters every language shares, by role (``mul/numbers.json``)."""
    return "".join(knowledge(MULTIPLE, "numbers")[key])


@dataclass
class _Gathered:
    """What the CLDR locales and data files of some languages say, merged."""

    decimal: set[str] = field(default_factory=set)
    group: set[str] = field(default_factory=set)
    words: dict[str, set[float]] = field(default_factory=dict)
    words_before: dict[str, set[float]] = field(default_factory=dict)
    percent_after: set[str] = field(default_factory=set)
    percent_before: set[str] = field(default_factory=set)
    about: dict[str, list[str]] = field(default_factory=dict)
    percent_prefix: bool = False
    found_any: bool = False


def _gather_cldr(lang: str, into: _Gathered, own: bool) -> None:
    for name in babel_locales(lang):
        loc = _cldr_locale(name)
        if loc is None:
            continue
        into.found_any = True
        d, g = _symbols(loc)
        into.decimal |= d
        into.group |= g
        for table, before in ((into.words, False), (into.words_before, True)):
            for word, mults in _compact_scale_words(loc, before=before).items():
                table.setdefault(word, set()).update(mults)
        after, before_words = _cldr_percent_words(loc)
        into.percent_after |= after
        into.percent_before |= before_words
        into.about.setdefault(lang, []).extend(sorted(_approximately(loc)))
        pattern = loc.percent_formats[None].pattern
        if own and pattern.lstrip(BIDI_MARKS).startswith("%"):
            into.percent_prefix = True


def conventions(language: str | None) -> Conventions:
    """Number conventions of ``language`` (ISO 639-1), or of all languages for None.

    An unknown code gives the all-language table, so nothing a text might contain
    is missed; a known one restricts separators and scale words to its own usage.
    """
    return _conventions(normalise_code(language))


@cache
def _conventions(language: str | None) -> Conventions:
    langs = SUPPORTED_LANGUAGES if language is None else (language,)
    got = _Gathered()
    for lang in langs:
        _gather_cldr(lang, got, own=language is not None)
        for word, mult in knowledge(lang, "numbers").get("scale_words", {}).items():
            if language is not None:  # a language's own file corrects CLDR's multiplier
                got.words[_clean_word(word)] = {float(mult)}
            else:
                got.words.setdefault(_clean_word(word), set()).add(float(mult))
        got.decimal |= set(knowledge(lang, "numbers").get("decimal_separators_informal", ()))
    if not got.found_any:
        return _conventions(None)
    spaces = {c for c in got.group if c in _SPACES or unicodedata.category(c) == "Zs"}
    return Conventions(
        language=language,
        decimal=frozenset(got.decimal),
        group=frozenset(got.group),
        space_grouping=bool(spaces) or language is None,
        percent_prefix=got.percent_prefix,
        scale_words=_scale_table(got.words),
        scale_words_before=_scale_table(got.words_before),
        qualifiers_before=_phrases("qualifiers_before", langs, got.about),
        qualifiers_after=_phrases("qualifiers_after", langs, {}),
        percent_words=_longest_first("percent_words_after", langs, got.percent_after),
        percent_words_before=_longest_first("percent_words_before", langs, got.percent_before),
        range_to=_longest_first("range_to", langs),
        range_and=_longest_first("range_and", langs),
        range_open=_longest_first("range_open", langs),
        word_prefixes=_longest_first("word_prefixes", langs),
    )


def _phrases(key: str, langs: tuple[str, ...], about: dict[str, list[str]]) -> dict[str, str]:
    """``{phrase: over|under|about}`` of ``langs``' data files (and CLDR's approximately
    words), in every canonically equivalent spelling; the first kind listed wins."""
    out: dict[str, str] = {}
    for kind in _QUALIFIER_KINDS:
        for lang in langs:
            words = list(knowledge(lang, "numbers").get(key, {}).get(kind, ()))
            if kind == "about":
                words += about.get(lang, [])
            for phrase in words:
                for form in spellings(phrase.casefold()):
                    out.setdefault(form, kind)
    return out


def _scale_table(words: dict[str, set[float]]) -> dict[str, tuple[float, ...]]:
    # "mln." and "mln" are one word; the trailing dot is optional in running text.
    table: dict[str, set[float]] = {}
    for word, mults in words.items():
        for form in spellings(_strip_dot(word)):
            table.setdefault(form, set()).update(mults)
    return {w: tuple(sorted(m)) for w, m in table.items()}


def _longest_first(key: str, langs: tuple[str, ...], cldr: set[str] = frozenset()) -> tuple[str, ...]:
    """The words ``langs`` have under ``key`` (and ``cldr``'s), case-folded, in every
    spelling, longest first (for matching)."""
    words = {w.casefold() for lang in langs for w in knowledge(lang, "numbers").get(key, ())}
    forms = {f for w in words | set(cldr) for f in spellings(w)}
    return tuple(sorted(forms, key=len, reverse=True))
