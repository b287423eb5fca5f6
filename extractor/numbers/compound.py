"""Figures written in more than one piece: read them as ONE figure.

Two kinds of piece-wise writing are joined after the scanner has found the pieces:

* **compound amounts** -- a larger unit followed by a smaller one inside one figure:
  ``5兆3,100億`` (5.31e12), ``2억 4,500만`` (2.45e8), ``7만 2천`` (7.2e4), ``3亿5千万``
  (3.5e8), ``1万2000`` (1.2e4), ``2 करोड़ 50 लाख`` (2.5e7), ``5 tỷ 300 triệu`` (5.3e9),
  ``5 مليارات و300 مليون``; and N thousand M billion (``4 nghìn 250 tỷ``: 4,250
  billion, read in the unit the text names last). The joined figure is read in its *largest* unit -- the
  labelling convention of ``corpus/ANNOTATION.md``: value 5.31, scale 1e12 -- and the
  validators accept any value x scale equal to the amount (53100 x 1e8 as well);
* **spacing artefacts** of machine translation around a separator: ``27, 415 مليار``,
  ``27 ,415``, ``27 , 415``: one figure 27415 when the head has one to three digits and
  every group after it three (and 27.415 too where the comma is a decimal point, so
  ``6, 52%`` is 6.52). A space *after* a comma also starts the next item of a list
  ("12, 415 and 300"), so that form is joined only where a list cannot be meant: in
  Arabic-script text (lists there take ``،``), or when a scale word or a percent sign
  follows. A space *before* the comma is never a list. ``27 415 Mio.`` (a plain space
  in a language that groups with dots) is joined before a scale word or sign, and
  Persian ``۱۲/۵ درصد`` is 12.5.

Both work on the scanner's mention dicts (see :func:`extractor.numbers.parse._scan`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractor.numbers.locale_data import every_language

# Scale words of scripts written without spaces: after them a bare figure is the
# smaller part of the same amount ("1万2000", "1만 2000").
_UNSPACED_SCALE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# What may stand between the pieces of a compound amount: spaces, an "and" (Arabic و).
_AND = "|".join(re.escape(w) for w in every_language("compound_and")) or "(?!)"
_COMPOUND_GAP = re.compile(rf"^[ \u00a0\u202f\u2009]{{0,2}}(?:(?P<conj>{_AND})[ \u00a0\u202f\u2009]?)?$")
_LIST_FREE = re.compile(r"^[ \u00a0\u202f\u2009]?[,٬،][ \u00a0\u202f\u2009]?$")
_SPACE_BEFORE = re.compile(r"^[ \u00a0\u202f\u2009][,٬،][ \u00a0\u202f\u2009]?$")
_ARABIC_COMMA = "،"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_THREE = re.compile(r"^\d{3}(?:[,٬ \u00a0\u202f\u2009]\d{3})*$")


def _dec(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def _fraction_digits(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -int(exponent))


def _plain(m: dict) -> bool:
    return m["role"] == "number" and not m["percent"]


def _integer(m: dict) -> bool:
    return all(r == int(r) for r in m["readings"]) and m["fraction_digits"][0] == 0


def _compound_part(text: str, big: dict, small: dict, last_scale: float) -> bool:
    """``small`` continues the amount ``big`` (read so far down to ``last_scale``)."""
    if not (_plain(big) and _plain(small)) or not big["scales"]:
        return False
    gap = _COMPOUND_GAP.match(text[big["span"][1] : small["number_span"][0]])
    if gap is None:
        return False
    value = small["readings"][0]
    if value <= 0:
        return False
    if small["scales"]:
        return small["scales"][0] < last_scale and value * small["scales"][0] < last_scale
    # a bare figure after an unspaced (CJK, Hangul) scale word: "1万2000", "7만 2천"
    word = big.get("scale_word") or ""
    return bool(_UNSPACED_SCALE.search(word[-1:])) and _integer(small) and value < last_scale \
        and gap.group("conj") is None


def _join_compound(text: str, pieces: list[dict]) -> dict:
    head = pieces[0]
    unit = head["scales"][0]
    amount = sum((_dec(p["readings"][0]) * _dec(p["scales"][0] if p["scales"] else 1.0)
                  for p in pieces), Decimal(0))
    value = amount / _dec(unit)
    tail = pieces[-1]
    joined = dict(head)
    joined.update(
        span=(head["span"][0], tail["span"][1]),
        text=text[head["span"][0] : tail["span"][1]],
        readings=(float(value),),
        fraction_digits=(_fraction_digits(value),),
        number_span=(head["number_span"][0], tail["number_span"][1]),
        scales=(unit,),
    )
    if joined["qualifier"] is None and tail["qualifier"] is not None:
        joined["qualifier"], joined["qualifier_text"] = tail["qualifier"], tail["qualifier_text"]
    return joined


def _thousands_of(text: str, big: dict, small: dict) -> bool:
    """``big`` is N thousand and ``small`` the rest of N thousand M billion: Persian
    "۶ هزار و ۳۰۰ میلیارد", Vietnamese "4 nghìn 250 tỷ" (6,300 and 4,250 billion)."""
    if not (_plain(big) and _plain(small)) or big["scales"][:1] != (1e3,) or not small["scales"]:
        return False
    if _COMPOUND_GAP.match(text[big["span"][1] : small["number_span"][0]]) is None:
        return False
    value = small["readings"][0]
    return small["scales"][0] > 1e3 and _integer(small) and _integer(big) and 0 < value < 1000


def _join_thousands(text: str, big: dict, small: dict) -> dict:
    value = _dec(big["readings"][0]) * 1000 + _dec(small["readings"][0])
    joined = dict(small)
    joined.update(
        span=(big["span"][0], small["span"][1]),
        text=text[big["span"][0] : small["span"][1]],
        readings=(float(value),),
        fraction_digits=(0,),
        number_span=(big["number_span"][0], small["number_span"][1]),
    )
    if big["qualifier"] is not None:
        joined["qualifier"], joined["qualifier_text"] = big["qualifier"], big["qualifier_text"]
    return joined


def merge_compounds(text: str, mentions: list[dict]) -> list[dict]:
    """Join the pieces of compound amounts ("5兆3,100億") into one mention each."""
    out: list[dict] = []
    i = 0
    while i < len(mentions):
        if i + 1 < len(mentions) and _thousands_of(text, mentions[i], mentions[i + 1]):
            out.append(_join_thousands(text, mentions[i], mentions[i + 1]))
            i += 2
            continue
        pieces = [mentions[i]]
        last = mentions[i]["scales"][0] if mentions[i]["scales"] else 0.0
        j = i + 1
        while j < len(mentions) and last and _compound_part(text, pieces[-1], mentions[j], last):
            pieces.append(mentions[j])
            nxt = mentions[j]["scales"]
            if not nxt:
                j += 1
                break  # a bare figure ends the amount
            last = nxt[0]
            j += 1
        out.append(_join_compound(text, pieces) if len(pieces) > 1 else pieces[0])
        i = j if len(pieces) > 1 else i + 1
    return out


# --------------------------------------------------------------------------- spacing


def _digits_of(text: str, span: tuple[int, int]) -> str:
    return "".join(str(int(c)) for c in text[span[0] : span[1]] if c.isdigit())


def _spaced_readings(text: str, left: dict, right: dict, decimals: frozenset[str],
                     language: str | None) -> list[tuple[float, int]] | None:
    """The readings of ``left`` and ``right`` as ONE figure cut by a stray space, or None.

    ``27, 415`` / ``27 ,415`` / ``27 415 Mio.``: thousands groups (27415); where the
    comma is a decimal separator, ``6, 52%`` is also 6.52 (both readings are kept, the
    language's own first). Persian ``۱۲/۵ درصد`` is 12.5 (a slash as decimal point).
    """
    if not (_plain(left) and right["role"] == "number") or left["scales"]:
        return None
    if left["span"][1] != left["number_span"][1]:
        return None  # a scale word or sign already ends the left figure
    head = text[left["number_span"][0] : left["number_span"][1]]
    if not (head.isdigit() and 1 <= len(head) <= 3 and not head.startswith("0")):
        return None
    gap = text[left["number_span"][1] : right["number_span"][0]]
    sep = gap.strip(" \u00a0\u202f\u2009")
    body = text[right["number_span"][0] : right["number_span"][1]]
    three = bool(_THREE.match("".join("0" if c.isdigit() else c for c in body)))
    marked = bool(right["scales"]) or right["percent"]
    h, t = _digits_of(text, left["number_span"]), _digits_of(text, right["number_span"])
    if sep == "/":  # Persian writes the decimal point as a slash
        if language == "fa" and gap == "/" and marked and body.isdigit():
            return [(float(f"{h}.{t}"), len(t))]
        return None
    if not sep:  # plain space in a language that does not group with spaces
        return [(float(h + t), 0)] if len(gap) == 1 and three and marked else None
    if gap == _ARABIC_COMMA:  # "6،5%": a decimal comma; "12،984" the scanner has read
        return [(float(f"{h}.{t}"), len(t))] if marked and body.isdigit() and len(body) <= 2 else None
    if sep == _ARABIC_COMMA and not _SPACE_BEFORE.match(gap):
        return None  # "5، 6 و7": the Arabic list comma
    if sep not in ",٬،" or gap == sep or not _LIST_FREE.match(gap):
        return None  # no stray space: the scanner has read it already
    arabic = bool(_ARABIC_SCRIPT.search(text[max(0, left["number_span"][0] - 80) : right["span"][1] + 40]))
    if not (_SPACE_BEFORE.match(gap) or arabic or marked):
        return None  # "12, 415 and 300" is a list
    group = [(float(h + t), 0)] if three else []
    decimal = [(float(f"{h}.{t}"), len(t))] if sep == "," and body.isdigit() and \
        (language is None or "," in decimals) else []
    readings = decimal + group if language is not None and "," in decimals else group + decimal
    return readings or None


def _join_spaced(text: str, left: dict, right: dict, readings: list[tuple[float, int]]) -> dict:
    joined = dict(right)
    joined.update(
        span=(left["span"][0], right["span"][1]),
        text=text[left["span"][0] : right["span"][1]],
        readings=tuple(r for r, _ in readings),
        fraction_digits=tuple(d for _, d in readings),
        number_span=(left["number_span"][0], right["number_span"][1]),
    )
    if left["qualifier"] is not None:
        joined["qualifier"], joined["qualifier_text"] = left["qualifier"], left["qualifier_text"]
    return joined


def merge_spaced_groups(text: str, mentions: list[dict], decimals: frozenset[str] = frozenset(),
                        language: str | None = None) -> list[dict]:
    """Join "27, 415", "27 ,415", "6, 52%", "27 415 Mio." (a stray space at a separator)."""
    out: list[dict] = []
    for m in mentions:
        readings = _spaced_readings(text, out[-1], m, decimals, language) if out else None
        if readings:
            out[-1] = _join_spaced(text, out[-1], m, readings)
        else:
            out.append(m)
    return out
