"""Response models for structured calls, built once per class.

instructor rebuilds a response model's JSON schema on every call and, given a plain
model, derives a new wrapper class on every call (docs/performance.md). A model made by :func:`response_model` subclasses instructor's
``ResponseSchema`` (used as it is) and builds its schema once per argument set, with
the name and description of the model it stands for: the same tool for the model.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from pydantic import BaseModel, create_model


class _SchemaOnce(BaseModel):
    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        key = (cls, repr((args, sorted(kwargs.items()))))
        cached = _SCHEMAS.get(key)
        if cached is None:
            cached = _SCHEMAS[key] = super().model_json_schema(*args, **kwargs)
        return copy.deepcopy(cached)  # instructor edits the schema it is given


_SCHEMAS: dict[tuple[type, str], dict[str, Any]] = {}


@cache
def response_model(base: type[BaseModel], name: str | None = None,
                   doc: str | None = None) -> type[BaseModel]:
    """``base`` (its fields and validators) as a response model for instructor, named
    ``name`` and described by ``doc`` (default: base's). Built on first use, so that
    importing a caller does not import instructor."""
    from extractor._compat import response_schema_base

    return create_model(name or base.__name__, __base__=(_SchemaOnce, base, response_schema_base()),
                        __doc__=doc or base.__doc__)
