"""The open API channel: an app's users, their conversations and their messages."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kefu.channels.api import schemas
from kefu.contacts.schemas import ContactFields
from kefu.contacts.service import Contacts
from kefu.conversations.models import Conversation
from kefu.conversations.service import Conversations, Origin
from kefu.core.errors import NotFound
from kefu.identity.context import Context

CHANNEL = "api"


class ApiChannel:
    def __init__(self, contacts: Contacts, conversations: Conversations) -> None:
        self._contacts = contacts
        self._conversations = conversations

    async def open(
        self, session: AsyncSession, ctx: Context, request: schemas.ChannelConversationIn
    ) -> tuple[Conversation, bool]:
        """The user's active API conversation, or a new one (then ``True``).

        The integration vouches for its user as a signed identity token does: the profile
        fields it sends update the contact.
        """
        user = request.user
        fields = ContactFields.model_validate(user.model_dump(exclude={"id"}, exclude_unset=True))
        contact = await self._contacts.verified(session, ctx.tenant_id, user.id, fields)
        source = request.source
        origin = Origin(
            channel=CHANNEL,
            source_url=str(source.url) if source.url else None,
            entry=source.entry,
            campaign=source.campaign,
            device=source.device,
            language=source.language,
        )
        return await self._conversations.open_for(session, contact, None, origin, {})

    async def conversation(
        self, session: AsyncSession, ctx: Context, conversation_id: uuid.UUID
    ) -> Conversation:
        """One of the tenant's API conversations: an integration speaks for its own users
        only, never into the web widget's conversations."""
        conversation = await session.get(Conversation, conversation_id)
        if (
            conversation is None
            or conversation.tenant_id != ctx.tenant_id
            or conversation.channel != CHANNEL
        ):
            raise NotFound("No such conversation.")
        return conversation
