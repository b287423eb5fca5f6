"""Coverage: which figures of a text did the records leave out?

The number reader finds every figure of a text; :func:`classify` sorts them into KPI
*candidates* and figures that are not KPIs by the annotation guide
(``corpus/ANNOTATION.md`` section 3), in every supported language:

* dates and years (``17.07.2024``, ``2023``, ``2021-2025``) and times of day;
* document and resolution numbers (``74-TB/VPTU``, ``No. 11-NQ/TW``, ``Uchwały nr 17``);
* anniversaries and ordinals (``77th anniversary``, ``XX congress``, ``lần thứ 2``,
  ``第2回``, ``2-й``); ages (``aged 45``, ``45 tuổi``, ``45歳``); durations
  (``after 3 years``, ``3 năm``); phone numbers;
* the denominator of a ratio (``/34``: the numerator is the candidate) and group sizes
  that only place the locality ("one of the 74 poorest districts").

:func:`coverage` then says which candidates no KPI covers (its value, whole or target
reads back to the figure). A figure repeated later in the text is covered by a KPI of
its first occurrence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.numbers import NumberMention, find_numbers
from extractor.schemas import ArticleExtraction, Coverage, UncoveredFigure
from extractor.validators.context import fits, fmt, language_of, sentence_spans

# --------------------------------------------------------------------------- lexicon

_DOC_BEFORE = re.compile(
    r"(?:\bno\.?|\bnr\.?|\bnum(?:ber|ér|ero)\.?|№|n°|nº|\bs[ốo]|\bč\.|\bnumer|\bномер|"
    r"\bрезолюці\w*|\bвисновк\w*|\bзаключени\w*|\bwniosk\w*|\bkonkluzj\w*|\bпостанов\w*|\bдиректив\w*|\bрішенн\w*|\bрезолюци\w*|\bуказ\w*|"
    r"\bresolution|\bdirective|\bdecision|\bdecree|\bconclusion|\bnotice|\bcircular|\bplan|"
    r"\buchwa\w*|\bdyrektyw\w*|\bdecyzj\w*|\bzarządzen\w*|\bresolusjon\w*|\bvedtak\w*|"
    r"\bbeschluss\w*|\brésolution|\bdécret|\bresolución|\bdecreto|\busnesen\w*|"
    r"\bnghị quyết|\bchỉ thị|\bquyết định|\bkết luận|\bthông báo|\bnghị định|\bthông tư|"
    r"القرار|قرار|التوجيه|توجيه|المرسوم|رقم|"
    r"決議|决议|指示|決定|决定|ข้อ|मसौदा|संकल्प|नंबर|शुमारा|نمبر|شماره)"
    r"[\s:.]*$",
    re.IGNORECASE,
)
# Articles, clauses and chapters of a law or resolution (ANNOTATION.md section 3: not KPIs).
_LEGAL_BEFORE = re.compile(
    r"(?:\barticle|\bclause|\bchapter|\bsection|\bparagraph|\bđiều|\bkhoản|\bđiểm|\bchương|"
    r"\bart\.|\bartyku\w*|\bust\.|\bustęp\w*|\brozdzia\w*|\bстатт\w*|\bстать\w*|\bчастин\w*|"
    r"\bглав\w*|\bartikel|\babsatz|\babs\.|\bkapitel|§|\balinéa|\bchapitre|\bartículo|"
    r"\bcapítulo|\bapartado|\bartigo|\barticolo|\bcapitolo|\bartikkel|\bkapittel|\bčlán\w*|"
    r"\bodstav\w*|المادة|مادة)\s*$",
    re.IGNORECASE,
)
# The day of a "d/m" date after a word that introduces one: "on 10/5", "dated 3/4".
_DATE_WORD_BEFORE = re.compile(r"(?:\bon|\bdated|\bsince|\buntil)\s*$", re.IGNORECASE)
_DOC_AFTER = re.compile(r"^[-/][A-ZĐА-Я]{1,6}|^/(?:\d|[A-ZĐ])|^号|^호|^號")
_ORDINAL_AFTER = re.compile(
    r"^(?:st|nd|rd|th|e|er|ère|ème|eme|º|ª|\.º|\.ª|-?й|-?го|-?ї|-?я|-?ий|-?ого|-?і|"
    r"-?а|-?ой|-?ый|-?ем|-?му|-м|-ом)(?![^\W\d_])|^(?:番目|位|회|번째|주년|周年|週年|回目|回|届|次|차)",
    re.IGNORECASE,
)
_ORDINAL_BEFORE = re.compile(
    r"(?:lần thứ|thứ|khóa|khoá|第|제|ครั้งที่|ที่|الـ|ال|rd\.?)\s*$", re.IGNORECASE)
_ANNIVERSARY = re.compile(
    r"anniversar|rocznic|річниц|годовщин|jubil|årsdag|jubileum|jahrestag|anniversaire|"
    r"aniversario|aniversário|výročí|kỷ niệm|ذكرى|الذكرى|周年|週年|주년|वर्षगांठ|سالگرہ|سالگرد",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"^\s*(?:-?years?[- ]old|-?year[- ]old|tuổi|岁|歳|세|ans\b|jahre alt|lat\b|років|лет|"
    r"år gammel|عام[اًا]?\s+من العمر|سال|साल|वर्ष की)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"(?:aged|age of|w wieku|у віці|в возрасте|im alter von|à l'âge de|"
                         r"a la edad de|ve věku|ở tuổi|عمره|عمرها)\s*$", re.IGNORECASE)
_DURATION_AFTER = re.compile(
    r"^\s*(?:[^\W\d_]+\s)?(?:years?|months?|weeks?|days?|hours?|decades?|lat\b|lata\b|miesi\w*|tygodn\w*|dni\b|"
    r"рок\w*|рік|міс\w*|тиж\w*|дн\w*|лет\b|год\w*|месяц\w*|år\b|måned\w*|uke\w*|dager|"
    r"سنوات|سنة|أعوام|عام|عاما|أشهر|شهر|أيام|يوم|năm\b|tháng|tuần|ngày|"
    r"个月|個月|ヶ月|か月|カ月|天|日間|年間|週間|개월|주간|일간|jahre?n?\b|monate?n?\b|"
    r"ans\b|mois\b|años?\b|meses\b|roky|let\b|měsíc\w*|-?miesięczn\w*|-?letn\w*|-?month|"
    r"-?year|-?річн\w*|-?місячн\w*|-?месячн\w*|-?летн\w*|महीन|साल|वर्षों|दिन|ماہ|سال|روز|دن)",
    re.IGNORECASE,
)
_ONE_OF = re.compile(
    r"(?:one of(?: the)?|among(?: the)?|jed(?:en|na|no|nym|ną|nego) z|один з|одна з|одним з|"
    r"одного з|один из|одна из|en av|ett av|én av|eine[rsm]? der|l'une? des|uno de|una de|"
    r"jeden z|jedna z|một trong|(?:واحدة|واحد|أحد|إحدى) من|من بين)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# Counts that describe a plan or a speech, ratings, roads, phases (ANNOTATION.md section 3).
_STRUCTURE_AFTER = re.compile(
    r"^[\s„“\"«]{0,3}(?:\w+\s){0,2}?(?:key\b|kluczow\w*|ключов\w*|ключев\w*|trọng tâm|"
    r"mũi nhọn|breakthrough\w*|przełom\w*|прорив\w*|прорыв\w*|đột phá|principle\w*|"
    r"zasad\w*|принцип\w*|nguyên tắc|task group\w*|grup\w* zadań|груп\w* завдань|"
    r"nhóm nhiệm vụ|stars?\b|gwiazd\w*|зір\w*|звезд\w*|sao\b|نجوم|stjerne\w*|"
    r"steadfast|niezachwian\w*|непохитн\w*|kiên định|الرئيسية|المبادئ|مبادئ)",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"(?:riksvei|fylkesvei|quốc lộ|tỉnh lộ|highway|route|road|droga|drogi|trasa|шосе|траса|"
    r"дорог\w*|طريق|الطريق|etap|fase|phase|giai đoạn|етап\w*|этап\w*|المرحلة|stage|"
    r"covid|sars|كوفيد|ковід|ковид)[\s-]*(?:nr\.?|no\.?|số)?[\s-]*$",
    re.IGNORECASE,
)
_ORDINAL_DOT = {"pl", "de", "cs", "sk", "no", "da", "fi", "hu", "sl", "hr", "sr", "tr", "lv", "et"}
_PHONE_BEFORE = re.compile(r"(?:tel\.?|phone|hotline|fax|đt|điện thoại|тел\.?|هاتف)[\s:.]*\+?$",
                           re.IGNORECASE)
_TIME = re.compile(r"^\d{1,2}$")
_CJK_DATE_AFTER = re.compile(r"^\s?(?:月|日|号|號|월|일)")
_DAY_BEFORE = re.compile(r"(?:\bngày|\btháng|\bsáng|\bchiều|\btối|\btrưa|\bday|\bdnia|\bden|\bdne)\s*$",
                         re.IGNORECASE)
_PER_HEAD = re.compile(r"^\s?(?:인당|人当たり|人あたり|人均|per capita|na osobę|на душу|للفرد)")
_ARABIC_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                  "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")


@lru_cache(maxsize=64)
def _months(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Month names of ``language`` (CLDR through babel): a figure beside one is a day."""
    from babel.dates import get_month_names

    from extractor.numbers.locale_data import SUPPORTED_LANGUAGES, babel_locales

    names: set[str] = set(_ARABIC_MONTHS)
    for lang in (SUPPORTED_LANGUAGES if language is None else (language,)):
        for loc in babel_locales(lang):
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    try:
                        found = get_month_names(width, context=context, locale=loc).values()
                    except Exception:  # noqa: BLE001 - a locale babel lacks: no month names
                        continue
                    names |= {n.casefold().rstrip(".") for n in found
                              if n and not any(c.isdigit() for c in n) and len(n) >= 3}
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return (re.compile(rf"^[\s.,]{{0,2}}(?:{body})(?![^\W\d_])", re.IGNORECASE),
            re.compile(rf"(?<![^\W\d_])(?:{body})\.?\s{{0,2}}$", re.IGNORECASE))


