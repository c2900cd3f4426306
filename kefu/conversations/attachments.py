"""Attachments: checked by size and by what the bytes are (never by the name), then stored."""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
import uuid

import filetype
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.conversations.models import Attachment, Conversation
from kefu.conversations.service import Conversations
from kefu.conversations.storage import FileStore
from kefu.core.errors import KefuError, NotFound


class FileTooLarge(KefuError):
    status_code = 413
    code = "file_too_large"


class FileTypeNotAllowed(KefuError):
    status_code = 415
    code = "file_type_not_allowed"


# What agents may send. Customers' uploads are limited per site (the widget settings).
STAFF_UPLOAD_TYPES = [
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "application/pdf",
    "text/plain",
    "application/zip",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
]

_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def safe_name(name: str | None) -> str:
    """A display name that is harmless in a URL, a header and a file system."""
    name = unicodedata.normalize("NFC", name or "")
    name = _UNSAFE_NAME.sub("_", name).strip(" ._") or "file"
    return name[-120:]


def sniff(data: bytes) -> str | None:
    """The content type the bytes themselves show; plain UTF-8 text counts as text/plain."""
    guessed = filetype.guess_mime(data)
    if guessed:
        return str(guessed)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "text/plain" if "\x00" not in text else None


class Attachments:
    def __init__(self, store: FileStore, conversations: Conversations) -> None:
        self._store = store
        self._conversations = conversations

    async def upload(
        self,
        session: AsyncSession,
        conversation: Conversation,
        *,
        uploaded_by: str,
        name: str | None,
        data: bytes,
        max_bytes: int,
        allowed_types: list[str],
    ) -> Attachment:
        return await self.store(
            session,
            tenant_id=conversation.tenant_id,
            folder=str(conversation.id),
            owner={"conversation_id": conversation.id},
            uploaded_by=uploaded_by,
            name=name,
            data=data,
            max_bytes=max_bytes,
            allowed_types=allowed_types,
        )

    async def store(
        self,
        session: AsyncSession,
        *,
        tenant_id: uuid.UUID,
        folder: str,
        owner: dict[str, uuid.UUID],
        uploaded_by: str,
        name: str | None,
        data: bytes,
        max_bytes: int,
        allowed_types: list[str],
    ) -> Attachment:
        """Check a file and keep it for its owner (``conversation_id`` or ``ticket_id``)."""
        if len(data) > max_bytes:
            raise FileTooLarge(
                f"Files may be at most {max_bytes} bytes.",
                details={"max_bytes": max_bytes, "size": len(data)},
            )
        if not data:
            raise FileTypeNotAllowed("The file is empty.", details={"allowed": allowed_types})
        content_type = sniff(data)
        if content_type not in allowed_types:
            raise FileTypeNotAllowed(
                "This type of file cannot be sent here.",
                details={"detected": content_type, "allowed": allowed_types},
            )
        attachment_id = uuid.uuid4()
        key = f"{tenant_id}/{folder}/{attachment_id}"
        # Stored before the row exists: a crash in between leaves an orphan file, never a
        # row without its bytes.
        await self._store.put(key, data)
        attachment = Attachment(
            id=attachment_id,
            tenant_id=tenant_id,
            **owner,
            uploaded_by=uploaded_by,
            name=safe_name(name),
            content_type=content_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            storage_key=key,
        )
        session.add(attachment)
        await session.flush()
        return attachment

    async def download(
        self, session: AsyncSession, attachment_id: uuid.UUID, signature: str
    ) -> tuple[Attachment, bytes]:
        expected = self._conversations.file_signature(attachment_id)
        attachment = await session.get(Attachment, attachment_id)
        if attachment is None or not hmac.compare_digest(expected, signature):
            raise NotFound("No such file.")
        return attachment, await self._store.get(attachment.storage_key)
