"""The console (agent workspace, wallboard, administration) at ``/console/``.

``web/`` is built into ``kefu/web/`` by ``make install``. Hashed files under ``assets/`` are
cached for a year; every other path is the single-page app's ``index.html``, which the
browser revalidates, so a new release reaches agents on their next page load.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path, PurePosixPath
from typing import Annotated

from fastapi import APIRouter, Header, Response
from fastapi.responses import JSONResponse, RedirectResponse

from kefu.core.errors import error_body
from kefu.core.static import StaticFiles

ROOT = Path(__file__).parent / "web"
BASE = "/console/"
IMMUTABLE = "public, max-age=31536000, immutable"
# Naive UI writes its styles into <style> elements at run time, hence 'unsafe-inline' for
# styles only; scripts come from this server alone.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; media-src 'self' data:; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)

router = APIRouter(include_in_schema=False)
files = StaticFiles(ROOT)


def _not_built() -> JSONResponse:
    return JSONResponse(
        error_body(
            "console_not_built",
            "The console is not built: run `make install` (or `npm run build` in web/).",
        ),
        status_code=503,
        headers={"Cache-Control": "no-store", "Retry-After": "30"},
    )


@router.get("/")
async def home() -> RedirectResponse:
    return RedirectResponse(BASE, status_code=307)


@router.get("/console")
async def console_root() -> RedirectResponse:
    return RedirectResponse(BASE, status_code=307)


@router.api_route("/console/{path:path}", methods=["GET", "HEAD"])
async def console(
    path: str,
    if_none_match: Annotated[str | None, Header()] = None,
    accept_encoding: Annotated[str | None, Header()] = None,
) -> Response:
    parts = PurePosixPath(path).parts
    # Never a dot-folder (the build's .vite/ manifest) nor a way out of the folder.
    safe = bool(parts) and all(not part.startswith(".") and "\\" not in part for part in parts)
    if safe and (parts[0] == "assets" or "." in parts[-1]):
        asset = await files.get("/".join(parts))
        if asset is None:
            return JSONResponse(error_body("not_found", "No such file."), status_code=404)
        media_type = mimetypes.guess_type(parts[-1])[0] or "application/octet-stream"
        cache = IMMUTABLE if parts[0] == "assets" else "public, max-age=300"
        return asset.response(media_type, {"Cache-Control": cache}, if_none_match, accept_encoding)
    index = await files.get("index.html")
    if index is None:
        return _not_built()
    headers = {
        "Cache-Control": "no-cache",
        "Content-Security-Policy": CSP,
        "X-Frame-Options": "DENY",
    }
    return index.response("text/html; charset=utf-8", headers, if_none_match, accept_encoding)
