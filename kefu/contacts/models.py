"""The contacts table: one row per customer of a tenant."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kefu.db.base import Base, IdMixin, TimestampMixin


class Contact(IdMixin, TimestampMixin, Base):
    """A customer. Anonymous visitors are known by a hashed visitor id; customers the
    embedding site vouched for (identity verification) by their id on that site."""

    __tablename__ = "contacts"
    __table_args__ = (
        UniqueConstraint("tenant_id", "visitor_hash"),
        UniqueConstraint("tenant_id", "external_id"),
        Index("ix_contacts_tenant_updated", "tenant_id", "updated_at"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    visitor_hash: Mapped[str | None] = mapped_column(String(64))
    external_id: Mapped[str | None] = mapped_column(String(128))
    name: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    region: Mapped[str | None] = mapped_column(String(100))
    level: Mapped[int] = mapped_column(default=0)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_seen_at: Mapped[datetime | None]

    @property
    def verified(self) -> bool:
        return self.external_id is not None
