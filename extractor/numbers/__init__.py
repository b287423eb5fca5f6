"""Multilingual reading of figures in article text.

>>> [m.readings for m in find_numbers("wzrost o 6,52%, ponad 1 299 mln USD", "pl")]
[(6.52,), (1299.0,)]

See :mod:`extractor.numbers.parse` for how separators, scale words, percent signs,
qualifiers, ratios and ranges are read, and :mod:`extractor.numbers.locale_data` for
the CLDR data (through babel) behind them.
"""

from extractor.numbers.locale_data import SUPPORTED_LANGUAGES, Conventions, conventions
from extractor.numbers.parse import NumberMention, find_numbers, numbers_in_span

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Conventions",
    "NumberMention",
    "conventions",
    "find_numbers",
    "numbers_in_span",
]
