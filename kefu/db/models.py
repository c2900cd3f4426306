"""Imports every domain's tables so the metadata is complete (migrations, tests)."""

from kefu.appointments import models as appointment_models
from kefu.bot import models as bot_models
from kefu.channels.api import models as api_models
from kefu.channels.web import models as web_models
from kefu.contacts import models as contact_models
from kefu.conversations import models as conversation_models
from kefu.db.base import Base
from kefu.identity import models as identity_models
from kefu.jobs import models as job_models
from kefu.routing import models as routing_models
from kefu.surveys import models as survey_models
from kefu.tickets import models as ticket_models

__all__ = [
    "Base",
    "api_models",
    "appointment_models",
    "bot_models",
    "contact_models",
    "conversation_models",
    "identity_models",
    "job_models",
    "routing_models",
    "survey_models",
    "ticket_models",
    "web_models",
]
