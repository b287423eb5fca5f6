"""Review that writes gold: a local web app where a person accepts, corrects and adds
records, saved as ``GOLD/<article_id>.json`` and re-scored at once.

    >>> from extractor.review import create_app
    >>> app = create_app("runs/today", "corpus/gold", "corpus/articles", token="t")

``extractor review RUN_DIR`` serves it with uvicorn on 127.0.0.1.
"""

from extractor.review.app import TOKEN_HEADER, create_app
from extractor.review.store import ReviewError, ReviewStore, review_status

__all__ = ["TOKEN_HEADER", "ReviewError", "ReviewStore", "create_app", "review_status"]
