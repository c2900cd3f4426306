"""The knowledge base and the bot: FAQ entries and articles, text processing for Chinese
and English, retrieval, the bot's dialogue and agent assist (docs/bot.md)."""
