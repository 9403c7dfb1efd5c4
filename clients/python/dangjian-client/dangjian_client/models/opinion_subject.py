from enum import StrEnum


class OpinionSubject(StrEnum):
    CADRE = "cadre"
    RESIDENT = "resident"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
