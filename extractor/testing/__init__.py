"""Test utilities that users' tests and ``bench/`` reuse (like pydantic-ai's TestModel).

``ScriptedOpenAIServer`` is a real OpenAI-compatible HTTP server on loopback that
answers each request with the next scripted behaviour (a good answer, a 429, a dropped
connection, a cut-off or schema-breaking completion, ...), including the Files and
Batch endpoints.  ``block_network()`` makes any attempt to reach a non-loopback host
fail loudly, so a test can never call a real, paid model by accident.
"""

from extractor.testing.behaviours import (
    Answer,
    BadContent,
    Behaviour,
    Delay,
    Disconnect,
    Malformed,
    RateLimit,
    SchemaBreaking,
    ServerError,
    Truncated,
)
from extractor.testing.fake_openai import RecordedRequest, ScriptedOpenAIServer
from extractor.testing.network import NetworkBlockedError, block_network

__all__ = [
    "Answer",
    "BadContent",
    "Behaviour",
    "Delay",
    "Disconnect",
    "Malformed",
    "NetworkBlockedError",
    "RateLimit",
    "RecordedRequest",
    "SchemaBreaking",
    "ScriptedOpenAIServer",
    "ServerError",
    "Truncated",
    "block_network",
]
