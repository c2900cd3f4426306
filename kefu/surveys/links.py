"""Survey links: a capability token naming one subject, signed with a key derived from the
server secret, so the link alone lets its holder answer, and nobody can make one.

The token is URL-safe base64 of a fixed binary layout (version, subject type, issue time,
tenant, subject, contact, and optionally the agent and team who served) followed by the
first 16 bytes of its HMAC-SHA256. It carries no expiry of its own: the tenant's
``answer_days`` counts from the issue time when it is answered.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import struct
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from kefu.core.errors import NotFound

_PURPOSE = b"kefu-survey-link"
_VERSION = 1
_TYPES = {"conversation": 1, "ticket": 2}
_NAMES = {number: name for name, number in _TYPES.items()}
_HEAD = struct.Struct(">BBIB")  # version, subject type, issued (epoch seconds), flags
_HAS_AGENT, _HAS_TEAM = 1, 2
_MAC = 16
_NIL = bytes(16)


class LinkInvalid(NotFound):
    code = "survey_link_invalid"


@dataclass(frozen=True, slots=True)
class LinkClaims:
    tenant_id: uuid.UUID
    subject_type: str
    subject_id: uuid.UUID
    contact_id: uuid.UUID | None
    issued_at: datetime
    agent_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class LinkSigner:
    def __init__(self, secret_key: str) -> None:
        self._key = hmac.new(secret_key.encode(), _PURPOSE, hashlib.sha256).digest()

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()[:_MAC]

    def sign(self, claims: LinkClaims) -> str:
        flags = (_HAS_AGENT if claims.agent_id else 0) | (_HAS_TEAM if claims.team_id else 0)
        issued = int(claims.issued_at.timestamp())
        payload = _HEAD.pack(_VERSION, _TYPES[claims.subject_type], issued, flags)
        payload += claims.tenant_id.bytes + claims.subject_id.bytes
        payload += claims.contact_id.bytes if claims.contact_id else _NIL
        if claims.agent_id:
            payload += claims.agent_id.bytes
        if claims.team_id:
            payload += claims.team_id.bytes
        return _b64(payload + self._mac(payload))

    def verify(self, token: str) -> LinkClaims:
        """The claims of a token this server made; ``survey_link_invalid`` otherwise."""
        refused = LinkInvalid("This survey link is not valid.")
        if not 0 < len(token) <= 256:
            raise refused
        try:
            raw = _unb64(token)
        except (binascii.Error, ValueError):
            raise refused from None
        payload, mac = raw[:-_MAC], raw[-_MAC:]
        if len(payload) < _HEAD.size + 48 or not hmac.compare_digest(mac, self._mac(payload)):
            raise refused
        version, kind, issued, flags = _HEAD.unpack_from(payload)
        ids = payload[_HEAD.size :]
        wanted = 48 + 16 * bool(flags & _HAS_AGENT) + 16 * bool(flags & _HAS_TEAM)
        if version != _VERSION or kind not in _NAMES or len(ids) != wanted:
            raise refused
        chunks = [uuid.UUID(bytes=ids[i : i + 16]) for i in range(0, len(ids), 16)]
        tenant_id, subject_id, contact_id = chunks[:3]
        rest = iter(chunks[3:])
        return LinkClaims(
            tenant_id=tenant_id,
            subject_type=_NAMES[kind],
            subject_id=subject_id,
            contact_id=None if contact_id.bytes == _NIL else contact_id,
            issued_at=datetime.fromtimestamp(issued, UTC),
            agent_id=next(rest) if flags & _HAS_AGENT else None,
            team_id=next(rest) if flags & _HAS_TEAM else None,
        )
