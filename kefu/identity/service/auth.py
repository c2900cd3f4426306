"""Login, token refresh with rotation, logout, lock-out and password change."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.config import Settings
from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, Forbidden, Locked, Unauthenticated
from kefu.core.events import SessionRevoked, UserChanged
from kefu.db.session import Database
from kefu.identity.context import Context, Principal
from kefu.identity.models import AuthSession, RefreshToken, Tenant, User
from kefu.identity.passwords import check_policy, hash_password_async, verify_password
from kefu.identity.permissions import Role, permissions_for
from kefu.identity.service.audit import Audited
from kefu.identity.service.directory import revoke_user_sessions
from kefu.identity.tokens import digest, issue_access_token, new_secret


@dataclass(frozen=True)
class Tokens:
    access_token: str
    expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime


@dataclass(frozen=True)
class _Candidate:
    tenant_id: uuid.UUID
    tenant_kind: str
    tenant_status: str
    user_id: uuid.UUID | None
    password_hash: str | None


def user_principal(user: User, tenant: Tenant, session_id: uuid.UUID | None) -> Principal:
    roles = frozenset(Role(r) for r in user.roles)
    return Principal(
        tenant_id=tenant.id,
        tenant_kind=tenant.kind,
        actor_type="user",
        actor_id=user.id,
        label=f"{user.employee_no} {user.name}",
        roles=roles,
        permissions=permissions_for(roles),
        session_id=session_id,
        name=user.name,
    )


class Auth(Audited):
    def __init__(self, settings: Settings, db: Database) -> None:
        super().__init__(settings.effective_secret_key)
        self._settings = settings
        self._db = db

    def _access(self, user: User, session_id: uuid.UUID, now: datetime) -> tuple[str, datetime]:
        return issue_access_token(
            self._secret_key,
            user_id=user.id,
            tenant_id=user.tenant_id,
            session_id=session_id,
            now=now,
            ttl=timedelta(seconds=self._settings.access_token_ttl_seconds),
        )

    async def _find(self, tenant_slug: str, login: str) -> _Candidate | None:
        async with self._db.transaction() as session:
            tenant = await session.scalar(select(Tenant).where(Tenant.slug == tenant_slug))
            if tenant is None:
                return None
            user = await session.scalar(
                select(User).where(
                    User.tenant_id == tenant.id,
                    or_(User.email == login.lower(), User.employee_no == login),
                )
            )
            now = utcnow()
            if user is not None and user.locked_until is not None and user.locked_until > now:
                raise Locked(
                    "Too many failed logins; the account is locked for a while.",
                    details={"locked_until": user.locked_until.isoformat()},
                )
            return _Candidate(
                tenant.id,
                tenant.kind,
                tenant.status,
                user.id if user else None,
                user.password_hash if user else None,
            )

    async def login(
        self,
        tenant_slug: str,
        login: str,
        password: str,
        *,
        source_ip: str | None,
        user_agent: str | None,
        request_id: str | None,
    ) -> Tokens:
        candidate = await self._find(tenant_slug, login)
        # Argon2 runs outside any transaction: it is slow and must not hold a connection.
        valid = await verify_password(candidate.password_hash if candidate else None, password)
        if candidate is None or candidate.user_id is None:
            raise Unauthenticated("Wrong tenant, login or password.", code="invalid_credentials")
        async with self._db.transaction() as session:
            user = await session.get(User, candidate.user_id, with_for_update=True)
            tenant = await session.get(Tenant, candidate.tenant_id)
            assert user is not None
            assert tenant is not None
            ctx = Context(
                principal=user_principal(user, tenant, None),
                source_ip=source_ip,
                request_id=request_id,
            )
            if not valid:
                locked = await self._record_failure(session, ctx, user)
            else:
                tokens = await self._open_session(session, ctx, user, tenant, user_agent)
        if not valid:
            if locked:
                raise Locked("Too many failed logins; the account is now locked for a while.")
            raise Unauthenticated("Wrong tenant, login or password.", code="invalid_credentials")
        return tokens

    async def _record_failure(self, session: AsyncSession, ctx: Context, user: User) -> bool:
        now = utcnow()
        user.failed_logins += 1
        locked = user.failed_logins >= self._settings.login_max_failures
        if locked:
            user.locked_until = now + timedelta(seconds=self._settings.login_lockout_seconds)
            user.failed_logins = 0
            await self.audit(
                session,
                ctx,
                "auth.lockout",
                "user",
                user.id,
                after={"locked_until": user.locked_until.isoformat()},
            )
        else:
            await self.audit(session, ctx, "auth.login_failed", "user", user.id)
        return locked

    async def _open_session(
        self,
        session: AsyncSession,
        ctx: Context,
        user: User,
        tenant: Tenant,
        user_agent: str | None,
    ) -> Tokens:
        if tenant.status != "active":
            raise Forbidden("The tenant is suspended.", code="tenant_suspended")
        if user.status != "active":
            raise Forbidden("The account is disabled.", code="account_disabled")
        now = utcnow()
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        auth_session = AuthSession(
            tenant_id=user.tenant_id,
            user_id=user.id,
            created_at=now,
            expires_at=now + timedelta(seconds=self._settings.refresh_token_ttl_seconds),
            source_ip=ctx.source_ip,
            user_agent=(user_agent or "")[:255] or None,
        )
        session.add(auth_session)
        await session.flush()
        refresh = new_secret()
        session.add(
            RefreshToken(session_id=auth_session.id, token_hash=digest(refresh), created_at=now)
        )
        await self.audit(session, ctx, "auth.login", "session", auth_session.id)
        access, expires = self._access(user, auth_session.id, now)
        return Tokens(access, expires, refresh, auth_session.expires_at)

    async def refresh(self, refresh_token: str) -> Tokens:
        """Rotate: each refresh token works once. A reused one revokes its whole session."""
        invalid = Unauthenticated("The refresh token is not valid.", code="invalid_refresh_token")
        reused = False
        async with self._db.transaction() as session:
            row = await session.scalar(
                select(RefreshToken)
                .where(RefreshToken.token_hash == digest(refresh_token))
                .with_for_update()
            )
            if row is None:
                raise invalid
            auth_session = await session.get(AuthSession, row.session_id)
            assert auth_session is not None
            now = utcnow()
            if auth_session.revoked_at is not None or auth_session.expires_at <= now:
                raise invalid
            user = await session.get(User, auth_session.user_id)
            tenant = await session.get(Tenant, auth_session.tenant_id)
            assert user is not None
            assert tenant is not None
            if row.used_at is not None:
                reused = True
                auth_session.revoked_at = now
                auth_session.revoked_reason = "refresh_reuse"
                stage(
                    session,
                    SessionRevoked(
                        tenant_id=user.tenant_id,
                        session_id=auth_session.id,
                        user_id=user.id,
                    ),
                )
                ctx = Context(principal=user_principal(user, tenant, auth_session.id))
                await self.audit(session, ctx, "auth.refresh_reuse", "session", auth_session.id)
            else:
                if user.status != "active" or tenant.status != "active":
                    raise invalid
                row.used_at = now
                refresh = new_secret()
                session.add(
                    RefreshToken(
                        session_id=auth_session.id,
                        token_hash=digest(refresh),
                        created_at=now,
                    )
                )
                access, expires = self._access(user, auth_session.id, now)
        if reused:
            raise Unauthenticated(
                "The refresh token was already used; the session is revoked.",
                code="refresh_token_reused",
            )
        return Tokens(access, expires, refresh, auth_session.expires_at)

    async def logout(self, session: AsyncSession, ctx: Context) -> None:
        principal = ctx.principal
        if principal.session_id is None or principal.actor_id is None:
            return
        await session.execute(
            update(AuthSession)
            .where(AuthSession.id == principal.session_id, AuthSession.revoked_at.is_(None))
            .values(revoked_at=utcnow(), revoked_reason="logout")
        )
        await self.audit(session, ctx, "auth.logout", "session", principal.session_id)
        stage(
            session,
            SessionRevoked(
                tenant_id=ctx.tenant_id,
                session_id=principal.session_id,
                user_id=principal.actor_id,
            ),
        )

    async def change_password(self, ctx: Context, current: str, new: str) -> None:
        """Change one's own password; every other session of the account ends.

        Argon2 runs between two short transactions, never while holding a connection.
        """
        user_id = ctx.principal.user_id
        if user_id is None:
            raise Forbidden("Only people have passwords.", code="not_a_user")
        async with self._db.transaction() as session:
            user = await session.get(User, user_id)
            assert user is not None
            old_hash, personal = user.password_hash, (user.employee_no, user.name, user.email)
        if not await verify_password(old_hash, current):
            raise Unauthenticated("The current password is wrong.", code="invalid_credentials")
        check_policy(new, min_length=self._settings.password_min_length, personal=personal)
        new_hash = await hash_password_async(new)
        async with self._db.transaction() as session:
            user = await session.get(User, user_id, with_for_update=True)
            assert user is not None
            if user.password_hash != old_hash:
                raise Conflict("The password changed meanwhile.", code="password_changed")
            user.password_hash = new_hash
            user.password_changed_at = utcnow()
            await revoke_user_sessions(
                session, user, "password_changed", keep=ctx.principal.session_id
            )
            await self.audit(session, ctx, "user.password_change", "user", user.id)
            stage(session, UserChanged(tenant_id=user.tenant_id, user_id=user.id))
