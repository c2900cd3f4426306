"""Conversations, messages, internal notes, attachments and canned replies."""
