"""Generated articles and a grounded scripted model, shared by the reliability tests and bench/load.py.

The scripted server answers from the request itself: :func:`grounded_answer` reads the
article (or chunk) out of the last user message and quotes its own sentences back, so
every answer passes the validators and is a pure function of the request. That is what
makes two runs over the same articles produce byte-identical files.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from extractor.testing import (
    Answer,
    BadContent,
    Behaviour,
    Delay,
    Disconnect,
    Malformed,
    RateLimit,
    SchemaBreaking,
    ServerError,
)

FIRST = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Do", "Vu", "Dang", "Bui", "Ngo"]
MIDDLE = ["Van", "Thi", "Duc", "Minh", "Trong", "Quoc", "Thanh"]
LAST = ["Hung", "Lan", "Son", "Trung", "Nam", "Hoa", "Tuan", "Binh", "Thao", "Long"]
DISTRICTS = ["Quan Son", "Muong Lat", "Thach Thanh", "Ba Thuoc", "Ngoc Lac", "Cam Thuy"]
INDICATORS = [
    ("Tempo wzrostu gospodarczego dystryktu", "economic growth rate"),
    ("Odsetek gospodarstw ubogich", "poverty rate"),
    ("Wskaźnik zalesienia", "forest cover rate"),
    ("Odsetek gmin spełniających nowe standardy wiejskie", "share of new rural communes"),
]

# "... towarzysz Nguyen Van Hung, sekretarz ..." and "... wyniósł 7 %."
_CHAIR = re.compile(r"towarzysz ([A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+)")
_KPI_SENTENCE = re.compile(r"([A-ZŁŚŻ][^.\n]*? wyniósł (\d+) % w roku (\d{4})\.)")
_ARTICLE = re.compile(r"<article>\n?(.*?)\n?</article>", re.S)


def article_text(seed: int, paragraphs: int = 3) -> str:
    """A short Polish news article about a district working session, with grounded figures."""
    rng = random.Random(seed)
    chair = f"{rng.choice(FIRST)} {rng.choice(MIDDLE)} {rng.choice(LAST)}"
    district = rng.choice(DISTRICTS)
    day = rng.randint(1, 28)
    lines = [
        f"Dnia {day} lipca 2024 r. towarzysz {chair}, sekretarz prowincjonalnego komitetu partii, "
        f"przewodniczył sesji roboczej z kierownictwem dystryktu {district}."
    ]
    for p in range(paragraphs):
        label, _ = INDICATORS[(seed + p) % len(INDICATORS)]
        value = rng.randint(2, 95)
        year = 2021 + p % 4
        lines.append(
            f"Według sprawozdania przedstawionego na posiedzeniu, kierownictwo dystryktu omówiło "
            f"postępy we wdrażaniu rezolucji kongresu partii. {label} wyniósł {value} % w roku {year}. "
            f"Uczestnicy zgodzili się, że należy kontynuować wysiłki na rzecz rozwoju gospodarczego."
        )
    return "\n\n".join(lines) + "\n"


def write_articles(folder: Path, count: int, start: int = 0, paragraphs: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        p = folder / f"art_{i:04d}.txt"
        p.write_text(article_text(i, paragraphs), encoding="utf-8")
        paths.append(p)
    return paths


def article_in_request(request: dict[str, Any] | None) -> str:
    """The article (or chunk) text the last user message carries."""
    messages = (request or {}).get("messages") or []
    users = [m for m in messages if m.get("role") == "user"]
    # instructor appends re-ask messages after the article; find the last article block
    for message in reversed(users):
        content = message.get("content")
        if isinstance(content, str):
            found = _ARTICLE.findall(content)
            if found:
                return found[-1]
    return ""


def grounded_answer(text: str) -> dict[str, Any]:
    """The draft a perfect model would give for a generated article (or any part of one)."""
    kpis = []
    for sentence, value, year in _KPI_SENTENCE.findall(text):
        label = sentence.split(" wyniósł ")[0]
        indicator = next((en for pl, en in INDICATORS if label.endswith(pl)), "indicator")
        kpis.append({"indicator": indicator, "value": float(value), "unit": "%", "scale": 1.0,
                     "qualifier": "exact", "out_of": None, "period": year, "target": None,
                     "evidence": sentence})
    attendees = []
    chair = _CHAIR.search(text)
    if chair:
        attendees.append({"name": chair.group(1), "name_in_text": chair.group(1),
                          "titles": ["Secretary of the Provincial Party Committee"], "role": "chair"})
    if not kpis and not attendees:
        return {"meetings": []}
    return {"meetings": [{"kind": "working_session", "title": "Working session", "date": None,
                          "location": None, "attendees": attendees, "kpis": kpis, "directives": []}]}


def grounded(request: dict[str, Any], index: int = 0) -> Behaviour:
    """A responder for ``ScriptedOpenAIServer``: always the grounded answer."""
    return Answer(grounded_answer(article_in_request(request)))


def faults_in_rotation(every: int = 10) -> Any:
    """A responder failing one request in ``every``, cycling through the transient faults.

    Every fault is one the client must survive by retrying (transport) or re-asking
    (content); the request after a fault is answered properly, so nothing fails for good.
    """
    faults: list[Behaviour] = [
        RateLimit(retry_after=0.01),
        ServerError(503),
        Disconnect(),
        Malformed(),
        BadContent(),
        SchemaBreaking(),
        ServerError(500),
        Delay(5.0),  # longer than the client's timeout in the tests that use this
    ]

    def responder(request: dict[str, Any], index: int) -> Behaviour:
        if index % every == every - 1:
            return faults[(index // every) % len(faults)]
        return grounded(request)

    return responder


def scripted_then_grounded(*first: Behaviour) -> Any:
    """A responder playing ``first`` in order, then answering every request properly."""

    def responder(request: dict[str, Any], index: int) -> Behaviour:
        return first[index] if index < len(first) else grounded(request)

    return responder
