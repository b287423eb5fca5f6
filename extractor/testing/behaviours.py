"""What the scripted server does with one chat-completion request.

Each behaviour is a small frozen dataclass; :func:`render` turns the ones that end in
an HTTP answer into a :class:`Reply` (status, headers, body).  ``Disconnect`` and
``Delay`` act on the socket or the clock, so the server handles them itself; only
their *kind* is known here.  The same rendering serves online requests and the lines
of a batch, which is what makes a batch test exercise the same failure modes as an
online one.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

#: The text that ``BadContent`` sends by default: JSON cut off mid-object, which is
#: what a model that ran out of budget without saying so produces.
BROKEN_JSON = '{"meetings": [ {"kind": '


class Behaviour:
    """Base class of everything a script may hold."""

    @property
    def kind(self) -> str:
        return type(self).__name__


@dataclass(frozen=True)
class Answer(Behaviour):
    """A valid chat.completion carrying ``obj`` (a dict/list/model, or raw text)."""

    obj: Any


@dataclass(frozen=True)
class RateLimit(Behaviour):
    """HTTP 429 with ``Retry-After`` (seconds; fractions allowed, as the openai client reads them)."""

    retry_after: float = 1.0
    message: str = "Rate limit reached for requests"


@dataclass(frozen=True)
class ServerError(Behaviour):
    """An HTTP 5xx (or any other status) with an OpenAI-style error body."""

    status: int = 500
    message: str = "The server had an error while processing your request."


@dataclass(frozen=True)
class Disconnect(Behaviour):
    """Close the connection mid-response: partial headers/body, then a TCP reset.

    With ``partial=False`` nothing at all is sent before the socket is dropped.
    """

    partial: bool = True


@dataclass(frozen=True)
class Delay(Behaviour):
    """Sleep ``seconds`` (interruptibly), then do ``then``.

    ``then=None`` means "the server's default behaviour".  In a batch the sleep is
    skipped: batch lines have no client waiting on them.
    """

    seconds: float
    then: Behaviour | None = None


@dataclass(frozen=True)
class Malformed(Behaviour):
    """HTTP 200 whose body is not JSON at all.

    The header still claims JSON (a misconfigured proxy), so the openai client fails
    to decode it; with ``content_type="text/html"`` the client returns the raw text
    instead of a completion, which is the other way such a page slips through.
    """

    body: str = "<html><body>502 Bad Gateway</body></html>"
    content_type: str = "application/json"


@dataclass(frozen=True)
class BadContent(Behaviour):
    """A valid completion whose content (or tool arguments) is not valid JSON."""

    text: str = BROKEN_JSON


@dataclass(frozen=True)
class Truncated(Behaviour):
    """The JSON of ``obj`` cut in the middle, with ``finish_reason: "length"``."""

    obj: Any
    keep: float = 0.5  # fraction of the serialised text that survives


@dataclass(frozen=True)
class SchemaBreaking(Behaviour):
    """Valid JSON that breaks the requested schema.

    With ``obj=None`` the server derives it from the request (see
    :func:`schema_breaking_object`): every property of the requested schema gets a
    value of the wrong type, or, when no schema is known, the answer is a JSON array.
    Pass ``obj`` (e.g. a dict missing a required field) to break it a specific way.
    """

    obj: Any = None


@dataclass
class Reply:
    """One finished HTTP answer.  ``payload`` is the decoded body (a str when it is not JSON)."""

    status: int
    payload: Any
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = None  # overrides the type implied by ``payload``

    @property
    def body(self) -> bytes:
        if isinstance(self.payload, str):
            return self.payload.encode()
        return json.dumps(self.payload, ensure_ascii=False).encode()

    @property
    def content_type(self) -> str:
        if self.media_type:
            return self.media_type
        return "text/plain" if isinstance(self.payload, str) else "application/json"


def error_reply(
    status: int, message: str, type_: str, code: str | None = None, **headers: str
) -> Reply:
    """An error in the shape the OpenAI API (and vLLM) returns, which the openai client parses."""
    body = {"error": {"message": message, "type": type_, "param": None, "code": code}}
    return Reply(status, body, {k.replace("_", "-"): v for k, v in headers.items()})


def to_jsonable(obj: Any) -> Any:
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    return obj


def to_text(obj: Any) -> str:
    """Strings are sent verbatim (so tests can send any text); everything else as JSON."""
    obj = to_jsonable(obj)
    return obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)


def requested_tool(request: dict[str, Any]) -> str | None:
    """The function the client asked for: ``tool_choice`` if named, else the first tool."""
    choice = request.get("tool_choice")
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        if name:
            return str(name)
    for tool in request.get("tools") or []:
        name = (tool.get("function") or {}).get("name")
        if name:
            return str(name)
    return None


def requested_schema(request: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema the answer must follow (tools mode or ``response_format`` json_schema)."""
    name = requested_tool(request)
    for tool in request.get("tools") or []:
        function = tool.get("function") or {}
        if function.get("name") == name and isinstance(function.get("parameters"), dict):
            return function["parameters"]
    fmt = request.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema")
        if isinstance(schema, dict):
            return schema
    return None


