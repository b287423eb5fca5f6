"""A real, scripted, misbehaving OpenAI-compatible HTTP server for tests and benchmarks.

It speaks the REST protocol on 127.0.0.1 (ephemeral port) so the code under test uses
its real client stack (openai -> httpx -> sockets) and meets the failures a real
provider produces: 429 with ``Retry-After``, 5xx, connections dropped mid-answer,
answers slower than the client's timeout, bodies that are not JSON, cut-off or
schema-breaking completions.  Each chat completion follows the next behaviour of a
script (or a ``responder`` callable); the Files and Batch endpoints feed batch lines
through the very same script.

A thread serves each connection (``fixed_latency`` sleeps overlap, and each answer
leaves ``fixed_latency`` seconds after its request arrived), so a concurrency benchmark
measures the client's parallelism rather than the server's.  Every sleep
waits on one stop event and every open connection is shut down on exit, so leaving
the ``with`` block never hangs on a client that keeps its connection alive.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from extractor.testing.batches import BatchError, BatchStore
from extractor.testing.behaviours import (
    Answer,
    Behaviour,
    Delay,
    Disconnect,
    Reply,
    error_reply,
    render,
)

Responder = Callable[[dict[str, Any], int], Behaviour]

#: Headers whose value is a credential; they are logged as "<scheme> <redacted>".
SECRET_HEADERS = {"authorization", "api-key", "x-api-key", "openai-api-key"}


@dataclass(frozen=True)
class RecordedRequest:
    """One chat completion the script answered (online, or a batch line)."""

    index: int
    method: str
    path: str
    headers: dict[str, str]  # credentials redacted
    body: Any  # the parsed JSON request (None when it was not JSON)
    behaviour: str  # kind of the behaviour that answered it
    via: str = "online"  # or "batch"
    custom_id: str | None = None


def redact(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers with credentials masked, so a logged request can never leak a key."""
    out: dict[str, str] = {}
    for name, value in headers:
        if name.lower() in SECRET_HEADERS:
            scheme, _, rest = value.partition(" ")
            value = f"{scheme} <redacted>" if rest else "<redacted>"
        out[name.lower()] = value
    return out


def _as_behaviour(item: Any) -> Behaviour:
    # A bare object in a script is shorthand for Answer(object).
    return item if isinstance(item, Behaviour) else Answer(item)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = True  # server_close() joins the handler threads: no leaks
    request_queue_size = 256  # 32+ clients connecting at once must not hit SYN retries
    owner: ScriptedOpenAIServer


