"""Demo data: a platform tenant with one account per role, an organisation, a merchant,
a shop's chat widget and a help centre whose conversations the bot answers first, from
the shop's knowledge base, a week of on-site visit slots for the technicians, and tickets of
each type with an SLA policy for complaints.

Seeding is idempotent: running ``kefu demo`` again keeps what is there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from kefu import demo_knowledge
from kefu.appointments.schemas import AppointmentIn, AreaIn, SlotIn
from kefu.bot.schemas import CategoryIn, FaqIn
from kefu.channels.web.schemas import Prechat, PrechatField, SiteCreate, SiteSettings
from kefu.contacts.schemas import ContactUpdate
from kefu.conversations.schemas import CannedReplyCreate
from kefu.core.clock import utcnow
from kefu.core.hours import Schedule
from kefu.identity import schemas
from kefu.identity.context import Context, system_context
from kefu.identity.permissions import Role
from kefu.identity.service.tenants import create_tenant, tenant_by_slug
from kefu.routing.policy import Policy
from kefu.routing.schemas import GroupIn, Member, RuleIn
from kefu.services import Services
from kefu.tickets.policy import PolicyRules
from kefu.tickets.schemas import HoursIn, SlaPolicyIn, TicketIn

TENANT = "demo"
MERCHANT = "demo-shop"
PASSWORD = "Kefu-Demo-2026"
DOMAIN = "demo.example.com"
SITE = "demo-web"
HELP_SITE = "demo-help"  # its H5 page starts with the bot


@dataclass(frozen=True)
class DemoAccount:
    tenant: str
    login: str
    employee_no: str
    name: str
    role: Role


ACCOUNTS = (
    DemoAccount(TENANT, f"platform@{DOMAIN}", "P0001", "平台管理员", Role.PLATFORM_ADMIN),
    DemoAccount(TENANT, f"admin@{DOMAIN}", "A0001", "系统管理员", Role.TENANT_ADMIN),
    DemoAccount(TENANT, f"supervisor@{DOMAIN}", "S0001", "王主管", Role.SUPERVISOR),
    DemoAccount(TENANT, f"agent@{DOMAIN}", "K0001", "李客服", Role.AGENT),
    DemoAccount(TENANT, f"qa@{DOMAIN}", "Q0001", "张质检", Role.QA_INSPECTOR),
    DemoAccount(TENANT, f"analyst@{DOMAIN}", "D0001", "赵分析", Role.ANALYST),
    DemoAccount(MERCHANT, f"shop-admin@{DOMAIN}", "M0001", "商家管理员", Role.TENANT_ADMIN),
)

# (name, kind, parent name): the customer-service centre of the demo company.
ORG_UNITS = (
    ("客服中心", "department", None),
    ("在线客服组", "team", "客服中心"),
    ("热线客服组", "team", "客服中心"),
    ("质检组", "team", "客服中心"),
    ("上门服务组", "team", "客服中心"),  # the technicians who visit customers
    ("运营分析部", "department", None),
)
UNIT_OF_ROLE = {
    Role.SUPERVISOR: "客服中心",
    Role.AGENT: "在线客服组",
    Role.QA_INSPECTOR: "质检组",
    Role.ANALYST: "运营分析部",
}


CANNED_REPLIES = (
    ("hello", "问候 Greeting", "您好，很高兴为您服务，请问有什么可以帮您？"),
    ("order", "询问订单号 Order number", "麻烦您提供一下订单号，我马上为您查询。"),
    ("refund", "退款时效 Refund time", "退款审核通过后，款项将在 1-3 个工作日内原路退回。"),
    ("bye", "结束语 Closing", "感谢您的耐心等待，如还有其他问题，随时联系我们，祝您生活愉快！"),
)


async def seed(services: Services) -> bool:
    """Create the demo tenants; returns False when they already exist."""
    async with services.db.transaction() as session:
        if await tenant_by_slug(session, TENANT) is not None:
            return False
        platform = await create_tenant(
            session, slug=TENANT, name="Kefu 演示平台 Demo Platform", kind="platform"
        )
        ctx = system_context(platform.id, platform.kind, label="kefu-demo")
        units: dict[str, uuid.UUID] = {}
        for name, kind, parent in ORG_UNITS:
            unit = await services.directory.create_unit(
                session,
                ctx,
                schemas.OrgUnitCreate(
                    name=name, kind=kind, parent_id=units[parent] if parent else None
                ),
            )
            units[name] = unit.id
        staff: dict[Role, uuid.UUID] = {}
        for account in ACCOUNTS:
            if account.tenant != TENANT:
                continue
            unit_name = UNIT_OF_ROLE.get(account.role)
            user = await services.directory.create_user(
                session, ctx, _user(account, [units[unit_name]] if unit_name else [])
            )
            staff[account.role] = user.id
        await _merchant(services, session, ctx)
        await _site(services, session, ctx)
        await _routing(services, session, ctx, staff)
        await _knowledge(services, session, ctx)
        await _appointments(services, session, ctx, units["上门服务组"])
        await _tickets(services, session, ctx, staff, units)
        for shortcut, title, body in CANNED_REPLIES:
            draft = CannedReplyCreate(scope="everyone", shortcut=shortcut, title=title, body=body)
            await services.canned_replies.create(session, ctx, draft)
    return True


async def _routing(
    services: Services, session: AsyncSession, ctx: Context, staff: dict[Role, uuid.UUID]
) -> None:
    """Two skill groups, a refund rule and a VIP head start (docs/routing.md)."""
    agent, supervisor = staff[Role.AGENT], staff[Role.SUPERVISOR]
    presales = await services.routing.config.save_group(
        session,
        ctx,
        GroupIn(
            name="售前咨询",
            members=[Member(user_id=agent, proficiency=4), Member(user_id=supervisor)],
        ),
    )
    aftersales = await services.routing.config.save_group(
        session,
        ctx,
        GroupIn(
            name="售后服务",
            strategy="last_agent",
            members=[Member(user_id=supervisor, proficiency=5), Member(user_id=agent)],
            overflow_group_id=presales.id,
            overflow_after_seconds=60,
        ),
    )
    await services.routing.config.save_rule(
        session,
        ctx,
        RuleIn.model_validate(
            {
                "name": "帮助中心：智能助手优先",
                "conditions": [{"type": "url", "patterns": [f"*/chat/{HELP_SITE}*"]}],
                "action": {"type": "bot", "handover_group_id": str(presales.id)},
            }
        ),
    )
    await services.routing.config.save_rule(
        session,
        ctx,
        RuleIn.model_validate(
            {
                "name": "退款与售后",
                "conditions": [{"type": "keywords", "any": ["退款", "退货", "售后", "坏了"]}],
                "action": {"type": "group", "group_id": str(aftersales.id)},
            }
        ),
    )
    policy = Policy(default_group_id=presales.id)
    await services.routing.config.set_policy(session, ctx, policy)


async def _site(services: Services, session: AsyncSession, ctx: Context) -> None:
    """The demo shop's chat widget, with a short pre-chat form."""
    prechat = Prechat(
        enabled=True,
        fields=[
            PrechatField(
                key="name",
                type="text",
                required=True,
                label={"zh-CN": "您的称呼", "en": "Your name"},
            ),
            PrechatField(
                key="phone",
                type="phone",
                required=False,
                label={"zh-CN": "手机号码", "en": "Mobile number"},
            ),
        ],
    )
    await services.web.create_site(
        session,
        ctx,
        SiteCreate(key=SITE, name="演示商城 Demo Shop", settings=SiteSettings(prechat=prechat)),
    )
    await services.web.create_site(
        session, ctx, SiteCreate(key=HELP_SITE, name="帮助中心 Help Centre")
    )


