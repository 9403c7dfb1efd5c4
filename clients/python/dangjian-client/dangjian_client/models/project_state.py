from enum import StrEnum


class ProjectState(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
