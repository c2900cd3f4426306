"""Widget sites and visitor sessions.

A visitor token is a short JWT for one contact on one site, signed with a key derived from
the server secret (apart from the staff access-token key). An identity token is made by the
embedding site's server and signed with the site's identity secret: only it can vouch for a
customer's id, level, tags and attributes.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import jwt
from pydantic import ConfigDict, ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.channels.web import schemas
from kefu.channels.web.models import Site
from kefu.config import Settings
from kefu.contacts.schemas import ContactFields
from kefu.contacts.service import Contacts
from kefu.conversations.participants import Visitor
from kefu.conversations.service import Conversations
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, NotFound, Unauthenticated
from kefu.identity.context import Context
from kefu.identity.service.audit import Audited
from kefu.identity.tokens import new_secret

_ALGORITHM = "HS256"
_VISITOR_AUDIENCE = "kefu-visitor"
_VISITOR_PURPOSE = b"kefu-visitor-token"
MAX_IDENTITY_SECONDS = 86_400


class IdentityClaims(ContactFields):
    """The fields of an identity token Kefu reads; JWT's own claims are checked by PyJWT."""

    sub: str

    model_config = ConfigDict(extra="ignore")


def _snapshot(site: Site) -> dict[str, Any]:
    return schemas.SiteOut.model_validate(site).model_dump(mode="json", exclude={"created_at"})


