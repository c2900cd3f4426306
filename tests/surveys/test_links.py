"""Survey link tokens: what a link carries comes back exactly, and nothing else verifies."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime

import pytest

from kefu.surveys.links import LinkClaims, LinkInvalid, LinkSigner

SIGNER = LinkSigner("a-server-secret-key-for-these-tests-only")
ISSUED = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)


def _claims(**changes: object) -> LinkClaims:
    values: dict[str, object] = {
        "tenant_id": uuid.uuid4(),
        "subject_type": "ticket",
        "subject_id": uuid.uuid4(),
        "contact_id": uuid.uuid4(),
        "issued_at": ISSUED,
        **changes,
    }
    return LinkClaims(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"subject_type": "conversation"},
        {"contact_id": None},
        {"agent_id": uuid.uuid4()},
        {"team_id": uuid.uuid4()},
        {"agent_id": uuid.uuid4(), "team_id": uuid.uuid4(), "contact_id": None},
    ],
)
def test_a_token_carries_its_claims(changes: dict[str, object]) -> None:
    claims = _claims(**changes)
    token = SIGNER.sign(claims)
    assert SIGNER.verify(token) == claims
    assert len(token) <= 160
    assert token.replace("-", "").replace("_", "").isalnum()  # URL-safe as it is


def test_a_token_of_another_server_or_a_changed_one_is_refused() -> None:
    token = SIGNER.sign(_claims())
    other = LinkSigner("another-server-secret-key-entirely-different")
    with pytest.raises(LinkInvalid):
        other.verify(token)
    raw = bytearray(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    for index in (0, 1, 5, 20, len(raw) - 1):  # version, type, time, an id, the MAC
        changed = bytearray(raw)
        changed[index] ^= 0x01
        forged = base64.urlsafe_b64encode(bytes(changed)).rstrip(b"=").decode()
        with pytest.raises(LinkInvalid):
            SIGNER.verify(forged)
    with pytest.raises(LinkInvalid):
        SIGNER.verify(token[:-4])  # cut short


@pytest.mark.parametrize("token", ["", "=", "a", "ä" * 10, "A" * 257, "A" * 94, "!!!!"])
def test_garbage_is_refused(token: str) -> None:
    with pytest.raises(LinkInvalid) as refused:
        SIGNER.verify(token)
    assert refused.value.code == "survey_link_invalid"
    assert refused.value.status_code == 404
