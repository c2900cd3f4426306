"""Work that may only use CPU nobody else wants.

Best-effort helpers (agent assist embedding every customer message) must never slow the
message path down: on a loaded node they would otherwise take a core from the event loop
and the database thread, and every hand-off between those two would wait for the CPU.
``SpareThread`` runs such work on one thread of its own at the lowest scheduling
priority (nice 19 on Linux; elsewhere an ordinary thread), so the kernel gives it only
the time the server's own threads leave idle.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

LOWEST = 19


def _lower_this_thread() -> None:
    # On Linux a thread's nice value is its own: this leaves the other threads alone.
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOWEST)


def thread_niceness() -> int:
    """The calling thread's nice value (0 where it cannot be read)."""
    try:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    except (AttributeError, OSError):
        return 0


class SpareThread:
    def __init__(self, name: str) -> None:
        self._name = name
        self._executor: ThreadPoolExecutor | None = None

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(
                1, thread_name_prefix=self._name, initializer=_lower_this_thread
            )
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
