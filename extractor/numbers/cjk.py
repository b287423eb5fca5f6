"""Figures written in Chinese numerals: 三千五百 (3,500), 一百二十亿 (120 x 1e8), 六点五 (6.5),
百分之十二 (12 %), 二〇二五年 (a year).

Chinese (and at times Japanese) writes small and round figures in characters. Only a
well-formed numeral is read -- units falling (千 before 百 before 十), one digit before each
-- so words that merely contain a numeral character (百姓 'the people', 十分 'very',
十四五 'the 14th five-year plan') are not figures. The scale words after the numeral
(万, 亿) and a percent phrase around it are read by the scanner as after any digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMERAL = re.compile(rf"[{''.join(_DIGITS)}{''.join(_UNITS)}]+(?:点[{''.join(_DIGITS)}]+)?")
_SCALE_AFTER = re.compile(r"[万萬亿億兆]")
_DATE_AFTER = re.compile(r"[年月日号號]")
LANGUAGES = frozenset({"zh", "ja", "yue"})


def _positional(digits: str) -> int:
    return int("".join(str(_DIGITS[c]) for c in digits))


def integer_value(numeral: str) -> int | None:
    """The value of a numeral without a decimal point; None when it is not well formed."""
    if all(c in _DIGITS for c in numeral):  # 二〇二五: digit by digit
        return _positional(numeral) if len(numeral) > 1 else _DIGITS[numeral]
    total, digit, last_unit, after_zero = 0, None, 10_000, False
    for char in numeral:
        if char in _DIGITS:
            if digit not in (None, 0) or (digit == 0 and _DIGITS[char] == 0):
                return None  # two digits in a row: 十四五
            after_zero = after_zero or _DIGITS[char] == 0
            digit = _DIGITS[char]
            continue
        unit = _UNITS[char]
        if unit >= last_unit or digit == 0:
            return None
        total += (1 if digit is None else digit) * unit
        digit, last_unit, after_zero = None, unit, False
    if digit:
        # 三千五 is 3,500 (the digit counts in the unit below the last); 三千零五 is 3,005
        total += digit if after_zero or last_unit == 10_000 else digit * last_unit // 10
    return total


def numeral_value(numeral: str) -> tuple[str, int] | None:
    """('3500', 0) or ('6.5', 1): the value as ASCII digits and its fraction digits."""
    whole, _, fraction = numeral.partition("点")
    value = integer_value(whole)
    if value is None:
        return None
    if not fraction:
        return str(value), 0
    return f"{value}.{''.join(str(_DIGITS[c]) for c in fraction)}", len(fraction)


def numerals(text: str) -> Iterator[tuple[int, int, str, int, bool]]:
    """(start, end, value, fraction digits, is a date) of each figure in numerals: two
    characters or more, or one before a scale word (一万, 十万, not 千万); a year, month or day
    (二〇二五年, 十二月) is a date."""
    for m in _NUMERAL.finditer(text):
        numeral = m.group()
        # 千万 is 'by all means' far more often than ten million
        alone_ok = numeral != "千" and _SCALE_AFTER.match(text, m.end()) is not None
        if len(numeral) == 1 and not alone_ok:
            continue
        read = numeral_value(numeral)
        if read is None:
            continue
        date = _DATE_AFTER.match(text, m.end()) is not None
        yield m.start(), m.end(), read[0], read[1], date
