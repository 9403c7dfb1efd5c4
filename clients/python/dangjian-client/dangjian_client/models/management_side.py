from enum import StrEnum


class ManagementSide(StrEnum):
    MEMBERSHIP = "membership"
    RESIDENCE = "residence"

    def __str__(self) -> str:
        return str(self.value)
