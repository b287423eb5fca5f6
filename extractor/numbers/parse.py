"""Find every figure in a text and read it the ways its language allows.

A figure is a run of digits (any script: ``0-9``, ``٠-٩``, ``۰-۹``, ``०-९``, ``๐-๙``,
full-width ...) joined by separators, with what is written around it: a scale word
after it (``mln``, ``млрд``, ``tỷ``, ``مليار``, ``万``), a percent sign or word, a
qualifier before or after it ("ponad", "أكثر من", "以上"), and its place in a ratio
(``4/34``) or a range (``2021-2023``).

Separators are the hard part. ``14,963`` is fourteen thousand in English and
fourteen point nine in Polish; ``3.312`` is three thousand in Vietnamese. A reading is
*allowed* when the separators play the roles the language gives them in CLDR, or a
role the same text shows them playing elsewhere (a machine translation can keep its
source's conventions), or -- for a separator the language does not use at all -- any
role the grammar permits. Every allowed reading is returned, most likely first; the
validators accept a record that matches any of them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from extractor.languages import MULTIPLE, knowledge, unspaced_script
from extractor.numbers import cjk
from extractor.numbers.compound import merge_compounds, merge_spaced_groups
from extractor.numbers.dates import date_spans, is_year, numeric_date
from extractor.numbers.locale_data import (
    BIDI_MARKS,
    PERCENT_SIGNS,
    Conventions,
    conventions,
    every_language,
    qualifier_symbols,
    shared_separators,
)

# Group separators that can only group (never a decimal point).
_SPACE_GROUP = "\u0020\u00a0\u202f\u2009\u2007\u2008\u200a"
# ... apostrophes (Swiss 1'000, 1’000, 1ʼ000, 1′000), the Arabic thousands separator,
# the full-width comma of CJK text set in full-width digits, and the Arabic comma that
# machine translation writes for a thousands comma (12،984): no locale's decimal point.
# The ideographic comma (、) is not among them: between digits it enumerates (3、5、7).
_QUOTE_GROUP = shared_separators("group_only_separators")
_DOT_COMMA = ".,"
# decimal-only: Arabic decimal separator, full-width full stop
_ARABIC_DECIMAL = shared_separators("decimal_only_separators")
# A raised (middle) dot is a decimal point in British typesetting (3·5 per cent); in
# Korean, Chinese and Japanese it joins items ("3·1절", "6·25"), so there it separates.
_MIDDLE_DOT = shared_separators("middle_dot")
_MIDDLE_DOT_JOINS = frozenset(knowledge(MULTIPLE, "numbers")["middle_dot_joins"])
_INDIAN_GROUP = shared_separators("indian_grouping_separators")
# Commas of different scripts mixed in one figure (1،250,000) still group it together.
_COMMA_LIKE = shared_separators("comma_like_separators")
# Latin abbreviations of two letters are scale words only glued to the digits ("5M"),
# except these, written after a space ("5 bn").
_SPACED_ABBREVIATIONS = frozenset(every_language("scale_abbreviations_spaced"))
_SEPARATORS = _SPACE_GROUP + _QUOTE_GROUP + _DOT_COMMA + _ARABIC_DECIMAL + _MIDDLE_DOT

_CANDIDATE = re.compile(rf"\d+(?:[{re.escape(_SEPARATORS)}]\d+)*")
_GAP = f"[ \u00a0\u202f\u2009{BIDI_MARKS}]{{0,3}}"
_RANGE_JOIN = re.compile(
    rf"^[ \u00a0\u202f\u2009]?[{re.escape(''.join(every_language('range_signs')))}][ \u00a0\u202f\u2009]?$"
    rf"|^(?:{'|'.join(re.escape(w) for w in every_language('range_to_unspaced'))})$")

def _is_letter(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] == "L" or cat in ("Mn", "Mc")


def _latin(word: str) -> bool:
    return all("a" <= c <= "z" or c == "." for c in word)


@dataclass(frozen=True)
class NumberMention:
    """One figure found in a text.

    ``readings`` are the values of the digits *as written, without the scale word*
    (the contract's ``KPI.value``): ``3 312 mld`` reads ``(3312.0,)`` with
    ``scales == (1e9,)``. ``absolute`` multiplies them out. Several readings mean the
    separators are ambiguous in this language and text (``14,963``); they are ordered
    most likely first. ``fraction_digits`` gives, per reading, how many digits follow
    the decimal point (the precision the figure was written with).
    """

    span: tuple[int, int]  # the whole figure: digits, scale word and percent sign
    text: str
    readings: tuple[float, ...]
    fraction_digits: tuple[int, ...]
    number_span: tuple[int, int]  # the digits and their separators only
    scales: tuple[float, ...] = ()  # multipliers the scale word can have; () = none
    scale_word: str | None = None
    percent: bool = False
    qualifier: str | None = None  # over | under | about
    qualifier_text: str | None = None
    role: str = "number"  # number | numerator | denominator | range_start | range_end | date
    out_of: tuple[float, ...] | None = None  # readings of the denominator of a ratio
    range: tuple[float, float] | None = None  # (first, last) of a range it belongs to

    @property
    def scale(self) -> float:
        """The most likely multiplier of the scale word; 1.0 when there is none."""
        return self.scales[0] if self.scales else 1.0

    @property
    def value(self) -> float:
        """The most likely reading (without scale)."""
        return self.readings[0]

    @cached_property
    def absolute(self) -> tuple[float, ...]:
        """Every reading times every multiplier the scale word can have (computed once:
        the validators and coverage ask for it thousands of times per article)."""
        scales = self.scales or (1.0,)
        return tuple(r * s for r in self.readings for s in scales)


# --------------------------------------------------------------------------- separators


@dataclass(frozen=True)
class _Option:
    value: str  # ASCII digits with '.' as decimal point
    decimal: str | None  # the character read as decimal point
    group: str | None  # the character read as group separator


def _digits(run: str) -> str:
    return "".join(str(unicodedata.decimal(c)) for c in run)


def _grouping_ok(first: str, groups: list[str], sep: str) -> bool:
    if not groups:
        return True
    if first.startswith("0"):  # "0,123" and "012 345" are not grouped thousands
        return False
    if 1 <= len(first) <= 3 and all(len(g) == 3 for g in groups):
        return True
    # Indian grouping: 12,34,567 (lakh/crore), only with a comma-like separator.
    return (
        sep in _INDIAN_GROUP
        and 1 <= len(first) <= 2
        and len(groups) >= 2
        and all(len(g) == 2 for g in groups[:-1])
        and len(groups[-1]) == 3
    )


def _options(runs: list[str], seps: list[str], conv: Conventions) -> list[_Option]:
    """Every grammatical reading of digit runs joined by separators."""
    out: list[_Option] = []
    if not seps:
        return [_Option(runs[0], None, None)]

    def as_group(chars: list[str]) -> str | None:
        kinds = {"space" if c in _SPACE_GROUP else "comma" if c in _COMMA_LIKE else c
                 for c in chars}
        if len(kinds) != 1:
            return None
        c = chars[0]
        # a decimal sign written twice groups (machine translation's 1٫250٫000)
        if (c in _ARABIC_DECIMAL and len(chars) < 2) or c in _MIDDLE_DOT:
            return None
        if c == " " and not conv.space_grouping:
            return None
        return "space" if c in _SPACE_GROUP else c

    # 1. every separator groups digits
    kind = as_group(seps)
    if kind is not None and _grouping_ok(runs[0], runs[1:], seps[0]):
        out.append(_Option("".join(runs), None, seps[0]))
    # 2. the last separator is a decimal point, the others group
    last = seps[-1]
    if last in _DOT_COMMA + _ARABIC_DECIMAL or last in conv.decimal or (last in _MIDDLE_DOT and conv.language is not None
                                                and conv.language not in _MIDDLE_DOT_JOINS):
        head_seps = seps[:-1]
        integer = "".join(runs[:-1])
        value = f"{integer}.{runs[-1]}"
        if not head_seps:
            out.append(_Option(value, last, None))
        else:
            kind = as_group(head_seps)
            commas = head_seps[0] in _COMMA_LIKE and last in _COMMA_LIKE
            if kind is not None and head_seps[0] != last and not commas and _grouping_ok(runs[0], runs[1:-1], head_seps[0]):
                out.append(_Option(value, last, head_seps[0]))
    return out


def _allowed(option: _Option, conv: Conventions, evidence: dict[str, set[str]]) -> bool:
    # a text writes one decimal sign: where it shows another one ('7.35%' in Spanish),
    # this character groups ('9,850 mil millones' is 9 850)
    other_decimal = {c for c, roles in evidence.items() if "decimal" in roles} & set(_DOT_COMMA)
    for char, role, other in ((option.decimal, "decimal", conv.group), (option.group, "group", conv.decimal)):
        if char is None or char in _SPACE_GROUP + _QUOTE_GROUP + _ARABIC_DECIMAL + _MIDDLE_DOT:
            continue
        if role == "decimal" and other_decimal - {char}:
            return False
        native = conv.decimal if role == "decimal" else conv.group
        if char in native or role in evidence.get(char, ()) or (
                role == "group" and other_decimal - {char}):
            continue
        if char in other:  # the language gives this character the other role
            return False
    return True


def _rank(option: _Option, conv: Conventions) -> int:
    if option.decimal is not None and option.decimal in conv.decimal:
        return 0
    if option.group is not None and option.group in conv.group:
        return 0
    return 1


# --------------------------------------------------------------------------- scanning


@dataclass
class _Raw:
    start: int
    end: int
    options: list[_Option]
    date: bool = False


def _split_candidate(text: str, start: int, end: int, conv: Conventions) -> list[_Raw]:
    """Cut a digit-and-separator run into figures: the longest readable prefix first."""
    chunk = text[start:end]
    if numeric_date(chunk):
        return [
            _Raw(start + m.start(), start + m.end(), [_Option(_digits(m.group()), None, None)], True)
            for m in re.finditer(r"\d+", chunk)
        ]
    parts = re.split(rf"([{re.escape(_SEPARATORS)}])", chunk)
    runs = [_digits(p) for p in parts[0::2]]
    seps = parts[1::2]
    raws: list[_Raw] = []
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    i = 0
    while i < len(runs):
        for j in range(len(runs) - 1, i - 1, -1):
            opts = _options(runs[i : j + 1], seps[i:j], conv)
            if opts:
                s = start + offsets[2 * i]
                e = start + offsets[2 * j + 1]
                raws.append(_Raw(s, e, opts))
                i = j + 1
                break
        else:  # pragma: no cover - a single run always has an option
            i += 1
    return raws


@lru_cache(maxsize=64)
def _scale_regex(language: str | None) -> re.Pattern[str]:
    conv = conventions(language)
    alternatives = []
    for word in sorted(conv.scale_words, key=len, reverse=True):
        body = r"\s+".join(re.escape(part) for part in word.split(" "))
        tail = "" if unspaced_script(word[-1]) else r"\.?(?![^\W\d_])"
        if _latin(word) and len(word) <= 2 and word not in _SPACED_ABBREVIATIONS:
            alternatives.append(f"(?P<g{len(alternatives)}>(?<=\\d){body}{tail})")
        else:
            alternatives.append(f"(?P<g{len(alternatives)}>{body}{tail})")
    joined = "|".join(alternatives) or "(?!)"
    return re.compile(rf"[ \u00a0\u202f\u2009]?(?:{joined})", re.IGNORECASE)


@lru_cache(maxsize=64)
def _percent_regex(language: str | None) -> re.Pattern[str]:
    conv = conventions(language)
    words = "|".join(  # CJK words end where they end ("6.5パーセント増")
        r"\s+".join(re.escape(p) for p in w.split(" ")) + ("" if unspaced_script(w[-1]) else r"(?![^\W\d_])")
        for w in conv.percent_words
    )
    signs = f"[{PERCENT_SIGNS}]"
    body = f"{signs}|{words}" if words else signs
    return re.compile(rf"{_GAP}(?:{body})[{BIDI_MARKS}]*", re.IGNORECASE)


def _match_phrase_before(window: str, phrases: dict[str, str],
                         prefixes: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """The longest of ``phrases`` that ``window`` ends with as a word of its own, or after
    one of the language's attached ``prefixes`` (Arabic "وأكثر من": "and more than")."""
    low = window.casefold()
    best: tuple[str, str] | None = None
    for phrase, kind in phrases.items():
        if not low.endswith(phrase):
            continue
        before = low[: len(low) - len(phrase)]
        if before and _is_letter(before[-1]) and not unspaced_script(phrase[0]) and not (
                before[-1] in prefixes and (len(before) < 2 or not _is_letter(before[-2]))):
            continue
        if best is None or len(phrase) > len(best[0]):
            best = (phrase, kind)
    return best


def _word_before(text: str, pos: int, words: Iterable[str],
                 prefixes: tuple[str, ...] = ()) -> tuple[int, str] | None:
    """(where it starts, the word as written) of the longest of ``words`` that ends just
    before ``pos`` (spaces between), if any."""
    window = text[max(0, pos - 24) : pos]
    stripped = window.rstrip(" \u00a0\u202f\u2009" + BIDI_MARKS)
    hit = _match_phrase_before(stripped, dict.fromkeys(words, ""), prefixes)
    if hit is None:
        return None
    start = pos - (len(window) - len(stripped)) - len(hit[0])
    return start, text[start : start + len(hit[0])]


def _qualifier_before(text: str, pos: int, conv: Conventions) -> tuple[str, str] | None:
    symbols = qualifier_symbols()
    window = text[max(0, pos - 40) : pos]
    stripped = window.rstrip(" \u00a0\u202f\u2009" + BIDI_MARKS)
    stripped = _without_currency(stripped).rstrip("$€£¥₫₹₩₴₽").rstrip(" \u00a0\u202f\u2009" + BIDI_MARKS)
    if stripped and stripped[-1] in symbols:
        return stripped[-1], symbols[stripped[-1]]
    hit = _match_phrase_before(stripped, conv.qualifiers_before, conv.word_prefixes)
    if hit is None and window.endswith(("-", "־")):  # Hebrew "כ-50"
        hit = _match_phrase_before(window, conv.qualifiers_before, conv.word_prefixes)
    return hit


_CURRENCY_WORDS = "|".join(re.escape(w) for w in sorted(every_language("currency_before"), key=len, reverse=True))
_CURRENCY_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:[A-Z]{{3}}|[A-Z]{{1,3}}\$|{_CURRENCY_WORDS or '(?!)'})[ \u00a0\u202f\u2009]*$")