async def _knowledge(services: Services, session: AsyncSession, ctx: Context) -> None:
    """The shop's FAQ, in a category tree (docs/bot.md)."""
    categories: dict[str, uuid.UUID] = {}
    for path, question, similar, answer in demo_knowledge.FAQ:
        parent: uuid.UUID | None = None
        for depth, name in enumerate(path.split("/")):
            key = "/".join(path.split("/")[: depth + 1])
            if key not in categories:
                draft = CategoryIn(name=name, parent_id=parent)
                categories[key] = (
                    await services.knowledge.categories.create(session, ctx, draft)
                ).id
            parent = categories[key]
        entry = FaqIn(question=question, similar=list(similar), answer=answer, category_id=parent)
        await services.knowledge.create_entry(session, ctx, entry)


async def _merchant(services: Services, session: AsyncSession, ctx: Context) -> None:
    admin = next(a for a in ACCOUNTS if a.tenant == MERCHANT)
    await services.tenants.create_merchant(
        session,
        ctx,
        schemas.MerchantCreate(slug=MERCHANT, name="演示商家 Demo Shop", admin=_user(admin, [])),
    )


# Service areas (code, name) and the day's visit windows (start, end, visits) in them.
SERVICE_AREAS = (("sz-nanshan", "深圳南山区"), ("sz-futian", "深圳福田区"))
VISIT_WINDOWS = ((time(9), time(12), 3), (time(14), time(17), 3), (time(18), time(20), 1))


async def _appointments(
    services: Services, session: AsyncSession, ctx: Context, team_id: uuid.UUID
) -> None:
    """The technicians' slots in each area for the coming week, in Shanghai time."""
    zone = ZoneInfo("Asia/Shanghai")
    today = utcnow().astimezone(zone).date()
    slots = services.appointments.slots
    for code, name in SERVICE_AREAS:
        area = await slots.create_area(session, ctx, AreaIn(code=code, name=name))
        for day in range(1, 8):
            date = today + timedelta(days=day)
            for start, end, visits in VISIT_WINDOWS:
                starts_at = datetime.combine(date, start, zone).astimezone(UTC)
                ends_at = datetime.combine(date, end, zone).astimezone(UTC)
                draft = SlotIn(
                    area_id=area.id,
                    team_id=team_id,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    capacity=visits,
                )
                await slots.create(session, ctx, draft)


