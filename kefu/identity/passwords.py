"""Password hashing (Argon2id) and the password policy."""

from __future__ import annotations

import asyncio

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kefu.core.errors import Invalid

_hasher = PasswordHasher()
# Verified against when a login names no known user, so both paths cost the same time.
_DUMMY_HASH = _hasher.hash("kefu-timing-equaliser")

# The most used passwords in public breach corpora; refusing them stops the cheapest attacks.
_COMMON = frozenset(
    {
        "password",
        "password1",
        "password123",
        "12345678",
        "123456789",
        "1234567890",
        "qwertyuiop",
        "1q2w3e4r5t",
        "iloveyou",
        "admin123",
        "administrator",
        "welcome1",
        "abc123456",
        "a123456789",
        "woaini1314",
        "qwerty123",
        "11111111",
        "88888888",
        "00000000",
        "123123123",
    }
)
MAX_LENGTH = 128


def check_policy(password: str, *, min_length: int, personal: tuple[str | None, ...] = ()) -> None:
    """Raise ``Invalid`` (code ``weak_password``) when the password breaks the policy."""
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"at least {min_length} characters")
    if len(password) > MAX_LENGTH:
        problems.append(f"at most {MAX_LENGTH} characters")
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        problems.append("both letters and digits")
    lowered = password.lower()
    if lowered in _COMMON:
        problems.append("not a commonly used password")
    for item in personal:
        if item and len(item) >= 3 and item.lower() in lowered:
            problems.append("not containing the account's name, email or employee number")
            break
    if problems:
        raise Invalid(
            "The password does not meet the policy.",
            code="weak_password",
            details={"requirements": problems},
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(password_hash: str | None, password: str) -> bool:
    """Check off the event loop: Argon2 is deliberately slow."""
    return await asyncio.to_thread(_verify, password_hash, password)


async def hash_password_async(password: str) -> str:
    return await asyncio.to_thread(hash_password, password)
