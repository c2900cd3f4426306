"""A ticket type's workflow: its states, the moves allowed between them, and who may move.

Each state belongs to a category the rest of Kefu understands: ``new`` and ``open`` run the
SLA clocks, ``pending`` (waiting on the customer) pauses them, ``solved`` stops the
resolution clock and starts the follow-up, ``closed`` is final.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from kefu.core.errors import Forbidden, Invalid
from kefu.identity.permissions import Role

Category = Literal["new", "open", "pending", "solved", "closed"]
StateKey = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,29}$")]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=30)]


class State(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: StateKey
    label: Label
    label_en: Label | None = None
    category: Category


class Transition(BaseModel):
    """A move from one state to another; ``roles`` empty means anyone who handles tickets."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    source: StateKey = Field(alias="from")
    target: StateKey = Field(alias="to")
    label: Label | None = None
    roles: list[Role] = Field(default_factory=list, max_length=len(Role))


class Workflow(BaseModel):
    model_config = ConfigDict(extra="forbid")
    initial: StateKey
    states: list[State] = Field(min_length=2, max_length=30)
    transitions: list[Transition] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _consistent(self) -> Workflow:
        keys = [state.key for state in self.states]
        if len(keys) != len(set(keys)):
            raise ValueError("state keys repeat")
        known = set(keys)
        if self.initial not in known:
            raise ValueError(f"the initial state {self.initial!r} is not a state")
        if self.state(self.initial).category in ("solved", "closed"):
            raise ValueError("a ticket cannot start solved or closed")
        pairs = set()
        for move in self.transitions:
            for end in (move.source, move.target):
                if end not in known:
                    raise ValueError(f"a transition names no state: {end!r}")
            if move.source == move.target:
                raise ValueError(f"a transition must change the state: {move.source!r}")
            if (move.source, move.target) in pairs:
                raise ValueError(f"the transition {move.source}→{move.target} repeats")
            pairs.add((move.source, move.target))
        if not any(s.category in ("solved", "closed") for s in self.states):
            raise ValueError("a workflow needs a solved or closed state")
        return self

    def state(self, key: str) -> State:
        for state in self.states:
            if state.key == key:
                return state
        raise Invalid(
            "No such state in this ticket type.", code="unknown_state", details={"status": key}
        )

    def targets(self, source: str, roles: frozenset[Role]) -> list[str]:
        """The states a person with ``roles`` may move a ticket to from ``source``."""
        return [
            move.target for move in self.transitions if move.source == source and _may(move, roles)
        ]

    def check(self, source: str, target: str, roles: frozenset[Role]) -> State:
        """The target state, if the move is allowed and the mover may make it."""
        state = self.state(target)
        move = next(
            (m for m in self.transitions if m.source == source and m.target == target), None
        )
        if move is None:
            raise Invalid(
                f"A ticket cannot move from {source!r} to {target!r}.",
                code="invalid_transition",
                details={"from": source, "to": target, "allowed": self.targets(source, roles)},
            )
        if not _may(move, roles):
            raise Forbidden(
                f"Moving a ticket from {source!r} to {target!r} needs another role.",
                code="transition_forbidden",
                details={"from": source, "to": target, "roles": [r.value for r in move.roles]},
            )
        return state

    def reopen_state(self) -> str:
        """Where a ticket goes back to when its follow-up finds the customer unsatisfied."""
        for category in ("open", "new"):
            for state in self.states:
                if state.category == category:
                    return state.key
        return self.initial


def _may(move: Transition, roles: frozenset[Role]) -> bool:
    return (
        not move.roles
        or bool(roles & set(move.roles))
        or Role.TENANT_ADMIN in roles
        or (Role.PLATFORM_ADMIN in roles)
    )


def _states(*rows: tuple[str, str, str, Category]) -> list[State]:
    return [State(key=k, label=zh, label_en=en, category=c) for k, zh, en, c in rows]


def _moves(*rows: tuple[str, str] | tuple[str, str, list[Role]]) -> list[Transition]:
    return [
        Transition.model_validate(
            {"from": row[0], "to": row[1], "roles": row[2] if len(row) == 3 else []}
        )
        for row in rows
    ]


def standard() -> Workflow:
    """新建 → 处理中 ⇄ 待客户反馈 → 已解决 → 已关闭, reopened from 已解决."""
    return Workflow(
        initial="new",
        states=_states(
            ("new", "新建", "New", "new"),
            ("open", "处理中", "Open", "open"),
            ("pending", "待客户反馈", "Waiting on customer", "pending"),
            ("solved", "已解决", "Solved", "solved"),
            ("closed", "已关闭", "Closed", "closed"),
        ),
        transitions=_moves(
            ("new", "open"),
            ("new", "solved"),
            ("open", "pending"),
            ("pending", "open"),
            ("open", "solved"),
            ("pending", "solved"),
            ("solved", "open"),
            ("solved", "closed"),
            ("new", "closed", [Role.SUPERVISOR]),
            ("open", "closed", [Role.SUPERVISOR]),
        ),
    )


def appeal() -> Workflow:
    """An appeal (申诉) is reviewed and decided; only a supervisor decides."""
    decide = [Role.SUPERVISOR]
    return Workflow(
        initial="submitted",
        states=_states(
            ("submitted", "已提交", "Submitted", "new"),
            ("reviewing", "审核中", "Under review", "open"),
            ("need_info", "待补充材料", "Needs information", "pending"),
            ("approved", "申诉成功", "Upheld", "solved"),
            ("rejected", "申诉驳回", "Rejected", "solved"),
            ("closed", "已关闭", "Closed", "closed"),
        ),
        transitions=_moves(
            ("submitted", "reviewing"),
            ("reviewing", "need_info"),
            ("need_info", "reviewing"),
            ("reviewing", "approved", decide),
            ("reviewing", "rejected", decide),
            ("approved", "closed"),
            ("rejected", "closed"),
            ("rejected", "reviewing", decide),
        ),
    )