# --------------------------------------------------------------------------- classify


@dataclass(frozen=True)
class Figure:
    """One figure of a text and whether a KPI should report it."""

    mention: NumberMention
    candidate: bool
    reason: str | None  # why it is not a candidate; None for candidates

    @property
    def span(self) -> tuple[int, int]:
        return self.mention.span


def _year(m: NumberMention, text: str, language: str | None = None) -> bool:
    """A year: Gregorian, or Buddhist era (Thai 2566) or solar hijri (Persian 1402)."""
    digits = text[m.number_span[0] : m.number_span[1]]
    if m.scales or m.percent or not digits.isdigit() or len(digits) != 4:
        return False
    year = m.readings[0]
    return (1900 <= year <= 2100 or (language in ("th", None) and 2400 <= year <= 2700)
            or (language in ("fa", None) and 1300 <= year <= 1500))


def _reason(m: NumberMention, text: str, language: str | None = None) -> str | None:
    start, end = m.number_span
    before = text[max(0, start - 40) : start]
    after = text[m.span[1] : m.span[1] + 24]
    right = text[end : end + 24]
    if m.role == "date":
        return "date"
    if m.role == "denominator":
        return "whole of a ratio"
    if _year(m, text, language):
        return "year"
    if not m.percent and not m.scales and m.readings[0] <= 31 and _day(text, start, end, language):
        return "date"
    if m.percent or m.scales:
        if _DOC_AFTER.match(right):
            return "document number"
        return None  # a percentage or an amount is a reported figure
    if (_DOC_AFTER.match(right) and m.role != "numerator") or _DOC_BEFORE.search(before):
        return "document number"
    if _LEGAL_BEFORE.search(before):
        return "article of a law"
    if m.role == "numerator" and m.readings[0] <= 31 and m.out_of and 1 <= m.out_of[0] <= 12 \
            and _DATE_WORD_BEFORE.search(before):
        return "date"
    if _in_token(text, start, end):
        return "code or link"
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and m.readings[0] == 0:
        return "page furniture"
    if _PLACE_BEFORE.search(before):
        return "road, phase or name"
    if language in _ORDINAL_DOT and re.match(r"^\.\s?[^\W\d_]", right) and m.readings[0] < 1000:
        return "ordinal"
    if (text[end : end + 1] == ":" and text[end + 1 : end + 3].isdigit()) or \
            (before.endswith(":") and _TIME.match(text[start:end]) and before[-2:-1].isdigit()):
        return "time"
    if _ORDINAL_AFTER.match(right) or _ORDINAL_BEFORE.search(before):
        return "anniversary" if _ANNIVERSARY.search(before + after) else "ordinal"
    if _ANNIVERSARY.search(after[:16]) or _ANNIVERSARY.search(before[-16:]):
        return "anniversary"
    if _AGE_BEFORE.search(before) or (_AGE.match(right) and re.search(r"tuổi|岁|歳|세|old|alt",
                                                                         right[:12], re.I)):
        return "age"
    if m.readings[0] == 1 and _PER_HEAD.match(right):
        return "per head"
    if _DURATION_AFTER.match(right):
        return "duration"
    if _PHONE_BEFORE.search(before) or _phone(text[start:end]):
        return "phone number"
    if _ONE_OF.search(before):
        return "group placing the locality"
    if _STRUCTURE_AFTER.match(right):
        return "plan structure or rating"
    return None


