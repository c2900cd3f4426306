"""Cross-origin access for the widget's REST calls, and only for them.

The widget runs on customers' own sites, so its calls come from any origin. They carry a
visitor token in a header, never a cookie, so allowing every origin exposes nothing a
page could not already do; the staff API stays same-origin.
"""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from kefu.core.http import API_PREFIX

WIDGET_PREFIX = f"{API_PREFIX}/widget/"


class WidgetCors:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=["*"],
            allow_methods=["GET", "POST"],
            allow_headers=["authorization", "content-type"],
            max_age=86_400,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(WIDGET_PREFIX):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)