class ScriptedOpenAIServer:
    """Context manager running the server; see the module docstring.

    ``script`` is consumed one behaviour per chat completion, in arrival order; then
    ``default`` answers (a 500 saying the script ran out when there is none).  A
    ``responder(request_body, index)`` replaces the script entirely.
    """

    def __init__(
        self,
        script: Iterable[Any] = (),
        *,
        default: Any = None,
        responder: Responder | None = None,
        fixed_latency: float = 0.0,
        model: str = "scripted-model",
        api_key: str | None = None,
        batch_in_progress_polls: int = 0,
        batch_expire_after: int | None = None,
    ):
        self._script = [_as_behaviour(item) for item in script]
        if responder is not None and self._script:
            raise ValueError("give either a script or a responder, not both")
        self.default = None if default is None else _as_behaviour(default)
        self.responder = responder
        self.fixed_latency = fixed_latency
        self.model = model
        self.api_key = api_key  # when set, other keys get a 401 like the real API
        self.store = BatchStore(batch_in_progress_polls, batch_expire_after)
        self.requests: list[RecordedRequest] = []
        self.http_log: list[tuple[str, str, int]] = []  # (method, path, status) of every request
        self.counts: Counter[str] = Counter()  # behaviour kind -> requests it answered
        self.errors: list[str] = []  # bugs in the server itself, never client mistakes
        self.max_concurrent = 0
        self.interrupted = 0  # delays cut short by stop()
        self._in_flight = 0
        self._cursor = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        # handler threads are daemons that server_close() does not join: stop() waits for
        # the sleeping ones itself, so ``interrupted`` is counted when it returns
        self._sleeping = 0
        self._woken = threading.Condition(self._lock)
        self._connections: set[socket.socket] = set()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    # -- lifecycle -----------------------------------------------------------
    def start(self) -> ScriptedOpenAIServer:
        httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
        httpd.owner = self
        self._httpd = httpd
        self._port = int(httpd.server_address[1])
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
            name="scripted-openai", daemon=True,
        )  # fmt: skip
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._stop.set()  # wakes every Delay / fixed_latency sleep
        self._httpd.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:  # idle keep-alive reads return at once
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()
        with self._woken:
            self._woken.wait_for(lambda: self._sleeping == 0, timeout=5)
        if self._thread is not None:
            self._thread.join()
        self._httpd = None

    def __enter__(self) -> ScriptedOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the server has not been started")
        return self._port  # kept after stop() so failure messages can still name it

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """What to pass as the openai client's ``base_url`` (ends with /v1)."""
        return f"{self.url}/v1"

    # -- script --------------------------------------------------------------
    @property
    def request_count(self) -> int:
        return len(self.requests)

    @property
    def remaining(self) -> int:
        """Script behaviours not yet used (assert 0 to check a test ran them all)."""
        with self._lock:
            return len(self._script) - min(self._cursor, len(self._script))

    def _next(self, body: Any) -> tuple[int, Behaviour | None]:
        with self._lock:
            index = self._cursor
            self._cursor += 1
            if self.responder is None:
                chosen = self._script[index] if index < len(self._script) else self.default
                return index, chosen
        return index, _as_behaviour(self.responder(body, index))

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)
            self.counts[request.behaviour] += 1

    def _exhausted(self) -> Reply:
        message = (
            f"ScriptedOpenAIServer: the script ({len(self._script)} behaviours) is used up "
            "and there is no default behaviour"
        )
        return error_reply(500, message, "script_exhausted")

    def run_batch_line(self, body: dict[str, Any], custom_id: str) -> Reply | None:
        """A batch line through the online script; Delay answers without sleeping."""
        index, behaviour = self._next(body)
        kind = behaviour.kind if behaviour else "Exhausted"
        self._record(RecordedRequest(index, "POST", "/v1/chat/completions", {}, body, kind,
                                     via="batch", custom_id=custom_id))  # fmt: skip
        while isinstance(behaviour, Delay):
            behaviour = behaviour.then or self.default
        if behaviour is None:
            return self._exhausted()
        return None if isinstance(behaviour, Disconnect) else render(behaviour, body)

    def sleep(self, seconds: float) -> bool:
        """Sleep unless the server stops first; True when it slept the whole time."""
        with self._lock:
            self._sleeping += 1
        stopped = self._stop.wait(seconds)
        with self._woken:
            self._sleeping -= 1
            self.interrupted += stopped
            self._woken.notify_all()
        return not stopped


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real providers and the client's pool use
    server_version = "ScriptedOpenAI/1.0"
    timeout = 60  # backstop for a client that connects and never sends a request
    # Headers and body leave in two writes; with Nagle on, the second waits for the
    # client's delayed ACK, which adds a delayed-ACK timeout to every request.
    disable_nagle_algorithm = True
    server: _HTTPServer

    # -- plumbing ------------------------------------------------------------
    def setup(self) -> None:
        super().setup()
        with self.owner._lock:
            self.owner._connections.add(self.connection)
            if self.owner._stop.is_set():  # accepted just as stop() swept the connections
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

    def finish(self) -> None:
        with self.owner._lock:
            self.owner._connections.discard(self.connection)
        # The client may have gone (timeout), or we reset the socket on purpose.
        with contextlib.suppress(OSError):
            super().finish()

    @property
    def owner(self) -> ScriptedOpenAIServer:
        return self.server.owner

    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests are logged in owner.http_log, never on stderr

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while (size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)) > 0:
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            self.rfile.readline()
            return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _send(self, reply: Reply, raw: bytes | None = None, content_type: str = "") -> None:
        body = reply.body if raw is None else raw
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", content_type or reply.content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("x-request-id", f"req_{id(self):x}{self.owner.request_count}")
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # the client gave up (timeout); nothing to tell it
        with self.owner._lock:
            self.owner.http_log.append((self.command, self.path, reply.status))

    def _json(self, status: int, payload: Any) -> None:
        self._send(Reply(status, payload))

    def _reset(self, partial: bool) -> None:
        """Drop the connection mid-answer with a TCP reset (SO_LINGER 0)."""
        try:
            if partial:
                self.wfile.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b'Content-Length: 4096\r\n\r\n{"id": "chatcmpl-'
                )
                self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.close_connection = True
        with self.owner._lock:
            self.owner.http_log.append((self.command, self.path, 0))

    # -- routing -------------------------------------------------------------
    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def do_DELETE(self) -> None:
        self._route()

    def _route(self) -> None:
        self._arrived = time.monotonic()
        raw = self._body()
        path = self.path.split("?", 1)[0].rstrip("/")
        parts = path.removeprefix("/v1").strip("/").split("/")
        key = (self.command, parts[0], len(parts))
        try:
            if not self._authorized():
                return
            if key == ("POST", "chat", 2) and parts[1] == "completions":
                self._chat(raw)
            elif key[:2] == ("GET", "models"):
                self._models(parts)
            elif parts[0] in ("files", "batches"):
                self._batch_api(parts, raw)
            else:
                self._send(error_reply(404, f"Unknown request URL: {self.command} {self.path}",
                                       "invalid_request_error", "unknown_url"))  # fmt: skip
        except BatchError as exc:
            self._send(exc.reply)
        except Exception as exc:  # a bug here must surface in the test, not hang it
            self.owner.errors.append(f"{self.command} {self.path}: {exc!r}")
            self._send(error_reply(500, f"ScriptedOpenAIServer bug: {exc!r}", "server_bug"))

    def _authorized(self) -> bool:
        expected = self.owner.api_key
        if expected is None or self.headers.get("Authorization") == f"Bearer {expected}":
            return True
        self._send(error_reply(401, "Incorrect API key provided.", "invalid_request_error",
                               "invalid_api_key"))  # fmt: skip
        return False

    def _chat(self, raw: bytes) -> None:
        owner = self.owner
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        with owner._lock:
            owner._in_flight += 1
            owner.max_concurrent = max(owner.max_concurrent, owner._in_flight)
        try:
            index, behaviour = owner._next(body)
            owner._record(RecordedRequest(
                index, self.command, self.path, redact(self.headers.items()), body,
                behaviour.kind if behaviour else "Exhausted",
            ))  # fmt: skip
            # Counted from the request's arrival: the server's own parsing and
            # bookkeeping (slow under 32 parallel requests in one Python process) must
            # not add to the latency a benchmark attributes to the client.
            # A plain answer is rendered before the wait, so that it leaves on time
            # even when many requests fall due together.
            ready = (render(behaviour, body)
                     if isinstance(body, dict) and not body.get("stream") and behaviour is not None
                     and not isinstance(behaviour, (Delay, Disconnect)) else None)
            remaining = owner.fixed_latency - (time.monotonic() - self._arrived)
            if owner.fixed_latency and not owner.sleep(max(remaining, 0.0)):
                return self._reset(partial=False)  # shutting down
            if ready is not None:
                return self._send(ready)
            while isinstance(behaviour, Delay):
                if not owner.sleep(behaviour.seconds):
                    return self._reset(partial=False)
                behaviour = behaviour.then or owner.default
            if behaviour is None:
                self._send(owner._exhausted())
            elif isinstance(behaviour, Disconnect):
                self._reset(behaviour.partial)
            elif not isinstance(body, dict):
                self._send(error_reply(400, "We could not parse the JSON body of your request.",
                                       "invalid_request_error"))  # fmt: skip
            elif body.get("stream"):
                self._send(error_reply(400, "ScriptedOpenAIServer does not stream",
                                       "invalid_request_error"))  # fmt: skip
            else:
                self._send(render(behaviour, body))
        finally:
            with owner._lock:
                owner._in_flight -= 1

    def _models(self, parts: list[str]) -> None:
        model = {"id": self.owner.model, "object": "model", "created": 0, "owned_by": "scripted"}
        if len(parts) == 1:
            self._json(200, {"object": "list", "data": [model]})
        elif "/".join(parts[1:]) == self.owner.model:
            self._json(200, model)
        else:
            self._send(error_reply(404, f"The model '{'/'.join(parts[1:])}' does not exist",
                                   "invalid_request_error", "model_not_found"))  # fmt: skip

    def _batch_api(self, parts: list[str], raw: bytes) -> None:
        store, method = self.owner.store, self.command
        if parts[0] == "files":
            if method == "POST" and len(parts) == 1:
                return self._json(200, self._upload(raw).to_json())
            if method == "GET" and len(parts) == 1:
                files = [f.to_json() for f in list(store.files.values())]
                return self._json(200, {"object": "list", "data": files, "has_more": False})
            if method == "GET" and len(parts) == 3 and parts[2] == "content":
                data = store.get_file(parts[1]).data
                return self._send(Reply(200, None), raw=data, content_type="application/jsonl")
            if method == "GET" and len(parts) == 2:
                return self._json(200, store.get_file(parts[1]).to_json())
            if method == "DELETE" and len(parts) == 2:
                return self._json(200, store.delete_file(parts[1]))
        else:
            if method == "POST" and len(parts) == 1:
                return self._json(200, store.create(json.loads(raw or b"{}")).to_json())
            if method == "GET" and len(parts) == 1:
                data = [b.to_json() for b in list(store.batches.values())]
                return self._json(200, {"object": "list", "data": data, "has_more": False})
            if method == "GET" and len(parts) == 2:
                return self._json(200, store.poll(parts[1], self.owner.run_batch_line).to_json())
            if method == "POST" and len(parts) == 3 and parts[2] == "cancel":
                return self._json(200, store.cancel(parts[1]).to_json())
        self._send(error_reply(404, f"Unknown request URL: {method} {self.path}",
                               "invalid_request_error", "unknown_url"))  # fmt: skip

    def _upload(self, raw: bytes) -> Any:
        """Parse the multipart upload with the stdlib e-mail parser (``cgi`` is gone in 3.13)."""
        ctype = self.headers.get("Content-Type", "")
        if not ctype.startswith("multipart/form-data"):
            raise BatchError(error_reply(400, "Expected a multipart/form-data upload.",
                                         "invalid_request_error"))  # fmt: skip
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + raw
        )
        fields: dict[str, Any] = {}
        filename = "upload.jsonl"
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if part.get_filename():
                filename = part.get_filename()
            fields[str(name)] = part.get_payload(decode=True)
        if "file" not in fields:
            raise BatchError(error_reply(400, "Missing the 'file' field.", "invalid_request_error"))
        purpose = (fields.get("purpose") or b"batch").decode()
        return self.owner.store.add_file(filename, purpose, fields["file"])
