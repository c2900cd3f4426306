"""A small world to test against: a platform tenant with one user per role and some data,
a merchant it hosts, and an unrelated tenant whose administrator must see none of it."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import or_, select

from kefu.appointments.models import Appointment, AppointmentSlot, ServiceArea
from kefu.bot.models import (
    BotSettingsRow,
    BotTurn,
    BotVector,
    FaqEntry,
    KnowledgeArticle,
    KnowledgeCategory,
    KnowledgeVersion,
)
from kefu.bot.schemas import ArticleIn, CategoryIn, FaqIn
from kefu.channels.api.models import Webhook, WebhookDelivery
from kefu.channels.api.schemas import ChannelConversationIn, ChannelUser, WebhookIn
from kefu.channels.web.models import Site
from kefu.channels.web.schemas import SiteCreate
from kefu.contacts.models import Contact
from kefu.conversations.models import Attachment, CannedReply, Conversation, Message
from kefu.conversations.participants import Sender, Visitor
from kefu.conversations.schemas import CannedReplyCreate, MessageIn
from kefu.conversations.service import Origin
from kefu.identity import schemas
from kefu.identity.context import Context, system_context
from kefu.identity.models import ApiKey, AuditEntry, OrgUnit, Tenant, User
from kefu.identity.permissions import Permission, Role
from kefu.identity.service.tenants import create_tenant
from kefu.jobs.models import ScheduledJob
from kefu.routing.models import (
    AgentState,
    AgentStateChange,
    Assignment,
    ListEntry,
    Participant,
    QueueEntry,
    RoutingRule,
    RoutingSettings,
    SkillGroup,
    SkillGroupMember,
)
from kefu.routing.schemas import GroupIn, ListEntryIn, Member, RuleIn
from kefu.services import Services
from kefu.surveys.models import Survey, SurveySettingsRow
from kefu.tickets.models import (
    FollowUp,
    SlaPolicy,
    Ticket,
    TicketComment,
    TicketCounter,
    TicketEvent,
    TicketSearch,
    TicketType,
    TicketView,
    TicketWatcher,
)

PASSWORD = "Correct-Horse-42"
NIL = uuid.UUID(int=0)


@dataclass
class Actor:
    role: str
    tenant: str
    login: str
    user_id: uuid.UUID
    access_token: str = ""
    refresh_token: str = ""

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


@dataclass
class World:
    tenant_id: uuid.UUID
    other_tenant_id: uuid.UUID
    actors: dict[str, Actor] = field(default_factory=dict)
    unit_id: uuid.UUID = NIL
    child_unit_id: uuid.UUID = NIL
    merchant_id: uuid.UUID = NIL
    api_key_id: uuid.UUID = NIL
    api_key: str = ""
    site_id: uuid.UUID = NIL
    site_key: str = ""
    contact_id: uuid.UUID = NIL
    conversation_id: uuid.UUID = NIL
    canned_reply_id: uuid.UUID = NIL
    api_conversation_id: uuid.UUID = NIL
    webhook_id: uuid.UUID = NIL
    group_id: uuid.UUID = NIL
    rule_id: uuid.UUID = NIL
    list_entry_id: uuid.UUID = NIL
    category_id: uuid.UUID = NIL
    entry_id: uuid.UUID = NIL
    article_id: uuid.UUID = NIL

    @property
    def outsider(self) -> Actor:
        """The administrator of an unrelated platform tenant: every permission, elsewhere."""
        return self.actors["outsider"]


async def login(client: httpx.AsyncClient, actor: Actor, password: str = PASSWORD) -> None:
    response = await client.post(
        "/api/v1/auth/login",
        json={"tenant": actor.tenant, "login": actor.login, "password": password},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    actor.access_token = body["access_token"]
    actor.refresh_token = body["refresh_token"]


def user_request(employee_no: str, roles: list[Role], **extra: object) -> schemas.UserCreate:
    return schemas.UserCreate.model_validate(
        {
            "employee_no": employee_no,
            "name": f"User {employee_no}",
            "email": f"{employee_no.lower()}@acme.example.com",
            "roles": roles,
            "password": PASSWORD,
            **extra,
        }
    )


async def build_world(services: Services, client: httpx.AsyncClient) -> World:
    async with services.db.transaction() as session:
        acme = await create_tenant(session, slug="acme", name="Acme", kind="platform")
        other = await create_tenant(session, slug="globex", name="Globex", kind="platform")
        world = World(tenant_id=acme.id, other_tenant_id=other.id)
        ctx = system_context(acme.id, acme.kind)
        unit = await services.directory.create_unit(
            session, ctx, schemas.OrgUnitCreate(name="Service centre")
        )
        child = await services.directory.create_unit(
            session, ctx, schemas.OrgUnitCreate(name="Online team", kind="team", parent_id=unit.id)
        )
        world.unit_id, world.child_unit_id = unit.id, child.id
        for index, role in enumerate(Role):
            user = await services.directory.create_user(
                session, ctx, user_request(f"E{index:03d}", [role], org_unit_ids=[child.id])
            )
            world.actors[role.value] = Actor(role.value, "acme", user.email or "", user.id)
        merchant = await services.tenants.create_merchant(
            session,
            ctx,
            schemas.MerchantCreate(
                slug="acme-shop", name="Acme Shop", admin=user_request("M001", [Role.TENANT_ADMIN])
            ),
        )
        world.merchant_id = merchant.id
        key, secret = await services.api_keys.create(
            session,
            ctx,
            schemas.ApiKeyCreate(name="CRM sync", permissions=[Permission.USERS_READ]),
        )
        world.api_key_id, world.api_key = key.id, secret
        await _chat(services, session, ctx, world)
        await _routing(services, session, ctx, world)
        await _knowledge(services, session, ctx, world)
        other_ctx = system_context(other.id, other.kind)
        outsider = await services.directory.create_user(
            session,
            other_ctx,
            user_request("X001", [Role.PLATFORM_ADMIN], email="x001@globex.example.com"),
        )
        world.actors["outsider"] = Actor(
            "outsider", "globex", "x001@globex.example.com", outsider.id
        )
    for actor in world.actors.values():
        await login(client, actor)
    return world


async def _chat(services: Services, session: Any, ctx: Context, world: World) -> None:
    """A widget site, a customer, a conversation with a message, a canned reply."""
    site, _ = await services.web.create_site(
        session, ctx, SiteCreate(key="acme-web", name="Acme web")
    )
    world.site_id, world.site_key = site.id, site.key
    world.contact_id, world.conversation_id = await start_conversation(services, session, world)
    reply = await services.canned_replies.create(
        session,
        ctx,
        CannedReplyCreate(scope="everyone", shortcut="hi", title="Greeting", body="您好！"),
    )
    world.canned_reply_id = reply.id
    user = ChannelUser(id="app-user-1", name="App user")
    conversation, _ = await services.api_channel.open(
        session, ctx, ChannelConversationIn(user=user)
    )
    world.api_conversation_id = conversation.id
    webhook, _ = await services.webhooks.create(
        session,
        ctx,
        WebhookIn.model_validate(
            {"url": "https://hooks.acme.example.com/kefu", "events": ["message.created"]}
        ),
    )
    # Disabled: no background deliveries changing the tenant's data while tests look.
    webhook.enabled = False
    world.webhook_id = webhook.id


async def _routing(services: Services, session: Any, ctx: Context, world: World) -> None:
    """A skill group with the agent in it, a rule sending the site's pages to it, and the
    world's customer on the white list."""
    group = await services.routing.config.save_group(
        session,
        ctx,
        GroupIn(name="售前", members=[Member(user_id=world.actors["agent"].user_id)]),
    )
    world.group_id = group.id
    rule = await services.routing.config.save_rule(
        session,
        ctx,
        RuleIn.model_validate(
            {
                "name": "Orders",
                "conditions": [{"type": "keywords", "any": ["订单"]}],
                "action": {"type": "group", "group_id": str(group.id)},
            }
        ),
    )
    world.rule_id = rule.id
    entry = await services.routing.config.add_to_list(
        session, ctx, ListEntryIn(contact_id=world.contact_id, kind="white")
    )
    world.list_entry_id = entry.id


