from enum import StrEnum


class RequestState(StrEnum):
    ACCEPTED = "accepted"
    CLOSED = "closed"
    ESCALATED = "escalated"
    IN_PROGRESS = "in_progress"
    REJECTED = "rejected"
    REOPENED = "reopened"
    RESOLVED = "resolved"
    SUBMITTED = "submitted"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
