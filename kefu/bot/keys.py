"""How knowledge-base text is compared: the key of a question or a category name, and the
text ``q`` searches."""

from __future__ import annotations

import unicodedata

_SPACES = str.maketrans(dict.fromkeys("\t\r\n\x0c\x0b\u3000", " "))


def normalise(text: str) -> str:
    """NFKC (full-width to half-width), case-folded, runs of spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_SPACES).split())