# Candidate wrong values, each tagged with the JSON-schema types that would accept it.
_CANDIDATES: list[tuple[set[str], Any]] = [
    ({"integer", "number"}, 12345),
    ({"string"}, "wrong type"),
    ({"array"}, [1, 2]),
    ({"object"}, {"unexpected": True}),
    ({"boolean"}, True),
]


def _wrong_value(prop: Any) -> Any:
    """A value of a type ``prop`` does not allow (a number when the type is a $ref/anyOf)."""
    declared = prop.get("type") if isinstance(prop, dict) else None
    allowed = {declared} if isinstance(declared, str) else set(declared or [])
    for accepts, value in _CANDIDATES:
        if not accepts & allowed:
            return value
    return None  # a property that accepts every type cannot be broken by its value


def schema_breaking_object(request: dict[str, Any]) -> Any:
    """A JSON value that fails validation against the requested schema.

    Every declared property gets a value of a type the schema does not allow (a
    ``$ref``/``anyOf`` property gets a number, which no object or string type admits).
    When the schema declares no properties, or no schema is known (instructor's JSON
    mode puts it in the prompt text), the answer is a JSON array, which no object
    schema accepts.
    """
    schema = requested_schema(request)
    properties = (schema or {}).get("properties") or {}
    if not properties:
        return ["this", "is", "not", "an", "object"]
    return {name: _wrong_value(prop) for name, prop in properties.items()}


def estimate_tokens(text: str) -> int:
    """A cheap token estimate (4 characters a token), good enough for accounting tests."""
    return max(1, len(text) // 4)


def completion(request: dict[str, Any], text: str, finish_reason: str = "stop") -> dict[str, Any]:
    """A chat.completion answering ``request`` with ``text``.

    When the request offers tools (instructor's TOOLS mode) the text becomes the
    arguments of a call to the requested function; otherwise it is the message content.
    """
    tool = requested_tool(request)
    message: dict[str, Any] = {"role": "assistant", "content": text, "refusal": None}
    if tool is not None:
        message["content"] = None
        message["tool_calls"] = [
            {
                "id": f"call_{uuid.uuid4().hex[:24]}",
                "type": "function",
                "function": {"name": tool, "arguments": text},
            }
        ]
        if finish_reason == "stop":
            finish_reason = "tool_calls"
    prompt = estimate_tokens(json.dumps(request.get("messages", []), ensure_ascii=False))
    completion_tokens = estimate_tokens(text)
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:29]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model") or "scripted-model",
        "system_fingerprint": "fp_scripted",
        "choices": [
            {"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}
        ],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt + completion_tokens,
        },
    }


def render(behaviour: Behaviour, request: dict[str, Any]) -> Reply:
    """The HTTP answer for every behaviour that ends in one (not Delay/Disconnect)."""
    if isinstance(behaviour, Answer):
        return Reply(200, completion(request, to_text(behaviour.obj)))
    if isinstance(behaviour, RateLimit):
        seconds = behaviour.retry_after
        value = str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"
        return error_reply(
            429, behaviour.message, "requests", "rate_limit_exceeded", retry_after=value
        )
    if isinstance(behaviour, ServerError):
        return error_reply(behaviour.status, behaviour.message, "server_error")
    if isinstance(behaviour, Malformed):
        return Reply(200, behaviour.body, media_type=behaviour.content_type)
    if isinstance(behaviour, BadContent):
        return Reply(200, completion(request, behaviour.text))
    if isinstance(behaviour, Truncated):
        text = to_text(behaviour.obj)
        cut = max(1, min(len(text) - 1, int(len(text) * behaviour.keep)))
        return Reply(200, completion(request, text[:cut], finish_reason="length"))
    if isinstance(behaviour, SchemaBreaking):
        obj = behaviour.obj if behaviour.obj is not None else schema_breaking_object(request)
        return Reply(200, completion(request, to_text(obj)))
    raise TypeError(f"{behaviour!r} does not render to a reply")
