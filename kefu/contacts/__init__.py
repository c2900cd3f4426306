"""Customer profiles: who a conversation is with, across channels."""