def _without_currency(window: str) -> str:
    """``window`` without the currency code that ends it ("more than VND", "over US$",
    "about Rs."): the qualifier stands before it. A capitalised three-letter word counts
    only if it is an ISO 4217 code ("GDP", "FDI" are not)."""
    m = _CURRENCY_BEFORE.search(window)
    if m is None:
        return window
    token = m.group().strip(" \u00a0\u202f\u2009")
    if token.isalpha() and len(token) == 3 and token not in _iso_currencies():
        return window
    return window[: m.start()].rstrip(" \u00a0\u202f\u2009" + BIDI_MARKS)


@lru_cache(maxsize=1)
def _iso_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


_UNIT_WORD = re.compile(r"[^\W\d_][^\s\d]{0,24}[ \u00a0]")


def _qualifier_after(text: str, pos: int, conv: Conventions) -> tuple[str, str] | None:
    """The post-position after the figure ('100万人以上', "'den fazla"), or after the one
    word of its unit ('২৫০ কিলোমিটারের বেশি', '250 km-nél több')."""
    low = text[pos : pos + 40].lstrip(" \u00a0").casefold()
    found = _qualifier_at(low, conv)
    if found is None and (word := _UNIT_WORD.match(low)):
        found = _qualifier_at(low[word.end():], conv)
    return found