# (type, subject, description, priority, fields, tags, customer, where it is in its workflow)
DEMO_TICKETS: tuple[
    tuple[str, str, str, str, dict[str, Any], list[str], str | None, list[str]], ...
] = (
    (
        "complaint",
        "快递三天没到，物流一直不更新",
        "订单 20261130-8842，顺丰单号 SF1234567890。",
        "high",
        {"category": "物流配送", "order_no": "20261130-8842", "expectation": "补偿"},
        ["物流"],
        "陈女士",
        ["open"],
    ),
    (
        "complaint",
        "客服态度差，问题没解决",
        "顾客反映昨晚热线等待 20 分钟后被挂断。",
        "normal",
        {"category": "服务态度"},
        ["热线"],
        "刘先生",
        [],
    ),
    (
        "complaint",
        "收到的商品有划痕",
        "要求换货，已提供照片。",
        "normal",
        {"category": "商品质量", "expectation": "换货"},
        [],
        "周女士",
        ["open", "solved"],
    ),
    (
        "report",
        "派送途中外箱破损",
        "网点已拍照留存。",
        "normal",
        {"waybill_no": "SF9876543210", "issue": "破损"},
        ["网点报备"],
        None,
        ["open"],
    ),
    (
        "repair",
        "空调不制冷，需要上门检修",
        "客户希望周末上门。",
        "normal",
        {"product": ["空调", "KFR-35GW"], "address": "深圳市南山区科技园南区 8 栋 1203"},
        ["上门"],
        "吴先生",
        [],
    ),
    (
        "appeal",
        "商家申诉：差评为恶意评价",
        "商家提供了聊天记录截图。",
        "low",
        {"subject": "评价"},
        [],
        None,
        ["reviewing"],
    ),
    (
        "internal",
        "请仓库核实退货入库",
        "退货单 R-20261128-031 未显示入库。",
        "normal",
        {"department": "仓储"},
        [],
        None,
        ["open", "pending"],
    ),
    (
        "message",
        "下班后留言：请明早回电",
        "我的订单地址填错了，麻烦明早打 138 0013 8000。",
        "normal",
        {},
        [],
        "孙女士",
        [],
    ),
)


async def _tickets(
    services: Services,
    session: AsyncSession,
    ctx: Context,
    staff: dict[Role, uuid.UUID],
    units: dict[str, uuid.UUID],
) -> None:
    """An SLA policy for complaints in business hours, and tickets of each type at
    different points of their workflows."""
    hours = HoursIn(
        timezone="Asia/Shanghai",
        schedule=Schedule.model_validate(
            {day: [["09:00", "21:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
        ),
    )
    rules = PolicyRules.model_validate(
        {
            "type_keys": ["complaint", "message"],
            "targets": {
                "urgent": {"first_response": 15, "resolution": 120},
                "high": {"first_response": 30, "resolution": 240},
                "normal": {"first_response": 60, "resolution": 480},
                "low": {"first_response": 120, "resolution": 1440},
            },
        }
    )
    await services.sla_policies.create(
        session, ctx, SlaPolicyIn(name="投诉与留言时效", rules=rules, hours=hours)
    )
    for type_key, subject, description, priority, fields, tags, customer, moves in DEMO_TICKETS:
        contact_id = None
        if customer is not None:
            contact, _ = await services.contacts.visitor(session, ctx.tenant_id, None)
            await services.contacts.update(session, ctx, contact.id, ContactUpdate(name=customer))
            contact_id = contact.id
        draft = TicketIn.model_validate(
            {
                "type_key": type_key,
                "subject": subject,
                "description": description,
                "priority": priority,
                "fields": fields,
                "tags": tags,
                "contact_id": contact_id,
                "assignee_id": staff[Role.AGENT] if moves else None,
                "team_id": units["上门服务组"] if type_key == "repair" else units["在线客服组"],
            }
        )
        ticket = await services.tickets.create(session, ctx, draft, source="console")
        if type_key == "repair":
            await _book_visit(services, session, ctx, ticket.id)
        for status in moves:
            await services.tickets.move(session, ctx, ticket, status)


async def _book_visit(
    services: Services, session: AsyncSession, ctx: Context, ticket_id: uuid.UUID
) -> None:
    """The repair's visit on the coming Saturday morning in 南山区, as the customer asked."""
    slots = services.appointments.slots
    [nanshan] = [a for a in await slots.areas(session, ctx) if a.code == "sz-nanshan"]
    now = utcnow()
    free = await slots.free(
        session, ctx, start=now, end=now + timedelta(days=8), area_id=nanshan.id
    )
    zone = ZoneInfo("Asia/Shanghai")
    saturday = [f for f in free if f.slot.starts_at.astimezone(zone).weekday() == 5]
    chosen = (saturday or free)[0].slot
    await services.appointments.book(
        session,
        ctx,
        ticket_id,
        AppointmentIn(slot_id=chosen.id, note="客户希望周末上门，请提前电话联系。"),
    )


def _user(account: DemoAccount, units: list[uuid.UUID]) -> schemas.UserCreate:
    return schemas.UserCreate.model_validate(
        {
            "employee_no": account.employee_no,
            "name": account.name,
            "email": account.login,
            "roles": [account.role],
            "org_unit_ids": units,
            "password": PASSWORD,
        }
    )
