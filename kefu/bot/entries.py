"""FAQ entries as the service and the index see them: their key, snapshot, API shape, and
the derived columns kept in step with their content."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kefu.bot import schemas
from kefu.bot.keys import normalise
from kefu.bot.models import FaqEntry


def question_key(question: str) -> str:
    return normalise(question)[: schemas.MAX_QUESTION]


def unique_similar(question: str, similar: Sequence[str]) -> list[str]:
    """Similar questions without repeats (as ``normalise`` compares them) and without
    the standard question itself, in their order."""
    seen = {question_key(question)}
    out: list[str] = []
    for text in similar:
        key = question_key(text)
        if key not in seen:
            seen.add(key)
            out.append(text)
    return out


def to_second(value: datetime | None) -> datetime | None:
    return value.replace(microsecond=0) if value is not None else None


@dataclass(frozen=True, slots=True)
class IndexedEntry:
    """What the bot's index needs of an entry."""

    id: uuid.UUID
    external_id: str | None
    category_id: uuid.UUID | None
    question: str
    similar: tuple[str, ...]
    answer: str  # sanitised HTML
    answer_text: str
    channels: tuple[str, ...]  # empty: every channel
    enabled: bool
    valid_from: datetime | None
    valid_until: datetime | None

    def answers(self, at: datetime, channel: str | None = None) -> bool:
        """Whether the entry may answer now: enabled, within its validity window, and for
        the channel (None: any)."""
        return (
            self.enabled
            and (self.valid_from is None or self.valid_from <= at)
            and (self.valid_until is None or at < self.valid_until)
            and (channel is None or not self.channels or channel in self.channels)
        )


def entry_snapshot(entry: FaqEntry) -> dict[str, Any]:
    """An entry's content as its versions keep it (JSON)."""
    return {
        "external_id": entry.external_id,
        "category_id": str(entry.category_id) if entry.category_id else None,
        "question": entry.question,
        "similar": list(entry.similar),
        "answer": entry.answer_html,
        "channels": list(entry.channels),
        "valid_from": _utc(entry.valid_from),
        "valid_until": _utc(entry.valid_until),
        "enabled": entry.enabled,
    }


def _utc(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def entry_out(entry: FaqEntry) -> schemas.FaqOut:
    return schemas.FaqOut(
        id=entry.id,
        external_id=entry.external_id,
        category_id=entry.category_id,
        question=entry.question,
        similar=list(entry.similar),
        answer=entry.answer_html,
        answer_text=entry.answer_text,
        channels=list(entry.channels),
        valid_from=entry.valid_from,
        valid_until=entry.valid_until,
        enabled=entry.enabled,
        version=entry.version,
        created_by=entry.created_by,
        updated_by=entry.updated_by,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
    )


def apply_entry(entry: FaqEntry, fields: dict[str, Any]) -> None:
    """Set an entry's content from already validated ``fields`` (names of ``FaqIn``, the
    answer as sanitised HTML and text), keeping the derived columns in step."""
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.question_key = question_key(entry.question)
    entry.similar = unique_similar(entry.question, entry.similar)
    entry.search_text = normalise("\n".join([entry.question, *entry.similar, entry.answer_text]))
