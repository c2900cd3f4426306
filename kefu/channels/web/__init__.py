"""The web channel: widget sites, visitor sessions, the widget script and the H5 chat page."""
