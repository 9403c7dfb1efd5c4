from enum import StrEnum


class UnitCoverage(StrEnum):
    AFFILIATED = "affiliated"
    JOINT = "joint"
    NONE = "none"
    OWN = "own"

    def __str__(self) -> str:
        return str(self.value)
