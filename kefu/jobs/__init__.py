"""Scheduled work: durable timers (SLA clocks, follow-ups, reminders) and the tasks they run."""
