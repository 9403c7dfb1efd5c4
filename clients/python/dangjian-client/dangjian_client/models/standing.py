from enum import StrEnum


class Standing(StrEnum):
    IN_PROGRESS = "in_progress"
    MET = "met"
    MISSING = "missing"

    def __str__(self) -> str:
        return str(self.value)
