from enum import StrEnum


class Departure(StrEnum):
    DELETED = "deleted"
    MOVED = "moved"

    def __str__(self) -> str:
        return str(self.value)
