"""Reader-first extraction: the number and name reader drafts, the model decides.

:func:`build_draft` reads a text into numbered items (figures, dates, people,
instruction clauses, meeting cues); :func:`reader_draft` turns a draft into records on
its own; :mod:`extractor.draft.answer` is the response schema in which a model refers to
draft ids, and :mod:`extractor.draft.fill` fills records from such an answer.
"""

from extractor.draft.build import Draft, build_draft
from extractor.draft.fill import reader_draft

__all__ = ["Draft", "build_draft", "reader_draft"]
