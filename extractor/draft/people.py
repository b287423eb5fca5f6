"""Where an article names a person: Vietnamese names in any script.

Vietnamese names are a family name from a short list followed by one to three
syllables, which is how they are found:

* scripts with capital letters (Latin, Cyrillic, Greek): a run of capitalised words
  whose first is a family name as the language writes it (Latin-script languages keep
  the Vietnamese spelling);
* scripts without capitals but with spaces (Arabic, Devanagari, Hangul, Thai ...): a
  family name and the two words after it;
* Japanese: katakana syllables joined by a middle dot; Chinese: a family name character
  and one or two more, right after a title word or right before a form of address.

The family names, forms of address and the rules that spell a name in Latin letters
are language data (``names.json``). Mentions of one person (inflected, shortened) are
grouped with the linker's name folding.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from extractor.draft.syllables import lossy_script, snap
from extractor.languages import MULTIPLE, knowledge
from extractor.linking.text import PROVINCES, fold, name_key
from extractor.places import compact, places

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\u0301-])*")
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・･=＝][\u30a1-\u30fa\u30fc]+){1,3}")
_HAN = "\u4e00-\u9fff"
MAX_SYLLABLE = 8


@dataclass
class DraftPerson:
    """One person the article names: ``P<n>`` in the draft."""

    id: str
    name: str  # in Latin letters, without diacritics
    name_in_text: str  # the first mention, as written
    mentions: list[tuple[int, int]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # in English (draft.titles)


@lru_cache(maxsize=64)
def _names(lang: str | None) -> dict:
    data = dict(knowledge(lang, "names"))
    latin = knowledge("vi", "names")
    data["latin_surnames"] = frozenset(fold(s) for s in latin.get("surnames", []))
    data["surname_set"] = frozenset(s.casefold() for s in data.get("surnames", []))
    return data


def _cased(word: str) -> bool:
    return word[:1].isupper()


def _has_case(text: str) -> bool:
    """Most letters of the text's opening have an upper and a lower case form."""
    letters = [c for c in text[:2000] if c.isalpha()]
    return bool(letters) and sum(c.upper() != c.lower() for c in letters) > len(letters) // 2


_PLACES = frozenset(" ".join(fold(p).split()) for p in PROVINCES)


