"""Is a whole number written out in words ("cztery", "أربعة", "four") in a text?

A KPI whose value is not among the digits of its quote may still be stated in words;
then the record cannot be confirmed (a warning), but when the words are not there
either, the quote certainly does not state the value (an error). The words come from
``num2words`` (cardinal and, where it has them, ordinal forms). Inflecting languages
change word endings ("cztery" -> "czterech", "ثلاثة" -> "ثلاث"), so there a word
matches on its stem; a loose match only ever softens an error into a warning.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.languages import knowledge, normalise_code

MAX_IN_WORDS = 100


@lru_cache(maxsize=2048)
def spelled_forms(value: int, language: str | None) -> tuple[str, ...] | None:
    """The ways ``language`` writes ``value`` in words; None when it cannot be told."""
    if language is None or not 0 <= value <= MAX_IN_WORDS:
        return None
    from num2words import CONVERTER_CLASSES, num2words

    code = knowledge(language, "numbers").get("num2words_code") or normalise_code(language) or language
    if code not in CONVERTER_CLASSES:
        return None
    forms: set[str] = set()
    for kind in ("cardinal", "ordinal"):
        try:
            forms.add(num2words(value, lang=code, to=kind).casefold())
        except Exception:  # noqa: BLE001 - some converters lack a form or fail on edge values
            continue
    return tuple(sorted(f for f in forms if f)) or None


@lru_cache(maxsize=2048)
def _pattern(value: int, language: str) -> re.Pattern[str] | None:
    forms = spelled_forms(value, language)
    if not forms:
        return None
    data = knowledge(language, "numbers")
    inflecting = data.get("number_words_inflect", False)
    unspaced = data.get("written_without_spaces", False)
    prefixes = "".join(data.get("number_word_prefixes", ()))
    alternatives = []
    for form in forms:
        first = form.split()[0] if not unspaced else form
        if inflecting and len(first) >= 5:
            stem = re.escape(first[: len(first) - 1]) + r"\w*"
        elif inflecting and len(first) == 4:
            stem = re.escape(first[:3]) + r"\w*"
        elif inflecting and len(first) == 3:
            stem = re.escape(first[:2]) + r"\w*"
        else:
            stem = re.escape(first)
        rest = form.split()[1:] if not unspaced else []
        body = r"\s+".join([stem, *(re.escape(w) for w in rest)])
        if unspaced:
            alternatives.append(body)
            continue
        prefix = f"[{prefixes}]?" if prefixes else ""
        tail = "" if body.endswith(r"\w*") else r"(?!\w)"
        alternatives.append(rf"(?<!\w){prefix}{body}{tail}")
    return re.compile("|".join(alternatives), re.IGNORECASE)


def written_in_words(text: str, value: float, language: str | None) -> bool | None:
    """True / False when ``text`` does / does not spell out ``value``; None: cannot tell."""
    if value != int(value) or language is None:
        return None
    pattern = _pattern(int(value), language)
    if pattern is None:
        return None
    return pattern.search(text) is not None
