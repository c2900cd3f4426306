"""Group commit: many senders' messages go into one transaction, each with its own outcome."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy import event, select, text
from sqlalchemy.exc import SQLAlchemyError

from kefu.conversations.models import Message
from kefu.conversations.participants import Sender
from kefu.conversations.schemas import MessageIn
from kefu.conversations.service import Draft, Sent
from kefu.core.errors import KefuError
from kefu.services import Services
from tests.world import World, start_conversation


async def test_a_round_stores_many_messages_in_one_commit(services: Services, world: World) -> None:
    async with services.db.transaction() as session:
        contact_a, first = await start_conversation(services, session, world)
        contact_b, second = await start_conversation(services, session, world)
    commits: list[object] = []
    listener = lambda connection: commits.append(connection)  # noqa: E731
    event.listen(services.db.engine.sync_engine, "commit", listener)
    try:
        a, b = Sender.customer(contact_a), Sender.customer(contact_b)
        stranger = Sender.customer(uuid.uuid4())
        drafts = [
            Draft(first, a, MessageIn(client_msg_id="a1", body="一")),
            Draft(second, b, MessageIn(client_msg_id="b1", body="二")),
            Draft(first, a, MessageIn(client_msg_id="a2", body="x" * 5001)),  # too long
            Draft(first, a, MessageIn(client_msg_id="a1", body="一")),  # resent at once
            Draft(first, stranger, MessageIn(client_msg_id="s1", body="?"), lambda c: False),
            Draft(first, a, MessageIn(client_msg_id="a3", body="三")),
        ]
        outcomes = await asyncio.gather(
            *(services.writer.send(d) for d in drafts), return_exceptions=True
        )
    finally:
        event.remove(services.db.engine.sync_engine, "commit", listener)

    assert len(commits) == 1
    ok = [o for o in outcomes if isinstance(o, Sent)]
    assert [(o.message.client_msg_id, o.message.seq, o.duplicate) for o in ok] == [
        ("a1", 2, False), ("b1", 2, False), ("a1", 2, True), ("a3", 3, False)
    ]  # fmt: skip
    assert isinstance(outcomes[2], KefuError)
    assert outcomes[2].code == "message_too_long"
    assert isinstance(outcomes[4], KefuError)
    assert outcomes[4].code == "not_found"
    async with services.db.read() as session:
        stored = (
            await session.scalars(
                select(Message.seq).where(Message.conversation_id == first).order_by(Message.seq)
            )
        ).all()
    assert list(stored) == [1, 2, 3]


async def test_a_failed_round_answers_every_sender_and_stores_nothing(
    services: Services, world: World
) -> None:
    async with services.db.transaction() as session:
        contact, conversation = await start_conversation(services, session, world)
    # A real database failure: the table the round writes to is gone for a moment.
    async with services.db.engine.begin() as connection:
        await connection.execute(text("ALTER TABLE messages RENAME TO messages_away"))
    sender = Sender.customer(contact)
    drafts = [Draft(conversation, sender, MessageIn(client_msg_id=f"m{n}", body="hi"))
              for n in range(3)]  # fmt: skip
    try:
        outcomes = await asyncio.gather(
            *(services.writer.send(d) for d in drafts), return_exceptions=True
        )
    finally:
        async with services.db.engine.begin() as connection:
            await connection.execute(text("ALTER TABLE messages_away RENAME TO messages"))
    assert all(isinstance(o, SQLAlchemyError) for o in outcomes), outcomes
    # Nothing was acknowledged, so the senders resend; the writer survived the bad round.
    sent = await services.writer.send(drafts[0])
    assert (sent.message.seq, sent.duplicate) == (2, False)
