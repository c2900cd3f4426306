"""The WebSocket gateway and the fan-out of live events to the sockets of every node."""