def _qualifier_at(low: str, conv: Conventions) -> tuple[str, str] | None:
    # East Asian counters and units may sit between the figure and the post-position:
    # "100万人以上", "3억 원 이상"; so unspaced phrases are also tried a few characters on.
    unit = re.match(r"[\u2e80-\u9fff\uac00-\ud7af]{0,2}\s?", low)
    reach = unit.end() if unit else 0
    best: tuple[str, str] | None = None
    for phrase, kind in conv.qualifiers_after.items():
        offsets = range(reach + 1) if unspaced_script(phrase[0]) else (0,)
        offset = next((o for o in offsets if low.startswith(phrase, o)), None)
        if offset is None:
            continue
        nxt = low[offset + len(phrase) : offset + len(phrase) + 1]
        if nxt and _is_letter(nxt) and not unspaced_script(phrase[-1]):
            continue
        if best is None or len(phrase) > len(best[0]):
            best = (phrase, kind)
    return best


def _resolve(raw: _Raw, conv: Conventions, evidence: dict[str, set[str]]) -> tuple[tuple[float, ...], tuple[int, ...]]:
    allowed = [o for o in raw.options if _allowed(o, conv, evidence)] or raw.options
    allowed.sort(key=lambda o: _rank(o, conv))
    values: list[float] = []
    fractions: list[int] = []
    for option in allowed:
        value = float(option.value)
        if value in values:
            continue
        values.append(value)
        fractions.append(len(option.value.split(".")[1]) if "." in option.value else 0)
    return tuple(values), tuple(fractions)


