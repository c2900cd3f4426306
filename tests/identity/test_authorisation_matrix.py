"""Every endpoint by every role, an API key and a user of another tenant, against the table.

The table is ``kefu.identity.permissions.ROLE_PERMISSIONS``; each route declares what it
needs through its ``Authorize`` dependency. Denied calls answer 403 ``forbidden`` and change
nothing; calls naming another tenant's records answer 404 and change nothing.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
from fastapi.routing import APIRoute
from sqlalchemy import select

from kefu.app import API_ROUTERS, route_permission
from kefu.appointments.schemas import AppointmentIn
from kefu.bot.models import BotTurn
from kefu.bot.schemas import ArticleIn, CategoryIn, FaqIn
from kefu.channels.api.schemas import WebhookIn
from kefu.conversations.models import Conversation
from kefu.conversations.schemas import CannedReplyCreate
from kefu.core.clock import utcnow
from kefu.identity import schemas
from kefu.identity.context import system_context
from kefu.identity.permissions import ROLE_PERMISSIONS, Permission, Role
from kefu.routing.schemas import GroupIn, ListEntryIn, RuleIn
from kefu.services import Services
from kefu.tickets.schemas import SlaPolicyIn, TicketFilter, TicketIn, ViewIn
from tests.appointments import visits
from tests.world import PASSWORD, World, fingerprint, start_conversation, user_request

_counter = itertools.count()


@dataclass
class Call:
    method: str
    url: str
    json: dict[str, Any] | None = None
    names_own_record: bool = False  # the call names a record of the world's tenant
    foreign: tuple[int, str] = (404, "not_found")  # the answer when another tenant calls
    ok: frozenset[int] = frozenset({200, 201, 204})
    files: dict[str, Any] | None = None
    # A permission the service demands of this particular record on top of the route's
    # (a shared canned reply needs canned_replies:manage to change): without it, 403.
    also_needs: Permission | None = None


@dataclass
class Principal:
    name: str
    headers: dict[str, str]
    permissions: frozenset[Permission]
    is_user: bool
    actor: Any = None


async def _fresh_user(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        user = await services.directory.create_user(
            session, ctx, user_request(f"T{next(_counter):05d}", [Role.AGENT])
        )
        return user.id


async def _fresh_unit(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        unit = await services.directory.create_unit(
            session, ctx, schemas.OrgUnitCreate(name=f"Temp {next(_counter)}")
        )
        return unit.id


async def _fresh_key(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        key, _ = await services.api_keys.create(
            session, ctx, schemas.ApiKeyCreate(name="temp", permissions=[Permission.TENANT_READ])
        )
        return key.id


async def _fresh_session(client: httpx.AsyncClient, who: Principal) -> dict[str, str]:
    """Logout and password change act on the caller's session: give them one of their own."""
    if not who.is_user:
        return who.headers
    response = await client.post(
        "/api/v1/auth/login",
        json={"tenant": who.actor.tenant, "login": who.actor.login, "password": PASSWORD},
    )
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def _fresh_conversation(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        _, conversation_id = await start_conversation(services, session, world)
        return conversation_id


def _n() -> int:
    return next(_counter)


CASES: dict[tuple[str, str], Callable[[World, Services], Awaitable[Call]]] = {}


def case(method: str, path: str) -> Callable[[Any], Any]:
    def register(factory: Callable[[World, Services], Awaitable[Call]]) -> Any:
        CASES[(method, f"/api/v1{path}")] = factory
        return factory

    return register


@case("POST", "/auth/logout")
async def _logout(w: World, s: Services) -> Call:
    return Call("POST", "/api/v1/auth/logout")


@case("GET", "/me")
async def _me(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/me")


@case("POST", "/me/password")
async def _me_password(w: World, s: Services) -> Call:
    # A weak new password: the call is authorised and validated, and changes nothing.
    body = {"current_password": PASSWORD, "new_password": "weak"}
    return Call("POST", "/api/v1/me/password", body, ok=frozenset({422}))


@case("GET", "/tenant")
async def _tenant(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/tenant")


@case("PATCH", "/tenant")
async def _tenant_update(w: World, s: Services) -> Call:
    return Call("PATCH", "/api/v1/tenant", {"name": f"Acme {_n()}"})


@case("GET", "/merchants")
async def _merchants(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/merchants")


@case("POST", "/merchants")
async def _merchant_create(w: World, s: Services) -> Call:
    n = _n()
    admin = user_request(f"MA{n}", [Role.TENANT_ADMIN]).model_dump(mode="json")
    return Call("POST", "/api/v1/merchants", {"slug": f"shop-{n}", "name": "Shop", "admin": admin})


@case("GET", "/merchants/{merchant_id}")
async def _merchant(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/merchants/{w.merchant_id}", names_own_record=True)


@case("PATCH", "/merchants/{merchant_id}")
async def _merchant_update(w: World, s: Services) -> Call:
    url = f"/api/v1/merchants/{w.merchant_id}"
    return Call("PATCH", url, {"name": f"Shop {_n()}"}, names_own_record=True)


@case("GET", "/org-units")
async def _units(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/org-units")


@case("POST", "/org-units")
async def _unit_create(w: World, s: Services) -> Call:
    body = {"name": f"Unit {_n()}", "parent_id": str(w.unit_id)}
    return Call(
        "POST", "/api/v1/org-units", body, names_own_record=True, foreign=(422, "unknown_parent")
    )


@case("GET", "/org-units/{unit_id}")
async def _unit(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/org-units/{w.unit_id}", names_own_record=True)


@case("PATCH", "/org-units/{unit_id}")
async def _unit_update(w: World, s: Services) -> Call:
    url = f"/api/v1/org-units/{w.child_unit_id}"
    return Call("PATCH", url, {"name": f"Team {_n()}"}, names_own_record=True)


@case("DELETE", "/org-units/{unit_id}")
async def _unit_delete(w: World, s: Services) -> Call:
    return Call("DELETE", f"/api/v1/org-units/{await _fresh_unit(w, s)}", names_own_record=True)


@case("GET", "/users")
async def _users(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/users")


@case("POST", "/users")
async def _user_create(w: World, s: Services) -> Call:
    body = user_request(f"N{_n()}", [Role.AGENT]).model_dump(mode="json")
    return Call("POST", "/api/v1/users", body)


@case("GET", "/users/{user_id}")
async def _user(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/users/{w.actors['agent'].user_id}", names_own_record=True)


@case("PATCH", "/users/{user_id}")
async def _user_update(w: World, s: Services) -> Call:
    url = f"/api/v1/users/{await _fresh_user(w, s)}"
    return Call("PATCH", url, {"name": f"Renamed {_n()}"}, names_own_record=True)


@case("POST", "/users/{user_id}/password")
async def _user_password(w: World, s: Services) -> Call:
    url = f"/api/v1/users/{await _fresh_user(w, s)}/password"
    return Call("POST", url, {"new_password": "Fresh-Password-99"}, names_own_record=True)


@case("POST", "/users/{user_id}/unlock")
async def _user_unlock(w: World, s: Services) -> Call:
    url = f"/api/v1/users/{await _fresh_user(w, s)}/unlock"
    return Call("POST", url, names_own_record=True)


@case("GET", "/api-keys")
async def _keys(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/api-keys")


@case("POST", "/api-keys")
async def _key_create(w: World, s: Services) -> Call:
    return Call("POST", "/api/v1/api-keys", {"name": "k", "permissions": ["tenant:read"]})


@case("DELETE", "/api-keys/{key_id}")
async def _key_revoke(w: World, s: Services) -> Call:
    return Call("DELETE", f"/api/v1/api-keys/{await _fresh_key(w, s)}", names_own_record=True)


@case("GET", "/audit-log")
async def _audit(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/audit-log")


@case("GET", "/roles")
async def _roles(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/roles")


@case("GET", "/conversations")
async def _conversations(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/conversations")


@case("GET", "/conversations/{conversation_id}")
async def _conversation(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/conversations/{w.conversation_id}", names_own_record=True)


@case("GET", "/conversations/{conversation_id}/messages")
async def _messages(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{w.conversation_id}/messages"
    return Call("GET", url, names_own_record=True)


@case("POST", "/conversations/{conversation_id}/messages")
async def _send(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{w.conversation_id}/messages"
    body = {"client_msg_id": f"m{_n()}", "body": "您好，马上为您查询"}
    return Call("POST", url, body, names_own_record=True)


@case("POST", "/conversations/{conversation_id}/assign")
async def _assign(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{await _fresh_conversation(w, s)}/assign"
    return Call("POST", url, {"user_id": None}, names_own_record=True)


@case("POST", "/conversations/{conversation_id}/resolve")
async def _resolve(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{await _fresh_conversation(w, s)}/resolve"
    return Call("POST", url, names_own_record=True)


@case("POST", "/conversations/{conversation_id}/reopen")
async def _reopen(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{await _fresh_conversation(w, s)}/reopen"
    return Call("POST", url, names_own_record=True)


@case("POST", "/conversations/{conversation_id}/close")
async def _close(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{await _fresh_conversation(w, s)}/close"
    return Call("POST", url, names_own_record=True)


@case("POST", "/conversations/{conversation_id}/read")
async def _read(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{w.conversation_id}/read"
    return Call("POST", url, {"seq": 1}, names_own_record=True)


@case("POST", "/conversations/{conversation_id}/attachments")
async def _attach(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{w.conversation_id}/attachments"
    files = {"file": ("note.txt", "订单号 12345".encode(), "text/plain")}
    return Call("POST", url, files=files, names_own_record=True)


@case("GET", "/canned-replies")
async def _canned(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/canned-replies")


@case("POST", "/canned-replies")
async def _canned_create(w: World, s: Services) -> Call:
    body = {"scope": "personal", "shortcut": f"s{_n()}", "title": "Thanks", "body": "谢谢！"}
    return Call("POST", "/api/v1/canned-replies", body)


@case("PATCH", "/canned-replies/{reply_id}")
async def _canned_update(w: World, s: Services) -> Call:
    url = f"/api/v1/canned-replies/{w.canned_reply_id}"
    return Call(
        "PATCH",
        url,
        {"title": f"Greeting {_n()}"},
        names_own_record=True,
        also_needs=Permission.CANNED_REPLIES_MANAGE,
    )


@case("DELETE", "/canned-replies/{reply_id}")
async def _canned_delete(w: World, s: Services) -> Call:
    async with s.db.transaction() as session:
        reply = await s.canned_replies.create(
            session,
            system_context(w.tenant_id, "platform"),
            CannedReplyCreate(scope="everyone", shortcut=f"d{_n()}", title="t", body="b"),
        )
    url = f"/api/v1/canned-replies/{reply.id}"
    return Call("DELETE", url, names_own_record=True, also_needs=Permission.CANNED_REPLIES_MANAGE)


@case("GET", "/contacts")
async def _contacts(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/contacts")


@case("GET", "/contacts/{contact_id}")
async def _contact(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/contacts/{w.contact_id}", names_own_record=True)


@case("PATCH", "/contacts/{contact_id}")
async def _contact_update(w: World, s: Services) -> Call:
    url = f"/api/v1/contacts/{w.contact_id}"
    return Call("PATCH", url, {"name": f"张三 {_n()}", "level": 2}, names_own_record=True)


@case("GET", "/sites")
async def _sites(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/sites")


@case("POST", "/sites")
async def _site_create(w: World, s: Services) -> Call:
    return Call("POST", "/api/v1/sites", {"key": f"site-{_n()}", "name": "App"})


@case("GET", "/sites/{site_id}")
async def _site(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/sites/{w.site_id}", names_own_record=True)


@case("PATCH", "/sites/{site_id}")
async def _site_update(w: World, s: Services) -> Call:
    url = f"/api/v1/sites/{w.site_id}"
    return Call("PATCH", url, {"name": f"Acme web {_n()}"}, names_own_record=True)


@case("POST", "/sites/{site_id}/identity-secret")
async def _site_secret(w: World, s: Services) -> Call:
    url = f"/api/v1/sites/{w.site_id}/identity-secret"
    return Call("POST", url, names_own_record=True)


@case("POST", "/channel/conversations")
async def _channel_open(w: World, s: Services) -> Call:
    return Call("POST", "/api/v1/channel/conversations", {"user": {"id": f"u{_n()}"}})


@case("GET", "/channel/conversations/{conversation_id}")
async def _channel_get(w: World, s: Services) -> Call:
    url = f"/api/v1/channel/conversations/{w.api_conversation_id}"
    return Call("GET", url, names_own_record=True)


@case("GET", "/channel/conversations/{conversation_id}/messages")
async def _channel_messages(w: World, s: Services) -> Call:
    url = f"/api/v1/channel/conversations/{w.api_conversation_id}/messages"
    return Call("GET", url, names_own_record=True)


@case("POST", "/channel/conversations/{conversation_id}/messages")
async def _channel_send(w: World, s: Services) -> Call:
    url = f"/api/v1/channel/conversations/{w.api_conversation_id}/messages"
    return Call(
        "POST", url, {"client_msg_id": f"a{_n()}", "body": "来自 App"}, names_own_record=True
    )


@case("POST", "/channel/conversations/{conversation_id}/read")
async def _channel_read(w: World, s: Services) -> Call:
    url = f"/api/v1/channel/conversations/{w.api_conversation_id}/read"
    return Call("POST", url, {"seq": 0}, names_own_record=True)


@case("POST", "/channel/conversations/{conversation_id}/attachments")
async def _channel_attach(w: World, s: Services) -> Call:
    url = f"/api/v1/channel/conversations/{w.api_conversation_id}/attachments"
    files = {"file": ("a.txt", b"hello", "text/plain")}
    return Call("POST", url, files=files, names_own_record=True)


@case("GET", "/webhooks")
async def _webhooks(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/webhooks")


@case("POST", "/webhooks")
async def _webhook_create(w: World, s: Services) -> Call:
    # Created only where allowed; the tests that fingerprint the tenant never create it.
    body = {"url": f"https://hooks.example.com/{_n()}", "events": ["conversation.changed"]}
    return Call("POST", "/api/v1/webhooks", body)


@case("GET", "/webhooks/{webhook_id}")
async def _webhook(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/webhooks/{w.webhook_id}", names_own_record=True)


@case("PATCH", "/webhooks/{webhook_id}")
async def _webhook_update(w: World, s: Services) -> Call:
    url = f"/api/v1/webhooks/{w.webhook_id}"
    return Call("PATCH", url, {"description": f"CRM {_n()}"}, names_own_record=True)


@case("DELETE", "/webhooks/{webhook_id}")
async def _webhook_delete(w: World, s: Services) -> Call:
    async with s.db.transaction() as session:
        webhook, _ = await s.webhooks.create(
            session,
            system_context(w.tenant_id, "platform"),
            WebhookIn.model_validate(
                {"url": "https://h.example.com/", "events": ["message.created"]}
            ),
        )
        webhook.enabled = False  # delivers nothing while the matrix runs
    return Call("DELETE", f"/api/v1/webhooks/{webhook.id}", names_own_record=True)


@case("POST", "/webhooks/{webhook_id}/secret")
async def _webhook_secret(w: World, s: Services) -> Call:
    return Call("POST", f"/api/v1/webhooks/{w.webhook_id}/secret", names_own_record=True)


@case("GET", "/webhooks/{webhook_id}/deliveries")
async def _webhook_deliveries(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/webhooks/{w.webhook_id}/deliveries", names_own_record=True)


# --- routing ---------------------------------------------------------------------------------

INVALID = (422, "validation_error")  # another tenant's ids in a body are not theirs to name


async def _fresh_group(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        group = await services.routing.config.save_group(session, ctx, GroupIn(name=f"组 {_n()}"))
        return group.id


async def _fresh_rule(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        rule = await services.routing.config.save_rule(session, ctx, _rule_in(world))
        return rule.id


def _rule_in(world: World) -> RuleIn:
    return RuleIn.model_validate(
        {
            "name": f"Rule {_n()}",
            "conditions": [{"type": "channel", "in": ["web"]}],
            "action": {"type": "group", "group_id": str(world.group_id)},
        }
    )


@case("GET", "/routing/me")
async def _routing_me(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/routing/me")


@case("PUT", "/routing/me/state")
async def _routing_me_state(w: World, s: Services) -> Call:
    return Call("PUT", "/api/v1/routing/me/state", {"status": "busy"})


@case("GET", "/routing/agents")
async def _routing_agents(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/routing/agents")


@case("PUT", "/routing/agents/{user_id}/state")
async def _routing_agent_state(w: World, s: Services) -> Call:
    url = f"/api/v1/routing/agents/{await _fresh_user(w, s)}/state"
    return Call("PUT", url, {"status": "break", "reason": "meal"}, names_own_record=True)


@case("PUT", "/routing/agents/{user_id}/limit")
async def _routing_agent_limit(w: World, s: Services) -> Call:
    url = f"/api/v1/routing/agents/{await _fresh_user(w, s)}/limit"
    return Call("PUT", url, {"max_concurrent": 3}, names_own_record=True)


@case("GET", "/routing/agents/{user_id}/history")
async def _routing_agent_history(w: World, s: Services) -> Call:
    url = f"/api/v1/routing/agents/{w.actors['supervisor'].user_id}/history"
    return Call("GET", url, names_own_record=True, also_needs=Permission.ROUTING_READ)


@case("GET", "/routing/groups")
async def _groups(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/routing/groups")


@case("POST", "/routing/groups")
async def _group_create(w: World, s: Services) -> Call:
    return Call("POST", "/api/v1/routing/groups", {"name": f"组 {_n()}"})


@case("GET", "/routing/groups/{group_id}")
async def _group(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/routing/groups/{w.group_id}", names_own_record=True)


@case("PUT", "/routing/groups/{group_id}")
async def _group_replace(w: World, s: Services) -> Call:
    url = f"/api/v1/routing/groups/{await _fresh_group(w, s)}"
    body = {"name": f"组 {_n()}", "strategy": "round_robin"}
    return Call("PUT", url, body, names_own_record=True)


@case("DELETE", "/routing/groups/{group_id}")
async def _group_delete(w: World, s: Services) -> Call:
    url = f"/api/v1/routing/groups/{await _fresh_group(w, s)}"
    return Call("DELETE", url, names_own_record=True)


@case("GET", "/routing/rules")
async def _rules(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/routing/rules")


@case("POST", "/routing/rules")
async def _rule_create(w: World, s: Services) -> Call:
    body = _rule_in(w).model_dump(mode="json", by_alias=True)
    return Call(
        "POST",
        "/api/v1/routing/rules",
        body,
        names_own_record=True,
        foreign=INVALID,
    )


@case("PUT", "/routing/rule-order")
async def _rules_order(w: World, s: Services) -> Call:
    async with s.db.read() as session:
        ctx = system_context(w.tenant_id, "platform")
        ids = [str(r.id) for r in await s.routing.config.rules(session, ctx)]
    body = {"ids": ids[::-1]}
    return Call("PUT", "/api/v1/routing/rule-order", body, names_own_record=True, foreign=INVALID)


@case("PUT", "/routing/rules/{rule_id}")
async def _rule_replace(w: World, s: Services) -> Call:
    url = f"/api/v1/routing/rules/{await _fresh_rule(w, s)}"
    body = _rule_in(w).model_dump(mode="json", by_alias=True)
    return Call("PUT", url, body, names_own_record=True, foreign=INVALID)


@case("DELETE", "/routing/rules/{rule_id}")
async def _rule_delete(w: World, s: Services) -> Call:
    url = f"/api/v1/routing/rules/{await _fresh_rule(w, s)}"
    return Call("DELETE", url, names_own_record=True)


@case("POST", "/routing/dry-run")
async def _dry_run(w: World, s: Services) -> Call:
    body = {"facts": {"channel": "web", "text": "我的订单"}}
    return Call("POST", "/api/v1/routing/dry-run", body)


@case("GET", "/routing/policy")
async def _policy(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/routing/policy")


@case("PUT", "/routing/policy")
async def _policy_set(w: World, s: Services) -> Call:
    return Call("PUT", "/api/v1/routing/policy", {"wrap_up_seconds": 0})


@case("GET", "/routing/lists")
async def _lists(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/routing/lists")


@case("POST", "/routing/lists")
async def _list_add(w: World, s: Services) -> Call:
    async with s.db.read() as session:
        contact_id = await session.scalar(
            select(Conversation.contact_id).where(
                Conversation.id == await _fresh_conversation(w, s)
            )
        )
    body = {"contact_id": str(contact_id), "kind": "black", "note": "骚扰"}
    return Call("POST", "/api/v1/routing/lists", body, names_own_record=True, foreign=INVALID)


@case("DELETE", "/routing/lists/{entry_id}")
async def _list_remove(w: World, s: Services) -> Call:
    call = await _list_add(w, s)
    async with s.db.transaction() as session:
        ctx = system_context(w.tenant_id, "platform")
        entry = await s.routing.config.add_to_list(
            session, ctx, ListEntryIn.model_validate(call.json)
        )
    return Call("DELETE", f"/api/v1/routing/lists/{entry.id}", names_own_record=True)


@case("GET", "/routing/queue")
async def _queue(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/routing/queue")


@case("GET", "/routing/wallboard")
async def _wallboard(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/routing/wallboard")


@case("GET", "/routing/directory")
async def _directory(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/routing/directory")


@case("POST", "/conversations/{conversation_id}/transfer")
async def _transfer(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{await _fresh_conversation(w, s)}/transfer"
    body = {"group_id": str(w.group_id), "note": "请售前同事跟进"}
    return Call(
        "POST", url, body, names_own_record=True, also_needs=Permission.CONVERSATIONS_MANAGE
    )


@case("POST", "/conversations/{conversation_id}/invite")
async def _invite(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{await _fresh_conversation(w, s)}/invite"
    body = {"user_id": str(await _fresh_user(w, s))}
    return Call("POST", url, body, names_own_record=True)


@case("POST", "/conversations/{conversation_id}/handover")
async def _handover(w: World, s: Services) -> Call:
    conversation_id = await _fresh_conversation(w, s)
    await s.dispatcher.settle()
    async with s.db.transaction() as session:
        conversation = await session.get(Conversation, conversation_id)
        assert conversation is not None
        await s.routing.dequeue(session, conversation_id)
        conversation.status = "bot"
    url = f"/api/v1/conversations/{conversation_id}/handover"
    return Call("POST", url, names_own_record=True)


# --- knowledge base --------------------------------------------------------------------------


async def _fresh_category(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        draft = CategoryIn(name=f"分类 {_n()}")
        return (await services.knowledge.categories.create(session, ctx, draft)).id


async def _fresh_entry(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        draft = FaqIn(question=f"问题 {_n()}", answer="答案")
        return (await services.knowledge.create_entry(session, ctx, draft)).id


async def _fresh_article(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        draft = ArticleIn(title=f"文章 {_n()}", body="正文")
        return (await services.knowledge.articles.create(session, ctx, draft)).id


@case("GET", "/knowledge/categories")
async def _kb_categories(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/knowledge/categories")


@case("POST", "/knowledge/categories")
async def _kb_category_create(w: World, s: Services) -> Call:
    body = {"name": f"开户 {_n()}", "parent_id": str(w.category_id)}
    return Call(
        "POST",
        "/api/v1/knowledge/categories",
        body,
        names_own_record=True,
        foreign=(422, "unknown_parent"),
    )


@case("GET", "/knowledge/categories/{category_id}")
async def _kb_category(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/knowledge/categories/{w.category_id}", names_own_record=True)


@case("PATCH", "/knowledge/categories/{category_id}")
async def _kb_category_update(w: World, s: Services) -> Call:
    url = f"/api/v1/knowledge/categories/{await _fresh_category(w, s)}"
    return Call("PATCH", url, {"name": f"改名 {_n()}"}, names_own_record=True)


@case("DELETE", "/knowledge/categories/{category_id}")
async def _kb_category_delete(w: World, s: Services) -> Call:
    url = f"/api/v1/knowledge/categories/{await _fresh_category(w, s)}"
    return Call("DELETE", url, names_own_record=True)


@case("GET", "/knowledge/entries")
async def _kb_entries(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/knowledge/entries?q=开户")


@case("POST", "/knowledge/entries")
async def _kb_entry_create(w: World, s: Services) -> Call:
    body = {
        "question": f"如何销户 {_n()}",
        "answer": "请到营业部办理。",
        "category_id": str(w.category_id),
    }
    return Call(
        "POST",
        "/api/v1/knowledge/entries",
        body,
        names_own_record=True,
        foreign=(422, "unknown_category"),
    )


@case("GET", "/knowledge/entries/{entry_id}")
async def _kb_entry(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/knowledge/entries/{w.entry_id}", names_own_record=True)


@case("PATCH", "/knowledge/entries/{entry_id}")
async def _kb_entry_update(w: World, s: Services) -> Call:
    url = f"/api/v1/knowledge/entries/{await _fresh_entry(w, s)}"
    return Call("PATCH", url, {"answer": f"新答案 {_n()}"}, names_own_record=True)


@case("DELETE", "/knowledge/entries/{entry_id}")
async def _kb_entry_delete(w: World, s: Services) -> Call:
    url = f"/api/v1/knowledge/entries/{await _fresh_entry(w, s)}"
    return Call("DELETE", url, names_own_record=True)


@case("GET", "/knowledge/entries/{entry_id}/history")
async def _kb_entry_history(w: World, s: Services) -> Call:
    url = f"/api/v1/knowledge/entries/{w.entry_id}/history"
    return Call("GET", url, names_own_record=True)


@case("GET", "/knowledge/articles")
async def _kb_articles(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/knowledge/articles")


@case("POST", "/knowledge/articles")
async def _kb_article_create(w: World, s: Services) -> Call:
    body = {"title": f"指南 {_n()}", "body": "<p>正文</p>", "category_id": str(w.category_id)}
    return Call(
        "POST",
        "/api/v1/knowledge/articles",
        body,
        names_own_record=True,
        foreign=(422, "unknown_category"),
    )


@case("GET", "/knowledge/articles/{article_id}")
async def _kb_article(w: World, s: Services) -> Call:
    return Call("GET", f"/api/v1/knowledge/articles/{w.article_id}", names_own_record=True)


@case("PATCH", "/knowledge/articles/{article_id}")
async def _kb_article_update(w: World, s: Services) -> Call:
    url = f"/api/v1/knowledge/articles/{await _fresh_article(w, s)}"
    return Call("PATCH", url, {"title": f"新标题 {_n()}"}, names_own_record=True)


@case("DELETE", "/knowledge/articles/{article_id}")
async def _kb_article_delete(w: World, s: Services) -> Call:
    url = f"/api/v1/knowledge/articles/{await _fresh_article(w, s)}"
    return Call("DELETE", url, names_own_record=True)


@case("GET", "/knowledge/articles/{article_id}/history")
async def _kb_article_history(w: World, s: Services) -> Call:
    url = f"/api/v1/knowledge/articles/{w.article_id}/history"
    return Call("GET", url, names_own_record=True)


@case("POST", "/knowledge/import")
async def _kb_import(w: World, s: Services) -> Call:
    # Into the caller's own tenant: another tenant imports into its own knowledge base.
    data = f"标准问题,答案\n导入的问题 {_n()},导入的答案\n".encode()
    files = {"file": ("faq.csv", data, "text/csv")}
    return Call("POST", "/api/v1/knowledge/import", files=files)


@case("GET", "/knowledge/export")
async def _kb_export(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/knowledge/export?format=csv")


@case("GET", "/knowledge/template")
async def _kb_template(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/knowledge/template")


# --- the bot ---------------------------------------------------------------------------------


@case("GET", "/bot/settings")
async def _bot_settings(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/bot/settings")


@case("PUT", "/bot/settings")
async def _bot_settings_update(w: World, s: Services) -> Call:
    # The caller's own tenant's settings: another tenant changes its own.
    return Call("PUT", "/api/v1/bot/settings", {"greeting": f"您好 {_n()}"})


@case("POST", "/bot/try")
async def _bot_try(w: World, s: Services) -> Call:
    return Call("POST", "/api/v1/bot/try", {"text": "怎么开户"})


@case("GET", "/conversations/{conversation_id}/bot-turns")
async def _bot_turns(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{w.conversation_id}/bot-turns"
    return Call("GET", url, names_own_record=True)


@case("GET", "/conversations/{conversation_id}/assist")
async def _assist(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{w.conversation_id}/assist"
    return Call("GET", url, names_own_record=True)


async def _fresh_turn(world: World, services: Services) -> uuid.UUID:
    """A question the bot could not answer, in the world's conversation."""
    async with services.db.transaction() as session:
        turn = BotTurn(
            tenant_id=world.tenant_id,
            conversation_id=world.conversation_id,
            seq=1_000_000 + _n(),
            question="怎么注销账户",
            outcome="fallback",
        )
        session.add(turn)
        await session.flush()
        return turn.id


@case("GET", "/bot/stats")
async def _bot_stats(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/bot/stats")


@case("GET", "/bot/unanswered")
async def _bot_unanswered(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/bot/unanswered")


@case("POST", "/bot/unanswered/review")
async def _bot_unanswered_review(w: World, s: Services) -> Call:
    body = {"turn_ids": [str(await _fresh_turn(w, s))], "action": "dismissed"}
    return Call(
        "POST",
        "/api/v1/bot/unanswered/review",
        body,
        names_own_record=True,
        foreign=(422, "unknown_turns"),
    )


@case("POST", "/bot/unanswered/add-similar")
async def _bot_unanswered_add_similar(w: World, s: Services) -> Call:
    body = {
        "entry_id": str(await _fresh_entry(w, s)),
        "question": f"怎么注销账户 {_n()}",
        "turn_ids": [str(await _fresh_turn(w, s))],
    }
    return Call(
        "POST",
        "/api/v1/bot/unanswered/add-similar",
        body,
        names_own_record=True,
        foreign=(422, "unknown_entry"),
    )


# --- satisfaction surveys --------------------------------------------------------------------


@case("GET", "/surveys/settings")
async def _survey_settings(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/surveys/settings")


@case("PUT", "/surveys/settings")
async def _survey_settings_update(w: World, s: Services) -> Call:
    # The caller's own tenant's settings: another tenant changes its own.
    body = {"question": {"zh-CN": f"您对本次服务满意吗？{_n()}"}}
    return Call("PUT", "/api/v1/surveys/settings", body)


@case("GET", "/surveys")
async def _surveys(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/surveys")


@case("GET", "/surveys/stats")
async def _survey_stats(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/surveys/stats")


@case("POST", "/conversations/{conversation_id}/survey-link")
async def _survey_link(w: World, s: Services) -> Call:
    url = f"/api/v1/conversations/{w.conversation_id}/survey-link"
    return Call("POST", url, names_own_record=True)


# --- tickets ---------------------------------------------------------------------------------


async def _fresh_ticket(world: World, services: Services, **extra: Any) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        draft = TicketIn.model_validate(
            {"type_key": "internal", "subject": f"协办 {_n()}", **extra}
        )
        ticket = await services.tickets.create(session, ctx, draft, source="console")
        return ticket.id


async def _fresh_type(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        types = await services.tickets.types.all(session, world.tenant_id)
        return types[0].id


async def _fresh_policy(world: World, services: Services) -> uuid.UUID:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        policy = await services.sla_policies.create(session, ctx, _policy_in())
        return policy.id


def _policy_in() -> SlaPolicyIn:
    return SlaPolicyIn.model_validate(
        {"name": f"时效 {_n()}", "rules": {"targets": {"normal": {"resolution": 60}}}}
    )


async def _fresh_view(world: World, services: Services, *, shared: bool) -> tuple[uuid.UUID, Any]:
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        view = await services.ticket_views.create(
            session, ctx, ViewIn(name=f"视图 {_n()}", shared=True, filters=TicketFilter())
        )
        return view.id, None


async def _fresh_follow_up(world: World, services: Services) -> tuple[uuid.UUID, uuid.UUID]:
    ticket_id = await _fresh_ticket(world, services, type_key="complaint",
                                    fields={"category": "其他"})  # fmt: skip
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        ticket = await services.tickets.lock(session, ctx, ticket_id)
        await services.tickets.move(session, ctx, ticket, "solved")
        [follow_up] = await services.follow_ups.of_ticket(session, ticket)
        return ticket_id, follow_up.id


@case("GET", "/ticket-types")
async def _ticket_types(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/ticket-types")


@case("POST", "/ticket-types")
async def _ticket_type_create(w: World, s: Services) -> Call:
    workflow = {
        "initial": "todo",
        "states": [
            {"key": "todo", "label": "待办", "category": "new"},
            {"key": "done", "label": "完成", "category": "solved"},
        ],
        "transitions": [{"from": "todo", "to": "done"}],
    }
    body = {"key": f"custom_{_n()}", "name": "自定义", "workflow": workflow}
    return Call("POST", "/api/v1/ticket-types", body)


@case("PATCH", "/ticket-types/{type_id}")
async def _ticket_type_update(w: World, s: Services) -> Call:
    url = f"/api/v1/ticket-types/{await _fresh_type(w, s)}"
    return Call("PATCH", url, {"name_en": f"Type {_n()}"}, names_own_record=True)


@case("GET", "/sla-policies")
async def _sla_policies(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/sla-policies")


@case("POST", "/sla-policies")
async def _sla_policy_create(w: World, s: Services) -> Call:
    return Call("POST", "/api/v1/sla-policies", _policy_in().model_dump(mode="json"))


@case("PATCH", "/sla-policies/{policy_id}")
async def _sla_policy_update(w: World, s: Services) -> Call:
    url = f"/api/v1/sla-policies/{await _fresh_policy(w, s)}"
    return Call("PATCH", url, {"name": f"时效 {_n()}"}, names_own_record=True)


@case("DELETE", "/sla-policies/{policy_id}")
async def _sla_policy_delete(w: World, s: Services) -> Call:
    url = f"/api/v1/sla-policies/{await _fresh_policy(w, s)}"
    return Call("DELETE", url, names_own_record=True)


@case("GET", "/tickets")
async def _tickets(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/tickets")


@case("POST", "/tickets")
async def _ticket_create(w: World, s: Services) -> Call:
    return Call("POST", "/api/v1/tickets", {"type_key": "internal", "subject": f"协办 {_n()}"})


@case("POST", "/ticket-batches")
async def _tickets_bulk(w: World, s: Services) -> Call:
    body = {"ids": [str(await _fresh_ticket(w, s))], "priority": "high"}
    # Another tenant's ticket is refused one by one: the answer says so for each.
    return Call("POST", "/api/v1/ticket-batches", body)


@case("GET", "/tickets/{ticket_id}")
async def _ticket(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}"
    return Call("GET", url, names_own_record=True)


@case("PATCH", "/tickets/{ticket_id}")
async def _ticket_update(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}"
    return Call("PATCH", url, {"priority": "high"}, names_own_record=True)


@case("POST", "/tickets/{ticket_id}/transition")
async def _ticket_transition(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}/transition"
    return Call("POST", url, {"status": "open"}, names_own_record=True)


@case("GET", "/tickets/{ticket_id}/comments")
async def _ticket_comments(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}/comments"
    return Call("GET", url, names_own_record=True)


@case("POST", "/tickets/{ticket_id}/comments")
async def _ticket_comment(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}/comments"
    return Call("POST", url, {"body": "已联系仓库"}, names_own_record=True)


@case("GET", "/tickets/{ticket_id}/events")
async def _ticket_events(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}/events"
    return Call("GET", url, names_own_record=True)


@case("GET", "/tickets/{ticket_id}/watchers")
async def _ticket_watchers(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}/watchers"
    return Call("GET", url, names_own_record=True)


@case("POST", "/tickets/{ticket_id}/watchers")
async def _ticket_watch(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}/watchers"
    body = {"user_id": str(w.actors["supervisor"].user_id)}
    return Call("POST", url, body, names_own_record=True)


@case("DELETE", "/tickets/{ticket_id}/watchers/{user_id}")
async def _ticket_unwatch(w: World, s: Services) -> Call:
    user_id = w.actors["supervisor"].user_id
    ticket_id = await _fresh_ticket(w, s, watcher_ids=[str(user_id)])
    return Call("DELETE", f"/api/v1/tickets/{ticket_id}/watchers/{user_id}", names_own_record=True)


@case("GET", "/tickets/{ticket_id}/attachments")
async def _ticket_attachments(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}/attachments"
    return Call("GET", url, names_own_record=True)


@case("POST", "/tickets/{ticket_id}/attachments")
async def _ticket_upload(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}/attachments"
    files = {"file": ("说明.txt", b"warehouse note", "text/plain")}
    return Call("POST", url, files=files, names_own_record=True)


@case("GET", "/tickets/{ticket_id}/follow-ups")
async def _ticket_follow_ups(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await _fresh_ticket(w, s)}/follow-ups"
    return Call("GET", url, names_own_record=True)


@case("POST", "/tickets/{ticket_id}/follow-ups/{follow_up_id}/outcome")
async def _ticket_follow_up_outcome(w: World, s: Services) -> Call:
    ticket_id, follow_up_id = await _fresh_follow_up(w, s)
    url = f"/api/v1/tickets/{ticket_id}/follow-ups/{follow_up_id}/outcome"
    return Call("POST", url, {"outcome": "unreachable"}, names_own_record=True)


@case("GET", "/follow-ups")
async def _follow_ups(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/follow-ups")


@case("GET", "/ticket-views")
async def _ticket_views(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/ticket-views")


@case("POST", "/ticket-views")
async def _ticket_view_create(w: World, s: Services) -> Call:
    return Call("POST", "/api/v1/ticket-views", {"name": f"视图 {_n()}", "filters": {}})


@case("PATCH", "/ticket-views/{view_id}")
async def _ticket_view_update(w: World, s: Services) -> Call:
    view_id, _ = await _fresh_view(w, s, shared=True)
    return Call(
        "PATCH",
        f"/api/v1/ticket-views/{view_id}",
        {"name": f"视图 {_n()}"},
        names_own_record=True,
        also_needs=Permission.TICKETS_MANAGE,
    )


@case("DELETE", "/ticket-views/{view_id}")
async def _ticket_view_delete(w: World, s: Services) -> Call:
    view_id, _ = await _fresh_view(w, s, shared=True)
    return Call(
        "DELETE",
        f"/api/v1/ticket-views/{view_id}",
        names_own_record=True,
        also_needs=Permission.TICKETS_MANAGE,
    )


# --- appointments ----------------------------------------------------------------------------


async def _fresh_area(world: World, services: Services) -> uuid.UUID:
    return await visits.area(services, world)


async def _fresh_slot(world: World, services: Services, capacity: int = 1) -> uuid.UUID:
    area_id = await visits.area(services, world)
    return await visits.slot(services, world, area_id, world.child_unit_id, capacity=capacity)


async def _fresh_appointment(world: World, services: Services) -> tuple[uuid.UUID, uuid.UUID]:
    """A ticket with a booked appointment: (ticket, appointment)."""
    ticket_id = await visits.ticket(services, world)
    slot_id = await _fresh_slot(world, services)
    async with services.db.transaction() as session:
        appointment = await services.appointments.book(
            session, visits.staff(world), ticket_id, AppointmentIn(slot_id=slot_id)
        )
    return ticket_id, appointment.id


@case("GET", "/service-areas")
async def _service_areas(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/service-areas")


@case("POST", "/service-areas")
async def _service_area_create(w: World, s: Services) -> Call:
    body = {"code": f"area-{_n()}", "name": "深圳南山区"}
    return Call("POST", "/api/v1/service-areas", body)


@case("PATCH", "/service-areas/{area_id}")
async def _service_area_update(w: World, s: Services) -> Call:
    url = f"/api/v1/service-areas/{await _fresh_area(w, s)}"
    return Call("PATCH", url, {"name": f"深圳福田区 {_n()}"}, names_own_record=True)


@case("DELETE", "/service-areas/{area_id}")
async def _service_area_delete(w: World, s: Services) -> Call:
    url = f"/api/v1/service-areas/{await _fresh_area(w, s)}"
    return Call("DELETE", url, names_own_record=True)


@case("GET", "/appointment-slots")
async def _appointment_slots(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/appointment-slots")


@case("GET", "/free-appointment-slots")
async def _free_slots(w: World, s: Services) -> Call:
    return Call("GET", "/api/v1/free-appointment-slots")


@case("POST", "/appointment-slots")
async def _appointment_slot_create(w: World, s: Services) -> Call:
    starts_at = utcnow().replace(microsecond=0) + timedelta(days=7, minutes=_n())
    body = {
        "area_id": str(await _fresh_area(w, s)),
        "team_id": str(w.child_unit_id),
        "starts_at": starts_at.isoformat(),
        "ends_at": (starts_at + timedelta(hours=2)).isoformat(),
    }
    return Call(
        "POST",
        "/api/v1/appointment-slots",
        body,
        names_own_record=True,
        foreign=(422, "unknown_area"),
    )


@case("PATCH", "/appointment-slots/{slot_id}")
async def _appointment_slot_update(w: World, s: Services) -> Call:
    url = f"/api/v1/appointment-slots/{await _fresh_slot(w, s)}"
    return Call("PATCH", url, {"capacity": 3}, names_own_record=True)


@case("DELETE", "/appointment-slots/{slot_id}")
async def _appointment_slot_delete(w: World, s: Services) -> Call:
    url = f"/api/v1/appointment-slots/{await _fresh_slot(w, s)}"
    return Call("DELETE", url, names_own_record=True)


@case("GET", "/tickets/{ticket_id}/appointments")
async def _ticket_appointments(w: World, s: Services) -> Call:
    ticket_id, _ = await _fresh_appointment(w, s)
    return Call("GET", f"/api/v1/tickets/{ticket_id}/appointments", names_own_record=True)


@case("POST", "/tickets/{ticket_id}/appointments")
async def _ticket_appointment_book(w: World, s: Services) -> Call:
    url = f"/api/v1/tickets/{await visits.ticket(s, w)}/appointments"
    body = {"slot_id": str(await _fresh_slot(w, s))}
    return Call("POST", url, body, names_own_record=True)


@case("POST", "/tickets/{ticket_id}/appointments/{appointment_id}/move")
async def _ticket_appointment_move(w: World, s: Services) -> Call:
    ticket_id, appointment_id = await _fresh_appointment(w, s)
    url = f"/api/v1/tickets/{ticket_id}/appointments/{appointment_id}/move"
    body = {"slot_id": str(await _fresh_slot(w, s))}
    return Call("POST", url, body, names_own_record=True)


@case("POST", "/tickets/{ticket_id}/appointments/{appointment_id}/cancel")
async def _ticket_appointment_cancel(w: World, s: Services) -> Call:
    ticket_id, appointment_id = await _fresh_appointment(w, s)
    url = f"/api/v1/tickets/{ticket_id}/appointments/{appointment_id}/cancel"
    return Call("POST", url, {"reason": "客户改期"}, names_own_record=True)


PUBLIC = {
    ("POST", "/api/v1/auth/login"),
    ("POST", "/api/v1/auth/refresh"),
    ("GET", "/api/v1/widget/{site}"),
    ("POST", "/api/v1/widget/{site}/sessions"),
    ("GET", "/api/v1/files/{attachment_id}/{signature}/{name}"),
    # A survey link's token is the capability (tests/surveys hold it to its one subject).
    ("GET", "/api/v1/survey-links/{token}"),
    ("POST", "/api/v1/survey-links/{token}"),
}
# Widget calls with a visitor token: tests/channels/web hold them to the visitor's own data.
VISITOR = {
    ("POST", "/api/v1/widget/{site}/leave-message"),
    ("POST", "/api/v1/widget/{site}/uploads"),
    ("POST", "/api/v1/widget/{site}/feedback"),
    ("GET", "/api/v1/widget/{site}/conversations/{conversation_id}/survey"),
    ("POST", "/api/v1/widget/{site}/conversations/{conversation_id}/survey"),
}
USER_ONLY = {("POST", "/api/v1/me/password")}
SESSION_BOUND = {("POST", "/api/v1/auth/logout"), ("POST", "/api/v1/me/password")}


async def _request(
    client: httpx.AsyncClient, call: Call, headers: dict[str, str]
) -> httpx.Response:
    return await client.request(
        call.method, call.url, json=call.json, files=call.files, headers=headers
    )


def routes() -> dict[tuple[str, str], str]:
    table = {}
    for router in API_ROUTERS:
        for route in router.routes:
            assert isinstance(route, APIRoute)
            for method in route.methods:
                table[(method, route.path)] = route_permission(route)
    return table


def principals(world: World) -> list[Principal]:
    result = [
        Principal(
            role.value,
            world.actors[role.value].headers,
            ROLE_PERMISSIONS[role],
            True,
            world.actors[role.value],
        )
        for role in Role
    ]
    key_headers = {"Authorization": f"Bearer {world.api_key}"}
    result.append(Principal("api_key", key_headers, frozenset({Permission.USERS_READ}), False))
    return result


def test_every_route_is_in_the_matrix() -> None:
    declared = set(routes())
    assert declared - PUBLIC - VISITOR == set(CASES), "add a case for every new endpoint"
    for (method, path), permission in routes().items():
        expected = "visitor" if (method, path) in VISITOR else None
        assert permission in {"public", "authenticated", "visitor", *Permission}, (method, path)
        assert expected is None or permission == expected, (method, path)


async def test_denied_calls_are_refused_and_change_nothing(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    table = routes()
    for who in principals(world):
        for key, factory in CASES.items():
            needed = table[key]
            if needed in ("public", "authenticated") or Permission(needed) in who.permissions:
                continue
            call = await factory(world, services)
            before = await fingerprint(services, world.tenant_id)
            response = await _request(client, call, who.headers)
            assert response.status_code == 403, (who.name, key, response.text)
            assert response.json()["code"] == "forbidden"
            assert await fingerprint(services, world.tenant_id) == before, (who.name, key)


async def test_allowed_calls_succeed(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    table = routes()
    for who in principals(world):
        for key, factory in CASES.items():
            needed = table[key]
            if needed != "authenticated" and Permission(needed) not in who.permissions:
                continue
            call = await factory(world, services)
            headers = await _fresh_session(client, who) if key in SESSION_BOUND else who.headers
            response = await _request(client, call, headers)
            if (key in USER_ONLY and not who.is_user) or (
                call.also_needs is not None and call.also_needs not in who.permissions
            ):
                assert response.status_code == 403, (who.name, key, response.text)
                continue
            assert response.status_code in call.ok, (who.name, key, response.text)


async def test_anonymous_calls_are_refused(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    for key, factory in CASES.items():
        call = await factory(world, services)
        response = await _request(client, call, {})
        assert response.status_code == 401, key
        assert response.json()["code"] == "unauthenticated"


async def test_another_tenant_reads_and_changes_nothing(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    outsider = world.outsider  # a platform administrator: every permission, in Globex
    for key, factory in CASES.items():
        if key in SESSION_BOUND:
            continue  # they act on the caller's own session only
        call = await factory(world, services)
        before = await fingerprint(services, world.tenant_id)
        response = await _request(client, call, outsider.headers)
        if call.names_own_record:
            assert response.status_code == call.foreign[0], (key, response.text)
            assert response.json()["code"] == call.foreign[1]
        else:
            assert response.status_code in call.ok, (key, response.text)
            assert str(world.tenant_id) not in response.text, key
            for actor in world.actors.values():
                if actor.tenant == "acme":
                    assert str(actor.user_id) not in response.text, key
        assert await fingerprint(services, world.tenant_id) == before, key
