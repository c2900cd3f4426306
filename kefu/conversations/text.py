"""Message text: plain text only, without control characters."""

from __future__ import annotations

import re

# C0 and C1 controls but tab and newline; also the bidirectional overrides that can make a
# message read differently from what it says.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(body: str) -> str:
    """The body as stored: controls removed, ``\\r\\n`` folded, ends trimmed."""
    return _CONTROLS.sub("", body.replace("\r\n", "\n").replace("\r", "\n")).strip()


def preview(body: str, limit: int = 120) -> str:
    """One line for conversation lists."""
    line = " ".join(body.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
