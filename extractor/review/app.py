"""The review app: one page and a JSON API over a :class:`ReviewStore` (Starlette).

Routes (documented in the README):

* ``GET /`` the page, with the server's token embedded;
* ``GET /api/articles``, ``GET /api/queue`` (review order), ``GET /api/articles/{id}``,
  ``GET /api/articles/{id}/history``, ``GET /api/summary``;
* ``PUT /api/articles/{id}/gold`` (save; ``If-Match`` required, ``?force=1``),
  ``POST /api/articles/{id}/revert`` (``{"version"}``, ``If-Match``) and
  ``POST /api/articles/{id}/preview`` (score an unsaved draft). These need the header
  ``X-Review-Token``: a page of another site open in the same browser cannot send it.

The page is static and builds its DOM from JSON with ``textContent``; the Content
Security Policy allows scripts and styles from this server only, so even a missed
escape could not run an article's ``<script>``.
"""

from __future__ import annotations

import hmac
import json
import secrets
from importlib.resources import files
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from extractor.review.payload import page_config
from extractor.review.store import ReviewError, ReviewStore

TOKEN_HEADER = "X-Review-Token"
MAX_BODY = 20 * 1024 * 1024
_STATIC = {
    # name -> (package, file, content type)
    "util.js": ("extractor.review", "util.js", "text/javascript; charset=utf-8"),
    "app.js": ("extractor.review", "app.js", "text/javascript; charset=utf-8"),
    "app.css": ("extractor.review", "app.css", "text/css; charset=utf-8"),
    "review.css": ("extractor.eval", "review.css", "text/css; charset=utf-8"),
}
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _asset(package: str, name: str) -> str:
    return files(package).joinpath(name).read_text(encoding="utf-8")


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(data, status_code=status, headers={**_SECURITY_HEADERS, **(headers or {})})


def _page(token: str) -> str:
    # JSON inside <script type="application/json">: '<' escaped so no '</script>' can
    # end the element early, whatever the token holds.
    config = json.dumps(page_config(token)).replace("<", "\\u003c")
    return _asset("extractor.review", "page.html").replace("{{CONFIG}}", config)


def _check_token(request: Request, token: str) -> None:
    sent = request.headers.get(TOKEN_HEADER, "")
    if not hmac.compare_digest(sent.encode(), token.encode()):
        raise ReviewError(403, "forbidden", f"missing or wrong {TOKEN_HEADER} header")


async def _body(request: Request) -> bytes:
    body = await request.body()
    if len(body) > MAX_BODY:
        raise ReviewError(413, "too_large", "request body too large")
    return body


class _Endpoints:
    """The request handlers, over one store and one token."""

    def __init__(self, store: ReviewStore, token: str) -> None:
        self.store, self.token = store, token
        self.page = _page(token)

    async def index(self, request: Request) -> Response:
        return Response(self.page, media_type="text/html; charset=utf-8", headers=_SECURITY_HEADERS)

    async def static(self, request: Request) -> Response:
        entry = _STATIC.get(request.path_params["name"])
        if entry is None:
            raise HTTPException(404)
        package, name, media = entry
        return Response(_asset(package, name), media_type=media, headers=_SECURITY_HEADERS)

    async def articles(self, request: Request) -> Response:
        return _json(await run_in_threadpool(self.store.list_articles))

    async def queue(self, request: Request) -> Response:
        return _json(await run_in_threadpool(self.store.queue))

    async def history(self, request: Request) -> Response:
        aid = request.path_params["article_id"]
        return _json(await run_in_threadpool(self.store.history, aid))

    async def revert(self, request: Request) -> Response:
        _check_token(request, self.token)
        body = await _body(request)
        try:
            version = json.loads(body or b"{}").get("version")
        except (ValueError, AttributeError):
            version = None
        if not isinstance(version, str):
            raise ReviewError(422, "schema", 'body must be {"version": "<a version>"}')
        data = await run_in_threadpool(
            self.store.revert, request.path_params["article_id"], version,
            request.headers.get("if-match"),
        )
        return _json(data, headers={"ETag": f'"{data["version"]}"'})

    async def malformed(self, request: Request) -> Response:
        # Any other path under /api/articles/: a malformed id is 400, as the API promises.
        self.store.gold_path(request.path_params["rest"].split("/", 1)[0])
        raise HTTPException(404)

    async def summary(self, request: Request) -> Response:
        return _json(await run_in_threadpool(self.store.summary))

    async def article(self, request: Request) -> Response:
        data = await run_in_threadpool(self.store.article, request.path_params["article_id"])
        return _json(data, headers={"ETag": f'"{data["version"]}"'})

    async def preview(self, request: Request) -> Response:
        _check_token(request, self.token)
        body = await _body(request)
        aid = request.path_params["article_id"]
        return _json(await run_in_threadpool(self.store.preview, aid, body))

    async def save(self, request: Request) -> Response:
        _check_token(request, self.token)
        body = await _body(request)
        force = request.query_params.get("force", "").lower() in ("1", "true", "yes")
        data = await run_in_threadpool(
            self.store.save,
            request.path_params["article_id"],
            body,
            request.headers.get("if-match"),
            force,
        )
        return _json(data, headers={"ETag": f'"{data["version"]}"'})

    def routes(self) -> list[Route]:
        return [
            Route("/", self.index),
            Route("/static/{name}", self.static),
            Route("/api/articles", self.articles),
            Route("/api/queue", self.queue),
            Route("/api/summary", self.summary),
            Route("/api/articles/{article_id}", self.article),
            Route("/api/articles/{article_id}/gold", self.save, methods=["PUT"]),
            Route("/api/articles/{article_id}/preview", self.preview, methods=["POST"]),
            Route("/api/articles/{article_id}/history", self.history),
            Route("/api/articles/{article_id}/revert", self.revert, methods=["POST"]),
            Route("/api/articles/{rest:path}", self.malformed, methods=["GET", "PUT", "POST"]),
        ]


async def _review_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ReviewError)
    return _json(exc.body, status=exc.status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _json({"error": "http", "message": exc.detail}, status=exc.status_code)


def create_app(
    run_dir: str | Path,
    gold_dir: str | Path,
    articles_dir: str | Path | None = None,
    token: str | None = None,
    annotator: str | None = None,
    *,
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    """The ASGI app reviewing ``run_dir`` against ``gold_dir``.

    ``token`` defaults to a random one (``app.state.token``); ``annotator`` to ``$USER``.
    ``allowed_hosts`` limits the ``Host`` header (DNS rebinding); default: any.
    """
    store = ReviewStore(
        Path(run_dir), Path(gold_dir), Path(articles_dir) if articles_dir else None, annotator
    )
    token = token or secrets.token_urlsafe(24)
    app = Starlette(
        routes=_Endpoints(store, token).routes(),
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or ["*"])],
        exception_handlers={ReviewError: _review_error, HTTPException: _http_error},
    )
    app.state.store = store
    app.state.token = token
    return app
