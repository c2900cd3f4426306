"""Custom fields: every kind's values are checked against the type's definitions."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from pydantic import ValidationError

from kefu.core.errors import Invalid
from kefu.tickets.defaults import builtin_types
from kefu.tickets.fields import FieldDef, check_definitions, check_values, searchable

REPAIR = next(t for t in builtin_types() if t.key == "repair").fields
COMPLAINT = next(t for t in builtin_types() if t.key == "complaint").fields


def code_of(definitions: list[FieldDef], values: dict[str, Any], **kw: bool) -> str:
    with pytest.raises(Invalid) as caught:
        check_values(definitions, values, **kw)
    return caught.value.code


def test_valid_values_of_every_kind_are_kept() -> None:
    photo = str(uuid.uuid4())
    values = {
        "product": ["空调", "KFR-35GW"],
        "bought_on": "2026-02-28",
        "address": "深圳市南山区科技园",
        "photos": [photo],
    }
    assert check_values(REPAIR, values) == values
    number = FieldDef(key="amount", label="金额", kind="number", min=0, max=10000)
    assert check_values([number], {"amount": 99.5}) == {"amount": 99.5}


def test_a_required_field_must_be_given_and_cannot_be_emptied() -> None:
    assert code_of(COMPLAINT, {"order_no": "A1"}) == "required_field"
    assert code_of(COMPLAINT, {"category": ""}, partial=True) == "required_field"
    # A change that leaves the required field alone is fine.
    assert check_values(COMPLAINT, {"order_no": "A2"}, partial=True) == {"order_no": "A2"}


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"product": ["空调", "XQG100"]}, "product"),  # a model of another category
        ({"product": "空调"}, "product"),  # not a path
        ({"product": ["空调"], "bought_on": "2026-02-30"}, "bought_on"),
        ({"product": ["空调"], "bought_on": 20260201}, "bought_on"),
        ({"product": ["空调"], "address": "x" * 201}, "address"),
        ({"product": ["空调"], "photos": ["not-an-id"]}, "photos"),
    ],
)
def test_bad_values_name_their_field(values: dict[str, Any], field: str) -> None:
    with pytest.raises(Invalid) as caught:
        check_values(REPAIR, values)
    assert caught.value.code == "invalid_field"
    assert caught.value.details == {"field": field}


def test_choice_values_must_be_options() -> None:
    assert code_of(COMPLAINT, {"category": "天气"}) == "invalid_field"
    assert check_values(COMPLAINT, {"category": "物流配送"}) == {"category": "物流配送"}
    tags = FieldDef.model_validate(
        {
            "key": "tags",
            "label": "标签",
            "kind": "choice",
            "multiple": True,
            "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}],
        }
    )
    assert check_values([tags], {"tags": ["a", "b"]}) == {"tags": ["a", "b"]}
    assert code_of([tags], {"tags": ["a", "a"]}) == "invalid_field"


def test_numbers_are_numbers_within_bounds() -> None:
    number = FieldDef(key="amount", label="金额", kind="number", min=0, max=100)
    for bad in (True, "5", 101, -1, float("nan")):
        assert code_of([number], {"amount": bad}) == "invalid_field"


def test_unknown_fields_are_refused() -> None:
    assert code_of(COMPLAINT, {"category": "其他", "colour": "red"}) == "unknown_field"


def test_definitions_are_checked() -> None:
    with pytest.raises(ValidationError):
        FieldDef(key="c", label="类别", kind="choice")  # no options
    with pytest.raises(ValidationError):
        FieldDef(key="Bad Key", label="x", kind="text")
    with pytest.raises(Invalid) as caught:
        check_definitions([COMPLAINT[0], COMPLAINT[0]])
    assert caught.value.code == "duplicate_field"


def test_search_text_holds_the_words_of_text_and_choices() -> None:
    text = searchable(COMPLAINT, {"category": "物流配送", "order_no": "SO-778"})
    assert "物流配送" in text
    assert "SO-778" in text
