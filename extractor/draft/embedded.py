"""Questions a 270M base model can answer about a draft, with their answers' costs.

Two shapes, each with a fixed prompt prefix that llama.cpp keeps evaluated between calls
(only the candidate's own lines are read per call):

* a yes/no question per candidate, answered " yes" or " no" under a grammar;
* a choice among fixed options (the indicator catalogue's labels), constrained by a
  grammar that allows only those strings.

``bench/embedded_choices.py`` measures whether either improves on the reader alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

DIRECTIVE_PREFIX = (
    "Decide whether each sentence from a news article gives an instruction (asks someone "
    "to do something).\n\n"
    "Sentence: The secretary asked the district to finish the road before June.\nInstruction: yes\n\n"
    "Sentence: Budget revenue reached 312 billion VND, up 12%.\nInstruction: no\n\n"
    "Sentence: Continue to promote the restructuring of agriculture.\nInstruction: yes\n\n"
    "Sentence: Delegates attended the conference.\nInstruction: no\n\n"
)


def says_yes(llm: Any, prompt: str) -> bool:
    """The model's grammar-constrained " yes" or " no" after ``prompt``.

    (A likelihood would need llama.cpp's last logits, which llama-cpp-python keeps only
    with ``logits_all``; the constrained answer needs no internals.)"""
    return choose(llm, prompt, ("yes", "no"), max_tokens=2) == "yes"


def directive_prompt(sentence: str) -> str:
    return f"{DIRECTIVE_PREFIX}Sentence: {' '.join(sentence.split())[:400]}\nInstruction:"


@lru_cache(maxsize=4)
def _grammar(options: tuple[str, ...]) -> Any:
    import json

    from llama_cpp import LlamaGrammar

    alternatives = " | ".join(json.dumps(o) for o in options)
    return LlamaGrammar.from_string(f"root ::= {alternatives}", verbose=False)


def choose(llm: Any, prompt: str, options: tuple[str, ...], max_tokens: int = 24) -> str:
    """One of ``options`` after ``prompt``, by grammar-constrained greedy decoding."""
    return choose_counted(llm, prompt, options, max_tokens)[0]


def choose_counted(llm: Any, prompt: str, options: tuple[str, ...],
                   max_tokens: int = 24) -> tuple[str, int, int]:
    """:func:`choose`'s answer with the prompt and completion tokens it took."""
    out = llm.create_completion(prompt, max_tokens=max_tokens, temperature=0.0,
                                grammar=_grammar(options))
    text = out["choices"][0]["text"].strip()
    usage = out.get("usage") or {}
    return (text if text in options else options[-1], usage.get("prompt_tokens", 0),
            usage.get("completion_tokens", 0))


def indicator_prompt(prefix: str, sentence: str, figure: str) -> str:
    return f"{prefix}Sentence: {' '.join(sentence.split())[:400]}\nFigure: {figure}\nIndicator:"


def indicator_prefix(labels: tuple[str, ...]) -> str:
    return ("Name what each figure in a sentence measures, choosing one indicator from this "
            "list: " + "; ".join(labels) + ".\n\n")


@lru_cache(maxsize=1)
def _labels() -> tuple[str, ...]:
    from extractor.linking.indicators import catalogue

    return tuple(i.label for i in catalogue()) + ("other",)


def unmatched(draft: Any) -> list[Any]:
    """Figures whose sentence names no catalogue keyword: the reader has no indicator."""
    from extractor.draft.fill import catalogue_label

    return [f for f in draft.figures if not f.target_of and catalogue_label(draft, f) is None]


async def choose_indicators(backend: Any, draft: Any, stats: Any) -> dict[str, str]:
    """The model's indicator label for each figure the catalogue's keywords do not name,
    asked in the backend's worker threads (one instance each, the prefix kept)."""
    import asyncio
    import time

    from extractor.backends.base import request_slot

    prefix = indicator_prefix(_labels())
    loop = asyncio.get_running_loop()

    def ask(fig: Any) -> tuple[tuple[str, int, int], float]:
        t0 = time.perf_counter()
        with backend.pool.use() as llm:
            answer = choose_counted(llm, indicator_prompt(prefix, fig.sentence.of(draft.text),
                                                          fig.text), _labels())
        return answer, time.perf_counter() - t0

    async def one(fig: Any) -> tuple[str, str]:
        async with request_slot():
            (label, prompt_tokens, completion_tokens), seconds = await loop.run_in_executor(
                backend._executor(), ask, fig)
        stats.requests += 1
        stats.attempts += 1
        stats.prompt_tokens += prompt_tokens
        stats.completion_tokens += completion_tokens
        stats.model_seconds += seconds
        return fig.id, label

    answers = await asyncio.gather(*(one(f) for f in unmatched(draft)))
    return {fid: label for fid, label in answers if label != "other"}
