"""Serving the review app with uvicorn: in the foreground (the CLI) or in a thread (tests).

The socket is bound before uvicorn starts, so the URL (and a port picked by the OS
for ``port=0``) is known and printed before the first request can arrive.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any

import uvicorn


def bind(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    if ":" in host:
        host = f"[{host}]"
    elif host == "0.0.0.0":
        host = "127.0.0.1"
    return f"http://{host}:{port}/"


def make_server(app: Any) -> uvicorn.Server:
    config = uvicorn.Config(
        app, log_level="warning", lifespan="off", access_log=False, timeout_graceful_shutdown=3
    )
    return uvicorn.Server(config)


def serve(app: Any, sock: socket.socket) -> None:
    """Run until Ctrl-C (SIGINT) or SIGTERM; uvicorn finishes open requests, then returns.

    uvicorn re-raises the signal it caught once it has shut down (so that a parent
    sees it); the stop asked for here is the normal end, not an error.
    """
    with contextlib.suppress(KeyboardInterrupt):
        make_server(app).run(sockets=[sock])


class ServerThread:
    """The real server on a free port in a background thread (tests, benchmarks).

    >>> with ServerThread(app) as srv:
    ...     urllib.request.urlopen(srv.url + "api/articles")
    """

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sock = bind(host, port)
        self.url = url_of(self.sock)
        self.server = make_server(app)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("review server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