class WebChannel(Audited):
    def __init__(self, settings: Settings, contacts: Contacts, conversations: Conversations):
        super().__init__(settings.effective_secret_key)
        self._visitor_key = hmac.new(
            settings.effective_secret_key.encode(), _VISITOR_PURPOSE, hashlib.sha256
        ).digest()
        self._visitor_ttl = timedelta(seconds=settings.visitor_token_ttl_seconds)
        self._contacts = contacts
        self._conversations = conversations

    # --- sites (admin) ----------------------------------------------------------------------

    async def sites(self, session: AsyncSession, ctx: Context) -> Sequence[Site]:
        query = select(Site).where(Site.tenant_id == ctx.tenant_id).order_by(Site.key)
        return (await session.scalars(query)).all()

    async def site(self, session: AsyncSession, ctx: Context, site_id: uuid.UUID) -> Site:
        site = await session.get(Site, site_id)
        if site is None or site.tenant_id != ctx.tenant_id:
            raise NotFound("No such site.")
        return site

    async def create_site(
        self, session: AsyncSession, ctx: Context, draft: schemas.SiteCreate
    ) -> tuple[Site, str]:
        if await session.scalar(select(Site.id).where(Site.key == draft.key)) is not None:
            raise Conflict("That site key is taken.", code="site_key_taken")
        secret = new_secret(32)
        site = Site(
            tenant_id=ctx.tenant_id,
            key=draft.key,
            name=draft.name,
            enabled=True,
            identity_secret=secret,
            settings=draft.settings.model_dump(mode="json"),
        )
        session.add(site)
        await session.flush()
        await self.audit(session, ctx, "site.create", "site", site.id, after=_snapshot(site))
        return site, secret

    async def update_site(
        self,
        session: AsyncSession,
        ctx: Context,
        site_id: uuid.UUID,
        change: schemas.SiteUpdate,
    ) -> Site:
        site = await self.site(session, ctx, site_id)
        before = _snapshot(site)
        fields = change.model_dump(mode="json", exclude_unset=True)
        for field, value in fields.items():
            if value is not None:
                setattr(site, field, value)
        await session.flush()
        await self.audit(
            session, ctx, "site.update", "site", site.id, before=before, after=_snapshot(site)
        )
        return site

    async def rotate_secret(self, session: AsyncSession, ctx: Context, site_id: uuid.UUID) -> str:
        site = await self.site(session, ctx, site_id)
        site.identity_secret = new_secret(32)
        await self.audit(session, ctx, "site.rotate_identity_secret", "site", site.id)
        return site.identity_secret

    # --- the widget (public) ----------------------------------------------------------------

    async def public_site(self, session: AsyncSession, key: str) -> Site:
        site = await session.scalar(select(Site).where(Site.key == key))
        if site is None or not site.enabled:
            raise NotFound("No such site.")
        return site

    async def open_session(
        self, session: AsyncSession, site: Site, request: schemas.SessionIn
    ) -> schemas.SessionOut:
        visitor_id: str | None = None
        if request.identity_token is not None:
            claims = self._identity(site, request.identity_token)
            fields = ContactFields.model_validate(
                claims.model_dump(exclude={"sub"}, exclude_unset=True)
            )
            contact = await self._contacts.verified(session, site.tenant_id, claims.sub, fields)
        else:
            contact, visitor_id = await self._contacts.visitor(
                session, site.tenant_id, request.visitor_id
            )
        now = utcnow()
        expires = now + self._visitor_ttl
        payload = {
            "sub": str(contact.id),
            "tid": str(site.tenant_id),
            "sit": str(site.id),
            "key": site.key,
            "iat": int(now.timestamp()),
            "exp": int(expires.timestamp()),
            "aud": _VISITOR_AUDIENCE,
            "ori": {"entry": request.entry, "campaign": request.campaign, "device": request.device},
        }
        token = jwt.encode(payload, self._visitor_key, algorithm=_ALGORITHM)
        visitor = self.visitor(token)
        active = await self._conversations.active(session, visitor)
        return schemas.SessionOut(
            visitor_id=visitor_id,
            contact=schemas.SessionContact(
                id=contact.id, name=contact.name, verified=contact.verified
            ),
            token=token,
            expires_in=int(self._visitor_ttl.total_seconds()),
            active_conversation=(
                schemas.ActiveConversation(
                    id=active.id, status=active.status, last_seq=active.last_seq
                )
                if active
                else None
            ),
        )

    def visitor(self, token: str) -> Visitor:
        """The session a visitor token stands for; ``Unauthenticated`` when it is not valid."""
        try:
            payload = jwt.decode(
                token,
                self._visitor_key,
                algorithms=[_ALGORITHM],
                audience=_VISITOR_AUDIENCE,
                options={"require": ["sub", "tid", "sit", "key", "exp"]},
            )
            origin = payload.get("ori") or {}
            return Visitor(
                tenant_id=uuid.UUID(payload["tid"]),
                contact_id=uuid.UUID(payload["sub"]),
                site_id=uuid.UUID(payload["sit"]),
                site_key=str(payload["key"]),
                expires_at=int(payload["exp"]),
                entry=origin.get("entry"),
                campaign=origin.get("campaign"),
                device=origin.get("device"),
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthenticated("The visitor token has expired.", code="token_expired") from exc
        except (jwt.InvalidTokenError, ValueError, TypeError) as exc:
            raise Unauthenticated("The visitor token is not valid.", code="invalid_token") from exc

    @staticmethod
    def _identity(site: Site, token: str) -> IdentityClaims:
        try:
            payload = jwt.decode(
                token,
                site.identity_secret,
                algorithms=[_ALGORITHM],
                options={"require": ["sub", "exp"], "verify_aud": False},
                leeway=60,
            )
            if (
                payload["exp"] - int(payload.get("iat", utcnow().timestamp()))
                > MAX_IDENTITY_SECONDS
            ):
                raise ValueError("lives longer than 24 hours")
            if payload["exp"] - utcnow().timestamp() > MAX_IDENTITY_SECONDS + 60:
                raise ValueError("expires more than 24 hours from now")
            if not isinstance(payload["sub"], str) or not 1 <= len(payload["sub"]) <= 128:
                raise ValueError("sub must be a string of 1-128 characters")
            return IdentityClaims.model_validate(payload)
        except (jwt.InvalidTokenError, ValueError, TypeError, ValidationError) as exc:
            raise Unauthenticated(
                f"The identity token is not valid: {exc}".split("\n")[0][:300],
                code="identity_invalid",
            ) from exc
