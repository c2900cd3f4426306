"""Channel adapters: how customers reach Kefu (web, open API, e-mail, WeChat, …)."""
