"""Refuse every network connection except loopback, so a test can never reach a real model.

The counterpart of pydantic-ai's ``ALLOW_MODEL_REQUESTS = False``: inside
``block_network()`` a connection to any non-loopback address, and any name lookup of a
host that is not ``localhost``, raises :class:`NetworkBlockedError` at once (no DNS
query, no SYN leaves the machine), naming the host, so a forgotten ``base_url`` fails
loudly instead of spending money or hanging on a firewall.  The patch is process-wide
(sockets are shared by all threads), so the guard is re-entrant and restores the
originals when the outermost block exits.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
from collections.abc import Iterator
from typing import Any

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}

_lock = threading.Lock()
_depth = 0
_originals: dict[str, Any] = {}
_attempts: list[str] = []


class NetworkBlockedError(ConnectionRefusedError):
    """A connection to a non-loopback host was attempted inside ``block_network()``.

    It is a ``ConnectionRefusedError`` so that HTTP clients fail fast, the way they do
    against a closed port, rather than treating it as a programming error mid-request.
    """


def _is_loopback(host: Any) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port) resolves the wildcard for a bind()
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%", 1)[0]  # IPv6 literal / scope id
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _refuse(host: Any, port: Any) -> None:
    target = f"{host}:{port}"
    _attempts.append(target)
    raise NetworkBlockedError(
        f"extractor.testing.block_network: refused a connection to {target} "
        "(only loopback is allowed; point the client at a ScriptedOpenAIServer)"
    )


def _guarded_connect(original: Any) -> Any:
    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            _refuse(address[0], address[1])
        return original(self, address)

    return connect


def _guarded_getaddrinfo(original: Any) -> Any:
    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_loopback(host):
            _refuse(host, port)
        return original(host, port, *args, **kwargs)

    return getaddrinfo


@contextlib.contextmanager
def block_network() -> Iterator[list[str]]:
    """Refuse non-loopback connections inside the block; yields the refused ``host:port`` list.

    Usable as a decorator as well (``@block_network()``), or from a pytest fixture::

        @pytest.fixture(autouse=True)
        def _no_network():
            with block_network():
                yield
    """
    global _depth
    with _lock:
        if _depth == 0:
            _originals.update(
                connect=socket.socket.connect,
                connect_ex=socket.socket.connect_ex,
                getaddrinfo=socket.getaddrinfo,
            )
            _attempts.clear()
            socket.socket.connect = _guarded_connect(_originals["connect"])  # type: ignore[method-assign]
            socket.socket.connect_ex = _guarded_connect(_originals["connect_ex"])  # type: ignore[method-assign]
            socket.getaddrinfo = _guarded_getaddrinfo(_originals["getaddrinfo"])
        _depth += 1
    try:
        yield _attempts
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                socket.socket.connect = _originals["connect"]  # type: ignore[method-assign]
                socket.socket.connect_ex = _originals["connect_ex"]  # type: ignore[method-assign]
                socket.getaddrinfo = _originals["getaddrinfo"]