def _runs(text: str) -> list[list[re.Match]]:
    """Runs of capitalised short words separated by one space or hyphen."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    for w in _WORD.finditer(text):
        word = w.group()
        ok = _cased(word) and len(word.strip("'’-")) <= MAX_SYLLABLE
        joined = bool(current) and text[current[-1].end():w.start()] in (" ", "\u00a0", "-")
        if ok and (joined or not current):
            current.append(w)
            continue
        if current:
            runs.append(current)
        current = [w] if ok else []
    if current:
        runs.append(current)
    return runs


def _cased_mentions(text: str, data: dict, lang: str | None) -> list[tuple[int, int]]:
    """Runs of capitalised short words that start with a family name."""
    surnames = data["latin_surnames"] | {fold(s) for s in data["surname_set"]}
    out: list[tuple[int, int]] = []
    for run in _runs(text):
        out.extend(_names_in_run(run, surnames, lang))
    return out


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """Every province and district, as compact keys ('quanson')."""
    return frozenset(compact(p.name) for p in places())


def _is_place(words: list[str], lang: str | None) -> bool:
    return (" ".join(fold(w) for w in words) in _PLACES
            or compact(romanize(" ".join(words), lang)) in _place_keys())


def _names_in_run(run: list[re.Match], surnames: frozenset[str],
                  lang: str | None = None) -> list[tuple[int, int]]:
    """The name in a run of capitalised words: a place at its front is dropped ('Quan Son
    Do Trong Hung', 'Шон Зионг Данг Ван Тхань': a district of the gazetteer, read back),
    and the name is the family name and up to three words after it."""
    for size in (3, 2):
        if len(run) >= size + 3 and _is_place([w.group() for w in run[:size]], lang):
            run = run[size:]
            break
    folded = [fold(w.group()) for w in run]
    for start in range(len(run)):
        if folded[start] in surnames and 3 <= len(run) - start <= 4:
            return [(run[start].start(), run[-1].end())]
    if len(run) >= 5 and folded[-3] in surnames:
        return [(run[-3].start(), run[-1].end())]
    return []


def _surname_in(token: str, data: dict) -> int | None:
    """Where a family name starts in ``token`` (0, after a glued prefix, or anywhere
    before its end in scripts written without spaces between words); None if none."""
    surnames = data["surname_set"]
    if token in surnames:
        return 0
    for p in data.get("prefixes", []):
        if token.startswith(p) and token[len(p):] in surnames:
            return len(p)
    if data.get("glued"):
        for s in surnames:
            if token.endswith(s) and len(token) > len(s):
                return len(token) - len(s)
    return None


def _name_syllable(word: str, lang: str | None) -> bool:
    """The word, read back, is one of the common syllables of Vietnamese names."""
    return romanize(word, lang).casefold() in _common_syllables()


@lru_cache(maxsize=1)
def _common_syllables() -> frozenset[str]:
    return frozenset(knowledge("vi", "names").get("name_syllables", []))


def _fourth_word(text: str, words: list[re.Match], i: int, lang: str | None,
                 stop: set[str]) -> bool:
    """A woman's name of four syllables ('Nguyen Thi Thu Ha', one in nine of the gold
    attendees): the middle name is Thi and the word after the third is a name syllable
    too (read back; not one of the language's ``not_names``), after a space only."""
    if i + 3 >= len(words) or romanize(words[i + 1].group(), lang) != "Thi":
        return False
    fourth = words[i + 3].group()
    gap = text[words[i + 2].end():words[i + 3].start()]
    return (gap.strip() == "" and "\n" not in gap and fourth.casefold() not in stop
            and _name_syllable(fourth, lang))


def _spaced_mentions(text: str, data: dict, lang: str | None) -> list[tuple[int, int]]:
    """A family name and the two words after it (three after Thi, when the third is a
    name syllable), in scripts without capitals."""
    stop = {s.casefold() for s in data.get("not_names", [])}
    bad_starts = tuple(data.get("not_name_prefixes", []))
    ambiguous = set(data.get("ambiguous", []))
    words = list(re.finditer(r"[^\s,.;:()«»\"“”،؛、]+", text))
    out, i = [], 0
    while i + 2 < len(words):
        token = words[i].group().casefold()
        at = _surname_in(token, data)
        nxt = [x.group().casefold() for x in words[i + 1:i + 3]]
        gaps = text[words[i].end():words[i + 2].start()]
        ok = (at is not None and not any(x in stop or x.startswith(bad_starts) for x in nxt)
              and not re.search(r"[,.;:،؛\n]", gaps))
        if ok and token[at:] in ambiguous:
            whole = text[words[i].start() + at:words[i + 2].end()]
            ok = text.count(whole) > 1
        if ok:
            last = i + 3 if _fourth_word(text, words, i, lang, stop) else i + 2
            out.append((words[i].start() + at, words[last].end()))
            i = last + 1
            continue
        i += 1
    return out


def _han_mentions(text: str, data: dict) -> list[tuple[int, int]]:
    """Chinese characters: a family name and two more characters (or one), right after a
    title word or right before a form of address."""
    surnames = "".join(data["surname_set"])
    if not surnames:
        return []
    after = "|".join(map(re.escape, data.get("after", []))) or "(?!)"
    out = [m.span(1) for m in re.finditer(rf"([{surnames}][{_HAN}]{{1,2}}?)(?:{after})", text)]
    # After a title word the name follows at once, and a verb may follow it unspaced.
    name = re.compile(rf"[{surnames}][{_HAN}]{{2}}")
    for cue in data.get("before", []):
        for m in re.finditer(re.escape(cue), text):
            found = name.match(text, m.end())
            if found:
                out.append(found.span())
    return out


def _vowel_signs(text: str) -> str:
    """Vowel signs that Unicode counts as combining marks (Thai ุ ู, Lao ຸ ູ) spelled out:
    folding drops combining marks, and these are vowels, not diacritics."""
    return "".join(anyascii(c) if unicodedata.combining(c) and (
        "VOWEL SIGN" in unicodedata.name(c, "") or "SARA" in unicodedata.name(c, "")) else c
        for c in text)


@lru_cache(maxsize=65536)  # asked of every place and title candidate as well as names
def romanize(name: str, lang: str | None) -> str:
    """The name in Latin letters without diacritics, by the language's spelling rules."""
    text = unicodedata.normalize("NFC", name).casefold()
    for src, dst in knowledge(lang, "names").get("romanize", []):
        text = re.sub(src, dst, text)
    tokens = [t for t in re.split(r"[\s・･=＝\-]+", fold(_vowel_signs(text))) if t]
    words = re.sub(r"[^a-z ]", " ", " ".join(tokens)).split()
    if lossy_script(name):
        words = [snap(w) for w in words]
    return " ".join(t[:1].upper() + t[1:] for t in words)


def mention_spans(text: str, lang: str | None) -> list[tuple[int, int]]:
    data = _names(lang)
    if lang == "ja":
        spans = [m.span() for m in _KATAKANA_NAME.finditer(text)
                 if len(re.split("[・･=＝]", m.group())) >= 3]
    elif lang in ("zh", "yue"):
        spans = _han_mentions(text, data)
    elif _has_case(text):
        spans = _cased_mentions(text, data, lang)
    else:
        spans = _spaced_mentions(text, data, lang)
    return sorted(set(spans))


_FINAL_LETTERS = frozenset({"h", "g"})


def _same(a: str, b: str) -> bool:
    """Two folded names of one person: equal, or one an inflected form of the other."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if len(ta) == len(tb) and ta[:-1] == tb[:-1]:
        short, long = sorted((ta[-1], tb[-1]), key=len)
        # a case ending, not a Vietnamese final: 'An' and 'Anh', 'Lon' and 'Long' differ
        return long.startswith(short) and long[len(short):] not in _FINAL_LETTERS
    return fuzz.ratio(a, b) >= 92


@lru_cache(maxsize=1)
def _not_attendees() -> tuple[str, ...]:
    """Historical figures named in passing (a city, a mausoleum), never at a meeting."""
    return tuple(knowledge("vi", "names").get("not_attendees", []))


def names_language(text: str, lang: str | None) -> str | None:
    """``lang`` when its data knows names, else the language whose data reads the text's
    script (``mul/names.json``: Kazakh, Belarusian and Mongolian Cyrillic as Russian)."""
    if knowledge(lang, "names").get("surnames") or knowledge(lang, "names").get("romanize"):
        return lang
    letter = next((c for c in text if c.isalpha() and not c.isascii()), "")
    script = unicodedata.name(letter, "") if letter else ""
    by_script = knowledge(MULTIPLE, "names").get("script_languages", {})
    return next((code for name, code in by_script.items() if script.startswith(name)), lang)


def draft_people(text: str, lang: str | None) -> list[DraftPerson]:
    """Every person the text names, first mention first, numbered ``P1``, ``P2`` ..."""
    lang = names_language(text, lang)
    people: list[DraftPerson] = []
    keys: list[str] = []
    for start, end in mention_spans(text, lang):
        written = text[start:end]
        key = name_key(romanize(written, lang))
        if not key or any(_same(key, name_key(n)) for n in _not_attendees()):
            continue
        for i, k in enumerate(keys):
            if _same(k, key):
                people[i].mentions.append((start, end))
                break
        else:
            keys.append(key)
            people.append(DraftPerson(f"P{len(people) + 1}", romanize(written, lang), written,
                                      [(start, end)]))
    return people
