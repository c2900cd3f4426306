"""On-site appointments (上门预约): bookable slots per service area and technician team, and a
ticket's appointment made, moved and cancelled without ever overbooking (docs/tickets.md)."""
