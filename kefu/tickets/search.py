"""Full-text search of tickets over their segmented words.

Each ticket has one ``ticket_search`` row: the words of its subject, description, field
values and comments, segmented as the bot segments text (rjieba for Chinese, stemmed
English) and joined by spaces. SQLite indexes it with FTS5 (triggers in migration 0011),
PostgreSQL with a GIN index on ``to_tsvector('simple', body)``. A query is segmented the
same way; every word must match, the last one as a prefix (people type the start of an
order number).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot.text import Analyzer
from kefu.tickets.models import Ticket, TicketSearch

_ANALYZER = Analyzer(stop_words=())
_UNSAFE = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_WORDS = 8


def words(parts: Iterable[str]) -> str:
    """The distinct words of ``parts``, for a ``ticket_search`` body."""
    seen: dict[str, None] = {}
    for part in parts:
        for word in _ANALYZER.analyze(part):
            safe = _UNSAFE.sub("", word)
            if safe:
                seen.setdefault(safe, None)
    return " ".join(seen)


def _query_words(query: str) -> list[str]:
    return words([query]).split()[:MAX_WORDS]


async def index(
    session: AsyncSession,
    tenant_id: uuid.UUID,
    ticket_id: uuid.UUID,
    body: str,
    *,
    new: bool = False,
) -> None:
    """Set a ticket's words (the index follows in the same transaction); ``new``: a ticket
    being created, which has none yet."""
    row = (
        None
        if new
        else await session.scalar(select(TicketSearch).where(TicketSearch.ticket_id == ticket_id))
    )
    if row is None:
        session.add(TicketSearch(tenant_id=tenant_id, ticket_id=ticket_id, body=body))
    elif row.body != body:
        row.body = body


def matching(
    dialect: str, tenant_id: uuid.UUID, query: str, *, number: int | None = None
) -> ColumnElement[bool] | None:
    """A condition on ``Ticket.id`` for the tickets whose words match ``query``, or whose
    number is ``number``; None when the query has no words (only punctuation) and there is
    no number, which matches nothing.

    The number joins the words' ids in one subquery (a UNION) rather than an ``OR`` beside
    it: an ``OR`` made both databases test every ticket of the tenant (docs/benchmarks.md,
    "Tickets")."""

    found = _query_words(query)
    by_number = (
        select(Ticket.id).where(Ticket.tenant_id == tenant_id, Ticket.number == number)
        if number is not None
        else None
    )
    if not found:
        return Ticket.id.in_(by_number) if by_number is not None else None
    ids: Select[Any]
    if dialect == "sqlite":
        expression = " ".join(f'"{w}"' for w in found[:-1]) + f' "{found[-1]}"*'
        ids = select(TicketSearch.ticket_id).where(
            text(
                "ticket_search.id IN (SELECT rowid FROM ticket_search_fts "
                "WHERE ticket_search_fts MATCH :fts)"
            ).bindparams(fts=expression.strip())
        )
    else:
        expression = " & ".join(f"'{w}'" for w in found[:-1])
        last = f"'{found[-1]}':*"
        expression = f"{expression} & {last}" if expression else last
        ids = select(TicketSearch.ticket_id).where(
            TicketSearch.tenant_id == tenant_id,
            text(
                "to_tsvector('simple', ticket_search.body) @@ to_tsquery('simple', :tsq)"
            ).bindparams(tsq=expression),
        )
    return Ticket.id.in_(ids.union(by_number) if by_number is not None else ids)
