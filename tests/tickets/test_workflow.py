"""Workflows: only the declared moves, by the roles they name."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kefu.core.errors import Forbidden, Invalid
from kefu.identity.permissions import Role
from kefu.tickets.workflow import Workflow, appeal, standard

AGENT = frozenset({Role.AGENT})
SUPERVISOR = frozenset({Role.SUPERVISOR})


def test_standard_moves_and_their_categories() -> None:
    flow = standard()
    assert flow.check("new", "open", AGENT).category == "open"
    assert flow.check("open", "pending", AGENT).category == "pending"
    assert flow.check("solved", "open", AGENT).key == "open"
    assert set(flow.targets("new", AGENT)) == {"open", "solved"}
    assert set(flow.targets("new", SUPERVISOR)) == {"open", "solved", "closed"}


def test_an_undeclared_move_is_refused_with_the_allowed_ones() -> None:
    with pytest.raises(Invalid) as caught:
        standard().check("closed", "open", AGENT)
    assert caught.value.code == "invalid_transition"
    assert caught.value.details["allowed"] == []
    with pytest.raises(Invalid) as unknown:
        standard().check("new", "archived", AGENT)
    assert unknown.value.code == "unknown_state"


def test_a_move_limited_to_roles() -> None:
    with pytest.raises(Forbidden) as caught:
        appeal().check("reviewing", "approved", AGENT)
    assert caught.value.code == "transition_forbidden"
    assert appeal().check("reviewing", "approved", SUPERVISOR).category == "solved"
    assert appeal().check("reviewing", "rejected", frozenset({Role.TENANT_ADMIN}))


def test_reopening_goes_to_the_first_open_state() -> None:
    assert standard().reopen_state() == "open"
    assert appeal().reopen_state() == "reviewing"


@pytest.mark.parametrize(
    "change",
    [
        {"initial": "nowhere"},
        {"initial": "solved"},
        {"transitions": [{"from": "new", "to": "new"}]},
        {"transitions": [{"from": "new", "to": "limbo"}]},
        {"transitions": [{"from": "new", "to": "open"}, {"from": "new", "to": "open"}]},
    ],
)
def test_inconsistent_workflows_are_refused(change: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Workflow.model_validate({**standard().model_dump(by_alias=True), **change})
