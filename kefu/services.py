"""The services one Kefu process runs, wired together once at start-up."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry

from kefu.appointments.service import REMIND, Appointments
from kefu.bot.assist import Assist
from kefu.bot.config import BotConfig
from kefu.bot.dialogue import Dialogue
from kefu.bot.embedding import spare_embedder
from kefu.bot.generative import Generator
from kefu.bot.knowledge import Knowledge
from kefu.bot.mining import Mining
from kefu.bot.service import Bot
from kefu.bot.stats import BotStats
from kefu.channels.api.service import ApiChannel
from kefu.channels.api.webhooks import Webhooks
from kefu.channels.web.service import WebChannel
from kefu.config import Settings
from kefu.contacts.service import Contacts
from kefu.conversations.attachments import Attachments
from kefu.conversations.canned import CannedReplies
from kefu.conversations.service import Conversations
from kefu.conversations.storage import LocalFileStore
from kefu.conversations.writer import MessageWriter
from kefu.core.bus import EventBus
from kefu.core.http import Metrics
from kefu.db.engine import create_engine
from kefu.db.session import Database
from kefu.identity.gate import AuthGate
from kefu.identity.service.api_keys import ApiKeys
from kefu.identity.service.audit import AuditLog
from kefu.identity.service.auth import Auth
from kefu.identity.service.directory import Directory
from kefu.identity.service.tenants import Tenants
from kefu.jobs.loop import JobLoop
from kefu.jobs.metrics import JobMetrics
from kefu.jobs.scheduler import Scheduler
from kefu.realtime.hub import Hub
from kefu.realtime.presence import Presence
from kefu.routing.config import RoutingConfig
from kefu.routing.dispatcher import Dispatcher
from kefu.routing.service import Routing
from kefu.surveys.config import SurveyConfig
from kefu.surveys.service import Surveys
from kefu.surveys.stats import SurveyStats
from kefu.tickets.followups import FollowUps
from kefu.tickets.service import Tickets
from kefu.tickets.sla_policies import SlaPolicies
from kefu.tickets.survey_offer import SurveyOffer
from kefu.tickets.timers import Timers
from kefu.tickets.types import TicketTypes
from kefu.tickets.views import TicketViews


@dataclass
class Services:
    settings: Settings
    bus: EventBus
    db: Database
    metrics: Metrics
    gate: AuthGate
    auth: Auth
    directory: Directory
    tenants: Tenants
    api_keys: ApiKeys
    audit_log: AuditLog
    contacts: Contacts
    conversations: Conversations
    writer: MessageWriter
    attachments: Attachments
    canned_replies: CannedReplies
    web: WebChannel
    api_channel: ApiChannel
    webhooks: Webhooks
    hub: Hub
    presence: Presence
    routing: Routing
    dispatcher: Dispatcher
    knowledge: Knowledge
    bot: Bot
    bot_config: BotConfig
    generator: Generator
    dialogue: Dialogue
    assist: Assist
    mining: Mining
    bot_stats: BotStats
    scheduler: Scheduler
    job_loop: JobLoop
    surveys: Surveys
    survey_stats: SurveyStats
    tickets: Tickets
    sla_policies: SlaPolicies
    ticket_views: TicketViews
    follow_ups: FollowUps
    appointments: Appointments

    @classmethod
    def build(cls, settings: Settings) -> Services:
        bus = EventBus()
        db = Database(create_engine(settings.effective_database_url), bus)
        metrics = Metrics(CollectorRegistry())
        # Domains register their job kinds on it here: scheduler.register(kind, handler).
        scheduler = Scheduler(db)
        appointments = Appointments(scheduler, settings.effective_secret_key)
        scheduler.register(REMIND, appointments.remind)
        job_loop = JobLoop(scheduler, JobMetrics(metrics.registry), settings.jobs_tick_seconds)
        if settings.effective_jobs_mode == "in_process":
            job_loop.use(scheduler.run_due)
        key = settings.effective_secret_key
        directory = Directory(key, settings.password_min_length)
        contacts = Contacts(key)
        conversations = Conversations(settings)
        knowledge = Knowledge(key)

        async def replay(
            conversation_id: uuid.UUID, after: int, limit: int
        ) -> list[dict[str, Any]]:
            async with db.read() as session:
                rows = await conversations.messages_after(session, conversation_id, after, limit)
            return [row.model_dump(mode="json") for row in rows]

        routing = Routing(RoutingConfig(key, bus), conversations)
        conversations.assignments = routing
        gate = AuthGate(settings, db, bus)  # drops cached credentials before the hub rechecks
        hub = Hub(bus, replay)
        presence = Presence(hub, settings.redis_url)
        bot = Bot(db, knowledge, bus, spare_embedder=spare_embedder)
        bot_config = BotConfig(settings)
        mining = Mining(key, bot, knowledge, bot_config)
        generator = Generator(settings)
        # The bot's sweep for answers a stopped node left: every few routing ticks.
        sweep = 5 * settings.routing_tick_seconds
        dialogue = Dialogue(db, bot, bot_config, conversations, routing, generator, bus, sweep)
        survey_config = SurveyConfig(key)
        surveys = Surveys(settings, survey_config, conversations)
        tickets = Tickets(TicketTypes(key), Timers(scheduler), conversations)
        appointments.tickets, appointments.conversations = tickets, conversations
        SurveyOffer(tickets, surveys)
        return cls(
            settings=settings,
            bus=bus,
            db=db,
            metrics=metrics,
            gate=gate,
            auth=Auth(settings, db),
            directory=directory,
            tenants=Tenants(key, directory),
            api_keys=ApiKeys(key),
            audit_log=AuditLog(key),
            contacts=contacts,
            conversations=conversations,
            writer=MessageWriter(db, conversations),
            attachments=Attachments(LocalFileStore(settings.effective_files_dir), conversations),
            canned_replies=CannedReplies(),
            web=WebChannel(settings, contacts, conversations),
            api_channel=ApiChannel(contacts, conversations),
            webhooks=Webhooks(settings, db),
            hub=hub,
            presence=presence,
            routing=routing,
            dispatcher=Dispatcher(db, routing, bus, presence, settings.routing_tick_seconds),
            knowledge=knowledge,
            bot=bot,
            bot_config=bot_config,
            generator=generator,
            dialogue=dialogue,
            assist=Assist(bot, bus),
            mining=mining,
            bot_stats=BotStats(mining),
            scheduler=scheduler,
            job_loop=job_loop,
            surveys=surveys,
            survey_stats=SurveyStats(survey_config),
            tickets=tickets,
            sla_policies=SlaPolicies(key),
            ticket_views=TicketViews(),
            follow_ups=FollowUps(tickets, scheduler),
            appointments=appointments,
        )

    async def start(self) -> None:
        if self.settings.redis_url:
            await self.bus.connect_redis(self.settings.redis_url)
        self.presence.start()
        self.webhooks.start()
        self.dispatcher.start()
        self.dialogue.start()
        self.assist.start()
        self.job_loop.start()

    async def close(self) -> None:
        await self.job_loop.close()
        await self.dispatcher.close()
        await self.dialogue.close()
        await self.assist.close()
        self.bot.close()
        await self.generator.close()
        await self.hub.close()
        await self.writer.close()
        await self.webhooks.close()
        await self.presence.close()
        await self.bus.close()
        await self.db.close()