def _scan(text: str, language: str | None) -> tuple[NumberMention, ...]:
    conv = conventions(language)
    raws: list[_Raw] = []
    for m in _CANDIDATE.finditer(text):
        raws.extend(_split_candidate(text, m.start(), m.end(), conv))
    if language in cjk.LANGUAGES or language is None:
        raws.extend(_Raw(start, end, [_Option(value, None, None)], date)
                    for start, end, value, _, date in cjk.numerals(text))
        raws.sort(key=lambda raw: raw.start)
    evidence = _evidence(raws)
    mentions = [_mention(text, raw, conv, evidence, language) for raw in raws]
    mentions = merge_compounds(text, merge_spaced_groups(text, mentions, conv.decimal, language))
    _mark_dates(text, mentions)
    _link(text, mentions, conv)
    return tuple(NumberMention(**m) for m in mentions)


def _evidence(raws: list[_Raw]) -> dict[str, set[str]]:
    """What the text itself shows: separators whose role is unambiguous somewhere."""
    evidence: dict[str, set[str]] = {}
    for raw in raws:
        if len(raw.options) == 1:
            option = raw.options[0]
            if option.decimal:
                evidence.setdefault(option.decimal, set()).add("decimal")
            if option.group:
                evidence.setdefault(option.group, set()).add("group")
    return evidence


