"""Tickets: typed work items with custom fields, a workflow, SLA clocks and follow-ups."""
