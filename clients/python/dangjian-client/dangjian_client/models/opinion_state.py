from enum import StrEnum


class OpinionState(StrEnum):
    GIVEN = "given"
    REQUESTED = "requested"

    def __str__(self) -> str:
        return str(self.value)