def _mention(text: str, raw: _Raw, conv: Conventions, evidence: dict[str, set[str]],
             language: str | None) -> dict:
    """One figure's fields: its readings and what is written around its digits."""
    readings, fractions = _resolve(raw, conv, evidence)
    end, scales, scale_word, percent = _marks_after(text, raw, conv, language)
    # "yüzde 6,5", "zaidi ya asilimia 6.5", "bilioni 1.2": a qualifier stands before
    # the word written in front of the digits
    before = raw.start
    if not raw.date and not scales and conv.scale_words_before:
        hit = _word_before(text, before, conv.scale_words_before, conv.word_prefixes)
        if hit is not None:
            before, scale_word = hit
            scales = conv.scale_words_before[scale_word.casefold()]
    if not raw.date and not percent and conv.percent_words_before:
        hit = _word_before(text, before, conv.percent_words_before, conv.word_prefixes)
        if hit is not None:
            percent, before = True, hit[0]
    qualifier = _qualifier_before(text, before, conv) or _qualifier_after(text, end, conv)
    return dict(
        span=(raw.start, end),
        text=text[raw.start : end],
        readings=readings,
        fraction_digits=fractions,
        number_span=(raw.start, raw.end),
        scales=scales,
        scale_word=scale_word,
        percent=percent,
        qualifier=qualifier[1] if qualifier else None,
        qualifier_text=qualifier[0] if qualifier else None,
        role="date" if raw.date else "number",
    )


def _marks_after(text: str, raw: _Raw, conv: Conventions, language: str | None
                 ) -> tuple[int, tuple[float, ...], str | None, bool]:
    """(where the figure ends, scales, scale word, percent) from what follows its digits
    (and a percent sign before them where the language writes it there); none for a date."""
    end, scales, scale_word, percent = raw.end, (), None, False
    if raw.date:
        return end, scales, scale_word, percent
    sm = _scale_regex(language).match(text, end)
    if sm:
        word = sm.group().strip(" \u00a0\u202f\u2009").casefold().rstrip(".")
        key = re.sub(r"\s+", " ", word)
        scales = conv.scale_words.get(key) or conv.scale_words.get(key + ".") or ()
        if scales:
            scale_word = sm.group().strip()
            end = sm.end()
    pm = _percent_regex(language).match(text, end)
    if pm:
        percent, end = True, pm.end()
    elif conv.percent_prefix and raw.start > 0 and text[raw.start - 1] in PERCENT_SIGNS:
        percent = True
    return end, scales, scale_word, percent


