"""Start llama-cpp-python's own OpenAI-compatible server on loopback (a real peer).

Used by the network-path end-to-end test and by ``bench/peer.py``; needs the
``llama-cpp-python[server]`` extra (in the ``test`` and ``bench`` extras).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def llama_server(model_path: str, *, n_ctx: int = 4096, threads: int = 1, alias: str = "gemma-3-270m",
                 startup_timeout: float = 120) -> Iterator[str]:
    """Yield the server's base URL (``http://127.0.0.1:PORT/v1``); stop it afterwards."""
    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", model_path, "--host", "127.0.0.1",
           "--port", str(port), "--n_ctx", str(n_ctx), "--n_threads", str(threads),
           # the server's own default is every core for prompts, whose spin-waiting
           # threads slow a busy small machine down (see extractor/backends/local.py)
           "--n_threads_batch", str(threads), "--chat_format", "gemma", "--model_alias", alias]
    # The server logs a lot to stderr; a file (not a pipe nobody reads) keeps it from blocking.
    log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in the finally below
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"llama_cpp.server exited: {log.read().decode()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/models", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("llama_cpp.server did not start")
            time.sleep(0.5)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
