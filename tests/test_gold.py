"""Consistency checks of the hand-labelled gold files in ``corpus/gold``.

Gold is the yardstick every score is measured against, so a slip in it (a quote
retyped instead of copied, a stale span, an issuer who is not an attendee, a figure
that is not in its quote) silently corrupts every evaluation. These tests check each
file against its article and against the rules of ``corpus/ANNOTATION.md``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from extractor.articles import read_article
from extractor.grounding import ground
from extractor.schemas import ArticleExtraction, MatchStatus

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ARTICLES = CORPUS / "articles"
GOLD = CORPUS / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json"))
MANIFEST = {row["id"]: row for row in json.loads((CORPUS / "manifest.json").read_text("utf-8"))}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SCALES = {1.0, 1e3, 1e6, 1e9, 1e12}


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    # The same reader the pipeline uses, so offsets mean the same thing here and there.
    return {p.stem: read_article(p).text for p in sorted(ARTICLES.glob("*.txt"))}


def _load(path: Path) -> ArticleExtraction:
    return ArticleExtraction.model_validate_json(path.read_text("utf-8"))


def _quotes(extraction: ArticleExtraction):
    """(record path, quote, stored grounding, is_name) for every quote in the file."""
    for mi, meeting in enumerate(extraction.meetings):
        for i, person in enumerate(meeting.attendees):
            yield f"meetings[{mi}].attendees[{i}]", person.name_in_text, person.name_grounding, True
        for i, kpi in enumerate(meeting.kpis):
            yield f"meetings[{mi}].kpis[{i}]", kpi.evidence, kpi.evidence_grounding, False
        for i, directive in enumerate(meeting.directives):
            yield (
                f"meetings[{mi}].directives[{i}]",
                directive.evidence,
                directive.evidence_grounding,
                False,
            )


# ---------------------------------------------------------------- reading figures back

_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.,\u066b\u066c]\d+)*")


def _readings(token: str) -> set[float]:
    """Every value a digit string can stand for, whichever of ``.``/``,`` is decimal.

    Deliberately permissive (the real multilingual parser lives in
    ``extractor.numbers``); here it only has to show that the labelled number is
    written in the quote at all.
    """
    token = "".join(str(unicodedata.decimal(c)) if c.isdigit() else c for c in token)
    token = re.sub(r"[ \u00a0\u202f\u066c]", "", token).replace("\u066b", ".")
    out = {float(re.sub(r"[.,]", "", token))}
    last = max(token.rfind("."), token.rfind(","))
    if last >= 0:
        whole = re.sub(r"[.,]", "", token[:last])
        out.add(float(f"{whole}.{token[last + 1 :]}"))
    return out


def numbers_in(text: str) -> set[float]:
    found: set[float] = set()
    for match in _NUMBER.finditer(text):
        found |= _readings(match.group())
        for part in match.group().split():  # "2023 14,963": a year next to an amount
            found |= _readings(part)
    return found


def test_number_reader_reads_corpus_styles() -> None:
    assert {3312.0, 1299.0} <= numbers_in("ponad 3 312 mld VND, ponad 1 299 mln USD")
    assert 6.52 in numbers_in("wzrósł o 6,52%")
    assert {2023.0, 14963.0} <= numbers_in("في عام 2023 14,963 مليار")
    assert 14.963 in numbers_in("١٤٫٩٦٣")
    assert {4.0, 34.0} <= numbers_in("4/34 цілі")


# ---------------------------------------------------------------- the corpus as a whole


def test_every_article_has_a_gold_file() -> None:
    articles = {p.stem for p in ARTICLES.glob("*.txt")}
    assert articles, "no articles in corpus/articles"
    assert articles == set(_ids(GOLD_FILES))


# ---------------------------------------------------------------- per gold file


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_file_is_a_clean_article_extraction(path: Path) -> None:
    raw = json.loads(path.read_text("utf-8"))
    extraction = ArticleExtraction.model_validate(raw)
    # A misspelt key would be dropped silently by pydantic; the round trip catches it.
    assert extraction.model_dump(mode="json", exclude_none=False) == raw
    assert extraction.article_id == path.stem
    assert (ARTICLES / f"{path.stem}.txt").is_file()
    assert extraction.language == MANIFEST[path.stem]["language"]
    assert extraction.provenance is None
    assert extraction.findings == []
    assert extraction.meetings, "every corpus article reports a meeting"


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_quotes_are_exact_unique_and_spans_current(path: Path, texts: dict[str, str]) -> None:
    text = texts[path.stem]
    for where, quote, stored, is_name in _quotes(_load(path)):
        assert stored is not None, f"{where}: grounding not filled"
        assert stored.status == MatchStatus.exact, f"{where}: {stored.status} for {quote!r}"
        assert text[stored.start : stored.end] == quote, where
        assert stored == ground(quote, text), f"{where}: stored span is stale"
        if is_name:
            # name_in_text is the first occurrence, cut at word boundaries.
            assert stored.start == text.find(quote), where
            before = text[stored.start - 1] if stored.start else " "
            after = text[stored.end] if stored.end < len(text) else " "
            assert not before.isalnum() and not after.isalnum(), f"{where}: {quote!r} cuts a word"
        else:
            assert text.count(quote) == 1, f"{where}: quote occurs {text.count(quote)} times"


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_people_roles_and_issuers(path: Path) -> None:
    for mi, meeting in enumerate(_load(path).meetings):
        names = [p.name for p in meeting.attendees]
        assert len(names) == len(set(names)), f"meetings[{mi}]: a person listed twice"
        for name in names:
            # Latin script without diacritics, Vietnamese order, capitalised syllables.
            assert re.fullmatch(r"[A-Z][a-z]*(?: [A-Z][a-z]*)+", name), name
        for person in meeting.attendees:
            assert person.titles, f"{person.name}: no title"
            assert all(t.isascii() and t.strip() for t in person.titles), person.titles
        chairs_or_speakers = [p for p in meeting.attendees if p.role.value in ("chair", "speaker")]
        assert chairs_or_speakers, f"meetings[{mi}]: nobody chaired or spoke"
        for i, directive in enumerate(meeting.directives):
            if directive.issuer is not None:
                assert directive.issuer in names, (
                    f"meetings[{mi}].directives[{i}]: {directive.issuer}"
                )
            assert directive.action.strip() and directive.action.isascii()
            assert directive.addressee is None or directive.addressee.isascii()


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_dates_are_real(path: Path) -> None:
    for mi, meeting in enumerate(_load(path).meetings):
        held = None
        if meeting.date is not None:
            assert _ISO_DATE.match(meeting.date), meeting.date
            held = date.fromisoformat(meeting.date)
            assert date(1945, 1, 1) <= held <= date.today()
        for i, directive in enumerate(meeting.directives):
            if directive.deadline is None:
                continue
            assert _ISO_DATE.match(directive.deadline), directive.deadline
            due = date.fromisoformat(directive.deadline)
            assert held is None or due >= held, f"meetings[{mi}].directives[{i}]"
            # A deadline is only labelled when the task's own quote states it.
            assert str(due.year) in directive.evidence, f"meetings[{mi}].directives[{i}]"


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_kpi_figures_are_in_their_quotes(path: Path) -> None:
    for mi, meeting in enumerate(_load(path).meetings):
        for i, kpi in enumerate(meeting.kpis):
            where = f"meetings[{mi}].kpis[{i}]"
            in_quote = numbers_in(kpi.evidence)
            # A stated zero is written as a word ("no commune"); every other value is
            # written in digits in its quote, as are out_of and target.
            assert kpi.value == 0 or kpi.value in in_quote, f"{where}: {kpi.value} not in quote"
            for extra in (kpi.out_of, kpi.target):
                assert extra is None or extra in in_quote, f"{where}: {extra} not in quote"
            if kpi.out_of is not None:
                assert 0 <= kpi.value <= kpi.out_of, where
            assert kpi.scale in _SCALES, f"{where}: scale {kpi.scale}"
            assert kpi.unit.strip() and kpi.indicator.strip() and kpi.indicator.isascii(), where
            if kpi.period is not None:
                years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", kpi.period)]
                assert years, f"{where}: period {kpi.period!r} names no year"
                assert years == sorted(years), f"{where}: period runs backwards"
                # ANNOTATION.md: dates in a period are written out ("by 12 October
                # 2025"); an ISO date would read as a backwards range "2025-10".
                assert not re.search(r"\d{4}-\d{2}-\d{2}", kpi.period), where
