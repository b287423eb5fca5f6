"""Text folding shared by the linkers: names, places and indicator phrases.

Everything here is a pure function of its input, so the keys built from it (and the
ids hashed from those keys) never depend on what else has been loaded.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Đ/đ (and a few other letters with a bar or stroke) have no Unicode decomposition,
# so stripping combining marks alone leaves them; map them first.
_STROKED = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ø": "O", "ø": "o",
                          "Ł": "L", "ł": "l", "Ħ": "H", "ħ": "h", "ı": "i"})
_NON_WORD = re.compile(r"[^a-z0-9]+")

# Honorifics and forms of address dropped from the front (or back) of a name, folded.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam", "madame", "comrade", "comrades",
    "prof", "professor", "h.e", "he", "excellency", "mister", "mme", "mlle", "m",
    "herr", "frau", "genosse", "genossin", "sr", "sra", "senor", "senora", "don", "dona",
    "pan", "pani", "tov", "tovarishch", "gospodin", "gospozha", "pane", "signor", "signora",
    "dong chi", "dongchi",
    "al sayed", "alsayed", "sayed", "sayyid", "ustadh",
})
# Vietnamese "ông" / "bà" (Mr / Mrs) are also family names (Ông is a surname), so they
# are dropped only from names long enough to still have family + middle + given name.
_VI_ADDRESS = frozenset({"ong", "ba", "anh", "chi"})
# Honorifics written after the name (Japanese, Chinese, Korean), folded.
_SUFFIXES = frozenset({"san", "sama", "shi", "ssi", "nim", "xiansheng", "nushi"})


def fold(text: str) -> str:
    """Lower-case ASCII with diacritics removed and any script transliterated.

    'Đỗ Trọng Hưng' -> 'do trong hung'; 'Ле Дик Тхо' -> 'le dik tkho'.
    """
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKC", text).translate(_STROKED)
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    return anyascii(text).casefold()


@lru_cache(maxsize=262144)
def words(text: str) -> tuple[str, ...]:
    """Folded alphanumeric tokens: punctuation, hyphens and spacing become separators."""
    return tuple(w for w in _NON_WORD.split(fold(text)) if w)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The matching key of a person's name: folded, honorifics dropped, one space apart.

    'Comrade Đỗ Trọng-Hưng', 'Mr. DO TRONG HUNG' and 'do  trong hung' share 'do trong hung'.
    """
    tokens = list(words(name))
    while len(tokens) > 1:
        if len(tokens) > 2 and " ".join(tokens[:2]) in HONORIFICS:
            tokens = tokens[2:]
        elif tokens[0] in HONORIFICS:
            tokens = tokens[1:]
        elif tokens[-1] in _SUFFIXES:
            tokens = tokens[:-1]
        elif len(tokens) >= 4 and tokens[0] in _VI_ADDRESS:
            tokens = tokens[1:]
        else:
            break
    if len(tokens) == 1 and (tokens[0] in HONORIFICS or tokens[0] in _SUFFIXES):
        return ""  # 'Mr.' alone names nobody
    return " ".join(tokens)


@lru_cache(maxsize=65536)
def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin (with or without diacritics)."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def short_hash(*parts: str, prefix: str) -> str:
    """A deterministic id: ``prefix`` + 16 hex digits of SHA-256 over the parts."""
    digest = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]
    return f"{prefix}{digest}"


# The 63 provinces and centrally-run cities (pre-2025 list; the 2025 merged provinces
# kept one of these names), folded; with common alternative spellings.
PROVINCES: tuple[str, ...] = (
    "An Giang", "Ba Ria Vung Tau", "Bac Giang", "Bac Kan", "Bac Lieu", "Bac Ninh", "Ben Tre",
    "Binh Dinh", "Binh Duong", "Binh Phuoc", "Binh Thuan", "Ca Mau", "Can Tho", "Cao Bang",
    "Da Nang", "Dak Lak", "Dak Nong", "Dien Bien", "Dong Nai", "Dong Thap", "Gia Lai",
    "Ha Giang", "Ha Nam", "Ha Noi", "Ha Tinh", "Hai Duong", "Hai Phong", "Hau Giang",
    "Hoa Binh", "Hung Yen", "Khanh Hoa", "Kien Giang", "Kon Tum", "Lai Chau", "Lam Dong",
    "Lang Son", "Lao Cai", "Long An", "Nam Dinh", "Nghe An", "Ninh Binh", "Ninh Thuan",
    "Phu Tho", "Phu Yen", "Quang Binh", "Quang Nam", "Quang Ngai", "Quang Ninh", "Quang Tri",
    "Soc Trang", "Son La", "Tay Ninh", "Thai Binh", "Thai Nguyen", "Thanh Hoa",
    "Ho Chi Minh City", "Thua Thien Hue", "Tien Giang", "Tra Vinh", "Tuyen Quang",
    "Vinh Long", "Vinh Phuc", "Yen Bai",
)
_PROVINCE_ALIASES = {
    "hanoi": "Ha Noi", "ha noi": "Ha Noi", "hcmc": "Ho Chi Minh City",
    "ho chi minh": "Ho Chi Minh City", "sai gon": "Ho Chi Minh City",
    "saigon": "Ho Chi Minh City", "hue": "Thua Thien Hue", "daklak": "Dak Lak",
    "dak lak": "Dak Lak", "daknong": "Dak Nong", "vung tau": "Ba Ria Vung Tau",
    "ba ria": "Ba Ria Vung Tau", "haiphong": "Hai Phong", "danang": "Da Nang",
}
_PROVINCE_BY_KEY = {" ".join(words(p)): p for p in PROVINCES} | _PROVINCE_ALIASES


def province_key(name: str | None) -> str:
    """The folded key of a province name ('' when unknown): 'Thanh Hóa' -> 'thanh hoa'."""
    if not name:
        return ""
    key = " ".join(w for w in words(name) if w not in {"province", "city", "tinh", "thanh pho"})
    canonical = _PROVINCE_BY_KEY.get(key)
    return " ".join(words(canonical)) if canonical else key


def find_province(*texts: str | None) -> str:
    return _find_province(tuple(t for t in texts if t))


@lru_cache(maxsize=65536)
def _find_province(texts: tuple[str, ...]) -> str:
    """The province key named in a place or title text ('' when none or ambiguous).

    'Cao Bang province' -> 'cao bang'; district or commune names alone say nothing.
    """
    found: set[str] = set()
    for text in texts:
        tokens = words(text)
        for size in (4, 3, 2, 1):
            for i in range(len(tokens) - size + 1):
                canonical = _PROVINCE_BY_KEY.get(" ".join(tokens[i:i + size]))
                if canonical and (size > 1 or tokens[i] in {"hue", "hanoi", "saigon"}):
                    found.add(" ".join(words(canonical)))
    return found.pop() if len(found) == 1 else ""
