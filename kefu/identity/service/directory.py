"""The staff directory: organisation units (departments, teams) and user accounts."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, Forbidden, Invalid, NotFound
from kefu.core.events import SessionRevoked, UserChanged
from kefu.identity import schemas
from kefu.identity.context import Context
from kefu.identity.models import AuthSession, OrgUnit, Tenant, User, user_org_units
from kefu.identity.passwords import check_policy, hash_password_async
from kefu.identity.permissions import PLATFORM_ONLY_ROLES, Role, permissions_for
from kefu.identity.service.audit import Audited

_MAX_DEPTH = 16


def user_snapshot(user: User) -> dict[str, Any]:
    return schemas.UserOut.model_validate(user).model_dump(
        mode="json", exclude={"last_login_at", "created_at"}
    )


def unit_snapshot(unit: OrgUnit) -> dict[str, Any]:
    return schemas.OrgUnitOut.model_validate(unit).model_dump(mode="json")


async def revoke_user_sessions(
    session: AsyncSession,
    user: User,
    reason: str,
    *,
    keep: uuid.UUID | None = None,
) -> None:
    """End every live session of ``user`` (but ``keep``); their access tokens stop at once."""
    query = select(AuthSession.id).where(
        AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None)
    )
    if keep is not None:
        query = query.where(AuthSession.id != keep)
    ids = (await session.scalars(query)).all()
    if not ids:
        return
    await session.execute(
        update(AuthSession)
        .where(AuthSession.id.in_(ids))
        .values(revoked_at=utcnow(), revoked_reason=reason)
    )
    for session_id in ids:
        stage(
            session,
            SessionRevoked(tenant_id=user.tenant_id, session_id=session_id, user_id=user.id),
        )


class Directory(Audited):
    def __init__(self, secret_key: str, password_min_length: int) -> None:
        super().__init__(secret_key)
        self._password_min_length = password_min_length

    # --- organisation units -------------------------------------------------------

    async def list_units(self, session: AsyncSession, ctx: Context) -> Sequence[OrgUnit]:
        query = select(OrgUnit).where(OrgUnit.tenant_id == ctx.tenant_id).order_by(OrgUnit.name)
        return (await session.scalars(query)).all()

    async def unit(self, session: AsyncSession, ctx: Context, unit_id: uuid.UUID) -> OrgUnit:
        unit = await session.get(OrgUnit, unit_id)
        if unit is None or unit.tenant_id != ctx.tenant_id:
            raise NotFound("No such organisation unit.")
        return unit

    async def _check_parent(
        self,
        session: AsyncSession,
        ctx: Context,
        parent_id: uuid.UUID,
        moving: uuid.UUID | None,
    ) -> None:
        """The parent must exist in the tenant and must not lie under the unit being moved."""
        cursor: uuid.UUID | None = parent_id
        for _ in range(_MAX_DEPTH):
            if cursor is None:
                return
            if cursor == moving:
                raise Conflict("A unit cannot be moved under itself.", code="org_unit_cycle")
            try:
                cursor = (await self.unit(session, ctx, cursor)).parent_id
            except NotFound as exc:
                raise Invalid("The parent unit does not exist.", code="unknown_parent") from exc
        raise Invalid(f"Units nest at most {_MAX_DEPTH} deep.", code="org_unit_too_deep")

    async def create_unit(
        self, session: AsyncSession, ctx: Context, request: schemas.OrgUnitCreate
    ) -> OrgUnit:
        if request.parent_id is not None:
            await self._check_parent(session, ctx, request.parent_id, None)
        unit = OrgUnit(
            tenant_id=ctx.tenant_id,
            name=request.name,
            kind=request.kind,
            parent_id=request.parent_id,
        )
        session.add(unit)
        await session.flush()
        await self.audit(
            session,
            ctx,
            "org_unit.create",
            "org_unit",
            unit.id,
            after=unit_snapshot(unit),
        )
        return unit

    async def update_unit(
        self,
        session: AsyncSession,
        ctx: Context,
        unit_id: uuid.UUID,
        change: schemas.OrgUnitUpdate,
    ) -> OrgUnit:
        unit = await self.unit(session, ctx, unit_id)
        before = unit_snapshot(unit)
        fields = change.model_dump(exclude_unset=True)
        if fields.get("parent_id") is not None:
            await self._check_parent(session, ctx, fields["parent_id"], unit.id)
        for field, value in fields.items():
            if value is not None or field == "parent_id":
                setattr(unit, field, value)
        await session.flush()
        await self.audit(
            session,
            ctx,
            "org_unit.update",
            "org_unit",
            unit.id,
            before=before,
            after=unit_snapshot(unit),
        )
        return unit

    async def delete_unit(self, session: AsyncSession, ctx: Context, unit_id: uuid.UUID) -> None:
        unit = await self.unit(session, ctx, unit_id)
        if await session.scalar(select(OrgUnit.id).where(OrgUnit.parent_id == unit.id).limit(1)):
            raise Conflict("The unit still has sub-units.", code="org_unit_not_empty")
        members = await session.scalar(
            select(func.count())
            .select_from(user_org_units)
            .where(user_org_units.c.org_unit_id == unit.id)
        )
        if members:
            raise Conflict("The unit still has members.", code="org_unit_not_empty")
        before = unit_snapshot(unit)
        await session.delete(unit)
        await session.flush()
        await self.audit(session, ctx, "org_unit.delete", "org_unit", unit_id, before=before)

    # --- users --------------------------------------------------------------------

    async def list_users(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        limit: int,
        after: uuid.UUID | None = None,
        role: Role | None = None,
        status: str | None = None,
        org_unit_id: uuid.UUID | None = None,
        q: str | None = None,
    ) -> Sequence[User]:
        query = select(User).where(User.tenant_id == ctx.tenant_id)
        if after is not None:
            query = query.where(User.id > after)
        if status:
            query = query.where(User.status == status)
        if org_unit_id is not None:
            query = query.where(
                User.id.in_(
                    select(user_org_units.c.user_id).where(
                        user_org_units.c.org_unit_id == org_unit_id
                    )
                )
            )
        if q:
            pattern = f"%{q.replace('%', '').replace('_', '')}%"
            query = query.where(
                User.name.ilike(pattern)
                | User.employee_no.ilike(pattern)
                | User.email.ilike(pattern)
            )
        if role is not None:
            # Role lists are short JSON arrays; filter them here rather than per dialect.
            rows = (await session.scalars(query.order_by(User.id))).all()
            return [user for user in rows if role in user.roles][:limit]
        return (await session.scalars(query.order_by(User.id).limit(limit))).all()

    async def user(self, session: AsyncSession, ctx: Context, user_id: uuid.UUID) -> User:
        user = await session.get(User, user_id)
        if user is None or user.tenant_id != ctx.tenant_id:
            raise NotFound("No such user.")
        return user

    async def _units(
        self, session: AsyncSession, tenant_id: uuid.UUID, ids: list[uuid.UUID]
    ) -> list[OrgUnit]:
        if not ids:
            return []
        units = (
            await session.scalars(
                select(OrgUnit).where(OrgUnit.tenant_id == tenant_id, OrgUnit.id.in_(ids))
            )
        ).all()
        if len(units) != len(set(ids)):
            raise Invalid("An organisation unit does not exist.", code="unknown_org_unit")
        return list(units)

    async def _check_unique(
        self,
        session: AsyncSession,
        tenant_id: uuid.UUID,
        *,
        employee_no: str | None = None,
        email: str | None = None,
        exclude: uuid.UUID | None = None,
    ) -> None:
        for column, value, code in (
            (User.employee_no, employee_no, "employee_no_taken"),
            (User.email, email, "email_taken"),
        ):
            if value is None:
                continue
            query = select(User.id).where(User.tenant_id == tenant_id, column == value)
            if exclude is not None:
                query = query.where(User.id != exclude)
            if await session.scalar(query):
                raise Conflict(f"{value!r} is already used in this tenant.", code=code)

    @staticmethod
    def _check_roles(ctx: Context, tenant_kind: str, roles: list[Role]) -> None:
        if tenant_kind != "platform" and PLATFORM_ONLY_ROLES & set(roles):
            raise Invalid(
                "Platform administrators exist only in a platform tenant.", code="role_not_allowed"
            )
        # Nobody hands out more than they hold: a tenant admin cannot mint a platform admin.
        missing = permissions_for(set(roles)) - ctx.principal.permissions
        if missing:
            raise Forbidden(
                "A role cannot grant permissions its giver lacks.",
                code="permission_escalation",
                details={"missing": sorted(missing)},
            )

    async def create_user(
        self,
        session: AsyncSession,
        ctx: Context,
        request: schemas.UserCreate,
        *,
        tenant: Tenant | None = None,
    ) -> User:
        """Create an account in the actor's tenant (or, for a new merchant, in ``tenant``)."""
        email = request.email.lower() if request.email else None
        check_policy(
            request.password,
            min_length=self._password_min_length,
            personal=(request.employee_no, request.name, email),
        )
        # Hashed before the first query: Argon2 must not hold SQLite's only connection.
        password_hash = await hash_password_async(request.password)
        target = tenant or await session.get(Tenant, ctx.tenant_id)
        assert target is not None
        self._check_roles(ctx, target.kind, request.roles)
        await self._check_unique(session, target.id, employee_no=request.employee_no, email=email)
        units = await self._units(session, target.id, request.org_unit_ids)
        now = utcnow()
        user = User(
            tenant_id=target.id,
            employee_no=request.employee_no,
            name=request.name,
            email=email,
            phone=request.phone,
            roles=sorted(set(request.roles)),
            locale=request.locale,
            password_hash=password_hash,
            password_changed_at=now,
            org_units=units,
        )
        session.add(user)
        await session.flush()
        await self.audit(
            session,
            ctx,
            "user.create",
            "user",
            user.id,
            after=user_snapshot(user),
            tenant_id=target.id,
        )
        return user

    async def _active_admins(self, session: AsyncSession, tenant_id: uuid.UUID) -> list[User]:
        users = (
            await session.scalars(
                select(User).where(User.tenant_id == tenant_id, User.status == "active")
            )
        ).all()
        return [u for u in users if Role.TENANT_ADMIN in u.roles or Role.PLATFORM_ADMIN in u.roles]

    async def update_user(
        self,
        session: AsyncSession,
        ctx: Context,
        user_id: uuid.UUID,
        change: schemas.UserUpdate,
    ) -> User:
        user = await self.user(session, ctx, user_id)
        before = user_snapshot(user)
        fields = change.model_dump(exclude_unset=True)
        if "email" in fields and fields["email"] is not None:
            fields["email"] = fields["email"].lower()
            await self._check_unique(session, ctx.tenant_id, email=fields["email"], exclude=user.id)
        if fields.get("roles") is not None:
            self._check_roles(ctx, ctx.principal.tenant_kind, fields["roles"])
            fields["roles"] = sorted(set(fields["roles"]))
        loses_admin = fields.get("status") == "disabled" or (
            fields.get("roles") is not None
            and not {"tenant_admin", "platform_admin"} & set(fields["roles"])
        )
        if loses_admin:
            # Serialise admin removals per tenant, or two admins demoting each other at once
            # could both pass the check below.
            await session.get(Tenant, ctx.tenant_id, with_for_update=True)
            admins = await self._active_admins(session, ctx.tenant_id)
            if [a.id for a in admins] == [user.id]:
                raise Conflict("The tenant must keep an active administrator.", code="last_admin")
        if fields.get("org_unit_ids") is not None:
            user.org_units = await self._units(session, ctx.tenant_id, fields.pop("org_unit_ids"))
        fields.pop("org_unit_ids", None)
        for field, value in fields.items():
            if value is not None or field in ("email", "phone"):
                setattr(user, field, value)
        await session.flush()
        after = user_snapshot(user)
        await self.audit(session, ctx, "user.update", "user", user.id, before=before, after=after)
        if user.status == "disabled":
            await revoke_user_sessions(session, user, "user_disabled")
        stage(session, UserChanged(tenant_id=user.tenant_id, user_id=user.id))
        return user

    async def reset_password(
        self, session: AsyncSession, ctx: Context, user_id: uuid.UUID, new_password: str
    ) -> None:
        check_policy(new_password, min_length=self._password_min_length)
        # Hashed before the first query: Argon2 must not hold SQLite's only connection.
        password_hash = await hash_password_async(new_password)
        user = await self.user(session, ctx, user_id)
        check_policy(
            new_password,
            min_length=self._password_min_length,
            personal=(user.employee_no, user.name, user.email),
        )
        user.password_hash = password_hash
        user.password_changed_at = utcnow()
        user.failed_logins = 0
        user.locked_until = None
        await revoke_user_sessions(session, user, "password_reset")
        await self.audit(session, ctx, "user.password_reset", "user", user.id)
        stage(session, UserChanged(tenant_id=user.tenant_id, user_id=user.id))

    async def unlock(self, session: AsyncSession, ctx: Context, user_id: uuid.UUID) -> User:
        user = await self.user(session, ctx, user_id)
        locked_until = user.locked_until.isoformat() if user.locked_until else None
        before = {"failed_logins": user.failed_logins, "locked_until": locked_until}
        user.failed_logins = 0
        user.locked_until = None
        await self.audit(
            session,
            ctx,
            "user.unlock",
            "user",
            user.id,
            before=before,
            after={"failed_logins": 0, "locked_until": None},
        )
        return user
