from enum import StrEnum


class ItemState(StrEnum):
    ADMITTED = "admitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
