"""API shapes for identity: what clients send and what they get back."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    EmailStr,
    Field,
    StringConstraints,
    field_validator,
)

from kefu.identity.permissions import Permission, Role

Slug = Annotated[
    str,
    StringConstraints(min_length=2, max_length=63, pattern=r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"),
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
EmployeeNo = Annotated[
    str, StringConstraints(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9._-]+$")
]
Phone = Annotated[str, StringConstraints(min_length=3, max_length=32, pattern=r"^\+?[0-9 -]+$")]
Password = Annotated[str, StringConstraints(min_length=1, max_length=128)]
Locale = Literal["zh-CN", "en"]


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]")


def _iso_text(value: object) -> object:
    # Pydantic would also read numbers as Unix times; the API promises ISO 8601 text only.
    if isinstance(value, datetime) or (isinstance(value, str) and _ISO_DATE.match(value)):
        return value
    raise ValueError("an ISO 8601 date-time with a UTC offset, e.g. 2026-11-23T08:00:00Z")


IsoDatetime = Annotated[AwareDatetime, BeforeValidator(_iso_text)]


class Strict(BaseModel):
    """Request bodies: unknown fields are errors, and no text carries a NUL character
    (PostgreSQL cannot store one, and no person types one)."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("NUL characters are not allowed")
        return value


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# --- auth ---------------------------------------------------------------------------


class LoginIn(Strict):
    tenant: Slug = Field(description="The tenant's slug.")
    login: Annotated[str, StringConstraints(min_length=1, max_length=254)] = Field(
        description="Email address or employee number."
    )
    password: Password


class RefreshIn(Strict):
    refresh_token: Annotated[str, StringConstraints(min_length=1, max_length=256)]


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime


class PasswordChangeIn(Strict):
    current_password: Password
    new_password: Password


# --- tenants ------------------------------------------------------------------------


class TenantOut(Out):
    id: uuid.UUID
    slug: str
    name: str
    kind: str
    status: str
    parent_id: uuid.UUID | None
    locale: str
    timezone: str
    created_at: datetime


class TenantUpdate(Strict):
    name: Name | None = None
    locale: Locale | None = None
    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None


class MerchantUpdate(Strict):
    name: Name | None = None
    status: Literal["active", "suspended"] | None = None


# --- organisation -------------------------------------------------------------------


class OrgUnitCreate(Strict):
    name: Name
    kind: Literal["department", "team"] = "department"
    parent_id: uuid.UUID | None = None


class OrgUnitUpdate(Strict):
    name: Name | None = None
    kind: Literal["department", "team"] | None = None
    parent_id: uuid.UUID | None = None


class OrgUnitOut(Out):
    id: uuid.UUID
    name: str
    kind: str
    parent_id: uuid.UUID | None
    created_at: datetime


# --- users --------------------------------------------------------------------------


class UserCreate(Strict):
    employee_no: EmployeeNo
    name: Name
    email: EmailStr | None = Field(default=None, max_length=254)
    phone: Phone | None = None
    roles: list[Role] = Field(min_length=1, max_length=len(Role))
    org_unit_ids: list[uuid.UUID] = Field(default_factory=list, max_length=20)
    locale: Locale = "zh-CN"
    password: Password


class UserUpdate(Strict):
    name: Name | None = None
    email: EmailStr | None = Field(default=None, max_length=254)
    phone: Phone | None = None
    roles: list[Role] | None = Field(default=None, min_length=1, max_length=len(Role))
    org_unit_ids: list[uuid.UUID] | None = Field(default=None, max_length=20)
    locale: Locale | None = None
    status: Literal["active", "disabled"] | None = None


class MerchantCreate(Strict):
    slug: Slug
    name: Name
    admin: UserCreate = Field(description="The merchant's first tenant administrator.")


class PasswordResetIn(Strict):
    new_password: Password


class OrgUnitRef(Out):
    id: uuid.UUID
    name: str
    kind: str


class UserOut(Out):
    id: uuid.UUID
    employee_no: str
    name: str
    email: str | None
    phone: str | None
    roles: list[Role]
    status: str
    locale: str
    org_units: list[OrgUnitRef]
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime


class MeOut(BaseModel):
    user: UserOut | None = Field(description="None when an API key is calling.")
    tenant: TenantOut
    permissions: list[Permission]


# --- API keys -----------------------------------------------------------------------


class ApiKeyCreate(Strict):
    name: Name
    permissions: list[Permission] = Field(min_length=1, max_length=len(Permission))
    expires_at: IsoDatetime | None = None


class ApiKeyOut(Out):
    id: uuid.UUID
    name: str
    prefix: str
    permissions: list[Permission]
    created_by: uuid.UUID | None
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    key: str = Field(description="The full key. Shown once; only its hash is stored.")


# --- audit and roles ----------------------------------------------------------------


FilterText = Annotated[str, StringConstraints(max_length=64, pattern=r"^[^\x00]*$")]


class AuditQuery(BaseModel):
    """Filters of the audit log, newest first; ``cursor`` pages to entries before a seq."""

    limit: int = Field(default=50, ge=1, le=200, description="Page size.")
    cursor: int | None = Field(default=None, ge=1, le=2**62, description="Entries before this seq.")
    action: FilterText | None = None
    actor_id: FilterText | None = None
    target_type: FilterText | None = None
    target_id: FilterText | None = None
    since: IsoDatetime | None = None
    until: IsoDatetime | None = None


class AuditEntryOut(Out):
    seq: int
    occurred_at: datetime
    actor_type: str
    actor_id: str | None
    actor_label: str | None
    source_ip: str | None
    request_id: str | None
    action: str
    target_type: str
    target_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    hash: str


class RoleOut(BaseModel):
    role: Role
    permissions: list[Permission]
