"""The widget's public API: site settings, visitor sessions with identity verification,
leave-a-message, uploads and the files they become."""

from __future__ import annotations

import io
import time
import uuid
from typing import Any

import httpx
import jwt
import pytest
from sqlalchemy import func, select

from kefu.contacts.models import Contact
from kefu.conversations.models import Attachment, Conversation
from kefu.services import Services
from tests.world import World, fingerprint

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


async def _secret(client: httpx.AsyncClient, world: World) -> str:
    admin = world.actors["tenant_admin"].headers
    response = await client.post(f"/api/v1/sites/{world.site_id}/identity-secret", headers=admin)
    assert response.status_code == 200
    secret: str = response.json()["identity_secret"]
    return secret


def _identity(secret: str, **claims: Any) -> str:
    now = int(time.time())
    return jwt.encode({"iat": now, "exp": now + 600, **claims}, secret, algorithm="HS256")


async def _session(client: httpx.AsyncClient, world: World, **body: Any) -> httpx.Response:
    return await client.post(f"/api/v1/widget/{world.site_key}/sessions", json=body)


async def test_site_settings_are_public_and_say_whether_anyone_is_there(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.get(f"/api/v1/widget/{world.site_key}")
    assert response.status_code == 200
    body = response.json()
    assert body["site"] == "acme-web"
    assert body["available"] is False  # no agent connected
    assert body["greeting"]["zh-CN"]
    assert "image/png" in body["uploads"]["types"]
    missing = await client.get("/api/v1/widget/no-such-site")
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")


async def test_an_anonymous_visitor_keeps_their_identity(
    client: httpx.AsyncClient, world: World
) -> None:
    first = await _session(client, world, page={"url": "https://shop.example.com/p/1"})
    assert first.status_code == 201
    visitor_id = first.json()["visitor_id"]
    assert visitor_id.startswith("v_")
    again = await _session(client, world, visitor_id=visitor_id)
    assert again.json()["contact"]["id"] == first.json()["contact"]["id"]
    assert again.json()["visitor_id"] == visitor_id
    stranger = await _session(client, world, visitor_id="v_guessed-or-stale")
    assert stranger.json()["contact"]["id"] != first.json()["contact"]["id"]


async def test_identity_verification(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    secret = await _secret(client, world)
    token = _identity(secret, sub="u-42", name="张三", level=3, tags=["vip", "vip"], region="上海")
    response = await _session(client, world, identity_token=token)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["contact"]["verified"] is True
    assert body["visitor_id"] is None
    async with services.db.transaction() as session:
        contact = await session.get(Contact, uuid.UUID(body["contact"]["id"]))
        assert contact is not None
        assert (contact.external_id, contact.name, contact.level) == ("u-42", "张三", 3)
        assert (contact.tags, contact.region) == (["vip"], "上海")
    again = await _session(client, world, identity_token=_identity(secret, sub="u-42", level=5))
    assert again.json()["contact"]["id"] == body["contact"]["id"]


@pytest.mark.parametrize(
    "forge",
    [
        lambda secret: _identity(
            "not-the-site-secret-but-long-enough-for-hs256", sub="u-1", level=9
        ),
        lambda secret: _identity(secret, sub="u-1", exp=int(time.time()) - 3600),
        lambda secret: _identity(secret, sub="u-1", exp=int(time.time()) + 7 * 86_400),
        lambda secret: _identity(secret, sub="u-1", level="high"),
        lambda secret: _identity(secret, sub=""),
        lambda secret: jwt.encode({"sub": "u-1"}, secret, algorithm="HS256"),  # no expiry
        lambda secret: "not.a.jwt",
    ],
    ids=["forged", "expired", "too-long", "bad-level", "empty-sub", "no-exp", "garbage"],
)
async def test_a_bad_identity_token_is_refused_and_creates_nothing(
    client: httpx.AsyncClient, world: World, services: Services, forge: Any
) -> None:
    secret = await _secret(client, world)
    before = await fingerprint(services, world.tenant_id)
    response = await _session(client, world, identity_token=forge(secret))
    assert response.status_code == 401
    assert response.json()["code"] == "identity_invalid"
    assert await fingerprint(services, world.tenant_id) == before


async def _visitor(client: httpx.AsyncClient, world: World) -> dict[str, str]:
    session = await _session(client, world)
    return {"Authorization": f"Bearer {session.json()['token']}"}


async def test_leave_a_message_creates_a_pending_conversation(
    client: httpx.AsyncClient, world: World
) -> None:
    headers = await _visitor(client, world)
    url = f"/api/v1/widget/{world.site_key}/leave-message"
    body = {"body": "下班后留言：请回电", "name": "李四", "phone": "13800000000"}
    response = await client.post(url, json=body, headers=headers)
    assert response.status_code == 201, response.text
    conversation = response.json()
    assert (conversation["status"], conversation["last_seq"]) == ("pending", 1)
    agent = world.actors["agent"].headers
    listed = await client.get("/api/v1/conversations?status=pending", headers=agent)
    assert conversation["id"] in [c["id"] for c in listed.json()["items"]]
    messages = await client.get(
        f"/api/v1/conversations/{conversation['id']}/messages", headers=agent
    )
    assert [m["body"] for m in messages.json()] == ["下班后留言：请回电"]
    # It became a 留言 ticket, linked both ways, with the customer on it.
    tickets = await client.get(
        "/api/v1/tickets", params={"conversation_id": conversation["id"]}, headers=agent
    )
    [ticket] = tickets.json()["items"]
    assert (ticket["source"], ticket["subject"]) == ("leave_message", "下班后留言：请回电")
    full = await client.get(f"/api/v1/conversations/{conversation['id']}", headers=agent)
    assert ticket["contact_id"] == full.json()["contact_id"]
    anonymous = await client.post(url, json=body)
    assert (anonymous.status_code, anonymous.json()["code"]) == (401, "unauthenticated")
    long = await client.post(url, json={"body": "x" * 5001}, headers=headers)
    assert long.json()["code"] == "message_too_long"


async def _conversation_of(client: httpx.AsyncClient, world: World, headers: dict[str, str]) -> str:
    url = f"/api/v1/widget/{world.site_key}/leave-message"
    response = await client.post(url, json={"body": "hello"}, headers=headers)
    conversation_id: str = response.json()["id"]
    return conversation_id


async def test_uploads_are_checked_by_content_and_size(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    headers = await _visitor(client, world)
    cid = await _conversation_of(client, world, headers)

    async def upload(name: str, data: bytes, for_id: str = cid) -> httpx.Response:
        return await client.post(
            f"/api/v1/widget/{world.site_key}/uploads",
            data={"conversation_id": for_id},
            files={"file": (name, io.BytesIO(data), "image/png")},
            headers=headers,
        )

    good = await upload("../../etc/收据.png", PNG)
    assert good.status_code == 201, good.text
    attachment = good.json()
    assert (attachment["content_type"], attachment["name"]) == ("image/png", "etc_收据.png")
    file = await client.get(attachment["url"])
    assert file.status_code == 200
    assert file.content == PNG
    assert file.headers["content-type"] == "image/png"
    assert file.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in file.headers["content-security-policy"]
    forged = attachment["url"].replace(attachment["url"].split("/")[-2], "0" * 32)
    assert (await client.get(forged)).status_code == 404

    # Named and labelled as an image, but an executable script: refused.
    before = await fingerprint(services, world.tenant_id)
    script = await upload("photo.png", b"\x7fELF\x02\x01\x01" + b"\x00" * 64)
    assert (script.status_code, script.json()["code"]) == (415, "file_type_not_allowed")
    html = await upload("page.png", b"<html><script>alert(1)</script></html>")
    assert html.status_code in (201, 415)  # text is allowed, and served as text/plain
    if html.status_code == 201:
        served = await client.get(html.json()["url"])
        assert served.headers["content-type"] == "text/plain; charset=utf-8"
        before = await fingerprint(services, world.tenant_id)
    too_big = await upload("big.png", PNG + b"\x00" * services.settings.max_upload_bytes)
    assert (too_big.status_code, too_big.json()["code"]) == (413, "file_too_large")
    others = await upload("x.png", PNG, for_id=str(world.conversation_id))
    assert (others.status_code, others.json()["code"]) == (404, "not_found")
    assert await fingerprint(services, world.tenant_id) == before

    # The image goes into the conversation as a message.
    agent = world.actors["agent"].headers
    sent = await client.post(
        f"/api/v1/conversations/{cid}/messages",
        json={"client_msg_id": "img1", "kind": "image", "attachment_id": attachment["id"]},
        headers=agent,
    )
    assert sent.status_code == 201, sent.text
    assert sent.json()["message"]["attachment"]["url"] == attachment["url"]
    async with services.db.transaction() as session:
        count = await session.scalar(
            select(func.count())
            .select_from(Attachment)
            .where(Attachment.conversation_id == uuid.UUID(cid))
        )
    assert count == (2 if html.status_code == 201 else 1)
    async with services.db.transaction() as session:
        assert (await session.get(Conversation, uuid.UUID(cid))) is not None