def _in_token(text: str, start: int, end: int) -> bool:
    """Digits glued to a Latin or Cyrillic word, or in a link: "Covid-19", "A3", "-219730.htm".

    Only these scripts: CJK, Thai and Arabic write figures against their letters.
    """
    left = text[max(0, start - 2) : start]
    glued = bool(re.search(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff][-/_]?$", left))
    return glued or bool(re.match(r"^\.(?:html?|php|aspx?)", text[end : end + 6]))


def _day(text: str, start: int, end: int, language: str | None) -> bool:
    after_re, before_re = _months(language)
    right = text[end : end + 24]
    before = text[max(0, start - 24) : start]
    return bool(after_re.match(right) or before_re.search(before) or _CJK_DATE_AFTER.match(right)
                or _DAY_BEFORE.search(before))


def non_kpi_reason(m: NumberMention, text: str, language: str | None = None) -> str | None:
    """Why figure ``m`` of ``text`` is not a KPI (a year, a date, a document number ...);
    None when it is a KPI candidate. Read from the text's cached classification (repair
    asks before coverage classifies the same text)."""
    lang = language_of(language)
    reasons = _reasons(text, lang)
    return reasons[m] if m in reasons else _reason(m, text, lang)


@lru_cache(maxsize=256)
def _reasons(text: str, lang: str | None) -> dict[NumberMention, str | None]:
    return {f.mention: f.reason for f in _classified(text, lang)}


def _phone(digits: str) -> bool:
    plain = re.sub(r"\D", "", digits)
    return len(plain) >= 9 and (digits.startswith("0") or bool(re.search(r"[ .-]\d{3,4}[ .-]", digits)))


def classify(text: str, language: str | None = None) -> list[Figure]:
    """Every figure of ``text`` with its verdict: KPI candidate or not (and why not).

    Cached per (text, language): a chunk is classified for its follow-up plan, the
    plan's coverage and the article's final coverage (Figures are immutable).
    """
    return list(_classified(text, language_of(language)))


@lru_cache(maxsize=256)
def _classified(text: str, lang: str | None) -> tuple[Figure, ...]:
    out = []
    for m in find_numbers(text, lang):
        reason = _reason(m, text, lang)
        out.append(Figure(m, reason is None, reason))
    return tuple(out)


# --------------------------------------------------------------------------- coverage


@dataclass
class _Reported:
    """One KPI as coverage sees it: its figures and where its quote is."""

    values: list[tuple[float, float]]  # (value, scale) of value, out_of and target
    quote: tuple[int, int] | None  # the quote's span in the text, when located
    word: str | None  # the word after the KPI's own figure in its quote ("communes")
    misread: list[NumberMention]  # its quote's figures when its value fits none of them


def _next_word(text: str, m: NumberMention) -> str:
    found = re.match(r"\s*([^\W\d_]+)", text[m.span[1] : m.span[1] + 30])
    return found.group(1).casefold() if found else ""


def _reported(extraction: ArticleExtraction, text: str, language: str | None) -> list[_Reported]:
    from extractor.numbers import numbers_in_span
    from extractor.validators.context import is_percent_unit, locate_quote

    out = []
    for meeting in extraction.meetings:
        for kpi in meeting.kpis:
            values = [(kpi.value, kpi.scale)]
            for other in (kpi.out_of, kpi.target):
                if other is not None:
                    values += [(other, kpi.scale), (other, 1.0)]
            g = locate_quote(kpi.evidence, kpi.evidence_grounding, text)
            if g.start is None:
                out.append(_Reported(values, None, None, []))
                continue
            inside = numbers_in_span(text, g.start, g.end, language)
            own = next((m for m in inside if fits(m, kpi.value, kpi.scale)), None)
            percent = is_percent_unit(kpi.unit)
            misread = [] if own is not None or not inside else \
                [m for m in inside if m.percent == percent]
            out.append(_Reported(values, (g.start, g.end), _next_word(text, own) if own else None,
                                 misread))
    return out


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence of ``text`` holding ``pos``."""
    starts, ends = sentence_spans(text)
    i = bisect.bisect_right(starts, pos) - 1
    return (starts[i], ends[i]) if i >= 0 else (0, len(text))


def _covered(m: NumberMention, text: str, reported: list[_Reported], indicators: str) -> bool:
    """A KPI reports ``m``: in its own quote, or -- a figure repeated later -- the same
    value of the same thing (the same word after it); or a misread KPI claims its quote;
    or an indicator names it as a threshold ("targets achieved over 50%")."""
    word = None
    for r in reported:
        inside = r.quote is not None and r.quote[0] <= m.number_span[0] and m.number_span[1] <= r.quote[1]
        if inside and (any(fits(m, v, s) for v, s in r.values) or m in r.misread):
            return True
        if not inside and any(fits(m, v, s) for v, s in r.values):
            word = _next_word(text, m) if word is None else word
            if r.quote is None or r.word == word:
                return True
    return any(re.search(rf"(?<![\d.,]){re.escape(fmt(x))}(?![\d])", indicators)
               for x in m.readings)


def coverage(extraction: ArticleExtraction, text: str, language: str | None = None,
             offset: int = 0) -> Coverage:
    """Figures of ``text`` found, KPI candidates, those some KPI covers, the rest.

    ``offset`` is added to the spans (``text`` a chunk of the article starting there).
    A ratio's numerator covers its denominator; a range is covered when either end is.
    """
    lang = language_of(language or extraction.language)
    figures = classify(text, lang)
    reported = _reported(extraction, text, lang)
    indicators = " | ".join(k.indicator or "" for m in extraction.meetings for k in m.kpis)
    candidates = [f for f in figures if f.candidate]
    result = Coverage(figures=len(figures), candidates=len(candidates))
    covered_spans = {f.span for f in candidates if _covered(f.mention, text, reported, indicators)}
    # A range is covered when either end is: ends grouped by their range, in one pass.
    ends: dict[tuple[float, float] | None, list[Figure]] = {}
    for f in candidates:
        if f.mention.role.startswith("range"):
            ends.setdefault(f.mention.range, []).append(f)
    for f in candidates:
        if f.span not in covered_spans and f.mention.role.startswith("range") and \
                any(g.span in covered_spans for g in ends[f.mention.range] if g is not f):
            covered_spans.add(f.span)
    for f in candidates:
        if f.span in covered_spans:
            result.covered += 1
            continue
        s, e = sentence_at(text, f.span[0])
        result.uncovered.append(UncoveredFigure(
            text=f.mention.text.strip(), span=(f.span[0] + offset, f.span[1] + offset),
            sentence=" ".join(text[s:e].split())))
    return result


def uncovered_findings(cov: Coverage) -> list:
    """``uncovered_figure`` warnings, one per candidate no KPI reports."""
    from extractor.schemas import Finding

    return [Finding(code="uncovered_figure", severity="warning", path="meetings",
                    message=f"{u.text!r} is a reported figure no KPI covers: {u.sentence[:120]!r}",
                    span=u.span) for u in cov.uncovered]
