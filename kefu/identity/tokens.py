"""Short-lived signed access tokens (JWT, HS256) and opaque secrets for refresh and API keys."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt

from kefu.core.errors import Unauthenticated

_ALGORITHM = "HS256"
_PURPOSE = b"kefu-access-token"
_AUDIENCE = "kefu-api"


@dataclass(frozen=True, slots=True)
class AccessClaims:
    user_id: uuid.UUID
    tenant_id: uuid.UUID
    session_id: uuid.UUID
    expires_at: int


def _signing_key(secret: str) -> bytes:
    """A key of its own for tokens, derived from the server secret (kept apart from others)."""
    return hmac.new(secret.encode(), _PURPOSE, hashlib.sha256).digest()


def issue_access_token(
    secret: str,
    *,
    user_id: uuid.UUID,
    tenant_id: uuid.UUID,
    session_id: uuid.UUID,
    now: datetime,
    ttl: timedelta,
) -> tuple[str, datetime]:
    expires = now + ttl
    payload = {
        "sub": str(user_id),
        "tid": str(tenant_id),
        "sid": str(session_id),
        "iat": int(now.timestamp()),
        "exp": int(expires.timestamp()),
        "aud": _AUDIENCE,
    }
    return jwt.encode(payload, _signing_key(secret), algorithm=_ALGORITHM), expires


def decode_access_token(secret: str, token: str) -> AccessClaims:
    try:
        payload = jwt.decode(
            token,
            _signing_key(secret),
            algorithms=[_ALGORITHM],
            audience=_AUDIENCE,
            options={"require": ["sub", "tid", "sid", "exp"]},
        )
        return AccessClaims(
            user_id=uuid.UUID(payload["sub"]),
            tenant_id=uuid.UUID(payload["tid"]),
            session_id=uuid.UUID(payload["sid"]),
            expires_at=int(payload["exp"]),
        )
    except jwt.ExpiredSignatureError as exc:
        raise Unauthenticated("The access token has expired.", code="token_expired") from exc
    except (jwt.InvalidTokenError, ValueError, TypeError) as exc:
        raise Unauthenticated("The access token is not valid.", code="invalid_token") from exc


def new_secret(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def digest(secret: str) -> str:
    """SHA-256 is enough for high-entropy secrets; Argon2 is for what people choose."""
    return hashlib.sha256(secret.encode()).hexdigest()
