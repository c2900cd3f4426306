"""Helpers that drive the widget in a page, as a visitor would."""

from __future__ import annotations

import re
import struct
import uuid
import zlib

from playwright.sync_api import Locator, Page, expect


def visitor_name() -> str:
    return f"访客{uuid.uuid4().hex[:6]}"


def widget(page: Page, selector: str) -> Locator:
    return page.locator(f"kefu-widget {selector}")


def start_chat(page: Page, name: str) -> None:
    """Open the panel from the launcher and fill the pre-chat form."""
    widget(page, ".launcher").click()
    form = widget(page, "form[data-form=prechat]")
    expect(form).to_be_visible()
    form.locator("input[name=name]").fill(name)
    form.locator("input[name=phone]").fill("13800138000")
    form.locator("button[type=submit]").click()
    expect(widget(page, ".input")).to_be_visible()


def send(page: Page, text: str) -> Locator:
    """Type and press Enter; the visitor's own bubble, once the server has stored it."""
    box = widget(page, ".input")
    box.fill(text)
    box.press("Enter")
    mine = widget(page, ".row.mine").last
    expect(mine.locator(".bubble")).to_have_text(text)
    expect(mine).to_have_class(re.compile(r"\bsent\b"))
    return mine


def png(width: int = 48, height: int = 32) -> bytes:
    """A small valid PNG (a green gradient), made here so no binary lives in the repository."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"".join(bytes((40, 110 + x * 2, 80)) for x in range(width))
    rows = row * height
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
