"""Built front-end files, read once and kept in memory with their gzipped form.

The widget (``kefu/channels/web/static/``) and the console (``kefu/web/``) are built by
``make install`` and served by the app itself, so one process serves everything.
"""

from __future__ import annotations

import gzip
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

import anyio
from fastapi import Response

RECHECK_SECONDS = 1.0
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}
# Already compressed or too small to gain from gzip.
_NO_GZIP = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".ico")


@dataclass(frozen=True)
class Asset:
    body: bytes
    gzipped: bytes | None
    etag: str
    stamp: tuple[int, int]

    def response(
        self,
        media_type: str,
        headers: dict[str, str],
        if_none_match: str | None,
        accept_encoding: str | None,
    ) -> Response:
        """The bytes, gzipped when the client accepts it, or ``304`` for a matching ETag."""
        headers = {"ETag": self.etag, "Vary": "Accept-Encoding", **SECURITY_HEADERS, **headers}
        if if_none_match and self.etag in (tag.strip() for tag in if_none_match.split(",")):
            return Response(status_code=304, headers=headers)
        body = self.body
        if self.gzipped is not None and accept_encoding and "gzip" in accept_encoding.lower():
            headers["Content-Encoding"] = "gzip"
            body = self.gzipped
        return Response(body, media_type=media_type, headers=headers)


class StaticFiles:
    """Files under ``root``; a rebuild is picked up within a second."""

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
        except (FileNotFoundError, NotADirectoryError):
            self._assets.pop(name, None)
            return None
        if not await path.is_file():
            return None
        self._checked[name] = now
        stamp = (info.st_mtime_ns, info.st_size)
        if cached and cached.stamp == stamp:
            return cached
        body = await path.read_bytes()
        digest = hashlib.sha256(body).hexdigest()[:20]
        packed = None if name.endswith(_NO_GZIP) else gzip.compress(body, 9, mtime=0)
        asset = Asset(body, packed, f'"{digest}"', stamp)
        self._assets[name] = asset
        return asset
