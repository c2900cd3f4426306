"""Service areas, slots and appointments as the API shows them (docs/tickets.md,
"Appointments")."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints

from kefu.identity.schemas import IsoDatetime, Strict

MAX_REMIND_MINUTES = 7 * 24 * 60
MAX_CAPACITY = 1000

AreaCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")]
AreaName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
RemindMinutes = Annotated[StrictInt, Field(ge=0, le=MAX_REMIND_MINUTES)]
Capacity = Annotated[StrictInt, Field(ge=1, le=MAX_CAPACITY)]
Address = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
Status = Literal["booked", "cancelled"]


# --- service areas ----------------------------------------------------------------------------


class AreaIn(Strict):
    code: AreaCode
    name: AreaName
    remind_minutes: RemindMinutes = Field(
        default=24 * 60, description="Remind the customer this long before a visit; 0: never."
    )
    active: StrictBool = True


class AreaUpdate(Strict):
    name: AreaName | None = None
    remind_minutes: RemindMinutes | None = None
    active: StrictBool | None = None


class AreaOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    code: str
    name: str
    remind_minutes: int
    active: bool
    created_at: datetime
    updated_at: datetime


# --- slots ------------------------------------------------------------------------------------


class SlotIn(Strict):
    area_id: uuid.UUID
    team_id: uuid.UUID = Field(description="The technician team: an organisation unit.")
    starts_at: IsoDatetime
    ends_at: IsoDatetime
    capacity: Capacity = 1
    active: StrictBool = True


class SlotUpdate(Strict):
    """A slot's times are fixed once made; its capacity can change, down to what is booked."""

    capacity: Capacity | None = None
    active: StrictBool | None = None


class SlotOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    area_id: uuid.UUID
    team_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked: int
    active: bool


class FreeSlotOut(BaseModel):
    """A slot that can be booked now, with the visits left in it."""

    id: uuid.UUID
    area_id: uuid.UUID
    area_name: str
    team_id: uuid.UUID
    team_name: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    remaining: int


# --- appointments -----------------------------------------------------------------------------


class AppointmentIn(Strict):
    slot_id: uuid.UUID
    address: Address | None = Field(
        default=None, description="Where to go; by default the ticket's 上门地址 field."
    )
    note: Note = ""


class AppointmentMove(Strict):
    slot_id: uuid.UUID
    address: Address | None = Field(default=None, description="A new address; by default kept.")
    note: Note | None = None


class AppointmentCancel(Strict):
    reason: Reason = ""


class AppointmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    ticket_id: uuid.UUID
    slot_id: uuid.UUID
    contact_id: uuid.UUID | None
    address: str
    note: str
    status: Status
    booked_by: str
    booked_by_name: str | None
    moves: int
    reminded_at: datetime | None
    cancelled_at: datetime | None
    cancelled_by: str | None
    cancel_reason: str | None
    created_at: datetime
    updated_at: datetime
    slot: SlotOut | None = None
