"""Satisfaction surveys (CSAT): a 1-5 rating with reasons and a comment after a
conversation or a ticket ends, answered in the widget or by a signed link (docs/surveys.md)."""
