"""The contract's dates (``meetings[].date``, ``directives[].deadline``): one reader.

The contract writes a date as ``YYYY-MM-DD``. Two readings, chosen explicitly:

* strict (the default): exactly ``YYYY-MM-DD`` (surrounding whitespace ignored) and a
  real calendar day. The validators flag any other value (``bad_date``), and the
  database stores ``NULL`` in the DATE column beside the text as written.
* lenient: zero padding may be missing (``2025-3-7``). Eval uses it to decide whether
  two labels name the same day; values that are not dates are compared as text.

Absent and unreadable both give ``None``; a caller that must tell them apart checks
whether the value was ``None`` to begin with.
"""

from __future__ import annotations

import re
from datetime import date

_STRICT = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)  # as date.fromisoformat reads
_LENIENT = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(value: str | None, *, lenient: bool = False) -> date | None:
    """The calendar day ``value`` names, or None when absent or not a real date."""
    if not value:
        return None
    m = (_LENIENT if lenient else _STRICT).fullmatch(value.strip())
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
