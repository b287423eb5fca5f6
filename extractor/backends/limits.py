"""Grammar bounds that keep a small model's answer finite.

A 270M base model rarely closes a JSON array on its own: unbounded, it repeats items
until the token budget runs out and the answer is truncated. With these bounds the
grammar (llama.cpp) or structured-output engine (vLLM, llama.cpp server) forces the
object shut within about 1,100 tokens. Python-side validation still uses the
unbounded contract, so a bounded answer is always a valid record.
"""

from __future__ import annotations

import copy
from typing import Any

from extractor.schemas.registry import RECORD_TYPES

# Lists of records (bounded per record type in schemas.registry), and other lists.
ARRAY_LIMITS = {**{t.name: t.max_items for t in RECORD_TYPES if t.max_items}, "titles": 2}
STRING_LIMITS = {
    "title": 100, "location": 60, "name": 40, "name_in_text": 60, "titles": 80,
    "indicator": 60, "unit": 16, "period": 30, "evidence": 160, "issuer": 40,
    "addressee": 60, "action": 120, "date": 10, "deadline": 10,
}


def bounded_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``schema`` with maxItems/maxLength on the known fields."""

    def limit(node: Any, name: str | None) -> Any:
        if isinstance(node, list):
            return [limit(n, name) for n in node]
        if not isinstance(node, dict):
            return node
        out = {k: (limit(v, name) if k in ("anyOf", "items", "oneOf") else v) for k, v in node.items()}
        if "properties" in node:
            out["properties"] = {k: limit(v, k) for k, v in node["properties"].items()}
        if "$defs" in node:
            out["$defs"] = {k: limit(v, None) for k, v in node["$defs"].items()}
        if out.get("type") == "array" and name in ARRAY_LIMITS:
            out["maxItems"] = ARRAY_LIMITS[name]
        if out.get("type") == "string" and name in STRING_LIMITS and "enum" not in out:
            out["maxLength"] = STRING_LIMITS[name]
        return out

    return limit(schema, None)


def bound_request(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Apply ``bounded_schema`` to the schema of a chat request (tools or response_format)."""
    out = dict(kwargs)
    if out.get("tools"):
        tools = copy.deepcopy(out["tools"])
        for tool in tools:
            fn = tool.get("function", {})
            if "parameters" in fn:
                fn["parameters"] = bounded_schema(fn["parameters"])
        out["tools"] = tools
    fmt = out.get("response_format")
    if isinstance(fmt, dict):
        fmt = copy.deepcopy(fmt)
        if "json_schema" in fmt and "schema" in fmt["json_schema"]:
            fmt["json_schema"]["schema"] = bounded_schema(fmt["json_schema"]["schema"])
        elif "schema" in fmt:
            fmt["schema"] = bounded_schema(fmt["schema"])
        out["response_format"] = fmt
    return out
