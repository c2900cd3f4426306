"""Identity business rules. The only code that changes identity data and emits its events."""
