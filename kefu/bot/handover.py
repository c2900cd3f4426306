"""Whether a customer's message asks for a person ("转人工", "人工", "agent")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kefu.bot.text import normalize

_NOT_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _NOT_WORD.sub("", normalize(text))


def asks_for_person(message: str, words: Iterable[str], phrases: Iterable[str]) -> bool:
    """True when ``message`` is one of ``words`` (ignoring case, width, spaces and
    punctuation: "人工！", "Agent.") or contains one of ``phrases``. A word alone must be
    the whole message, so that "人工智能是什么" is a question, not a request."""
    key = _key(message)
    if not key:
        return False
    if any(key == _key(word) for word in words):
        return True
    return any((phrase := _key(p)) and phrase in key for p in phrases)
