from enum import StrEnum


class TaskState(StrEnum):
    ASSIGNED = "assigned"
    CANCELLED = "cancelled"
    DONE = "done"

    def __str__(self) -> str:
        return str(self.value)