async def _knowledge(services: Services, session: Any, ctx: Context, world: World) -> None:
    """A category with an FAQ entry and a help article in it."""
    category = await services.knowledge.categories.create(session, ctx, CategoryIn(name="交易"))
    entry = await services.knowledge.create_entry(
        session,
        ctx,
        FaqIn(
            question="如何开户",
            similar=["怎么开户", "开户流程"],
            answer="<p>打开 App，点击<strong>开户</strong>，按提示完成。</p>",
            category_id=category.id,
        ),
    )
    article = await services.knowledge.articles.create(
        session,
        ctx,
        ArticleIn(title="开户指南", body="<p>准备身份证和银行卡。</p>", category_id=category.id),
    )
    world.category_id, world.entry_id, world.article_id = category.id, entry.id, article.id


async def start_conversation(
    services: Services, session: Any, world: World, body: str = "你好，我的订单还没到"
) -> tuple[uuid.UUID, uuid.UUID]:
    """A new anonymous customer on the world's site, with an opening message."""
    contact, _ = await services.contacts.visitor(session, world.tenant_id, None)
    visitor = Visitor(world.tenant_id, contact.id, world.site_id, world.site_key, 0)
    conversation, _ = await services.conversations.start(session, visitor, Origin(), {})
    draft = MessageIn(client_msg_id=uuid.uuid4().hex, body=body)
    await services.conversations.send(session, conversation.id, Sender.customer(contact.id), draft)
    return contact.id, conversation.id


async def fingerprint(services: Services, tenant_id: uuid.UUID) -> str:
    """Everything the tenant owns, serialised: equal fingerprints mean nothing changed.
    Routing's background work on what came before is finished first."""
    await services.dispatcher.settle()
    await services.dialogue.settle()
    async with services.db.transaction() as session:
        rows: list[Any] = []
        tenants = await session.scalars(
            select(Tenant).where(or_(Tenant.id == tenant_id, Tenant.parent_id == tenant_id))
        )
        rows += [(t.id, t.name, t.status, t.updated_at) for t in tenants]
        models = (OrgUnit, User, ApiKey, AuditEntry, Site, Contact, Conversation, Message,
                  Attachment, CannedReply, Webhook, WebhookDelivery, AgentState,
                  AgentStateChange, Assignment, ListEntry, Participant, QueueEntry, RoutingRule,
                  RoutingSettings, SkillGroup, SkillGroupMember, KnowledgeCategory, FaqEntry,
                  KnowledgeArticle, KnowledgeVersion, BotSettingsRow, BotTurn, ScheduledJob,
                  BotVector, TicketType, SlaPolicy, TicketCounter, Ticket, TicketEvent,
                  TicketComment, TicketWatcher, FollowUp, SurveySettingsRow,
                  Survey, TicketSearch, TicketView, ServiceArea, AppointmentSlot,
                  Appointment)  # fmt: skip
        for model in models:
            key = model.__table__.primary_key.columns
            for row in await session.scalars(
                select(model).where(model.tenant_id == tenant_id).order_by(*key)
            ):
                rows.append({c.key: getattr(row, c.key) for c in model.__table__.columns})
    return hashlib.sha256(json.dumps(rows, default=str, sort_keys=True).encode()).hexdigest()
