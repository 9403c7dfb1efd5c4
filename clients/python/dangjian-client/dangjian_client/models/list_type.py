from enum import StrEnum


class ListType(StrEnum):
    ASSISTING = "assisting"
    NEGATIVE = "negative"
    STATUTORY = "statutory"

    def __str__(self) -> str:
        return str(self.value)
