"""Per-language number conventions, read from CLDR through babel.

For each language this gathers what the parser needs to read figures the way that
language writes them:

* the decimal and group symbols of the locale's default numbering system, of
  ``latn`` and of its native system (Arabic ``٫``/``٬``, Persian ...);
* whether a percent sign comes before the digits (Turkish ``%25``) -- from the
  locale's percent pattern;
* the scale words of CLDR's compact-number formats, short and long, with their
  multipliers (``mln`` 1e6, ``млрд`` 1e9, ``万`` 1e4, ``लाख`` 1e5 ...), plus the
  variants in :mod:`extractor.numbers.lexicon`.

The same word can mean different multipliers in different languages (``billion`` is
1e9 in English and 1e12 in Norwegian and French); a table for an unknown language is
the union of all supported languages and keeps every multiplier a word can have.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from extractor.numbers import lexicon

# About thirty languages the stories are published in (ISO 639-1).
SUPPORTED_LANGUAGES: tuple[str, ...] = (
    "pl", "ar", "uk", "no", "vi", "en", "de", "fr", "es", "pt", "nl", "sv", "cs", "ro",
    "ru", "he", "hi", "ur", "th", "zh", "ja", "ko", "it", "id", "tr", "fa", "da", "fi",
    "el", "hu", "bn", "ms",
)

# ISO 639-1 codes whose CLDR locale has another name; extra locales merged in.
_BABEL_LOCALES: dict[str, tuple[str, ...]] = {
    "no": ("nb",),
    "nb": ("nb",),
    "nn": ("nn",),
    "iw": ("he",),
    "zh": ("zh", "zh_Hant"),
    "en": ("en", "en_IN"),
    "tl": ("fil",),
}

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


def babel_locales(language: str) -> tuple[str, ...]:
    code = language.lower().replace("-", "_")
    return _BABEL_LOCALES.get(code, (code,))


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


def _phrases(table: dict[str, dict[str, tuple[str, ...]]], langs) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, by_lang in table.items():
        for lang in langs:
            for phrase in by_lang.get(lang, ()):
                out.setdefault(phrase.casefold(), kind)
    return out


@cache
def conventions(language: str | None) -> Conventions:
    """Number conventions of ``language`` (ISO 639-1), or of all languages for None.

    An unknown code gives the all-language table, so nothing a text might contain
    is missed; a known one restricts separators and scale words to its own usage.
    """
    if language is not None:
        language = language.lower().split("-")[0].split("_")[0]
        if language == "nb":
            language = "no"
    langs = SUPPORTED_LANGUAGES if language is None else (language,)
    decimal: set[str] = set()
    group: set[str] = set()
    words: dict[str, set[float]] = {}
    words_before: dict[str, set[float]] = {}
    percent_prefix = False
    found_any = False
    for lang in langs:
        for name in babel_locales(lang):
            loc = _cldr_locale(name)
            if loc is None:
                continue
            found_any = True
            d, g = _symbols(loc)
            decimal |= d
            group |= g
            for table, before in ((words, False), (words_before, True)):
                for word, mults in _compact_scale_words(loc, before=before).items():
                    table.setdefault(word, set()).update(mults)
            pattern = loc.percent_formats[None].pattern
            if language is not None and pattern.lstrip(BIDI_MARKS).startswith("%"):
                percent_prefix = True
        for word, mult in lexicon.SCALE_SUPPLEMENT.get(lang, ()):
            words.setdefault(_clean_word(word), set()).add(mult)
    if not found_any:
        return conventions(None)
    spaces = {c for c in group if c in _SPACES or unicodedata.category(c) == "Zs"}
    return Conventions(
        language=language,
        decimal=frozenset(decimal),
        group=frozenset(group),
        space_grouping=bool(spaces) or language is None,
        percent_prefix=percent_prefix,
        scale_words=_scale_table(words),
        scale_words_before=_scale_table(words_before),
        qualifiers_before=_phrases(lexicon.QUALIFIERS_BEFORE, langs),
        qualifiers_after=_phrases(lexicon.QUALIFIERS_AFTER, langs),
        percent_words=_longest_first(lexicon.PERCENT_WORDS, langs),
        percent_words_before=_longest_first(lexicon.PERCENT_WORDS_BEFORE, langs),
        range_to=_longest_first(lexicon.RANGE_TO, langs),
        range_and=_longest_first(lexicon.RANGE_AND, langs),
        range_open=_longest_first(lexicon.RANGE_OPEN, langs),
    )


def _scale_table(words: dict[str, set[float]]) -> dict[str, tuple[float, ...]]:
    # "mln." and "mln" are one word; the trailing dot is optional in running text.
    table: dict[str, set[float]] = {}
    for word, mults in words.items():
        table.setdefault(_strip_dot(word), set()).update(mults)
    return {w: tuple(sorted(m)) for w, m in table.items()}


def _longest_first(table: dict[str, tuple[str, ...]], langs: tuple[str, ...]) -> tuple[str, ...]:
    """The words ``langs`` have in ``table``, case-folded, longest first (for matching)."""
    return tuple(sorted({w.casefold() for lang in langs for w in table.get(lang, ())},
                        key=len, reverse=True))
