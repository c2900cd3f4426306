"""The widget's public pages: the script itself, the full-page H5 chat, and a demo shop.

The files come from ``static/``, which ``make install`` builds from ``widget/`` (generated,
never edited). Without a build the routes answer ``503 widget_not_built``.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import anyio
from fastapi import APIRouter, Header, Response
from fastapi.responses import JSONResponse

from kefu.core.errors import error_body

STATIC = Path(__file__).parent / "static"
DEMO_SITE = "demo-web"
SITE_KEY = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
SCRIPT_CACHE = "public, max-age=300"  # short: a new release reaches every page within minutes
PAGE_CACHE = "no-cache"
RECHECK_SECONDS = 1.0
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}
# The H5 page runs only the widget's own script; styles live in the widget's shadow root.
CHAT_PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' https: data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'"
)

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Asset:
    body: bytes
    gzipped: bytes
    etag: str
    stamp: tuple[int, int]


class StaticFiles:
    """Built files read once and kept in memory; a rebuild is picked up within a second."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._assets: dict[str, Asset] = {}
        self._checked: dict[str, float] = {}

    async def get(self, name: str) -> Asset | None:
        cached = self._assets.get(name)
        now = time.monotonic()
        if cached and now - self._checked.get(name, 0.0) < RECHECK_SECONDS:
            return cached
        path = anyio.Path(self.root / name)
        try:
            info = await path.stat()
        except FileNotFoundError:
            self._assets.pop(name, None)
            return None
        self._checked[name] = now
        stamp = (info.st_mtime_ns, info.st_size)
        if cached and cached.stamp == stamp:
            return cached
        body = await path.read_bytes()
        digest = hashlib.sha256(body).hexdigest()[:20]
        asset = Asset(body, gzip.compress(body, 9, mtime=0), f'"{digest}"', stamp)
        self._assets[name] = asset
        return asset


files = StaticFiles(STATIC)


def not_built() -> JSONResponse:
    return JSONResponse(
        error_body(
            "widget_not_built",
            "The widget is not built: run `make install` (or `npm run build` in widget/).",
        ),
        status_code=503,
        headers={"Cache-Control": "no-store", "Retry-After": "30"},
    )


def page(body: str, csp: str | None = None) -> Response:
    headers = {"Cache-Control": PAGE_CACHE, **SECURITY_HEADERS}
    if csp:
        headers["Content-Security-Policy"] = csp
    return Response(body, media_type="text/html; charset=utf-8", headers=headers)


@router.api_route("/widget.js", methods=["GET", "HEAD"])
async def widget_script(
    if_none_match: Annotated[str | None, Header()] = None,
    accept_encoding: Annotated[str | None, Header()] = None,
) -> Response:
    asset = await files.get("widget.js")
    if asset is None:
        return not_built()
    headers = {
        "Cache-Control": SCRIPT_CACHE,
        "ETag": asset.etag,
        "Vary": "Accept-Encoding",
        # Any site may embed the script; it reaches back only to this server's API.
        "Access-Control-Allow-Origin": "*",
        "Cross-Origin-Resource-Policy": "cross-origin",
        **SECURITY_HEADERS,
    }
    if if_none_match and asset.etag in (tag.strip() for tag in if_none_match.split(",")):
        return Response(status_code=304, headers=headers)
    if accept_encoding and "gzip" in accept_encoding.lower():
        headers["Content-Encoding"] = "gzip"
        body = asset.gzipped
    else:
        body = asset.body
    return Response(body, media_type="text/javascript; charset=utf-8", headers=headers)


@router.get("/chat/{site}")
async def chat_page(site: str) -> Response:
    if not SITE_KEY.fullmatch(site) or len(site) > 63:
        return JSONResponse(error_body("not_found", "No such site."), status_code=404)
    asset = await files.get("chat.html")
    if asset is None:
        return not_built()
    markup = asset.body.decode().replace("{{site}}", html.escape(site, quote=True))
    return page(markup, CHAT_PAGE_CSP)


@router.get("/demo")
async def demo_page() -> Response:
    asset = await files.get("demo.html")
    if asset is None:
        return not_built()
    return page(asset.body.decode())