def _mark_dates(text: str, mentions: list[dict]) -> None:
    spans = date_spans(text)
    if not spans:
        return
    starts = [s for s, _ in spans]
    for mention in mentions:
        start, end = mention["number_span"]
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and spans[i][0] <= start and end <= spans[i][1]:
            mention["role"] = "date"


def _worded_range(text: str, left: dict, right: dict, between: str, conv: Conventions) -> bool:
    """Whether ``between`` joins two figures as a range in words: "6 to 7%", or
    "between 6 and 7%" with its opening word before the first figure."""
    word = between.strip(" \u00a0\u202f\u2009").casefold()
    if not word or between == word:
        return False
    # what the first figure writes of its own must be what the second writes: "5% to
    # 7 billion" is no range
    if left["percent"] and not right["percent"] or left["scales"] and left["scales"] != right["scales"]:
        return False
    # "by the end of 2024 to 3.85%": a year, then the figure it ends with
    if _year_then_figure(left, right):
        return False
    if word in conv.range_to:
        return True
    if word not in conv.range_and:
        return False
    return _word_before(text, left["number_span"][0], conv.range_open) is not None


def _year_then_figure(left: dict, right: dict) -> bool:
    def year(m: dict) -> bool:
        return not m["fraction_digits"][0] and not m["scales"] and is_year(m["readings"][0], other_calendars=False)

    return year(left) and not year(right)


def _link(text: str, mentions: list[dict], conv: Conventions) -> None:
    """Mark ratios (``4/34``) and ranges (``2021-2023``, ``5–7%``, ``between 5 and 7
    percent``) between neighbours."""
    for left, right in zip(mentions, mentions[1:], strict=False):
        if left["role"] != "number" or right["role"] != "number":
            continue
        between = text[left["span"][1] : right["number_span"][0]]
        if between == "/" and not left["percent"]:
            before = text[max(0, left["number_span"][0] - 1) : left["number_span"][0]]
            after = text[right["span"][1] : right["span"][1] + 2]
            if before == "/" or re.match(r"/\w", after):
                continue  # a date or a document number: 12/3/2024, 45/2019/QH14
            left["role"], right["role"] = "numerator", "denominator"
            left["out_of"] = right["readings"]
            continue
        if _RANGE_JOIN.match(between) or _worded_range(text, left, right, between, conv):
            left["role"], right["role"] = "range_start", "range_end"
            bounds = (left["readings"][0], right["readings"][0])
            left["range"] = right["range"] = bounds
            # "5-7%" and "2-3 mln": the sign and scale written once cover both ends.
            if right["percent"] and not left["percent"]:
                left["percent"] = True
            if right["scales"] and not left["scales"]:
                left["scales"], left["scale_word"] = right["scales"], right["scale_word"]
            if left["qualifier"] and not right["qualifier"]:
                right["qualifier"], right["qualifier_text"] = left["qualifier"], left["qualifier_text"]


@lru_cache(maxsize=256)
def _cached(text: str, language: str | None) -> tuple[NumberMention, ...]:
    return _scan(text, language)


def find_numbers(text: str, language: str | None = None) -> list[NumberMention]:
    """Every figure in ``text``, in order, read with ``language``'s conventions.

    ``language`` is an ISO 639-1 code ('pl', 'ar', 'vi' ...); None reads with every
    supported language's conventions at once (all scale words, all separator roles).
    Results are cached per (text, language): the validators ask about the same
    article once per record.
    """
    return list(_cached(text, language))


@lru_cache(maxsize=256)
def _starts(text: str, language: str | None) -> tuple[int, ...]:
    return tuple(m.number_span[0] for m in _cached(text, language))


def numbers_in_span(text: str, start: int, end: int, language: str | None = None) -> list[NumberMention]:
    """The figures of ``text`` whose digits lie inside ``text[start:end]``."""
    mentions = _cached(text, language)
    starts = _starts(text, language)
    lo = bisect.bisect_left(starts, start)
    out = []
    for m in mentions[lo:]:
        if m.number_span[0] >= end:
            break
        if m.number_span[1] <= end:
            out.append(m)
    return out
