"""The open API channel: apps and IM systems bring their users' conversations over REST and
receive the answers through signed webhooks."""
