"""The widget's public pages: the script itself, the full-page H5 chat, and a demo shop.

The files come from ``static/``, which ``make install`` builds from ``widget/`` (generated,
never edited). Without a build the routes answer ``503 widget_not_built``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Header, Response
from fastapi.responses import JSONResponse

from kefu.core.errors import error_body
from kefu.core.static import SECURITY_HEADERS, StaticFiles

STATIC = Path(__file__).parent / "static"
DEMO_SITE = "demo-web"
SITE_KEY = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
SCRIPT_CACHE = "public, max-age=300"  # short: a new release reaches every page within minutes
PAGE_CACHE = "no-cache"
# The H5 page runs only the widget's own script; styles live in the widget's shadow root.
CHAT_PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' https: data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'"
)

router = APIRouter(include_in_schema=False)


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
        # Any site may embed the script; it reaches back only to this server's API.
        "Access-Control-Allow-Origin": "*",
        "Cross-Origin-Resource-Policy": "cross-origin",
    }
    media_type = "text/javascript; charset=utf-8"
    return asset.response(media_type, headers, if_none_match, accept_encoding)


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
