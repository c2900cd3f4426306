"""Roles, permissions and the table between them: the one source every endpoint checks.

``docs/permissions.md`` is generated from this module (``kefu permissions``), and the
authorisation matrix test holds every endpoint to it.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    PLATFORM_ADMIN = "platform_admin"
    TENANT_ADMIN = "tenant_admin"
    SUPERVISOR = "supervisor"
    AGENT = "agent"
    QA_INSPECTOR = "qa_inspector"
    ANALYST = "analyst"


class Permission(StrEnum):
    TENANT_READ = "tenant:read"
    TENANT_UPDATE = "tenant:update"
    MERCHANTS_MANAGE = "merchants:manage"
    ORG_UNITS_READ = "org_units:read"
    ORG_UNITS_WRITE = "org_units:write"
    USERS_READ = "users:read"
    USERS_WRITE = "users:write"
    API_KEYS_MANAGE = "api_keys:manage"
    AUDIT_READ = "audit:read"
    CONVERSATIONS_READ = "conversations:read"
    CONVERSATIONS_REPLY = "conversations:reply"
    CONVERSATIONS_MANAGE = "conversations:manage"
    CONTACTS_READ = "contacts:read"
    CONTACTS_WRITE = "contacts:write"
    CANNED_REPLIES_MANAGE = "canned_replies:manage"
    SITES_MANAGE = "sites:manage"
    CHANNEL_API = "channel:api"
    WEBHOOKS_MANAGE = "webhooks:manage"
    ROUTING_READ = "routing:read"
    ROUTING_MANAGE = "routing:manage"
    AGENTS_MANAGE = "agents:manage"
    KNOWLEDGE_READ = "knowledge:read"
    KNOWLEDGE_MANAGE = "knowledge:manage"
    REPORTS_READ = "reports:read"
    SURVEYS_MANAGE = "surveys:manage"
    TICKETS_READ = "tickets:read"
    TICKETS_WRITE = "tickets:write"
    TICKETS_MANAGE = "tickets:manage"
    APPOINTMENTS_MANAGE = "appointments:manage"


DESCRIPTIONS: dict[Permission, str] = {
    Permission.TENANT_READ: "Read the own tenant's profile and settings.",
    Permission.TENANT_UPDATE: "Change the own tenant's name and settings.",
    Permission.MERCHANTS_MANAGE: "Create, list, suspend and resume merchant tenants "
    "hosted by the own platform tenant (B2B2C).",
    Permission.ORG_UNITS_READ: "Read the organisation tree (departments and teams).",
    Permission.ORG_UNITS_WRITE: "Create, rename, move and delete departments and teams.",
    Permission.USERS_READ: "Read the staff directory (employee numbers, names, roles, units).",
    Permission.USERS_WRITE: "Create, change, disable and unlock staff accounts; reset passwords.",
    Permission.API_KEYS_MANAGE: "Create, list and revoke API keys for integrations.",
    Permission.AUDIT_READ: "Read the audit log (itself an audited read).",
    Permission.CONVERSATIONS_READ: "List and read the tenant's conversations, messages and "
    "internal notes.",
    Permission.CONVERSATIONS_REPLY: "Answer conversations: send messages and notes, take a "
    "conversation, resolve and reopen it, transfer it and invite a colleague; set one's own "
    "agent state; manage one's own canned replies.",
    Permission.CONVERSATIONS_MANAGE: "Assign any conversation to anyone, and close conversations.",
    Permission.CONTACTS_READ: "Read customer profiles.",
    Permission.CONTACTS_WRITE: "Change customer profiles: name, phone, e-mail, level, tags, "
    "attributes.",
    Permission.CANNED_REPLIES_MANAGE: "Create, change and delete team canned replies.",
    Permission.SITES_MANAGE: "Configure widget sites and rotate their identity secrets.",
    Permission.CHANNEL_API: "Act as a channel for an app or IM system: start conversations for "
    "its users and post their messages (for API keys of integrations).",
    Permission.WEBHOOKS_MANAGE: "Create, change and delete webhooks, and read their deliveries.",
    Permission.ROUTING_READ: "Read skill groups, routing rules and policy, the queue and agent "
    "states; dry-run the rules.",
    Permission.ROUTING_MANAGE: "Change skill groups and their members, routing rules, the "
    "routing policy, and the black and white lists.",
    Permission.AGENTS_MANAGE: "Set other agents' state and maximum of concurrent conversations.",
    Permission.KNOWLEDGE_READ: "Read the knowledge base: FAQ entries, help articles, categories "
    "and their history; export it and download the import template.",
    Permission.KNOWLEDGE_MANAGE: "Create, change and delete FAQ entries, help articles and "
    "categories, and import files of FAQ entries.",
    Permission.REPORTS_READ: "Read statistics and reports: the bot's answer, handover, "
    "resolution and rating figures and its most frequent unanswered questions; customer "
    "satisfaction surveys' answers and their figures.",
    Permission.SURVEYS_MANAGE: "Change the satisfaction survey settings: where surveys are "
    "offered, the question, rating labels and reasons, comments and how long they stay open.",
    Permission.TICKETS_READ: "List, search and read tickets, their comments, history, "
    "follow-ups and appointments.",
    Permission.TICKETS_WRITE: "Create tickets, change them, move them through their workflow, "
    "comment, watch, record follow-up outcomes, and make, move and cancel appointments.",
    Permission.TICKETS_MANAGE: "Change ticket types (fields, workflows), SLA policies and "
    "shared saved filters; act on many tickets at once.",
    Permission.APPOINTMENTS_MANAGE: "Open, change and withdraw the bookable time slots of "
    "service areas and technician teams.",
}

_EVERYONE = {
    Permission.TENANT_READ,
    Permission.ORG_UNITS_READ,
    Permission.USERS_READ,
}
_ADMIN = set(Permission) - {Permission.MERCHANTS_MANAGE}
_AGENT = _EVERYONE | {
    Permission.CONVERSATIONS_READ,
    Permission.CONVERSATIONS_REPLY,
    Permission.CONTACTS_READ,
    Permission.CONTACTS_WRITE,
    Permission.KNOWLEDGE_READ,  # agents look answers up and send them
    Permission.TICKETS_READ,
    Permission.TICKETS_WRITE,
}
_SUPERVISOR = _AGENT | {
    Permission.CONVERSATIONS_MANAGE,
    Permission.CANNED_REPLIES_MANAGE,
    Permission.ROUTING_READ,
    Permission.AGENTS_MANAGE,
    Permission.KNOWLEDGE_MANAGE,  # team leads keep the answers their team gives
    Permission.REPORTS_READ,
    Permission.TICKETS_MANAGE,
    Permission.APPOINTMENTS_MANAGE,
}
# Inspectors judge answers against the knowledge base.
_QA = _EVERYONE | {
    Permission.CONVERSATIONS_READ,
    Permission.CONTACTS_READ,
    Permission.KNOWLEDGE_READ,
    Permission.REPORTS_READ,  # and how well the bot's answers serve
    Permission.TICKETS_READ,  # complaints are evidence of the service given
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PLATFORM_ADMIN: frozenset(Permission),
    Role.TENANT_ADMIN: frozenset(_ADMIN),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.AGENT: frozenset(_AGENT),
    Role.QA_INSPECTOR: frozenset(_QA),
    Role.ANALYST: frozenset(_EVERYONE | {Permission.ROUTING_READ, Permission.REPORTS_READ}),
}

# Roles that only make sense in a tenant that hosts merchants.
PLATFORM_ONLY_ROLES = frozenset({Role.PLATFORM_ADMIN})


def permissions_for(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)
