"""Extract grounded, validated meeting records from multilingual news articles.

Library entry points (imported lazily, so ``extractor --help`` stays fast)::

    from extractor import make_backend, run_extraction, ExtractOptions
    summary = run_extraction(["corpus/articles"], "runs/x", make_backend("local"))
    summary = await arun_extraction([...], "runs/x", backend)  # in async code

    from extractor import read_article, validate_extraction, score_runs
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "run_extraction": "extractor.pipeline",
    "arun_extraction": "extractor.pipeline",
    "Extractor": "extractor.pipeline",
    "ExtractOptions": "extractor.pipeline",
    "make_backend": "extractor.backends",
    "read_article": "extractor.articles",
    "ground": "extractor.grounding",
    "find_numbers": "extractor.numbers",
    "validate_extraction": "extractor.validators",
    "score_runs": "extractor.eval",
    "ArticleExtraction": "extractor.schemas",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = sorted(_EXPORTS)
