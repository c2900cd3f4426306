"""Keyset pagination over time-ordered ids: stable under inserts, cheap at any depth."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel

T = TypeVar("T")

Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
# Free-text query parameters: bounded, and without NUL characters (no database stores them).
SearchText = Annotated[str | None, Query(max_length=100, pattern=r"^[^\x00]*$")]


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


def page(rows: Sequence[Any], limit: int, shape: type[BaseModel]) -> Page[Any]:
    """A page of ``rows`` ordered by id; a full page carries the cursor to the next one."""
    items = [shape.model_validate(row) for row in rows]
    cursor = str(rows[-1].id) if len(rows) == limit else None
    return Page[Any](items=items, next_cursor=cursor)
