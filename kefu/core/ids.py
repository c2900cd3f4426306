"""Identifiers: time-ordered UUIDs (version 7) so primary keys index in creation order."""

from __future__ import annotations

import os
import time
import uuid


def new_id() -> uuid.UUID:
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | rand
    value &= ~(0xF000 << 64)
    value |= 0x7000 << 64  # version 7
    value &= ~(0xC000 << 48)
    value |= 0x8000 << 48  # RFC 4122 variant
    return uuid.UUID(int=value)
