"""On-site appointment tables: a tenant's service areas, the time slots its technician
teams can visit in, and the appointments booked into them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kefu.db.base import Base, IdMixin, TimestampMixin

DEFAULT_REMIND_MINUTES = 24 * 60


class ServiceArea(IdMixin, TimestampMixin, Base):
    """Where technicians go, e.g. 深圳南山区 (code ``sz-nanshan``)."""

    __tablename__ = "service_areas"
    __table_args__ = (
        UniqueConstraint("tenant_id", "code"),
        CheckConstraint("remind_minutes >= 0", name="remind_minutes"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # How long before a visit the customer is reminded; 0: no reminder.
    remind_minutes: Mapped[int] = mapped_column(Integer, default=DEFAULT_REMIND_MINUTES)


class AppointmentSlot(IdMixin, TimestampMixin, Base):
    """A window in which one team can make ``capacity`` visits in one area.

    ``booked`` only moves by conditional UPDATEs (see the service); the check constraint
    is the database's own guarantee that it never passes ``capacity``.
    """

    __tablename__ = "appointment_slots"
    __table_args__ = (
        UniqueConstraint("tenant_id", "area_id", "team_id", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="times"),
        CheckConstraint("capacity >= 1", name="capacity"),
        CheckConstraint("booked >= 0 AND booked <= capacity", name="booked"),
        Index("ix_appointment_slots_tenant_starts", "tenant_id", "starts_at"),
        Index("ix_appointment_slots_team_starts", "team_id", "starts_at"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_areas.id"))
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int] = mapped_column(Integer)
    booked: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Appointment(IdMixin, TimestampMixin, Base):
    """A customer's visit for a ticket; at most one booked appointment per ticket."""

    __tablename__ = "appointments"
    __table_args__ = (
        CheckConstraint("status IN ('booked', 'cancelled')", name="status"),
        Index("ix_appointments_ticket", "ticket_id", "created_at"),
        Index("ix_appointments_slot", "slot_id"),
        # The database's backstop for two bookings of one ticket at once.
        Index(
            "uq_appointments_ticket_booked",
            "ticket_id",
            unique=True,
            sqlite_where=text("status = 'booked'"),
            postgresql_where=text("status = 'booked'"),
        ),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    slot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("appointment_slots.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    address: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="booked")
    booked_by: Mapped[str] = mapped_column(String(64))  # an actor reference
    booked_by_name: Mapped[str | None] = mapped_column(String(100))
    moves: Mapped[int] = mapped_column(Integer, default=0)
    reminded_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    cancelled_by: Mapped[str | None] = mapped_column(String(64))
    cancel_reason: Mapped[str | None] = mapped_column(String(300))
