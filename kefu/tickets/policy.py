"""SLA policies: which tickets they cover, their targets per priority, their business
hours, when to warn and how to escalate a breach."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StringConstraints,
    model_validator,
)

from kefu.tickets.sla import Metric, Priority

Minutes = Annotated[StrictInt, Field(ge=1, le=60 * 24 * 365)]
TypeKey = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


class Targets(BaseModel):
    """Minutes of business time; a metric left out has no target at that priority."""

    model_config = ConfigDict(extra="forbid")
    first_response: Minutes | None = None
    resolution: Minutes | None = None

    def seconds(self, metric: Metric) -> float | None:
        minutes = getattr(self, metric)
        return float(minutes * 60) if minutes is not None else None


class Escalation(BaseModel):
    """What a breach does: any of reassigning, raising the priority, telling supervisors."""

    model_config = ConfigDict(extra="forbid")
    reassign_to: uuid.UUID | None = None  # a user
    reassign_team: uuid.UUID | None = None  # an organisation unit
    raise_priority: StrictBool = True
    notify_supervisors: StrictBool = True


class PolicyRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type_keys: list[TypeKey] = Field(default_factory=list, max_length=50)  # empty: every type
    targets: dict[Priority, Targets]
    # Warn this share of the target before the deadline (0.2: with a fifth of the time left).
    warn_ratio: Annotated[StrictFloat | StrictInt, Field(ge=0, le=0.9)] = 0.2
    escalation: Escalation = Field(default_factory=Escalation)

    @model_validator(mode="after")
    def _some_target(self) -> PolicyRules:
        if not any(t.first_response or t.resolution for t in self.targets.values()):
            raise ValueError("a policy needs at least one target")
        return self

    def covers(self, type_key: str) -> bool:
        return not self.type_keys or type_key in self.type_keys
