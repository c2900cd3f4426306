"""Custom fields of a ticket type: their definitions and the checking of values.

A type declares its fields; a ticket's ``fields`` hold one value per key. Values are checked
against the definitions on every write, so a report can trust what it reads.
"""

from __future__ import annotations

import math
import re
import uuid
from datetime import date
from typing import Annotated, Any, Literal

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

from kefu.core.errors import Invalid

FieldKind = Literal["text", "number", "date", "choice", "cascade", "attachment"]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_TEXT = 5000
MAX_ATTACHMENTS = 10


class Option(BaseModel):
    """A choice; for a cascading choice, with the choices one level down (省 → 市 → 区)."""

    model_config = ConfigDict(extra="forbid")
    value: Annotated[str, StringConstraints(min_length=1, max_length=50)]
    label: Label
    label_en: Label | None = None
    children: list[Option] = Field(default_factory=list, max_length=200)


class FieldDef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: Key
    label: Label
    label_en: Label | None = None
    kind: FieldKind
    required: StrictBool = False
    # text: the longest value; number: the bounds.
    max_length: Annotated[StrictInt, Field(ge=1, le=MAX_TEXT)] = 500
    min: StrictFloat | StrictInt | None = None
    max: StrictFloat | StrictInt | None = None
    # choice and cascade
    options: list[Option] = Field(default_factory=list, max_length=200)
    multiple: StrictBool = False  # a choice of several options

    @model_validator(mode="after")
    def _consistent(self) -> FieldDef:
        if self.kind in ("choice", "cascade") and not self.options:
            raise ValueError(f"field {self.key!r}: a {self.kind} field needs options")
        if self.kind not in ("choice", "cascade") and self.options:
            raise ValueError(f"field {self.key!r}: only choice fields have options")
        if self.multiple and self.kind != "choice":
            raise ValueError(f"field {self.key!r}: only a choice field takes several values")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"field {self.key!r}: min is above max")
        _unique_values(self.key, self.options)
        return self


def _unique_values(key: str, options: list[Option]) -> None:
    values = [option.value for option in options]
    if len(values) != len(set(values)):
        raise ValueError(f"field {key!r}: option values repeat")
    for option in options:
        _unique_values(key, option.children)


def check_definitions(fields: list[FieldDef]) -> None:
    keys = [field.key for field in fields]
    if len(keys) != len(set(keys)):
        raise Invalid("Field keys repeat.", code="duplicate_field", details={"keys": keys})


def _bad(key: str, message: str) -> Invalid:
    return Invalid(message, code="invalid_field", details={"field": key})


def _check_value(field: FieldDef, value: Any) -> Any:
    key = field.key
    if field.kind == "text":
        if not isinstance(value, str):
            raise _bad(key, f"{field.label}: text expected.")
        if len(value) > field.max_length or "\x00" in value:
            raise _bad(key, f"{field.label}: at most {field.max_length} characters.")
        return value
    if field.kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _bad(key, f"{field.label}: a number expected.")
        if not math.isfinite(value):
            raise _bad(key, f"{field.label}: a finite number expected.")
        if (field.min is not None and value < field.min) or (
            field.max is not None and value > field.max
        ):
            raise _bad(key, f"{field.label}: out of range.")
        return value
    if field.kind == "date":
        if not isinstance(value, str) or not _ISO_DATE.match(value):
            raise _bad(key, f"{field.label}: an ISO date (2026-10-01) expected.")
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _bad(key, f"{field.label}: no such date.") from None
        return value
    if field.kind == "choice":
        allowed = {option.value for option in field.options}
        chosen = value if field.multiple and isinstance(value, list) else [value]
        if not chosen or any(not isinstance(v, str) or v not in allowed for v in chosen):
            raise _bad(key, f"{field.label}: not one of the options.")
        if len(set(chosen)) != len(chosen):
            raise _bad(key, f"{field.label}: an option is chosen twice.")
        return chosen if field.multiple else chosen[0]
    if field.kind == "cascade":
        # A path from the top: ["广东", "深圳", "南山"]; it may stop at any level.
        if not isinstance(value, list) or not value:
            raise _bad(key, f"{field.label}: a path of options expected.")
        level = field.options
        for part in value:
            found = next((o for o in level if isinstance(part, str) and o.value == part), None)
            if found is None:
                raise _bad(key, f"{field.label}: not a path of the options.")
            level = found.children
        return value
    # attachment: ids of files uploaded to the ticket, checked by the service.
    if not isinstance(value, list) or len(value) > MAX_ATTACHMENTS:
        raise _bad(key, f"{field.label}: at most {MAX_ATTACHMENTS} file ids expected.")
    try:
        return [str(uuid.UUID(str(item))) for item in value]
    except ValueError:
        raise _bad(key, f"{field.label}: file ids expected.") from None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def check_values(
    definitions: list[FieldDef], values: dict[str, Any], *, partial: bool = False
) -> dict[str, Any]:
    """The values normalised, or ``Invalid`` naming the first bad field.

    ``partial`` checks a change: only the keys given, but a required field cannot be
    emptied.
    """
    by_key = {field.key: field for field in definitions}
    unknown = sorted(set(values) - set(by_key))
    if unknown:
        raise Invalid("No such custom field.", code="unknown_field", details={"fields": unknown})
    checked: dict[str, Any] = {}
    for field in definitions:
        if field.key not in values:
            if field.required and not partial:
                raise Invalid(
                    f"{field.label} is required.",
                    code="required_field",
                    details={"field": field.key},
                )
            continue
        value = values[field.key]
        if _empty(value):
            if field.required:
                raise Invalid(
                    f"{field.label} is required.",
                    code="required_field",
                    details={"field": field.key},
                )
            checked[field.key] = None
            continue
        checked[field.key] = _check_value(field, value)
    return checked


def attachment_ids(definitions: list[FieldDef], values: dict[str, Any]) -> set[uuid.UUID]:
    """Every file id the attachment fields name, for the service to check."""
    ids: set[uuid.UUID] = set()
    for field in definitions:
        if field.kind == "attachment" and values.get(field.key):
            ids.update(uuid.UUID(item) for item in values[field.key])
    return ids


def searchable(definitions: list[FieldDef], values: dict[str, Any]) -> str:
    """The words of the text and choice values, for full-text search."""
    parts: list[str] = []
    for field in definitions:
        value = values.get(field.key)
        if value is None or field.kind in ("number", "attachment"):
            continue
        parts.extend(value if isinstance(value, list) else [str(value)])
    return " ".join(parts)
